import { proceduralReplyRule } from './petition-deadlines';

describe('the procedural reply rule (件件有回复)', () => {
  it('counts calendar days unless the province counts working days', () => {
    expect(proceduralReplyRule({})).toBe('PROCEDURAL_REPLY');
    expect(proceduralReplyRule({ PROCEDURAL_REPLY_DAYS: 'WORKING' })).toBe('PROCEDURAL_REPLY_WORKING_DAYS');
  });

  it('refuses a setting it does not know, at start-up', () => {
    expect(() => proceduralReplyRule({ PROCEDURAL_REPLY_DAYS: 'LUNAR' })).toThrow(/PROCEDURAL_REPLY_DAYS/);
  });
});
