import type { EntityManager } from '@mikro-orm/postgresql';
import { AgencyRegistered, AgencyUpdated, stepEvent } from '@xinfang/kit';
import { announce } from '../directory/announce';
import type { DirectoryOrigin } from '../directory/announce';
import type { Agency } from './agency.entity';

/** What directory events say of an agency. */
export type AnnouncedAgency = Pick<Agency, 'id' | 'name' | 'englishName' | 'type' | 'level' | 'parentId' | 'regionCode' | 'active' | 'updatedAt'>;

/** The agency as directory events carry it: the whole record at `revision`. */
export function agencyRecord(agency: AnnouncedAgency, revision: number) {
  return {
    agencyId: agency.id,
    name: agency.name,
    englishName: agency.englishName,
    type: agency.type,
    level: agency.level,
    parentId: agency.parentId,
    regionCode: agency.regionCode,
    active: agency.active,
    revision,
    changedAt: agency.updatedAt.toISOString(),
  };
}

/** AgencyRegistered for a new agency, saved by the caller's next flush (at version 1). */
export function announceAgencyRegistered(em: EntityManager, agency: Agency, origin: DirectoryOrigin): void {
  announce(em, stepEvent(AgencyRegistered, agencyRecord(agency, agency.version)), agency.id, origin);
}

/** AgencyUpdated for a change about to be flushed: the flush gives the agency version + 1 (version lock). */
export function announceAgencyUpdated(em: EntityManager, agency: Agency, changedFields: string[], origin: DirectoryOrigin): void {
  announce(em, stepEvent(AgencyUpdated, { ...agencyRecord(agency, agency.version + 1), changedFields }), agency.id, origin);
}
