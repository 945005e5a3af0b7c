import { csvLine, decodeCsv, neutralizeFormula, parseCsv } from './ledger-csv';

describe('ledger CSV', () => {
  it('reads quoted fields with commas, quotes and line breaks, and either line ending', () => {
    expect(parseCsv('登记日期,反映问题\r\n2026-03-05,"他说：""不服""，\n要求复查"\n2026-03-06,x')).toEqual([
      ['登记日期', '反映问题'], ['2026-03-05', '他说："不服"，\n要求复查'], ['2026-03-06', 'x'],
    ]);
  });

  it('writes what it reads back', () => {
    const values = ['a,b', 'say "no"', 'two\r\nlines', '信访人'];
    expect(parseCsv(csvLine(values))).toEqual([values]);
  });

  it('decodes UTF-8 with its byte-order mark, and GB 18030 as Excel on Chinese Windows saves it', () => {
    expect(decodeCsv(Buffer.from('\ufeff信访人,诉求', 'utf8'))).toBe('信访人,诉求');
    // 信访人 in GBK.
    expect(decodeCsv(Uint8Array.from([0xd0, 0xc5, 0xb7, 0xc3, 0xc8, 0xcb]))).toBe('信访人');
  });

  it('never writes a cell a spreadsheet would run as a formula', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutralizeFormula('王建国')).toBe('王建国');
  });
});
