import type { EntityManager } from '@mikro-orm/postgresql';
import { AgencyRegistered, AgencyUpdated, StaffRegistered, StaffUpdated } from '../events/contracts/directory-events';
import { Topics } from '../events/contracts/topics';
import type { EventEnvelope } from '../events/envelope';
import type { ConsumerDefinition, EventHandler } from '../messaging/consumer-runner';
import { projectAgency, projectStaff } from './directory-projection';
import type { AgencyRecord, StaffRecord } from './directory-projection';

function applying<Data>(project: (em: EntityManager, data: Data) => Promise<boolean>): EventHandler {
  return async (event: EventEnvelope, em: EntityManager) => {
    await project(em, event.data as Data);
  };
}

/**
 * Keeps a subgraph's copy of the directory from `agencies.directory.v1`; add it to the
 * subgraph's `consumers`. Registered and Updated events both carry the whole record, so
 * either may create the row, and the revision decides which wins (see `projectAgency`).
 * The inbox makes a redelivered event a no-op; the revision makes an older one a no-op.
 */
export function directoryConsumer(subgraph: string): ConsumerDefinition {
  return {
    groupId: `${subgraph}.directory`,
    topics: [Topics.directory],
    handlers: {
      [AgencyRegistered.type]: applying<AgencyRecord>(projectAgency),
      [AgencyUpdated.type]: applying<AgencyRecord>(projectAgency),
      [StaffRegistered.type]: applying<StaffRecord>(projectStaff),
      [StaffUpdated.type]: applying<StaffRecord>(projectStaff),
    },
  };
}
