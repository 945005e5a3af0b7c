import { assertVisitInput } from './visit-rules';
import type { RecordCaseCarryingVisitInput } from './record-case-carrying-visit.input';
import { VisitReason } from './visit-reason';

const NOW = new Date('2026-11-22T08:00:00Z');
const input = (overrides: Partial<RecordCaseCarryingVisitInput> = {}) => ({
  petitionId: 'p', leaderStaffId: 'l', visitedAt: new Date('2026-11-20T02:00:00Z'), place: 'home', reason: VisitReason.PETITIONER_ASKED,
  analysis: 'why', helpGiven: 'help', followUps: [{ task: 'call', ownerStaffId: 's', dueDate: '2026-12-01' }],
  privacyProtected: true, privacyNote: 'quiet', ...overrides,
}) as RecordCaseCarryingVisitInput;
const refusal = (field: string) => expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });

describe('what the input alone says about a case-carrying visit', () => {
  it('accepts a past visit with its follow-ups due on or after it', () => {
    expect(() => assertVisitInput(input(), '2026-11-20', NOW)).not.toThrow();
    expect(() => assertVisitInput(input({ followUps: [{ task: 'call', ownerStaffId: 's', dueDate: '2026-11-20' }] }), '2026-11-20', NOW)).not.toThrow();
    expect(() => assertVisitInput(input({ visitedAt: new Date(NOW.getTime() + 30_000) }), '2026-11-22', NOW)).not.toThrow(); // a fast phone clock
  });

  it('refuses an unaffirmed privacy pledge, OTHER without words, a future visit, and a bad follow-up day', () => {
    expect(() => assertVisitInput(input({ privacyProtected: false }), '2026-11-20', NOW)).toThrow(refusal('privacyProtected'));
    expect(() => assertVisitInput(input({ reason: VisitReason.OTHER }), '2026-11-20', NOW)).toThrow(refusal('reasonText'));
    expect(() => assertVisitInput(input({ reason: VisitReason.OTHER, reasonText: '  ' }), '2026-11-20', NOW)).toThrow(refusal('reasonText'));
    expect(() => assertVisitInput(input({ visitedAt: new Date(NOW.getTime() + 3600_000) }), '2026-11-22', NOW)).toThrow(refusal('visitedAt'));
    expect(() => assertVisitInput(input({ followUps: [{ task: 'call', ownerStaffId: 's', dueDate: '2026-02-30' }] }), '2026-11-20', NOW)).toThrow(refusal('followUps[0].dueDate'));
    expect(() => assertVisitInput(input({ followUps: [{ task: 'call', ownerStaffId: 's', dueDate: '2026-11-19' }] }), '2026-11-20', NOW)).toThrow(refusal('followUps[0].dueDate'));
  });
});
