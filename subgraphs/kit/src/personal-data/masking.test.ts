import { maskIdNumber, maskPhone, normalizePhone, phoneProblem } from './masking';

describe('masking', () => {
  it('shows the first four and last four of an ID number', () => {
    expect(maskIdNumber('340101199003074576')).toBe('3401**********4576');
    expect(maskIdNumber('E12345678')).toBe('E123*5678');
    expect(maskIdNumber('G1234')).toBe('***34');
  });

  it('shows the prefix and last four of a phone number, however it was written', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
    expect(maskPhone('0552-3012345')).toBe('055****2345');
    expect(maskPhone('12309')).toBe('***09');
  });

  it('normalises phone numbers to their digits without the country code', () => {
    expect(normalizePhone('+86 (138) 1234 5678')).toBe('13812345678');
    expect(normalizePhone('0552-3012345')).toBe('05523012345');
  });

  it('refuses what is not a phone number', () => {
    expect(phoneProblem('138 1234 5678')).toBeNull();
    expect(phoneProblem('call me')).not.toBeNull();
    expect(phoneProblem('1234')).not.toBeNull();
  });
});
