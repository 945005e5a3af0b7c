import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { EVENT_INDEX_FILE } from '@xinfang/kit';
import type { EventContractIndex, EventJsonSchema } from '@xinfang/kit';
import { schemasDir } from './schema-files';

/** The checked-in event contracts partners build against: `schemas/events/`. */
export const eventsDir = join(schemasDir, 'events');

/** The checked-in `schemas/events/index.json`: every topic and the contracts on it. */
export async function readEventContractIndex(dir = eventsDir): Promise<EventContractIndex> {
  return JSON.parse(await readFile(join(dir, EVENT_INDEX_FILE), 'utf8')) as EventContractIndex;
}

/** Every schema file under `schemas/events/` (not the index), relative to it, with `/`. */
export async function listEventSchemaFiles(dir = eventsDir): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== EVENT_INDEX_FILE)
    .sort();
}

/** A checked-in schema, by the path `index.json` gives it. */
export async function readEventSchemaFile(path: string, dir = eventsDir): Promise<EventJsonSchema> {
  return JSON.parse(await readFile(join(dir, path), 'utf8')) as EventJsonSchema;
}

/**
 * The checked-in contract for one event type and version, found through `index.json`:
 * what an end-to-end test validates a consumed Kafka message against.
 */
export async function readPublishedEventSchema(type: string, version: number, dir = eventsDir): Promise<EventJsonSchema> {
  const index = await readEventContractIndex(dir);
  for (const topic of index.topics) {
    const entry = topic.events.find((event) => event.type === type && event.version === version);
    if (entry) return readEventSchemaFile(entry.schema, dir);
  }
  throw new Error(`schemas/events/${EVENT_INDEX_FILE} lists no ${type} v${version}`);
}
