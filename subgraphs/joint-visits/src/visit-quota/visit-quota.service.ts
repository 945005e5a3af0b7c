import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, DirectoryStaff, Role, agencyReference, requireActiveAgency, shanghaiDateOf, staffReference, superiorChains } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { isLeader } from '../case-carrying-visit/case-carrying-visit.service';
import { DEFAULT_VISITS_PER_YEAR, daysOfYear, standing } from './visit-quota';
import { EVERY_YEAR, VisitQuotaSetting } from './visit-quota-setting.entity';
import type { LeaderVisitQuota, VisitQuotaReport, VisitQuotaSettingView } from './visit-quota.types';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export function assertYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) throw new BadUserInputError(`year must be between ${FIRST_YEAR} and ${LAST_YEAR}`, { field });
}

/** Sets an agency's quota for one year, or (year null) for every year without its own. */
export async function setVisitQuota(em: EntityManager, agencyId: string, year: number | null, visitsPerYear: number, caller: Identity): Promise<VisitQuotaSettingView> {
  if (year !== null) assertYear(year);
  if (!Number.isInteger(visitsPerYear) || visitsPerYear < 1 || visitsPerYear > 366) {
    throw new BadUserInputError('visitsPerYear must be between 1 and 366', { field: 'visitsPerYear' });
  }
  await requireActiveAgency(em, agencyId, 'agencyId');
  await em.upsert(VisitQuotaSetting, { agencyId, year: year ?? EVERY_YEAR, visitsPerYear, setBy: caller.userId, setAt: new Date() });
  return { agency: agencyReference(agencyId), year, visitsPerYear };
}

/**
 * Every active leader of the agency and the agencies below it, with their visits that year
 * (by China visit date) against their agency's quota, as of today's China date. Three queries
 * and the hierarchy: the leaders, their chains of superiors, the settings and the counts.
 */
export async function visitQuotaReport(em: EntityManager, agencyId: string, year: number, now = new Date()): Promise<VisitQuotaReport> {
  assertYear(year);
  await requireActiveAgency(em, agencyId, 'agencyId');
  const candidates = await em.find(DirectoryStaff, { active: true, $or: [{ isLeader: true }, { roles: { $contains: [Role.LEADER] } }] }, { orderBy: { agencyId: 'asc', id: 'asc' } });
  const agencyIds = [...new Set(candidates.map((staff) => staff.agencyId))];
  const chains = await superiorChains(em, agencyIds);
  const inScope = new Set(agencyIds.filter((id, index) => id === agencyId || chains[index]!.includes(agencyId)));
  const leaders = candidates.filter((staff) => inScope.has(staff.agencyId) && isLeader(staff));
  const quotaOf = await quotasOf(em, [...inScope], year);
  const visits = await visitCounts(em, leaders.map((leader) => leader.id), year);
  const today = shanghaiDateOf(now);
  const rows: LeaderVisitQuota[] = leaders.map((leader) => ({
    leader: staffReference(leader.id),
    agency: agencyReference(leader.agencyId),
    ...standing(visits.get(leader.id) ?? 0, quotaOf(leader.agencyId), year, today),
  }));
  rows.sort((a, b) => b.shortfall - a.shortfall);
  return { year, asOfDate: today, agency: agencyReference(agencyId), leaders: rows, behindCount: rows.filter((row) => row.behind).length };
}

async function quotasOf(em: EntityManager, agencyIds: string[], year: number): Promise<(agencyId: string) => number> {
  const settings = await em.find(VisitQuotaSetting, { agencyId: { $in: agencyIds }, year: { $in: [year, EVERY_YEAR] } });
  const find = (agencyId: string, forYear: number) => settings.find((setting) => setting.agencyId === agencyId && setting.year === forYear)?.visitsPerYear;
  return (agencyId) => find(agencyId, year) ?? find(agencyId, EVERY_YEAR) ?? DEFAULT_VISITS_PER_YEAR;
}

async function visitCounts(em: EntityManager, leaderIds: string[], year: number): Promise<Map<string, number>> {
  const { first, last } = daysOfYear(year);
  const rows = await em.execute<{ leader_staff_id: string; visits: string }[]>(
    `select leader_staff_id, count(*) as visits from case_carrying_visit
     where leader_staff_id in (select jsonb_array_elements_text(?::jsonb)) and visit_date between ?::date and ?::date
     group by leader_staff_id`,
    [JSON.stringify(leaderIds), first, last],
  );
  return new Map(rows.map((row) => [row.leader_staff_id, Number(row.visits)]));
}
