import { IsDate, IsOptional, MaxLength } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Args, Authorized, Ctx, Directive, Field, FieldResolver, ID, InputType, ObjectType, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../errors/errors';
import { Role } from '../identity/identity';
import type { Identity } from '../identity/identity';
import { requireCaller } from '../identity/authorization';
import { ConnectionType, PageArgs, paginate } from '../graphql/connection';
import type { Connection } from '../graphql/connection';
import type { RequestContext } from '../server/request-context';
import { AuditEntry } from './audit-entry.entity';

/*
 * The audit log across subgraphs, through one gateway query. Each subgraph keeps its own
 * append-only `audit_entry` table (nothing is copied, so nothing can be rewritten on the way),
 * and the log is one federated entity: the agencies subgraph answers `auditLog(filter)` with an
 * `AuditLog` whose key is the filter itself, and every subgraph that keeps an audit table adds
 * one field to it, named after itself (`petitions`, `assistance`, ...), paginated with `first`
 * and `after` on its own rows. One query, one filter, each source's page beside the others:
 * federation plans the fan-out, and no subgraph reads another's table. A root field in each
 * subgraph could not be merged, and a copy in one subgraph through Kafka would make a second,
 * rewritable-in-transit log.
 */

/** Who may read the log: auditors, for their agency and those below it; administrators, all of it. */
export const AUDIT_LOG_READERS: readonly Role[] = [Role.AUDITOR, Role.ADMIN];

@InputType({ description: 'Narrows the audit log; every field is optional.' })
export class AuditLogFilter {
  @Field({ nullable: true, description: 'READ_UNMASKED, DENIED, EXPORT, IMPORT or CHANGE.' })
  @IsOptional() @MaxLength(40)
  operation?: string;

  @Field({ nullable: true, description: 'The kind of record: Petitioner, Petition, Staff, Ledger, Field, ...' })
  @IsOptional() @MaxLength(80)
  subjectType?: string;

  @Field({ nullable: true, description: 'Which record, by id.' })
  @IsOptional() @MaxLength(200)
  subjectId?: string;

  @Field({ nullable: true, description: 'Acts of this user.' })
  @IsOptional() @MaxLength(200)
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'Acts of staff of this agency.' })
  @IsOptional() @MaxLength(200)
  agencyId?: string;

  @Field({ nullable: true, description: 'From this instant on.' })
  @IsOptional() @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Before this instant.' })
  @IsOptional() @IsDate()
  to?: Date;
}

/** A page of one subgraph's audit entries, newest first; the same type in every subgraph. */
export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry', { shareable: true });

/** The filter travels as the entity's key, so every subgraph reads the same one. */
export function auditLogKey(filter: AuditLogFilter | undefined): string {
  return Buffer.from(JSON.stringify(filter ?? {})).toString('base64url');
}

function filterOf(key: string): AuditLogFilter {
  try {
    const { from, to, ...rest } = JSON.parse(Buffer.from(key, 'base64url').toString('utf8')) as Record<string, string | undefined>;
    return { ...rest, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined };
  } catch {
    throw new BadUserInputError('not an audit log this service gave out', { field: 'id' });
  }
}

/** The agencies whose acts the reader may see: all for administrators, else theirs and those below it. */
async function visibleAgencies(em: EntityManager, reader: Identity, hierarchyTable: string): Promise<string[] | 'all'> {
  if (reader.roles.includes(Role.ADMIN)) return 'all';
  const rows = await em.execute<{ id: string }[]>(
    `with recursive below (id, depth) as (
       select ?::text, 0
       union all
       select agency.id, below.depth + 1 from ${hierarchyTable} agency join below on agency.parent_id = below.id where below.depth < 16
     ) select distinct id from below`,
    [reader.agencyId],
  );
  return rows.map((row) => row.id);
}

/** One subgraph's page of the log, for the reader and the filter. */
export async function auditLogPage(context: RequestContext, key: string, page: PageArgs, hierarchyTable: string): Promise<Connection<AuditEntry>> {
  const reader = requireCaller(context);
  const { from, to, ...equal } = filterOf(key);
  const visible = await visibleAgencies(context.em, reader, hierarchyTable);
  const conditions: FilterQuery<AuditEntry>[] = [Object.fromEntries(Object.entries(equal).filter(([, value]) => value !== undefined && value !== null))];
  if (from) conditions.push({ at: { $gte: from } });
  if (to) conditions.push({ at: { $lt: to } });
  if (visible !== 'all') conditions.push({ agencyId: { $in: visible } });
  return paginate(context.em, AuditEntry, { $and: conditions }, 'at', page);
}

/**
 * This subgraph's part of the log: an `AuditLog` stub and its one field, named after the
 * subgraph. Made per subgraph because type-graphql keeps field resolvers per class.
 * `hierarchyTable` is where the subgraph keeps agencies with their `parent_id`.
 */
export function auditLogPart(subgraph: string, hierarchyTable = 'directory_agency') {
  @Directive('@key(fields: "id")')
  @ObjectType('AuditLog', { description: 'The audit log for one filter; each subgraph that keeps personal data adds its own entries as a field named after it.' })
  class AuditLogStub {
    @Field(() => ID, { description: 'The filter, as the key every subgraph reads.' })
    id!: string;
  }

  @Resolver(() => AuditLogStub)
  class AuditLogPartResolver {
    @Authorized(...AUDIT_LOG_READERS)
    @FieldResolver(() => AuditEntryConnection, { name: subgraph, description: `The ${subgraph} subgraph's entries, newest first.` })
    entries(@Root() log: AuditLogStub, @Args(() => PageArgs) page: PageArgs, @Ctx() context: RequestContext): Promise<Connection<AuditEntry>> {
      return auditLogPage(context, log.id, page, hierarchyTable);
    }
  }

  return { AuditLog: AuditLogStub, AuditLogPartResolver, reference: { __resolveReference: (key: { id: string }) => ({ id: key.id }) } };
}
