import type { z } from 'zod';
import { envelopeSchema, newEventId } from './envelope';
import type { EventEnvelope } from './envelope';
import type { AgencyTopicFamily } from './contracts/agency-topics';
import { agencyTopic, agencyTopicPattern } from './contracts/agency-topics';

/** A Kafka topic with the partition count it is created with (topics are never auto-created). */
export interface TopicSpec {
  name: string;
  partitions: number;
}

/** One event type on one topic (or one agency's topic of a hand-off family), with its versioned schema. */
export interface EventContract<Type extends string = string, Data extends z.ZodType = z.ZodType> {
  type: Type;
  version: number;
  topic: TopicSpec | AgencyTopicFamily;
  /** On a hand-off family the platform writes: the agency whose topic the event goes to. */
  addressedTo?(data: z.infer<Data>): string;
  description: string;
  schema: ReturnType<typeof envelopeSchema<Type, Data>>;
}

export type EventOf<C> = C extends EventContract<infer T, infer D> ? EventEnvelope<T, z.infer<D>> : never;

export function defineEvent<Type extends string, Data extends z.ZodType>(def: {
  type: Type;
  version: number;
  topic: TopicSpec | AgencyTopicFamily;
  addressedTo?: (data: z.infer<Data>) => string;
  description: string;
  data: Data;
}): EventContract<Type, Data> {
  if (isAgencyTopicFamily(def.topic) && def.topic.direction === 'TO_AGENCY' && !def.addressedTo) {
    throw new Error(`${def.type} goes to an agency's own topic and must say which agency (addressedTo)`);
  }
  return { ...def, schema: envelopeSchema(def.type, def.version, def.data) };
}

export interface EventOrigin {
  service: string;
  agencyId: string | null;
  traceparent?: string;
}

/** Builds an event and validates it against its contract, so nothing invalid is ever published. */
export function createEvent<Type extends string, Data extends z.ZodType>(
  contract: EventContract<Type, Data>,
  subject: string,
  data: z.input<Data>,
  origin: EventOrigin,
): EventOf<EventContract<Type, Data>> {
  const event = {
    id: newEventId(),
    type: contract.type,
    version: contract.version,
    source: { service: origin.service, agencyId: origin.agencyId },
    time: new Date().toISOString(),
    subject,
    ...(origin.traceparent ? { traceparent: origin.traceparent } : {}),
    data,
  };
  return contract.schema.parse(event) as EventOf<EventContract<Type, Data>>;
}

export function isAgencyTopicFamily(topic: TopicSpec | AgencyTopicFamily): topic is AgencyTopicFamily {
  return 'suffix' in topic;
}

/** The topic one event is published on: the contract's, or its addressee's own. */
export function topicOfEvent(contract: EventContract, event: Pick<EventEnvelope, 'type' | 'data'>): string {
  if (!isAgencyTopicFamily(contract.topic)) return contract.topic.name;
  if (!contract.addressedTo) throw new Error(`${contract.type} is written by the agency itself, not by the platform`);
  return agencyTopic(contract.topic, contract.addressedTo(event.data)).name;
}

/** The topic's name, or its family's pattern (`agency.{agencyId}.referrals.v1`), for documents. */
export function topicLabel(topic: TopicSpec | AgencyTopicFamily): string {
  return isAgencyTopicFamily(topic) ? agencyTopicPattern(topic) : topic.name;
}
