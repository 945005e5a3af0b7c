import { changedFields, patchFrom } from './record-patch';

describe('an update to a directory record', () => {
  it('changes only what was given; null clears only clearable fields', () => {
    const input = { name: undefined, department: null, title: null, active: false };
    expect(patchFrom(input, ['department'])).toEqual({ department: null, active: false });
  });

  it('names the fields whose value actually changes, roles compared as a set', () => {
    const record = { name: '王芳', department: '控告申诉检察部' as string | null, roles: ['RECEPTION', 'HANDLER'], active: true };
    expect(changedFields(record, { name: '王芳', roles: ['HANDLER', 'RECEPTION'] })).toEqual([]);
    expect(changedFields(record, { department: null, roles: ['HANDLER'], active: false })).toEqual(['department', 'roles', 'active']);
  });
});
