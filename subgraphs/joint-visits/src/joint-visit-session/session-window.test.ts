import { assertQueryRange, endsAfterStart, overlaps } from './session-window';

const at = (iso: string) => new Date(iso);

describe('session window', () => {
  it('accepts a session that ends after it starts, and nothing else', () => {
    expect(endsAfterStart(at('2026-12-01T09:00:00Z'), at('2026-12-01T12:00:00Z'))).toBe(true);
    expect(endsAfterStart(at('2026-12-01T09:00:00Z'), at('2026-12-01T09:00:00Z'))).toBe(false);
    expect(endsAfterStart(at('2026-12-01T12:00:00Z'), at('2026-12-01T09:00:00Z'))).toBe(false);
  });

  it('finds sessions overlapping a range, not those only touching it', () => {
    const session = { startsAt: at('2026-12-01T09:00:00Z'), endsAt: at('2026-12-01T12:00:00Z') };
    expect(overlaps(session, at('2026-12-01T00:00:00Z'), at('2026-12-02T00:00:00Z'))).toBe(true);
    expect(overlaps(session, at('2026-12-01T11:00:00Z'), at('2026-12-01T13:00:00Z'))).toBe(true);
    expect(overlaps(session, at('2026-12-01T12:00:00Z'), at('2026-12-01T13:00:00Z'))).toBe(false);
    expect(overlaps(session, at('2026-11-30T00:00:00Z'), at('2026-12-01T09:00:00Z'))).toBe(false);
  });

  it('rejects an empty, reversed or over-long query range with BAD_USER_INPUT', () => {
    expect(() => assertQueryRange(at('2026-12-01T00:00:00Z'), at('2026-12-31T00:00:00Z'))).not.toThrow();
    for (const [from, to] of [
      ['2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z'],
      ['2026-12-02T00:00:00Z', '2026-12-01T00:00:00Z'],
      ['2026-01-01T00:00:00Z', '2027-06-01T00:00:00Z'],
    ]) {
      expect(() => assertQueryRange(at(from), at(to))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });
});
