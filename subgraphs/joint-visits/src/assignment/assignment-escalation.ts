import type { EntityManager } from '@mikro-orm/postgresql';
import { DirectoryAgency, DirectoryStaff } from '@xinfang/kit';
import type { Assignment } from './assignment.entity';

/** Who an escalation (督办升级) goes to: an agency, and a leader when it is the commission's own. */
export interface EscalationTarget {
  agencyId: string;
  staffId: string | null;
}

/**
 * Up the assignee's own hierarchy first, as the directory copy knows it (a county court's
 * work goes to the city court); an agency with no active superior is escalated to the
 * assigning commission's leader (the first active leader on its staff, if it has one).
 */
export async function escalationTargetOf(em: EntityManager, assignment: Assignment): Promise<EscalationTarget> {
  const assignee = await em.findOne(DirectoryAgency, { id: assignment.assigneeAgencyId });
  const superior = assignee?.parentId ? await em.findOne(DirectoryAgency, { id: assignee.parentId, active: true }) : null;
  if (superior) return { agencyId: superior.id, staffId: null };
  const leader = await em.findOne(DirectoryStaff, { agencyId: assignment.assignedByAgencyId, isLeader: true, active: true }, { orderBy: { id: 'asc' } });
  return { agencyId: assignment.assignedByAgencyId, staffId: leader?.id ?? null };
}
