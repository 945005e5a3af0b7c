import { residentIdCheckCharacter } from '@xinfang/kit';
import { PetitionCategory, PetitionChannel } from '../petition/petition-kind';
import { LedgerProblemCode } from './ledger-problem';
import { parseLedgerRow, parseReceivedAt } from './ledger-row';
import type { LedgerRow } from './ledger-row';

const NOW = new Date('2026-11-25T04:00:00Z');
const FIRST17 = '34030219850615123';
const ID_NUMBER = FIRST17 + residentIdCheckCharacter(FIRST17);

const row = (values: LedgerRow['values'] = {}): LedgerRow => ({
  rowNumber: 7,
  values: { receivedAt: '2026-03-05', channel: '来访', category: '申诉', name: '王建国', idNumber: ID_NUMBER, phone: '138-1234-5678', summary: '不服不起诉决定，要求复查。', request: '依法复查', ...values },
});

const codesOf = (values: LedgerRow['values']) => parseLedgerRow(row(values), {}, NOW).problems.map((problem) => [problem.column, problem.code]);

describe('a ledger row', () => {
  it('becomes the input registerPetition takes, received at the start of the China day', () => {
    const parsed = parseLedgerRow(row(), {}, NOW);
    expect(parsed.problems).toEqual([]);
    expect(parsed.input).toMatchObject({
      channel: PetitionChannel.IN_PERSON, category: PetitionCategory.APPEAL, headCount: 1, summary: '不服不起诉决定，要求复查。', request: '依法复查',
      receivedAt: new Date('2026-03-04T16:00:00Z'), petitioners: [{ name: '王建国', idNumber: ID_NUMBER, phone: '138-1234-5678' }],
    });
  });

  it('takes channel and category names as staff write them', () => {
    const read = (channel: string, category: string) => parseLedgerRow(row({ channel, category }), {}, NOW).input;
    expect(read('１２３０９热线', '求决')).toMatchObject({ channel: PetitionChannel.HOTLINE_12309, category: PetitionCategory.REQUEST });
    expect(read(' 网上信访 ', '司法救助')).toMatchObject({ channel: PetitionChannel.ONLINE, category: PetitionCategory.JUDICIAL_ASSISTANCE });
    expect(read('远程视频接访', '意见和建议')).toMatchObject({ channel: PetitionChannel.REMOTE_VIDEO, category: PetitionCategory.SUGGESTION });
    expect(read('转来', '其它')).toMatchObject({ channel: PetitionChannel.TRANSFER, category: PetitionCategory.OTHER });
    expect(read('LETTER', 'report')).toMatchObject({ channel: PetitionChannel.LETTER, category: PetitionCategory.REPORT });
  });

  it('reports every problem of the row, naming the column and never quoting the ID number', () => {
    const wrongCheck = FIRST17 + (residentIdCheckCharacter(FIRST17) === '0' ? '1' : '0');
    const parsed = parseLedgerRow(row({ summary: '', channel: '微信', idNumber: wrongCheck }), {}, NOW);
    expect(parsed.input).toBeNull();
    expect(parsed.problems.map((problem) => [problem.column, problem.code])).toEqual([
      ['来源渠道', LedgerProblemCode.UNKNOWN_CHANNEL], ['身份证号', LedgerProblemCode.INVALID_ID_NUMBER], ['反映问题', LedgerProblemCode.MISSING],
    ]);
    expect(JSON.stringify(parsed.problems)).not.toContain(wrongCheck);
  });

  it('names the columns as the file heads them', () => {
    const parsed = parseLedgerRow(row({ category: '投诉' }), { category: '信访类型' }, NOW);
    expect(parsed.problems).toEqual([{ column: '信访类型', code: LedgerProblemCode.UNKNOWN_CATEGORY, problem: expect.stringContaining('"投诉" is not a category') }]);
  });

  it('refuses what the API refuses, in the API\'s words', () => {
    expect(codesOf({ summary: '太短' })).toEqual([['反映问题', LedgerProblemCode.INVALID_VALUE]]);
    expect(codesOf({ name: 'x'.repeat(101) })).toEqual([['信访人', LedgerProblemCode.INVALID_VALUE]]);
    expect(codesOf({ phone: '电话不详' })).toEqual([['联系电话', LedgerProblemCode.INVALID_PHONE]]);
    expect(codesOf({ headCount: '0' })).toEqual([['人数', LedgerProblemCode.INVALID_VALUE]]);
  });

  it('refuses ID numbers a spreadsheet mangled or masked', () => {
    expect(codesOf({ idNumber: 340302198506151230 })).toEqual([['身份证号', LedgerProblemCode.INVALID_ID_NUMBER]]);
    expect(codesOf({ idNumber: '3403**********1234' })).toEqual([['身份证号', LedgerProblemCode.MASKED_ID_NUMBER]]);
    expect(codesOf({ idNumber: null, phone: null })).toEqual([]);
  });

  it('takes a group\'s head count', () => {
    expect(parseLedgerRow(row({ headCount: '12人' }), {}, NOW).input?.headCount).toBe(12);
  });
});

describe('a ledger date', () => {
  const read = (value: Parameters<typeof parseReceivedAt>[0]) => {
    const result = parseReceivedAt(value, NOW);
    return result instanceof Date ? result.toISOString() : result.code;
  };

  it('is read however it was typed, as Beijing time', () => {
    for (const written of ['2026-03-05', '2026/3/5', '2026.3.5', '2026年3月5日', '20260305', '２０２６－０３－０５']) expect(read(written)).toBe('2026-03-04T16:00:00.000Z');
    expect(read('2026-03-05 14:30')).toBe('2026-03-05T06:30:00.000Z');
    expect(read('2026年3月5日 14时30分')).toBe('2026-03-05T06:30:00.000Z');
    // A date cell holds the wall-clock time in its UTC fields; an Excel day number likewise.
    expect(read(new Date(Date.UTC(2026, 2, 5, 9, 0)))).toBe('2026-03-05T01:00:00.000Z');
    expect(read(46086)).toBe('2026-03-04T16:00:00.000Z');
  });

  it('is refused when it is no day, in the future, or implausibly old', () => {
    expect(read('2026-02-30')).toBe(LedgerProblemCode.INVALID_DATE);
    expect(read('三月五日')).toBe(LedgerProblemCode.INVALID_DATE);
    expect(read('1026-03-05')).toBe(LedgerProblemCode.INVALID_DATE);
    expect(read('2026-12-01')).toBe(LedgerProblemCode.FUTURE_DATE);
  });
});
