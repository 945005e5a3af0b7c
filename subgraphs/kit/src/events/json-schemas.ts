import Ajv2020 from 'ajv/dist/2020';
import type { AnySchemaObject, Logger, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import type { EventContract } from './contract';
import { isAgencyTopicFamily, topicLabel } from './contract';
import { allEventContracts } from './contracts';
import type { EventEnvelope } from './envelope';

/** The draft every published contract declares, and the one to validate them with (`Ajv2020`). */
export const EVENT_SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const EVENT_SCHEMA_BASE = 'https://xinfang.example/events/';
/** A published contract: a JSON Schema document, as read from `schemas/events/`. */
export type EventJsonSchema = AnySchemaObject;
/** Where ajv reports what it does not fail on (see `createStrictEventAjv`). */
export type EventAjvLogger = Logger;
/** The file in `schemas/events/` that lists every topic and the contracts on it. */
export const EVENT_INDEX_FILE = 'index.json';

/** The message key on every topic: the event's `subject`, its aggregate id. */
const TOPIC_KEY = {
  field: 'subject',
  description: "The aggregate id (the event's subject): one aggregate's events stay in order on one partition.",
};

/** Where one contract's schema lives, relative to `schemas/events/`. */
export function eventSchemaPath(contract: Pick<EventContract, 'type' | 'version' | 'topic'>): string {
  return `${topicLabel(contract.topic)}/${contract.type}.v${contract.version}.json`;
}

/** A schema's `$id`: the path under the base, with a hand-off family's `{agencyId}` escaped. */
function eventSchemaId(contract: Pick<EventContract, 'type' | 'version' | 'topic'>): string {
  return `${EVENT_SCHEMA_BASE}${encodeURI(eventSchemaPath(contract))}`;
}

/**
 * One contract as a standard JSON Schema (draft 2020-12) that compiles under ajv's strict
 * mode: no vendor keywords. The topic is named in `$comment` and listed in `index.json`.
 */
export function eventJsonSchema(contract: EventContract): EventJsonSchema {
  const {
    $schema: _schema,
    $id: _id,
    $comment: _comment,
    title: _title,
    description: _description,
    ...generated
  } = z.toJSONSchema(contract.schema, { target: 'draft-2020-12' });
  return {
    $schema: EVENT_SCHEMA_DRAFT,
    $id: eventSchemaId(contract),
    $comment: `Published on Kafka topic ${topicLabel(contract.topic)}, keyed by subject (the aggregate id); see ${EVENT_INDEX_FILE}.`,
    title: contract.type,
    description: contract.description,
    ...generated,
  };
}

export interface EventIndexEntry {
  type: string;
  version: number;
  description: string;
  /** Relative to `schemas/events/`. */
  schema: string;
  $id: string;
}

export interface EventTopicIndexEntry {
  name: string;
  /** A hand-off family: one such topic per agency, which the platform writes (TO_AGENCY) or the agency writes (FROM_AGENCY). */
  perAgency?: 'TO_AGENCY' | 'FROM_AGENCY';
  partitions: number;
  key: typeof TOPIC_KEY;
  events: EventIndexEntry[];
}

/** The content of `schemas/events/index.json`. */
export interface EventContractIndex {
  $comment: string;
  topics: EventTopicIndexEntry[];
}

/** Every topic with the event types (and versions) on it, sorted so the file is stable. */
export function eventContractIndex(contracts: EventContract[] = allEventContracts): EventContractIndex {
  const topics = new Map<string, EventTopicIndexEntry>();
  for (const contract of contracts) {
    const name = topicLabel(contract.topic);
    let topic = topics.get(name);
    if (!topic) {
      const perAgency = isAgencyTopicFamily(contract.topic) ? { perAgency: contract.topic.direction } : {};
      topic = { name, ...perAgency, partitions: contract.topic.partitions, key: TOPIC_KEY, events: [] };
      topics.set(name, topic);
    } else if (topic.partitions !== contract.topic.partitions) {
      throw new Error(`Topic ${name} is declared with ${topic.partitions} and ${contract.topic.partitions} partitions`);
    }
    topic.events.push({
      type: contract.type,
      version: contract.version,
      description: contract.description,
      schema: eventSchemaPath(contract),
      $id: eventSchemaId(contract),
    });
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...topics.values()].sort((a, b) => byName(a.name, b.name));
  for (const topic of sorted) topic.events.sort((a, b) => byName(a.type, b.type) || a.version - b.version);
  return {
    $comment:
      'Generated from the event contracts in @xinfang/kit (npm run schemas); do not edit. Every schema is JSON Schema draft 2020-12 and compiles under strict Ajv2020 with ajv-formats.',
    topics: sorted,
  };
}

/**
 * The JSON Schema documents published in `schemas/events/`, one per event type and
 * version, generated from the contracts so the two can never disagree. Paths are
 * relative to `schemas/events/`.
 */
export function eventJsonSchemas(): Map<string, string> {
  const files = new Map<string, string>();
  for (const contract of allEventContracts) {
    const path = eventSchemaPath(contract);
    if (files.has(path)) throw new Error(`Two event contracts render to ${path}`);
    files.set(path, toJsonFile(eventJsonSchema(contract)));
  }
  return files;
}

/** Everything in `schemas/events/`: the schemas and `index.json`. */
export function eventContractFiles(): Map<string, string> {
  const files = eventJsonSchemas();
  files.set(EVENT_INDEX_FILE, toJsonFile(eventContractIndex()));
  return files;
}

function toJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * An `Ajv2020` in full strict mode with the standard formats (uuid, date-time, ...), the
 * way partners are told to validate events. Anything ajv would only log (strictTypes,
 * strictTuples, ignored keywords) is an error here, unless a logger is given.
 */
export function createStrictEventAjv(logger: EventAjvLogger = throwingLogger): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
  addFormats(ajv);
  return ajv;
}

const throwingLogger: Logger = {
  log: (...args: unknown[]) => {
    throw new Error(`ajv: ${args.map(String).join(' ')}`);
  },
  warn: (...args: unknown[]) => {
    throw new Error(`ajv: ${args.map(String).join(' ')}`);
  },
  error: (...args: unknown[]) => {
    throw new Error(`ajv: ${args.map(String).join(' ')}`);
  },
};

/**
 * Compiles a published contract (e.g. a file read from `schemas/events/`) under strict
 * Ajv2020; the result validates a consumed event and leaves the reasons in `.errors`.
 */
export function compileEventJsonSchema(schema: EventJsonSchema, ajv: Ajv2020 = createStrictEventAjv()): ValidateFunction<EventEnvelope> {
  return ajv.compile<EventEnvelope>(schema);
}

/** The strict validator for one event type and version, from the contracts in this build. */
export function compileEventContract(type: string, version: number): ValidateFunction<EventEnvelope> {
  const contract = allEventContracts.find((candidate) => candidate.type === type && candidate.version === version);
  if (!contract) throw new Error(`No event contract ${type} v${version}`);
  return compileEventJsonSchema(eventJsonSchema(contract));
}
