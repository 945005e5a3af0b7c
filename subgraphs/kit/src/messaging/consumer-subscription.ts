import type { EventEmitter } from 'node:events';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { TopicSpec } from '../events/contract';
import type { AgencyTopicFamily } from '../events/contracts/agency-topics';
import { agencyTopic } from '../events/contracts/agency-topics';

/** Announced by the directory projection when an agency was added or changed. */
export const DIRECTORY_AGENCIES_CHANGED = 'directory-agencies-changed';

/** Behind the directory's signal, in case another replica applied the change: how often to look again. */
const RECHECK_MS = 30_000;
/** A city registers several agencies at once: one new subscription for the lot, not one each. */
const SETTLE_MS = 250;

export interface ConsumerSubscription {
  /** The topics to subscribe to now; from here on, `changed` says when they are no longer right. */
  read(): Promise<TopicSpec[]>;
  /** Aborted when the directory names other agencies than the last `read`. */
  readonly changed: AbortSignal;
  start(): void;
  stop(): void;
}

/**
 * What one consumer reads: its shared topics, and a hand-off family on every agency's own
 * topic, as the subgraph's copy of the directory lists the agencies. A new agency in the
 * directory means one more topic, so the consumer subscribes again.
 */
export function createConsumerSubscription(
  shared: TopicSpec[],
  fromEveryAgency: AgencyTopicFamily | undefined,
  orm: MikroORM,
  signals: EventEmitter,
): ConsumerSubscription {
  let current = '';
  let changed = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let settling: NodeJS.Timeout | null = null;

  async function topics(): Promise<TopicSpec[]> {
    if (!fromEveryAgency) return shared;
    const agencies = await orm.em.fork().execute<{ id: string }[]>('select id from directory_agency order by id');
    return [...shared, ...agencies.map((agency) => agencyTopic(fromEveryAgency, agency.id))];
  }

  const namesOf = (list: TopicSpec[]) => list.map((topic) => topic.name).join('\n');

  async function recheck(): Promise<void> {
    const latest = await topics().catch(() => null); // the database away: the next check will tell
    if (latest && namesOf(latest) !== current) changed.abort();
  }

  function directoryChanged(): void {
    settling ??= setTimeout(() => {
      settling = null;
      void recheck();
    }, SETTLE_MS);
  }

  return {
    async read() {
      changed = new AbortController();
      const list = await topics();
      current = namesOf(list);
      return list;
    },
    get changed() {
      return changed.signal;
    },
    start() {
      if (!fromEveryAgency) return;
      signals.on(DIRECTORY_AGENCIES_CHANGED, directoryChanged);
      timer = setInterval(() => void recheck(), RECHECK_MS).unref();
    },
    stop() {
      signals.off(DIRECTORY_AGENCIES_CHANGED, directoryChanged);
      if (timer) clearInterval(timer);
      if (settling) clearTimeout(settling);
    },
  };
}
