import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PetitionRegistered, actorFromIdentity, beginWorkflow, stepEvent } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { hashAccessCode, newAccessCode, newTrackingNumber } from './access-code';
import { startPetitionDeadlines } from './petition-deadlines';
import { Petition } from './petition.entity';
import { PetitionStatus } from './petition-kind';
import { PETITION_WORKFLOW } from './petition-workflow';
import type { RegisterPetitionInput } from './register-petition.input';


/** Registers a petition at the caller's agency, starts its clocks and announces it, in one transaction. */
export async function registerPetition(
  em: EntityManager,
  input: RegisterPetitionInput,
  caller: Identity,
  options: { traceparent?: string; registeredAt?: Date } = {},
): Promise<{ petition: Petition; accessCode: string }> {
  const { traceparent, registeredAt } = options;
  const receivedAt = input.receivedAt ?? new Date();
  const accessCode = newAccessCode();
  const petition = em.create(Petition, {
    id: randomUUID(),
    trackingNumber: newTrackingNumber(receivedAt),
    accessCodeHash: await hashAccessCode(accessCode),
    channel: input.channel,
    category: input.category,
    petitionerName: input.petitionerName,
    headCount: input.headCount,
    summary: input.summary,
    receivingAgencyId: caller.agencyId,
    handlingAgencyId: caller.agencyId,
    status: PetitionStatus.REGISTERED,
    receivedAt,
    registeredBy: caller.userId,
    createdAt: registeredAt ?? new Date(),
  });
  const event = stepEvent(PetitionRegistered, {
    petitionId: petition.id,
    trackingNumber: petition.trackingNumber,
    channel: petition.channel,
    category: petition.category,
    receivingAgencyId: petition.receivingAgencyId,
    receivedAt: receivedAt.toISOString(),
  });
  await startPetitionDeadlines(em, petition);
  await beginWorkflow(em, PETITION_WORKFLOW, petition, { action: 'REGISTER', actor: actorFromIdentity(caller), event, traceparent, at: registeredAt });
  return { petition, accessCode };
}
