import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * Every event on every topic has this envelope; `data` is the part each contract
 * defines. `subject` is the aggregate id and the Kafka key, so one matter's events
 * stay in order on one partition.
 */
export function envelopeSchema<Type extends string, Data extends z.ZodType>(type: Type, version: number, data: Data) {
  return z.object({
    id: z.uuid().describe('Unique event id; consumers de-duplicate on it.'),
    type: z.literal(type),
    version: z.literal(version),
    source: z.object({
      service: z.string().min(1).describe('The subgraph or partner system that produced the event.'),
      agencyId: z.string().min(1).nullable().describe('The agency on whose behalf it acted.'),
    }),
    time: z.iso.datetime({ offset: true }),
    subject: z.string().min(1).describe('The aggregate id, also the Kafka message key.'),
    traceparent: z.string().optional().describe('W3C trace context of the request that caused it.'),
    data,
  });
}

export interface EventEnvelope<Type extends string = string, Data = unknown> {
  id: string;
  type: Type;
  version: number;
  source: { service: string; agencyId: string | null };
  time: string;
  subject: string;
  traceparent?: string;
  data: Data;
}

export function newEventId(): string {
  return randomUUID();
}
