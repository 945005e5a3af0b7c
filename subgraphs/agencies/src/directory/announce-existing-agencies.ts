import type { EntityManager } from '@mikro-orm/postgresql';
import { AgencyRegistered, stepEvent } from '@xinfang/kit';
import { agencyRecord } from '../agency/agency-announcements';
import type { AgencyLevel, AgencyType } from '../agency/agency-kind';
import { announce } from './announce';

/** An agency row as it stood before agencies were announced (no active flag, no version yet). */
export interface UnannouncedAgencyRow {
  id: string;
  name: string;
  english_name: string;
  type: AgencyType;
  level: AgencyLevel;
  parent_id: string | null;
  region_code: string;
  created_at: Date | string;
}

/**
 * Queues AgencyRegistered (revision 1: active, as every agency then was) for agencies
 * registered before the directory topic existed, so the projections in other subgraphs
 * learn of them too. Run once, by the migration that starts announcing.
 */
export function announceExistingAgencies(em: EntityManager, rows: readonly UnannouncedAgencyRow[]): void {
  for (const row of rows) {
    const agency = {
      id: row.id, name: row.name, englishName: row.english_name, type: row.type, level: row.level,
      parentId: row.parent_id, regionCode: row.region_code, active: true, updatedAt: new Date(row.created_at),
    };
    announce(em, stepEvent(AgencyRegistered, agencyRecord(agency, 1)), row.id, { agencyId: null });
  }
}
