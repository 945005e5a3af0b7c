import { readLedgerFile } from './ledger-file';

const csv = (text: string) => Buffer.from(text, 'utf8');

describe('a ledger file', () => {
  it('finds the header below a title, by the names staff use, and lists the columns it does not read', async () => {
    const sheet = await readLedgerFile('台账.csv', csv('2026年信访台账,,,,,,\r\n*日期,信访方式,类别,姓名,主要问题,诉求,身份证号码（18位）,备注\r\n2026-03-05,来访,申诉,王建国,不服不起诉决定。,复查,,补录\r\n,,,,,,,\r\n'));
    expect(sheet.columns).toEqual({ receivedAt: '*日期', channel: '信访方式', category: '类别', name: '姓名', summary: '主要问题', request: '诉求', idNumber: '身份证号码（18位）' });
    expect(sheet.ignoredHeaders).toEqual(['备注']);
    expect(sheet.rows[0]).toEqual({ rowNumber: 3, values: { receivedAt: '2026-03-05', channel: '来访', category: '申诉', name: '王建国', summary: '不服不起诉决定。', request: '复查', idNumber: '' } });
  });

  it('is refused without the required columns, with two columns for one field, or in another format', async () => {
    await expect(readLedgerFile('a.csv', csv('姓名,电话\r\n王,1\r\n'))).rejects.toThrow('No header row found');
    await expect(readLedgerFile('a.csv', csv('日期,登记日期,渠道,类别,姓名,主要问题,诉求\r\n'))).rejects.toThrow('Two columns are 登记日期');
    await expect(readLedgerFile('a.xls', csv(''))).rejects.toThrow('old format');
    await expect(readLedgerFile('a.xlsx', csv('not a workbook'))).rejects.toThrow('not an .xlsx workbook');
  });
});
