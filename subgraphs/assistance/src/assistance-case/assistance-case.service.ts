import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ActorVia, AssistanceCaseOpened, BadUserInputError, actorFromIdentity, beginWorkflow, stepEvent } from '@xinfang/kit';
import type { Actor, Identity } from '@xinfang/kit';
import { KnownPetition } from '../petition/known-petition.entity';
import { AssistanceCase } from './assistance-case.entity';
import { startDecisionDeadline } from './assistance-case-deadlines';
import type { AssistanceCaseAction } from './assistance-case-status';
import { ASSISTANCE_CASE_WORKFLOW, caseEventData } from './assistance-case-workflow';
import { AssistanceOrigin, PriorityGroup } from './assistance-kind';
import type { OpenAssistanceCaseInput } from './open-assistance-case.input';

/** Who proposes a case from a petition: the platform, for the procuratorate handling the petition. */
export const PLATFORM_USER = 'platform';

/**
 * Opens a case at the caller's procuratorate for a petition judicial assistance knows (from
 * `petitions.events.v1`), with its decision clock and AssistanceCaseOpened, in one transaction.
 */
export async function openAssistanceCase(
  em: EntityManager,
  input: OpenAssistanceCaseInput,
  caller: Identity,
  { traceparent, at = new Date() }: { traceparent?: string; at?: Date } = {},
): Promise<AssistanceCase> {
  const petition = await em.findOne(KnownPetition, { petitionId: input.petitionId });
  if (!petition) throw new BadUserInputError(`No petition ${input.petitionId} is known to judicial assistance`, { field: 'petitionId' });
  const assistanceCase = em.create(AssistanceCase, {
    id: randomUUID(),
    petitionId: petition.petitionId,
    handlingAgencyId: caller.agencyId,
    origin: AssistanceOrigin.HANDLER,
    applicantName: input.applicantName,
    applicantRelation: input.applicantRelation ?? null,
    grounds: input.grounds ?? null,
    priorityGroup: input.priorityGroup,
    hardship: input.hardship,
    requestedAmountFen: input.requestedAmountFen,
    openedBy: caller.userId,
    appliedAt: at,
    createdAt: at,
    updatedAt: at,
  });
  return begin(em, assistanceCase, actorFromIdentity(caller), null, traceparent, at);
}

/**
 * Proposes a case for a petition that asks for judicial assistance or whose petitioner carries
 * a vulnerability flag, at the procuratorate handling it, once per petition; the handler
 * completes the application and proposes it. Returns null when the petition calls for none.
 */
export async function proposeCaseFor(em: EntityManager, petitionId: string, at = new Date()): Promise<AssistanceCase | null> {
  const petition = await em.findOneOrFail(KnownPetition, { petitionId });
  const origin = originOf(petition);
  if (!origin) return null;
  if ((await em.count(AssistanceCase, { petitionId, origin: { $ne: AssistanceOrigin.HANDLER } })) > 0) return null;
  const assistanceCase = em.create(AssistanceCase, {
    id: randomUUID(),
    petitionId,
    handlingAgencyId: petition.handlingAgencyId,
    origin,
    applicantName: null,
    priorityGroup: priorityGroupOf(petition.petitionerVulnerabilities),
    hardship: null,
    requestedAmountFen: null,
    openedBy: PLATFORM_USER,
    appliedAt: petition.receivedAt,
    createdAt: at,
    updatedAt: at,
  });
  const platform: Actor = { userId: PLATFORM_USER, name: '平台 (from the petition)', agencyId: petition.handlingAgencyId, roles: [], via: ActorVia.KAFKA };
  const why = origin === AssistanceOrigin.PETITION_CATEGORY
    ? 'The petition asks for judicial assistance.'
    : `A petitioner is flagged ${petition.petitionerVulnerabilities.join(', ')}.`;
  return begin(em, assistanceCase, platform, why, undefined, at);
}

async function begin(em: EntityManager, assistanceCase: AssistanceCase, actor: Actor, note: string | null, traceparent?: string, at?: Date): Promise<AssistanceCase> {
  const event = stepEvent(AssistanceCaseOpened, { ...caseEventData(assistanceCase), origin: assistanceCase.origin, requestedAmountFen: assistanceCase.requestedAmountFen });
  await startDecisionDeadline(em, assistanceCase);
  return beginWorkflow(em, ASSISTANCE_CASE_WORKFLOW, assistanceCase, { action: 'OPEN', actor, note, event, traceparent, at });
}

export function originOf(petition: Pick<KnownPetition, 'category' | 'petitionerVulnerabilities'>): AssistanceOrigin | null {
  if (petition.category === 'JUDICIAL_ASSISTANCE') return AssistanceOrigin.PETITION_CATEGORY;
  return petition.petitionerVulnerabilities.length > 0 ? AssistanceOrigin.VULNERABILITY : null;
}

/** The first flag that names a priority group (MINOR, DISABLED, ...); OTHER for any other flag. */
export function priorityGroupOf(vulnerabilities: readonly string[]): PriorityGroup {
  const groups = vulnerabilities.map((flag) => PETITIONER_FLAG_GROUPS[flag] ?? flag);
  return (groups.find((group) => (Object.values(PriorityGroup) as string[]).includes(group)) as PriorityGroup | undefined) ?? PriorityGroup.OTHER;
}

/** The petitions subgraph's vulnerability flags whose name differs from the priority group they mean. */
const PETITIONER_FLAG_GROUPS: Readonly<Record<string, PriorityGroup>> = { RURAL_POVERTY: PriorityGroup.RURAL_FALLEN_INTO_POVERTY };

/**
 * Approving and paying are the same mutations for both procuratorates of a joint case: the
 * caller's agency says whose share it is. Anyone else is taken as the handling side, which the
 * kit then refuses with who may.
 */
export async function shareActionOf(em: EntityManager, caseId: string, caller: Identity, handling: AssistanceCaseAction, joint: AssistanceCaseAction): Promise<AssistanceCaseAction> {
  // A fork of its own: a partly loaded case must not stay in the identity map the step then reads.
  const assistanceCase = await em.fork().findOne(AssistanceCase, { id: caseId }, { fields: ['handlingAgencyId', 'jointAgencyId'] });
  return assistanceCase?.jointAgencyId === caller.agencyId && assistanceCase.handlingAgencyId !== caller.agencyId ? joint : handling;
}
