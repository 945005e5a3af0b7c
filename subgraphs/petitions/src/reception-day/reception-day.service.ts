import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, Role, requireActiveStaff } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import type { PublishReceptionSlotInput } from './publish-reception-slot.input';
import { ReceptionSlot } from './reception-slot.entity';

/** Publishes a leader's reception slot at the caller's agency: the leader is one of its leaders, the slot still ahead. */
export async function publishReceptionSlot(em: EntityManager, input: PublishReceptionSlotInput, caller: Identity): Promise<ReceptionSlot> {
  await requireActiveStaff(em, input.leaderStaffId, 'leaderStaffId', { agencyId: caller.agencyId, roles: [Role.LEADER] });
  if (input.startsAt <= new Date()) throw new BadUserInputError('startsAt must be ahead', { field: 'startsAt' });
  if (input.endsAt <= input.startsAt) throw new BadUserInputError('endsAt must be after startsAt', { field: 'endsAt' });
  const slot = em.create(ReceptionSlot, {
    id: randomUUID(), agencyId: caller.agencyId, leaderStaffId: input.leaderStaffId,
    startsAt: input.startsAt, endsAt: input.endsAt, place: input.place.trim(), capacity: input.capacity,
  });
  await em.flush();
  return slot;
}
