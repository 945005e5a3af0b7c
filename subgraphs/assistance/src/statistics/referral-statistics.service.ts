import type { EntityManager } from '@mikro-orm/postgresql';
import { agencyReference } from '@xinfang/kit';
import type { ReferralStatus } from '../referral/referral-status';
import { REFERRALS_BY_GROUPING } from './referral-statistics.sql';
import type { ReferralResponseTimes, ReferralStatistics, ReferralStatusCount } from './referral-statistics.type';

interface ReferralRow {
  partner_agency_id: string | null;
  status: string | null;
  /** Bits of the grouping: 3 everything; 1 per partner; 2 per status; 0 per partner and status. */
  grouping: number;
  issued: number;
  answered: number;
  answer_p50: number | null;
  answer_p90: number | null;
  completed: number;
  completion_p50: number | null;
  completion_p90: number | null;
}

/** Referral figures of a procuratorate with its subordinates', in one statement. */
export async function referralStatistics(em: EntityManager, agencyId: string, from: Date, to: Date): Promise<ReferralStatistics> {
  const rows = await em.execute<ReferralRow[]>(REFERRALS_BY_GROUPING, [agencyId, from, to]);
  const grouped = (bits: number) => rows.filter((row) => Number(row.grouping) === bits);
  const total = grouped(0b11)[0];
  return {
    issued: total?.issued ?? 0,
    byStatus: grouped(0b10).map(statusCount),
    responseTimes: timesOf(total),
    byPartner: grouped(0b01).map((partner) => ({
      partner: agencyReference(partner.partner_agency_id!),
      issued: partner.issued,
      byStatus: grouped(0b00).filter((row) => row.partner_agency_id === partner.partner_agency_id).map(statusCount),
      responseTimes: timesOf(partner),
    })),
  };
}

function statusCount(row: ReferralRow): ReferralStatusCount {
  return { status: row.status as ReferralStatus, count: row.issued };
}

function timesOf(row: ReferralRow | undefined): ReferralResponseTimes {
  const hours = (value: number | null | undefined) => (value === null || value === undefined ? null : Number(value));
  return {
    answered: row?.answered ?? 0,
    acknowledgementHoursP50: hours(row?.answer_p50),
    acknowledgementHoursP90: hours(row?.answer_p90),
    completed: row?.completed ?? 0,
    completionHoursP50: hours(row?.completion_p50),
    completionHoursP90: hours(row?.completion_p90),
  };
}
