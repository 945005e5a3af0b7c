import { randomUUID } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import type { Producer } from 'kafkajs';
import { createEvent } from '@xinfang/kit';
import type { AgencyTopicFamily, EventContract, EventEnvelope, EventOf } from '@xinfang/kit';
import { agencyTopic } from '@xinfang/kit';
import { agencyCredentials, testKafka } from './kafka-access';
import { waitForTopic } from './kafka-listener';
import { testEnv } from './test-env';

/**
 * A partner agency's own system, as a real KafkaJS producer logged in as the agency's own
 * principal: it writes answers on its own agency's topics (`agency.<id>.…`), and the broker's
 * ACLs let it write on nothing else.
 */
export class AgencySystem {
  private constructor(readonly agencyId: string, private readonly producer: Producer) {}

  static async connect(agencyId: string, brokers = testEnv.kafkaBrokers): Promise<AgencySystem> {
    const producer = testKafka(`${agencyId}-system`, { brokers, as: await agencyCredentials(agencyId, brokers) })
      .producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
    await producer.connect();
    return new AgencySystem(agencyId, producer);
  }

  /** An event as this system would build it; `claimsAgency` puts another agency in the envelope (which proves nothing). */
  event<C extends EventContract>(contract: C, subject: string, data: EventOf<C>['data'], claimsAgency = this.agencyId): EventOf<C> {
    return createEvent(contract as EventContract, subject, data as never, { service: `${this.agencyId}-system`, agencyId: claimsAgency }) as EventOf<C>;
  }

  /** Publishes on this agency's topic of the family, once the topic exists. */
  async send(family: AgencyTopicFamily, event: EventEnvelope): Promise<void> {
    await this.sendRaw(family, event.subject, JSON.stringify(event), event.id);
  }

  async sendRaw(family: AgencyTopicFamily, key: string, value: string, eventId: string = randomUUID()): Promise<void> {
    const topic = agencyTopic(family, this.agencyId).name;
    await waitForTopic(topic);
    await this.producer.send({ topic, acks: -1, messages: [{ key, value, headers: { 'event-id': eventId } }] });
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }
}
