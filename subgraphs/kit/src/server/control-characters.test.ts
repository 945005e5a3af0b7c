import { parse } from 'graphql';
import { stringsWithControlCharacters } from './control-characters';

describe('control characters in an operation', () => {
  const mutation = parse('mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id } }');

  it('are found in a variable at any depth, named by path', () => {
    const input = { summary: 'ok', petitioners: [{ name: '王小红' }, { name: '王\u0000小红', address: 'red \u001b[31m' }] };
    expect(stringsWithControlCharacters(mutation, { input })).toEqual(['input.petitioners.1.name', 'input.petitioners.1.address']);
  });

  it('are found in a literal argument, by the argument name', () => {
    expect(stringsWithControlCharacters(parse('{ petition(id: "a\\u0007b") { id } }'), {})).toEqual(['id']);
  });

  it('leave tabs, line breaks and every script alone', () => {
    const input = { summary: 'First line\nsecond\tline\r\n第三行 — ✓', petitioners: [{ name: 'Иван 王' }] };
    expect(stringsWithControlCharacters(mutation, { input })).toEqual([]);
  });
});
