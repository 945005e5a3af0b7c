import { Arg, Authorized, Query, Resolver } from 'type-graphql';
import { AUDIT_LOG_READERS, AuditLogFilter, auditLogKey, auditLogPart } from '@xinfang/kit';

/** The agencies subgraph's own entries (staff role changes, calendar corrections, denials), read from its `agency` table's hierarchy. */
export const agenciesAuditLog = auditLogPart('agencies', 'agency');
type AuditLog = InstanceType<typeof agenciesAuditLog.AuditLog>;

/**
 * The one entry point of the audit log (审计日志): the directory owns it because the directory
 * says who is whose superior; each subgraph's entries are fields of the `AuditLog` it returns.
 */
@Resolver(() => agenciesAuditLog.AuditLog)
export class AuditLogResolver {
  @Authorized(...AUDIT_LOG_READERS)
  @Query(() => agenciesAuditLog.AuditLog, {
    description: 'For auditors (their agency and those below it) and administrators: the audit log for a filter, each subgraph\'s entries under its own name, newest first; others get FORBIDDEN.',
  })
  auditLog(@Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | undefined): AuditLog {
    return { id: auditLogKey(filter) };
  }
}
