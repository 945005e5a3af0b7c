import type { MikroORM } from '@mikro-orm/postgresql';
import { Gauge } from 'prom-client';
import type { ServiceMetrics } from './metrics';

/**
 * What a subgraph's tables say about its health, read when Prometheus scrapes: the outbox
 * backlog and how long its oldest event has waited (Kafka away, or the relay stuck), and its
 * deadlines due soon and overdue by rule.
 */
export function registerSubgraphMetrics(metrics: ServiceMetrics, orm: MikroORM, options: { keepsDeadlines: boolean }): void {
  const registers = [metrics.registry];
  const read = <Row extends object>(sql: string) => orm.em.fork().execute<Row[]>(sql);

  new Gauge({
    name: 'outbox_pending_messages',
    help: 'Events committed and not yet published to Kafka.',
    registers,
    async collect() {
      const [row] = await read<{ pending: number }>('select count(*)::int as pending from outbox_message where sent_at is null');
      this.set(row?.pending ?? 0);
    },
  });

  new Gauge({
    name: 'outbox_oldest_pending_age_seconds',
    help: 'How long the oldest unpublished event has waited; 0 when none waits.',
    registers,
    async collect() {
      const [row] = await read<{ age: number | null }>('select extract(epoch from now() - min(created_at))::float8 as age from outbox_message where sent_at is null');
      this.set(row?.age ?? 0);
    },
  });

  if (!options.keepsDeadlines) return;
  new Gauge({
    name: 'deadline_clocks_open',
    help: 'Open deadlines by rule and state: due_soon (inside the warning window) or overdue.',
    labelNames: ['rule', 'state'] as const,
    registers,
    async collect() {
      const rows = await read<{ rule: string; due_soon: number; overdue: number }>(
        `select rule, count(*) filter (where due_soon_at <= now() and due_at > now())::int as due_soon,
                count(*) filter (where due_at <= now())::int as overdue
           from deadline_clock where met_at is null group by rule`,
      );
      this.reset();
      for (const row of rows) {
        this.set({ rule: row.rule, state: 'due_soon' }, row.due_soon);
        this.set({ rule: row.rule, state: 'overdue' }, row.overdue);
      }
    },
  });
}
