import { AgencyRegistered, Topics, allTopicsOfAgency, ensureTopics, on } from '@xinfang/kit';
import type { ConsumerDefinition } from '@xinfang/kit';

/**
 * Makes a newly registered agency's own Kafka topics (`agency.<id>.…`), so its system can
 * connect and read or answer before the first referral or assignment reaches it. Reading the
 * directory's own topic makes this happen once the registration has committed, and again
 * for nobody: creating a topic that exists is a no-op. A broker that is away holds the
 * event until it is back.
 */
export const agencyTopicsConsumer: ConsumerDefinition = {
  groupId: 'agencies.agency-topics',
  topics: [Topics.directory],
  handlers: [
    on(AgencyRegistered, async (event, _em, delivery) => ensureTopics(delivery.kafka, allTopicsOfAgency(event.data.agencyId))),
  ],
};
