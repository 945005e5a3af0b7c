import { PetitionAssignedToAgency, Topics, on } from '@xinfang/kit';
import type { ConsumerDefinition } from '@xinfang/kit';
import { PetitionAssignee } from './petition-assignee.entity';

/** Keeps `petition_assignee` current from joint visits' assignments; a redelivery changes nothing. */
export const petitionAssigneesConsumer: ConsumerDefinition = {
  groupId: 'petitions.joint-visit-assignments',
  topics: [Topics.jointVisitAssignments],
  handlers: [
    on(PetitionAssignedToAgency, async ({ data, time }, em) => {
      await em.upsert(PetitionAssignee, {
        assignmentId: data.assignmentId,
        petitionId: data.petitionId,
        agencyId: data.assigneeAgencyId,
        needsPersonalData: data.needsPersonalData,
        assignedAt: new Date(time),
      });
    }),
  ],
};
