import 'reflect-metadata';
import { Topics, readSubgraphConfig, startSubgraph } from '@xinfang/kit';
import type { RunningSubgraph, StartSubgraphOptions, SubgraphModule } from '@xinfang/kit';
import { Agency } from './agency/agency.entity';
import { resolveAgencyReference } from './agency/agency.reference';
import { agencyTopicsConsumer } from './agency/agency-topics.consumer';
import { AgencyResolver } from './agency/agency.resolver';
import { AuditLogResolver, agenciesAuditLog } from './audit-log/audit-log.resolver';
import { CalendarResolver } from './calendar/calendar.resolver';
import { seedDemoCity } from './demo-data';
import { migrations } from './migrations';
import { AgencyStaffResolver } from './staff/agency-staff.resolver';
import { Staff } from './staff/staff.entity';
import { resolveStaffReference } from './staff/staff.reference';
import { StaffResolver } from './staff/staff.resolver';

export { AgencyLevel, AgencyType, PARTNER_AGENCY_TYPES } from './agency/agency-kind';
export { demoCityAgencies } from './agency/demo-city';
export { demoStaff, demoUserStaff } from './staff/demo-staff';
export type { DemoStaffMember, DemoUserKey } from './staff/demo-staff';

/**
 * The agency directory and its staff: who is who, at which level, under whom; and the
 * working-day calendar's corrections. Every change is announced on `agencies.directory.v1`,
 * from which the other subgraphs keep their copies.
 */
export const agenciesSubgraph: SubgraphModule = {
  name: 'agencies',
  resolvers: [AgencyResolver, AgencyStaffResolver, StaffResolver, CalendarResolver, AuditLogResolver, agenciesAuditLog.AuditLogPartResolver],
  references: {
    Agency: { __resolveReference: resolveAgencyReference },
    Staff: { __resolveReference: resolveStaffReference },
    AuditLog: agenciesAuditLog.reference,
  },
  publicEntityTypes: ['Agency'],
  entities: [Agency, Staff],
  migrations,
  produces: [Topics.directory],
  consumers: [agencyTopicsConsumer],
  seedDemoData: seedDemoCity,
};

export function startAgencies(options: Partial<StartSubgraphOptions> = {}): Promise<RunningSubgraph> {
  return startSubgraph(agenciesSubgraph, { config: readSubgraphConfig('agencies'), ...options });
}
