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
