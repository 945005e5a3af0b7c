import { maskedName } from './petition-reading';

describe('a petitioner\'s name shown to an agency that reads only the summary', () => {
  it('keeps the first character and hides the rest', () => {
    expect(maskedName('李秀兰')).toBe('李**');
    expect(maskedName('王五')).toBe('王*');
    expect(maskedName('欧阳娜娜娜')).toBe('欧***');
    expect(maskedName('张')).toBe('*');
  });
});
