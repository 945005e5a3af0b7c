import { accessCodeMatches, hashAccessCode, newAccessCode, newTrackingNumber } from './access-code';

describe('tracking numbers and access codes', () => {
  it('makes tracking numbers that carry the day and avoid look-alike characters', () => {
    const number = newTrackingNumber(new Date('2026-11-21T10:00:00Z'));
    expect(number).toMatch(/^XF-20261121-[2-9A-HJ-NP-Z]{6}$/);
  });

  it('checks an access code against its salted hash, and nothing else', async () => {
    const code = newAccessCode();
    expect(code).toMatch(/^\d{8}$/);
    const stored = await hashAccessCode(code);
    expect(stored).not.toContain(code);
    expect(await accessCodeMatches(code, stored)).toBe(true);
    expect(await accessCodeMatches(code === '00000000' ? '00000001' : '00000000', stored)).toBe(false);
    expect(await accessCodeMatches(code, 'garbage')).toBe(false);
  });
});
