import { PetitionRegistered, Topics, on } from '@xinfang/kit';
import type { ConsumerDefinition } from '@xinfang/kit';
import { ReceivedPetition } from './received-petition.entity';

/** Keeps `received_petition` current from the petitions subgraph's events. */
export const petitionEventsConsumer: ConsumerDefinition = {
  groupId: 'joint-visits.petitions',
  topics: [Topics.petitionEvents],
  handlers: [
    on(PetitionRegistered, async ({ data }, em) => {
      await em.upsert(ReceivedPetition, {
        petitionId: data.petitionId,
        receivingAgencyId: data.receivingAgencyId,
        trackingNumber: data.trackingNumber,
        receivedAt: new Date(data.receivedAt),
      });
    }),
  ],
};
