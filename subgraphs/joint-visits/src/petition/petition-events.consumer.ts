import { PetitionRegistered, Topics } from '@xinfang/kit';
import type { ConsumerDefinition, EventOf } from '@xinfang/kit';
import { ReceivedPetition } from './received-petition.entity';

/** Keeps `received_petition` current from the petitions subgraph's events. */
export const petitionEventsConsumer: ConsumerDefinition = {
  groupId: 'joint-visits.petitions',
  topics: [Topics.petitionEvents],
  handlers: {
    [PetitionRegistered.type]: async (event, em) => {
      const { data } = event as EventOf<typeof PetitionRegistered>;
      await em.upsert(ReceivedPetition, {
        petitionId: data.petitionId,
        receivingAgencyId: data.receivingAgencyId,
        trackingNumber: data.trackingNumber,
        receivedAt: new Date(data.receivedAt),
      });
    },
  },
};
