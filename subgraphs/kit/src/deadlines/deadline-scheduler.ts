import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { createEvent } from '../events/contract';
import { DeadlineApproaching, DeadlineMissed } from '../events/contracts';
import type { Component } from '../messaging/component';
import { createPeriodicTask } from '../messaging/periodic-task';
import { enqueueEvent } from '../messaging/outbox';
import { DeadlineClock } from './deadline-clock.entity';

const BATCH = 100;

export interface DeadlineSchedulerOptions {
  orm: MikroORM;
  /** The subgraph announcing, as the events' source. */
  service: string;
  logger: Logger;
  intervalMs: number;
}

/**
 * Finds clocks that have just become due soon or been missed and announces each through the
 * outbox, exactly once per clock and threshold: the row is locked (`skip locked`, so several
 * replicas share the work without waiting on each other) and stamped in the same transaction
 * as its event. Minutes of delay are fine for deadlines counted in days.
 */
export function createDeadlineScheduler(options: DeadlineSchedulerOptions): Component & { scan(): Promise<number> } {
  const logger = options.logger.child({ component: 'deadline-scheduler' });

  const announce = (em: EntityManager, clock: DeadlineClock, contract: typeof DeadlineApproaching | typeof DeadlineMissed) => {
    const data = {
      clockId: clock.id, rule: clock.rule, subjectType: clock.subjectType, subjectId: clock.subjectId,
      agencyId: clock.agencyId, responsibleId: clock.responsibleId, dueAt: clock.dueAt!.toISOString(),
    };
    enqueueEvent(em, contract, createEvent(contract, clock.subjectId, data, { service: options.service, agencyId: clock.agencyId }));
  };

  async function scanBatch(): Promise<number> {
    return options.orm.em.fork().transactional(async (em) => {
      const now = new Date();
      const skipLocked = { limit: BATCH, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE as const };
      const approaching = await em.find(DeadlineClock, { metAt: null, missedAt: null, dueSoonSentAt: null, dueSoonAt: { $lte: now }, dueAt: { $gte: now } }, skipLocked);
      for (const clock of approaching) {
        clock.dueSoonSentAt = now;
        announce(em, clock, DeadlineApproaching);
      }
      const missed = await em.find(DeadlineClock, { metAt: null, missedAt: null, dueAt: { $lt: now } }, skipLocked);
      for (const clock of missed) {
        clock.missedAt = now;
        announce(em, clock, DeadlineMissed);
      }
      return approaching.length + missed.length;
    });
  }

  async function scan(): Promise<number> {
    let total = 0;
    for (let found = BATCH; found === BATCH; total += found) found = await scanBatch();
    if (total > 0) logger.info({ announced: total }, 'announced due-soon and missed deadlines');
    return total;
  }

  return { ...createPeriodicTask({ name: 'deadline-scheduler', intervalMs: options.intervalMs, logger, run: async () => {
    await scan();
  } }), scan };
}
