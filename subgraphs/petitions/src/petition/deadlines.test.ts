import { proceduralReplyDue, resultDue } from './deadlines';

describe('petition deadlines (件件有回复)', () => {
  const receivedAt = new Date('2026-11-30T09:30:00Z');

  it('wants the procedural reply within 7 days', () => {
    expect(proceduralReplyDue(receivedAt).toISOString()).toBe('2026-12-07T09:30:00.000Z');
  });

  it('wants the result within 3 months, across the year end', () => {
    expect(resultDue(receivedAt).toISOString()).toBe('2027-03-02T09:30:00.000Z');
  });
});
