import { z } from 'zod';
import { Role } from '../../identity/identity';
import { defineEvent } from '../contract';
import { Topics } from './topics';

/**
 * Directory events carry the whole record as it stands after the change, so a consumer
 * needs no earlier event to apply one, and `revision` (the record's version) lets it keep
 * the newest whatever order events of one record arrive in.
 */
const revisioned = {
  active: z.boolean().describe('Whether the record may be named in new work (referrals, assignments, sessions).'),
  revision: z.int().min(1).describe('The record\'s version after this change; consumers keep the highest they have seen and ignore older ones.'),
  changedAt: z.iso.datetime({ offset: true }),
};

const agencyRecord = z.object({
  agencyId: z.string().min(1),
  name: z.string().min(1).describe('Official name, e.g. 蚌埠市人民检察院.'),
  englishName: z.string(),
  type: z.string().describe('PROCURATORATE, COURT, POLICE, POLITICAL_LEGAL_COMMISSION, CIVIL_AFFAIRS, ...'),
  level: z.string().describe('NATIONAL, PROVINCIAL, MUNICIPAL or COUNTY.'),
  parentId: z.string().nullable().describe('The superior agency (上级机关), if any.'),
  regionCode: z.string(),
  ...revisioned,
});

const staffRecord = z.object({
  staffId: z.string().min(1).describe('The person\'s user id (a token\'s `sub`).'),
  agencyId: z.string().min(1),
  name: z.string().min(1),
  department: z.string().nullable().describe('Department within the agency, e.g. 控告申诉检察部.'),
  title: z.string().nullable().describe('Post, e.g. 检察长, 副检察长, 检察官.'),
  roles: z.array(z.enum(Role)),
  isLeader: z.boolean().describe('One of the agency\'s leaders (院领导 / 领导班子).'),
  ...revisioned,
});

const changedFields = { changedFields: z.array(z.string()).describe('Which fields this change touched, e.g. ["active"] for a deactivation.') };

/** An agency joined the directory (or was announced for the first time). */
export const AgencyRegistered = defineEvent({
  type: 'AgencyRegistered',
  version: 1,
  topic: Topics.directory,
  description: 'An agency is in the directory; the data is the whole agency record.',
  data: agencyRecord,
});

/** An agency was renamed, moved under another superior, deactivated or reactivated. */
export const AgencyUpdated = defineEvent({
  type: 'AgencyUpdated',
  version: 1,
  topic: Topics.directory,
  description: 'An agency record changed; the data is the whole record after the change.',
  data: agencyRecord.extend(changedFields),
});

/** A member of staff (工作人员) of an agency joined the directory. */
export const StaffRegistered = defineEvent({
  type: 'StaffRegistered',
  version: 1,
  topic: Topics.directory,
  description: 'A member of staff is in the directory; the data is the whole staff record.',
  data: staffRecord,
});

/** A member of staff changed department, roles, post or agency, or left (deactivated). */
export const StaffUpdated = defineEvent({
  type: 'StaffUpdated',
  version: 1,
  topic: Topics.directory,
  description: 'A staff record changed; the data is the whole record after the change.',
  data: staffRecord.extend(changedFields),
});

const calendarCorrection = z.object({
  date: z.iso.date().describe('The China day, YYYY-MM-DD.'),
  kind: z.enum(['WORKING_DAY', 'HOLIDAY']).describe('What the day is now, whatever the official calendar or the weekday says.'),
  note: z.string().nullable().describe('Why, e.g. the State Council notice it comes from.'),
});

/** Every event of one year's calendar goes under this key, hence on one partition, in order. */
export function calendarEventKey(year: number): string {
  return `calendar-${year}`;
}

/**
 * An administrator corrected one year of the official working-day calendar (a State Council
 * notice the package does not carry yet, a late change). Like the records above it carries
 * the year's whole set after the change, with the year's revision, so a consumer replaces
 * that year's corrections and ignores anything older than what it holds.
 */
export const CalendarCorrected = defineEvent({
  type: 'CalendarCorrected',
  version: 1,
  topic: Topics.directory,
  description: 'A year\'s calendar corrections changed; the data is the year\'s whole set of corrections after the change. Keyed calendar-<year>.',
  data: z.object({
    year: z.int().min(1900).max(2200),
    corrections: z.array(calendarCorrection).describe('Every correction of the year after the change, by date; empty once the last is removed.'),
    reason: z.string().min(1).describe('Why the administrator changed the year, e.g. 国办发明电〔2026〕x号.'),
    changedBy: z.string().min(1).describe('The administrator\'s user id.'),
    revision: revisioned.revision,
    changedAt: revisioned.changedAt,
  }),
});
