import type { EntityManager } from '@mikro-orm/postgresql';
import { createEvent, enqueueEvent } from '@xinfang/kit';
import type { StepEvent } from '@xinfang/kit';
import { SERVICE } from '../service-name';

/** On whose behalf a directory change was made: the administrator's agency, or none (seeding, migrations). */
export interface DirectoryOrigin {
  agencyId: string | null;
  traceparent?: string;
}

/**
 * Queues a directory event in the caller's unit of work: the flush that saves the change
 * writes the event too, in the same transaction, and the outbox relay publishes it on
 * `agencies.directory.v1` keyed by the agency's or person's id.
 */
export function announce(em: EntityManager, event: StepEvent, subject: string, origin: DirectoryOrigin): void {
  enqueueEvent(em, event.contract, createEvent(event.contract, subject, event.data, { service: SERVICE, ...origin }));
}
