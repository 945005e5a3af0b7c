import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '../identity/identity';
import type { RequestContext } from '../server/request-context';

/** What an audit entry records; the table's check constraint holds the same list. */
export type AuditOperation =
  /** Personal data shown whole (an ID or phone number unmasked). */
  | 'READ_UNMASKED'
  /** A read or an action refused (FORBIDDEN). */
  | 'DENIED'
  /** Records leaving the system in a file. */
  | 'EXPORT'
  /** Records entering the system from a file. */
  | 'IMPORT'
  /** A role-sensitive record changed (a member of staff's roles, a leader flag, the calendar). */
  | 'CHANGE';

/** One thing to audit. Names only: `fields` and `criteria` never carry a personal value. */
export interface AuditRecord {
  operation: AuditOperation;
  /** The kind of record, in the GraphQL type's name: `Petitioner`, `Staff`, `Petition`, ... */
  subjectType: string;
  subjectId?: string | null;
  /** The fields read or changed, by name. */
  fields?: readonly string[];
  /** Why, in the caller's words, or the refusal's for a denial. */
  purpose?: string | null;
  /** The filter an export used, a count of rows imported, ...: names and numbers, never values. */
  criteria?: Record<string, unknown> | null;
}

const INSERT = `insert into audit_entry (id, at, actor_id, actor_name, agency_id, roles, operation, subject_type, subject_id, fields, purpose, criteria)
  values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?::text[], ?, ?::jsonb)`;

function parameters(actor: Identity, record: AuditRecord): unknown[] {
  return [
    randomUUID(), new Date(), actor.userId, actor.name, actor.agencyId, toArray(actor.roles), record.operation, record.subjectType,
    record.subjectId ?? null, toArray(record.fields ?? []), record.purpose?.trim() || null, record.criteria ? JSON.stringify(record.criteria) : null,
  ];
}

/** A PostgreSQL array literal, so a list is one parameter whatever its length. */
function toArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/**
 * Writes an entry in the caller's unit of work: inside `em.transactional` it commits or rolls
 * back with the change it records (a role change that failed did not happen, so nothing to
 * audit); outside one it is its own statement, written before the data is shown, so a read
 * whose entry cannot be written is not answered.
 */
export async function audit(context: Pick<RequestContext, 'em' | 'identity'>, record: AuditRecord, em: EntityManager = context.em): Promise<void> {
  if (!context.identity) return;
  await em.getConnection().execute(INSERT, parameters(context.identity, record), 'run', em.getTransactionContext());
}

/**
 * Writes a denial on a connection of its own, outside any transaction the request has open:
 * the request is about to fail and roll back, and the entry must outlive it. A denial whose
 * entry cannot be written is still refused; the failure goes to the error log.
 */
export async function auditDenial(context: Pick<RequestContext, 'em' | 'identity' | 'logger'>, record: Omit<AuditRecord, 'operation'>): Promise<void> {
  if (!context.identity) return;
  try {
    await context.em.getConnection().execute(INSERT, parameters(context.identity, { ...record, operation: 'DENIED' }), 'run');
  } catch (error) {
    context.logger.error({ err: error, subjectType: record.subjectType }, 'could not write the audit entry of a denial');
  }
}

/**
 * Flushes a role-sensitive change and its audit entry in one transaction: both are saved or
 * neither is, so the log never claims a change that did not happen nor misses one that did.
 */
export async function flushAudited(em: EntityManager, actor: Identity | null, record: AuditRecord): Promise<void> {
  await em.begin();
  try {
    if (actor) await em.getConnection().execute(INSERT, parameters(actor, record), 'run', em.getTransactionContext());
    await em.flush();
    await em.commit();
  } catch (error) {
    await em.rollback();
    throw error;
  }
}
