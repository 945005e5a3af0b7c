import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@xinfang/kit';
import { AssistanceCase } from './assistance-case.entity';
import type { OpenAssistanceCaseInput } from './open-assistance-case.input';

/** Opens a case at the caller's procuratorate. */
export async function openAssistanceCase(em: EntityManager, input: OpenAssistanceCaseInput, caller: Identity): Promise<AssistanceCase> {
  const assistanceCase = em.create(AssistanceCase, {
    id: randomUUID(),
    petitionId: input.petitionId,
    handlingAgencyId: caller.agencyId,
    applicantName: input.applicantName,
    priorityGroup: input.priorityGroup,
    hardship: input.hardship,
    requestedAmountFen: input.requestedAmountFen,
    openedBy: caller.userId,
  });
  await em.persistAndFlush(assistanceCase);
  return assistanceCase;
}
