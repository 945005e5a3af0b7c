import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, PetitionRegistered, actorFromIdentity, beginWorkflow, requireActiveAgency, stepEvent } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { assessDifficultCase, linkEarlierPetitions } from '../difficult-case/difficult-case.service';
import { FinalDecisionError, finalDecisionOnSameMatter } from '../difficult-case/final-decision';
import { PetitionerInput } from '../petitioner/petitioner.input';
import { petitionersProblems, refuseProblems } from '../petitioner/petitioner-rules';
import { createPetitioners, personKeysOf } from '../petitioner/petitioner.service';
import { issueAccessCode, newTrackingNumber } from './access-code';
import type { IssuedAccessCode } from './access-code';
import { startPetitionDeadlines } from './petition-deadlines';
import { Petition } from './petition.entity';
import { PetitionChannel, PetitionStatus } from './petition-kind';
import { PETITION_WORKFLOW } from './petition-workflow';
import type { RegisterPetitionInput } from './register-petition.input';

/**
 * Registers a petition at the caller's agency with its petitioners (their numbers sealed),
 * flags it as a repeat, group or leapfrog petition, starts its clocks and announces it, in
 * one flush. Everything that can refuse it runs before anything is created.
 */
export async function registerPetition(
  em: EntityManager,
  input: RegisterPetitionInput,
  caller: Identity,
  options: { traceparent?: string; registeredAt?: Date; note?: string; accessCode?: Promise<IssuedAccessCode> } = {},
): Promise<{ petition: Petition; accessCode: string }> {
  const { traceparent, registeredAt, note } = options;
  refuseProblems(petitionersProblems(input));
  if (input.jointVisitSessionId && input.channel !== PetitionChannel.JOINT_VISIT) {
    throw new BadUserInputError('jointVisitSessionId is only for petitions received at a joint visit (channel JOINT_VISIT)', { field: 'jointVisitSessionId' });
  }
  const people = input.petitioners ?? [Object.assign(new PetitionerInput(), { name: input.petitionerName! })];
  const jurisdictionAgencyId = input.jurisdictionAgencyId ?? null;
  if (jurisdictionAgencyId) await requireActiveAgency(em, jurisdictionAgencyId, 'jurisdictionAgencyId');
  const receivedAt = input.receivedAt ?? new Date();
  const facts = { receivingAgencyId: caller.agencyId, jurisdictionAgencyId, category: input.category, receivedAt, headCount: input.headCount, people: personKeysOf(people) };
  const finalDecision = input.newFacts ? null : await finalDecisionOnSameMatter(em, facts);
  if (finalDecision) throw new FinalDecisionError(finalDecision);
  const { earlierPetitionIds, ...flags } = await assessDifficultCase(em, facts);
  // Hashing is slow on purpose; a caller registering many may have hashed the code ahead.
  const { code: accessCode, hash: accessCodeHash } = await (options.accessCode ?? issueAccessCode());
  const petition = em.create(Petition, {
    id: randomUUID(),
    trackingNumber: newTrackingNumber(receivedAt),
    accessCodeHash,
    channel: input.channel,
    category: input.category,
    petitionerName: (people.find((person) => person.representative) ?? people[0]!).name.trim(),
    headCount: input.headCount,
    summary: input.summary,
    request: input.request,
    jurisdictionAgencyId,
    ...flags,
    receivingAgencyId: caller.agencyId,
    handlingAgencyId: caller.agencyId,
    status: PetitionStatus.REGISTERED,
    receivedAt,
    registeredBy: caller.userId,
    createdAt: registeredAt ?? new Date(),
  });
  createPetitioners(em, petition.id, people);
  linkEarlierPetitions(em, petition.id, earlierPetitionIds);
  // Names agencies only: no petitioner's name, number or words travel on Kafka.
  const event = stepEvent(PetitionRegistered, {
    petitionId: petition.id,
    trackingNumber: petition.trackingNumber,
    channel: petition.channel,
    category: petition.category,
    receivingAgencyId: petition.receivingAgencyId,
    receivedAt: receivedAt.toISOString(),
    // Flags only, so judicial assistance can propose a case for a vulnerable petitioner.
    petitionerVulnerabilities: [...new Set(people.flatMap((person) => person.vulnerabilities ?? []))],
    // Keyed hashes only: joint visits finds a petitioner's petitions by the ID number shown at a session.
    ...(facts.people.idNumberHashes.length > 0 ? { petitionerIdHashes: facts.people.idNumberHashes } : {}),
    // Joint visits owns sessions: it checks the session and links the petition when it hears of it.
    ...(input.jointVisitSessionId ? { jointVisitSessionId: input.jointVisitSessionId } : {}),
  });
  await startPetitionDeadlines(em, petition);
  await beginWorkflow(em, PETITION_WORKFLOW, petition, { action: 'REGISTER', actor: actorFromIdentity(caller), note, event, traceparent, at: registeredAt });
  return { petition, accessCode };
}
