import { PetitionRegistered, Topics, on } from '@xinfang/kit';
import type { ConsumerDefinition } from '@xinfang/kit';
import { assignDemoPetition } from '../demo/demo-joint-visits';
import { JointVisitSession } from '../joint-visit-session/joint-visit-session.entity';
import { linkPetition } from '../joint-visit-session/joint-visit-session.service';
import { ReceivedPetition } from './received-petition.entity';
import { ReceivedPetitioner } from './received-petitioner.entity';

const DAY = 24 * 3600_000;

/**
 * Keeps `received_petition` current from the petitions subgraph's events, and links a petition
 * registered at a session to it. With `demo`, the demo city's seeded petitions (backdated, so
 * announced long after they were received) are also heard at its sessions and assigned.
 */
export function petitionEventsConsumer({ demo }: { demo: boolean }): ConsumerDefinition {
  return {
    groupId: 'joint-visits.petitions',
    topics: [Topics.petitionEvents],
    handlers: [
      on(PetitionRegistered, async ({ data, time }, em) => {
        const petition = em.create(ReceivedPetition, {
          petitionId: data.petitionId,
          receivingAgencyId: data.receivingAgencyId,
          trackingNumber: data.trackingNumber,
          receivedAt: new Date(data.receivedAt),
        });
        await em.upsert(petition);
        for (const idNumberHash of new Set(data.petitionerIdHashes ?? [])) {
          await em.createQueryBuilder(ReceivedPetitioner).insert({ petitionId: data.petitionId, idNumberHash }).onConflict(['petitionId', 'idNumberHash']).ignore().execute();
        }
        // Registered at a session (channel JOINT_VISIT): the session received it. A session
        // this subgraph does not know (a client's mistake) links nothing rather than fail.
        if (data.jointVisitSessionId && (await em.count(JointVisitSession, { id: data.jointVisitSessionId })) > 0) {
          await linkPetition(em, data.jointVisitSessionId, data.petitionId, 'REGISTERED_AT_SESSION');
        }
        if (demo && new Date(time).getTime() - petition.receivedAt.getTime() > DAY) await assignDemoPetition(em, petition);
      }),
    ],
  };
}
