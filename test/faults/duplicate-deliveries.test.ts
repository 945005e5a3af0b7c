import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { applyOnce, createLogger, initOrm, subgraphDatabaseUrl } from '@xinfang/kit';
import { testEnv } from '../support/test-env';

const DATABASE = 'fault_inbox_test';

/**
 * Fault 6: the same event delivered five times at once (replicas racing after a rebalance, a
 * redelivery overtaking a slow first attempt) has exactly one effect. Five transactions on real
 * PostgreSQL, each holding its effect open for a moment so that they truly overlap.
 */
describe('the same event delivered five times concurrently', () => {
  let orm: MikroORM;

  beforeAll(async () => {
    orm = await initOrm({ databaseUrl: subgraphDatabaseUrl(testEnv.databaseUrl, DATABASE), entities: [], migrations: [], logger: createLogger('fault-inbox', 'warn') });
    await orm.em.fork().execute('create table if not exists fault_effect (event_id uuid not null, applied_by int not null)');
  });

  afterAll(async () => {
    await orm.close();
  });

  const effects = async (eventId: string) =>
    orm.em.fork().execute<{ applied_by: number }[]>('select applied_by from fault_effect where event_id = ?', [eventId]);

  it('applies it once; the other four find it done', async () => {
    const event = { id: randomUUID(), type: 'ReferralUpdateReported' };
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map((delivery) => applyOnce(orm, 'fault.referral-updates', event, async (em) => {
      await em.execute('insert into fault_effect (event_id, applied_by) values (?, ?)', [event.id, delivery]);
      await em.execute('select pg_sleep(0.2)');
    })));
    expect(outcomes.filter((outcome) => outcome === 'applied')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'duplicate')).toHaveLength(4);
    expect(await effects(event.id)).toHaveLength(1);
  });

  it('applies it after all when the delivery that got there first failed', async () => {
    const event = { id: randomUUID(), type: 'ReferralUpdateReported' };
    let firstHoldsTheInboxRow: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { firstHoldsTheInboxRow = resolve; });
    const first = applyOnce(orm, 'fault.referral-updates', event, async (em) => {
      firstHoldsTheInboxRow();
      await em.execute('insert into fault_effect (event_id, applied_by) values (?, ?)', [event.id, 1]);
      await em.execute('select pg_sleep(0.2)');
      throw new Error('the handler failed mid-way');
    });
    // Started while the first holds its (uncommitted) inbox row: it waits, then applies once the first rolls back.
    await held;
    const second = applyOnce(orm, 'fault.referral-updates', event, async (em) => {
      await em.execute('insert into fault_effect (event_id, applied_by) values (?, ?)', [event.id, 2]);
    });
    await expect(first).rejects.toThrow('mid-way');
    await expect(second).resolves.toBe('applied');
    expect(await effects(event.id)).toEqual([{ applied_by: 2 }]);
  });

  it('keeps groups apart: each consumer group applies the event once', async () => {
    const event = { id: randomUUID(), type: 'PetitionRegistered' };
    const outcomes = await Promise.all(['assistance.petitions', 'joint-visits.petitions', 'assistance.petitions'].map((group) =>
      applyOnce(orm, group, event, async (em) => { await em.execute('insert into fault_effect (event_id, applied_by) values (?, 0)', [event.id]); })));
    expect(outcomes.sort()).toEqual(['applied', 'applied', 'duplicate']);
  });
});
