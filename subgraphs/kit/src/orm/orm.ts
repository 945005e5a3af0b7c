import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { EntityClass, EventSubscriber, MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { InboxEntry } from '../messaging/inbox-entry.entity';
import { messagingMigration } from '../messaging/messaging-migration';
import { outboxNotifyMigration } from '../messaging/outbox-notify-migration';
import { OutboxMessage } from '../messaging/outbox-message.entity';
import { WorkflowHistoryEntry } from '../workflow/history-entry.entity';
import { workflowHistoryMigration } from '../workflow/workflow-history-migration';
import { CalendarDayOverride } from '../deadlines/calendar-day-override.entity';
import { DeadlineClock } from '../deadlines/deadline-clock.entity';
import { deadlineMigration } from '../deadlines/deadline-migration';
import { calendarYearMigration } from '../deadlines/calendar-migration';
import { deadlineAmountMigration } from '../deadlines/deadline-amount-migration';
import { messageRetentionMigration } from '../messaging/message-retention-migration';
import { DirectoryAgency } from '../directory/directory-agency.entity';
import { directoryMigration } from '../directory/directory-migration';
import { auditLogMigration } from '../audit/audit-migration';
import { AuditEntry } from '../audit/audit-entry.entity';
import { DirectoryStaff } from '../directory/directory-staff.entity';

export interface OrmOptions {
  databaseUrl: string;
  entities: EntityClass<unknown>[];
  /** The subgraph's migrations, oldest first; the outbox/inbox tables and trigger come before them. */
  migrations: MigrationObject[];
  subscribers?: EventSubscriber[];
  logger: Logger;
  /** Receives every SQL statement (tests count queries with it). */
  onQuery?: (sql: string) => void;
}

export async function initOrm(options: OrmOptions): Promise<MikroORM> {
  await ensureDatabase(options.databaseUrl, options.logger);
  const orm = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: options.databaseUrl,
    entities: [OutboxMessage, InboxEntry, WorkflowHistoryEntry, DeadlineClock, CalendarDayOverride, DirectoryAgency, DirectoryStaff, AuditEntry, ...options.entities],
    subscribers: options.subscribers ?? [],
    extensions: [Migrator],
    migrations: { migrationsList: [messagingMigration, outboxNotifyMigration, workflowHistoryMigration, deadlineMigration, directoryMigration, calendarYearMigration, deadlineAmountMigration, messageRetentionMigration, auditLogMigration, ...options.migrations], transactional: true, allOrNothing: true, snapshot: false },
    discovery: { disableDynamicFileAccess: true },
    forceUtcTimezone: true,
    // Request code must fork (one EntityManager per request); the global one is for set-up only.
    allowGlobalContext: false,
    // Fail a request after 5 s without a connection instead of knex's 60 s.
    pool: { min: 0, max: 10, acquireTimeoutMillis: 5000 },
    // knex's own warnings (a broken pooled connection) go to the JSON log, not to console.
    driverOptions: {
      log: {
        warn: (message: unknown) => options.logger.warn({ component: 'knex' }, String(message)),
        error: (message: unknown) => options.logger.error({ component: 'knex' }, String(message)),
        deprecate: (message: unknown) => options.logger.warn({ component: 'knex' }, String(message)),
        debug: (message: unknown) => options.logger.debug({ component: 'knex' }, String(message)),
      },
    },
    debug: options.onQuery ? ['query'] : false,
    logger: (message) => {
      if (options.onQuery) options.onQuery(message);
      else options.logger.debug({ component: 'orm' }, message);
    },
    colors: false,
  });
  await migrateToLatest(orm, options.databaseUrl, options.logger);
  return orm;
}

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so replicas (or test workers)
 * starting together migrate once instead of racing each other.
 */
async function migrateToLatest(orm: MikroORM, databaseUrl: string, logger: Logger): Promise<void> {
  const lockClient = new Client({ connectionString: databaseUrl });
  await lockClient.connect();
  try {
    await lockClient.query('select pg_advisory_lock(7310000)');
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  } finally {
    await lockClient.query('select pg_advisory_unlock(7310000)').catch(() => undefined);
    await lockClient.end();
  }
}

/** Creates the subgraph's own database on first start, so a bare server URL is enough. */
async function ensureDatabase(databaseUrl: string, logger: Logger): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`);
      logger.info({ database: name }, 'created database');
    }
  } catch (error) {
    // A concurrent start (another replica) created it first: PostgreSQL says 42P04, or 23505
    // when both passed the existence check at once and the catalogue's unique index caught it.
    const code = (error as { code?: string }).code;
    if (code !== '42P04' && code !== '23505') throw error;
  } finally {
    await client.end();
  }
}
