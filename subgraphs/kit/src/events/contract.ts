import type { z } from 'zod';
import { envelopeSchema, newEventId } from './envelope';
import type { EventEnvelope } from './envelope';

/** A Kafka topic with the partition count it is created with (topics are never auto-created). */
export interface TopicSpec {
  name: string;
  partitions: number;
}

/** One event type on one topic, with its versioned schema. */
export interface EventContract<Type extends string = string, Data extends z.ZodType = z.ZodType> {
  type: Type;
  version: number;
  topic: TopicSpec;
  description: string;
  schema: ReturnType<typeof envelopeSchema<Type, Data>>;
}

export type EventOf<C> = C extends EventContract<infer T, infer D> ? EventEnvelope<T, z.infer<D>> : never;

export function defineEvent<Type extends string, Data extends z.ZodType>(def: {
  type: Type;
  version: number;
  topic: TopicSpec;
  description: string;
  data: Data;
}): EventContract<Type, Data> {
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
