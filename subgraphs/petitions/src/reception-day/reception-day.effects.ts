import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, IllegalTransitionError, NotFoundError } from '@xinfang/kit';
import type { StepChange } from '@xinfang/kit';
import type { Petition } from '../petition/petition.entity';
import { ReceptionBooking } from './reception-booking.entity';
import { ReceptionSlot } from './reception-slot.entity';

/**
 * Books the petition into one of its handling agency's leaders' slots: never past the slot's
 * capacity (one conditional statement, so two bookings at once cannot both take the last
 * place) and never into a slot overlapping one it is already booked into.
 */
export async function bookReception(em: EntityManager, petition: Petition, change: StepChange): Promise<void> {
  const slotId = String(change.fields.slotId);
  const slot = await em.findOne(ReceptionSlot, { id: slotId });
  if (!slot) throw new NotFoundError('Reception slot', slotId);
  if (slot.agencyId !== petition.handlingAgencyId) throw new BadUserInputError('The slot is another agency\'s reception day', { field: 'slotId' });
  if (slot.startsAt <= change.at) throw new BadUserInputError('The slot has already begun', { field: 'slotId' });
  const overlapping = await em.execute<unknown[]>(
    `select 1 from reception_booking b join reception_slot s on s.id = b.slot_id
     where b.petition_id = ? and s.starts_at < ? and s.ends_at > ? limit 1`,
    [petition.id, slot.endsAt, slot.startsAt],
  );
  if (overlapping.length > 0) throw new ConflictError('The petition is already booked at that time');
  const taken = await em.execute<unknown[]>('update reception_slot set booked = booked + 1 where id = ? and booked < capacity returning id', [slot.id]);
  if (taken.length === 0) throw new BadUserInputError(`The slot is full (${slot.capacity} petitioners)`, { field: 'slotId' });
  em.create(ReceptionBooking, { id: randomUUID(), slotId: slot.id, petitionId: petition.id, bookedByName: change.actor.name, bookedAt: change.at });
}

/** The leader's reception took place: what came of it, against the petition. */
export async function recordReceptionOutcome(em: EntityManager, petition: Petition, change: StepChange): Promise<void> {
  const bookingId = String(change.fields.bookingId);
  const booking = await em.findOne(ReceptionBooking, { id: bookingId, petitionId: petition.id });
  if (!booking) throw new NotFoundError('Reception booking', bookingId);
  if (booking.receivedAt) throw new IllegalTransitionError('reception', 'already recorded', 'record its outcome again');
  Object.assign(booking, { outcome: change.note, receivedAt: change.at });
}
