import { BadUserInputError } from '@xinfang/kit';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The longest range `jointVisitSessions` answers in one call: a year of sessions. */
export const MAX_QUERY_RANGE_DAYS = 366;

/** A session ends after it starts. */
export function endsAfterStart(startsAt: Date, endsAt: Date): boolean {
  return endsAt.getTime() > startsAt.getTime();
}

/** Two periods overlap when each starts before the other ends. */
export function overlaps(a: { startsAt: Date; endsAt: Date }, from: Date, to: Date): boolean {
  return a.startsAt.getTime() < to.getTime() && a.endsAt.getTime() > from.getTime();
}

/** `from` before `to`, and no more than a year apart. */
export function assertQueryRange(from: Date, to: Date): void {
  if (to.getTime() <= from.getTime()) throw new BadUserInputError('to must be after from', { field: 'to' });
  if (to.getTime() - from.getTime() > MAX_QUERY_RANGE_DAYS * DAY_MS) {
    throw new BadUserInputError(`The range may span at most ${MAX_QUERY_RANGE_DAYS} days`, { field: 'to' });
  }
}
