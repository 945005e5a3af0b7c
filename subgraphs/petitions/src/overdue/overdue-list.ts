import type { FilterQuery } from '@mikro-orm/core';
import type { DeadlineClock, RequestContext } from '@xinfang/kit';
import { agencyWhoseWorkIsRead } from '../petition/petition-access';
import { PETITION_SUBJECT } from '../petition/petition-deadlines';
import type { OverduePetitionsArgs } from './overdue-petitions.args';

const DAY_MS = 24 * 3600_000;

/**
 * The open petition clocks an agency (or one handler) owes and is late on, or that fall due
 * within N days, for the `overduePetitions` query and its export: an indexed range over the
 * stored clocks still open (`deadline_clock (agency_id, due_at) where met_at is null`), never
 * a computation over every petition. FORBIDDEN for an agency the caller may not read.
 */
export async function readableOverdueWhere(context: RequestContext, args: Pick<OverduePetitionsArgs, 'agencyId' | 'handlerStaffId' | 'dueWithinDays'>, now: number): Promise<FilterQuery<DeadlineClock>> {
  const agencyId = await agencyWhoseWorkIsRead(context, args.agencyId);
  const dueBefore = new Date(now + (args.dueWithinDays ?? 0) * DAY_MS);
  return {
    subjectType: PETITION_SUBJECT, agencyId, metAt: null, dueAt: { $ne: null, $lt: dueBefore },
    ...(args.handlerStaffId ? { responsibleId: args.handlerStaffId } : {}),
  };
}

/** Whole days left until a due instant; negative once overdue. */
export function daysLeft(dueAt: Date, now: number): number {
  return Math.floor((dueAt.getTime() - now) / DAY_MS);
}
