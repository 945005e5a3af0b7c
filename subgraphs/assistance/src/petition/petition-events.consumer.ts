import { PetitionRegistered, PetitionStatusChanged, Topics, on } from '@xinfang/kit';
import type { ConsumerDefinition } from '@xinfang/kit';
import { proposeCaseFor } from '../assistance-case/assistance-case.service';
import { followDemoPetition, isDemoPetition } from '../demo/demo-assistance';
import { KnownPetition } from './known-petition.entity';

/**
 * Keeps `known_petition` from the petitions subgraph's events, and proposes an assistance case
 * for a petition that asks for judicial assistance or whose petitioner carries a vulnerability
 * flag, in the same transaction as the inbox entry: a redelivered event proposes nothing twice.
 * With `demo`, the demo city's seeded petitions also grow their cases (`followDemoPetition`).
 */
export function petitionEventsConsumer({ demo }: { demo: boolean }): ConsumerDefinition {
  return {
    groupId: 'assistance.petitions',
    topics: [Topics.petitionEvents],
    handlers: [
      on(PetitionRegistered, async ({ data, time }, em) => {
        const petition = em.create(KnownPetition, {
          petitionId: data.petitionId,
          trackingNumber: data.trackingNumber,
          category: data.category,
          receivingAgencyId: data.receivingAgencyId,
          handlingAgencyId: data.receivingAgencyId,
          receivedAt: new Date(data.receivedAt),
          petitionerVulnerabilities: data.petitionerVulnerabilities ?? [],
        });
        await em.upsert(petition);
        const demoPetition = demo && isDemoPetition(petition, new Date(time));
        // A seeded petition is proposed when it would have been: as it arrived.
        const proposed = await proposeCaseFor(em, data.petitionId, demoPetition ? petition.receivedAt : new Date());
        if (demoPetition) await followDemoPetition(em, petition, proposed);
      }),
      on(PetitionStatusChanged, async ({ data }, em) => {
        // Registration comes first on the petition's partition; a step of a petition not known is left alone.
        await em.nativeUpdate(KnownPetition, { petitionId: data.petitionId }, { handlingAgencyId: data.handlingAgencyId });
      }),
    ],
  };
}
