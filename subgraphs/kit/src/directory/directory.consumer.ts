import type { EntityManager } from '@mikro-orm/postgresql';
import { AgencyRegistered, AgencyUpdated, CalendarCorrected, StaffRegistered, StaffUpdated } from '../events/contracts/directory-events';
import { Topics } from '../events/contracts/topics';
import type { ConsumerDefinition } from '../messaging/consumer-runner';
import { DIRECTORY_AGENCIES_CHANGED, on } from '../messaging/consumer-runner';
import { projectCalendarYear } from './calendar-projection';
import { projectAgency, projectStaff } from './directory-projection';

/**
 * Keeps a subgraph's copy of the directory from `agencies.directory.v1`; add it to the
 * subgraph's `consumers`. Registered and Updated events both carry the whole record, so
 * either may create the row, and the revision decides which wins (see `projectAgency`).
 * The inbox makes a redelivered event a no-op; the revision makes an older one a no-op.
 * A new or changed agency is announced, so consumers of every agency's topics subscribe again.
 * A year's calendar corrections replace the copy's and move this subgraph's open clocks that
 * count working days, in the same transaction (see `projectCalendarYear`).
 */
export function directoryConsumer(subgraph: string): ConsumerDefinition {
  const agencyChanged = async (em: EntityManager, data: Parameters<typeof projectAgency>[1], announce: (signal: string) => void) => {
    if (await projectAgency(em, data)) announce(DIRECTORY_AGENCIES_CHANGED);
  };
  return {
    groupId: `${subgraph}.directory`,
    topics: [Topics.directory],
    handlers: [
      on(AgencyRegistered, (event, em, delivery) => agencyChanged(em, event.data, delivery.announce)),
      on(AgencyUpdated, (event, em, delivery) => agencyChanged(em, event.data, delivery.announce)),
      on(StaffRegistered, async (event, em) => void (await projectStaff(em, event.data))),
      on(StaffUpdated, async (event, em) => void (await projectStaff(em, event.data))),
      on(CalendarCorrected, async (event, em) => void (await projectCalendarYear(em, event.data))),
    ],
  };
}
