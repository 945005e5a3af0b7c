import { maskIdNumber, maskPhone } from '@xinfang/kit';
import type { DeadlineClock } from '@xinfang/kit';
import type { Petition } from '../petition/petition.entity';
import type { Petitioner } from '../petitioner/petitioner.entity';
import { openIdNumber, openPhone } from '../petitioner/petitioner-protection';
import type { MonthlyPetitionFigures, PetitionCount, PetitionFigures } from '../statistics/petition-statistics.type';
import { LEDGER_COLUMNS, STATUS_NAMES, categoryName, channelName } from './ledger-columns';
import type { ExportColumn } from './ledger-export';

export interface PetitionLine {
  petition: Petition;
  petitioner: Petitioner | undefined;
}

const yesNo = (value: boolean) => (value ? '是' : '否');
const masked = (value: string | null, mask: (whole: string) => string) => (value === null ? null : mask(value));

/** A petition list's columns, headed as a ledger is, so staff read it as theirs; numbers masked. */
export const PETITION_COLUMNS: readonly ExportColumn<PetitionLine>[] = [
  { header: '登记编号', width: 22, value: ({ petition }) => petition.trackingNumber },
  { header: LEDGER_COLUMNS.receivedAt.header, width: 18, value: ({ petition }) => petition.receivedAt },
  { header: LEDGER_COLUMNS.channel.header, value: ({ petition }) => channelName(petition.channel) },
  { header: LEDGER_COLUMNS.category.header, value: ({ petition }) => categoryName(petition.category) },
  { header: LEDGER_COLUMNS.name.header, value: ({ petition }) => petition.petitionerName },
  { header: LEDGER_COLUMNS.idNumber.header, width: 22, value: ({ petitioner }) => (petitioner ? masked(openIdNumber(petitioner), maskIdNumber) : null) },
  { header: LEDGER_COLUMNS.phone.header, width: 16, value: ({ petitioner }) => (petitioner ? masked(openPhone(petitioner), maskPhone) : null) },
  { header: LEDGER_COLUMNS.headCount.header, width: 8, value: ({ petition }) => petition.headCount },
  { header: LEDGER_COLUMNS.summary.header, width: 50, value: ({ petition }) => petition.summary },
  { header: LEDGER_COLUMNS.request.header, width: 30, value: ({ petition }) => petition.request },
  { header: '状态', value: ({ petition }) => STATUS_NAMES[petition.status] },
  { header: '承办部门', value: ({ petition }) => petition.department },
  { header: '重复访', width: 8, value: ({ petition }) => yesNo(petition.repeat) },
  { header: '集体访', width: 8, value: ({ petition }) => yesNo(petition.group) },
  { header: '越级访', width: 8, value: ({ petition }) => yesNo(petition.leapfrog) },
];

/** A clock an agency owes, with its petition. */
export interface OverdueLine {
  clock: DeadlineClock;
  petition: Petition | undefined;
  daysLeft: number;
}

/** The deadlines by the names staff use. */
const RULE_NAMES: Record<string, string> = {
  PROCEDURAL_REPLY: '程序性回复（7日）',
  PROCEDURAL_REPLY_WORKING_DAYS: '程序性回复（7个工作日）',
  REGISTRATION_NOTICE: '书面告知（15日）',
  HANDLING: '办理期限（60日）',
  HANDLING_RESULT: '办理结果（3个月）',
};

export const OVERDUE_COLUMNS: readonly ExportColumn<OverdueLine>[] = [
  { header: '登记编号', width: 22, value: ({ petition }) => petition?.trackingNumber ?? null },
  { header: LEDGER_COLUMNS.name.header, value: ({ petition }) => petition?.petitionerName ?? null },
  { header: LEDGER_COLUMNS.receivedAt.header, width: 18, value: ({ petition }) => petition?.receivedAt ?? null },
  { header: LEDGER_COLUMNS.category.header, value: ({ petition }) => (petition ? categoryName(petition.category) : null) },
  { header: '时限', width: 20, value: ({ clock }) => RULE_NAMES[clock.rule] ?? clock.rule },
  { header: '到期时间', width: 18, value: ({ clock }) => clock.dueAt },
  { header: '剩余天数', width: 10, value: ({ daysLeft }) => daysLeft },
  { header: '状态', value: ({ petition }) => (petition ? STATUS_NAMES[petition.status] : null) },
  { header: '承办部门', value: ({ petition }) => petition?.department ?? null },
];

/** A month's figures, or the period's total (月份 合计). */
export type FiguresLine = PetitionFigures & { month?: string };

const rate = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

export const STATISTICS_COLUMNS: readonly ExportColumn<FiguresLine | MonthlyPetitionFigures>[] = [
  { header: '月份', value: (row) => row.month ?? '合计' },
  { header: '收到', value: (row) => row.received },
  { header: '受理', value: (row) => row.accepted },
  { header: '不予受理', value: (row) => row.declined },
  { header: '转办', value: (row) => row.transferredOut },
  { header: '应程序性回复', value: (row) => row.proceduralRepliesDue },
  { header: '七日内回复', value: (row) => row.proceduralRepliesOnTime },
  { header: '七日回复率（%）', value: (row) => rate(row.proceduralReplyOnTimeRate) },
  { header: '应答复结果', value: (row) => row.resultsDue },
  { header: '三个月内答复', value: (row) => row.resultsOnTime },
  { header: '三个月答复率（%）', value: (row) => rate(row.resultOnTimeRate) },
  { header: '办结', value: (row) => row.closed },
  { header: '实质性化解', value: (row) => row.substantivelyResolved },
  { header: '化解率（%）', value: (row) => rate(row.substantivelyResolvedShare) },
  { header: '集体访', value: (row) => row.group },
  { header: '重复访', value: (row) => row.repeat },
  { header: '越级访', value: (row) => row.leapfrog },
  { header: '当前逾期', value: (row) => row.overdueNow },
];

/** Petitions received by one channel (来源渠道) or of one category (信访类别). */
export const countColumns = <Key extends string>(header: string, nameOf: (key: Key) => string): readonly ExportColumn<PetitionCount>[] => [
  // A count's key is the stored channel or category, so it is one of Key's values.
  { header, width: 20, value: (row) => nameOf(row.key as Key) },
  { header: '件数', width: 10, value: (row) => row.count },
];
