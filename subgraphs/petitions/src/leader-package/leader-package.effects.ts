import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, Role, requireActiveStaff } from '@xinfang/kit';
import type { StepChange } from '@xinfang/kit';
import type { Petition } from '../petition/petition.entity';

/**
 * A leader of the handling agency, as the directory knows them, takes the petition as its
 * package leader (院领导包案) with a plan and a target date still ahead.
 */
export async function takePackage(em: EntityManager, petition: Petition, change: StepChange): Promise<void> {
  await requireActiveStaff(em, change.actor.userId, 'id', { agencyId: petition.handlingAgencyId, roles: [Role.LEADER] });
  const targetDate = new Date(String(change.fields.targetDate));
  if (Number.isNaN(targetDate.getTime()) || targetDate <= change.at) {
    throw new BadUserInputError('targetDate must be a date still ahead', { field: 'targetDate' });
  }
  Object.assign(petition, { packageLeaderStaffId: change.actor.userId, packagePlan: change.note, packageTargetDate: targetDate, packagedAt: change.at });
}
