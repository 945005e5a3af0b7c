import { createStrictEventAjv } from '@xinfang/kit';
import type { EventAjvLogger } from '@xinfang/kit';
import { listEventSchemaFiles, readEventContractIndex, readEventSchemaFile, readPublishedEventSchema } from './event-contract-files';

/**
 * What partners get: the files checked in under schemas/events/, read from disk, must
 * compile under strict Ajv2020 + ajv-formats, and index.json must list exactly them.
 */
describe('checked-in event contracts (schemas/events/)', () => {
  it('each compile under strict Ajv2020 with ajv-formats, logging nothing', async () => {
    const paths = await listEventSchemaFiles();
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const logs: string[] = [];
      const record = (...args: unknown[]) => logs.push(args.map(String).join(' '));
      const logger: EventAjvLogger = { log: record, warn: record, error: record };
      const schema = await readEventSchemaFile(path);
      expect({ path, $schema: schema.$schema }).toEqual({ path, $schema: 'https://json-schema.org/draft/2020-12/schema' });
      expect(() => createStrictEventAjv(logger).compile(schema)).not.toThrow();
      expect({ path, logs }).toEqual({ path, logs: [] });
    }
  });

  it('are listed in index.json, exactly and with matching type, version, topic and $id', async () => {
    const index = await readEventContractIndex();
    const listed = index.topics.flatMap((topic) => topic.events.map((event) => ({ topic, event })));
    expect(listed.map(({ event }) => event.schema).sort()).toEqual(await listEventSchemaFiles());
    expect(new Set(index.topics.map((topic) => topic.name)).size).toBe(index.topics.length);
    for (const { topic, event } of listed) {
      expect(event.schema).toBe(`${topic.name}/${event.type}.v${event.version}.json`);
      expect(topic.partitions).toBeGreaterThan(0);
      expect(topic.key.field).toBe('subject');
      const schema = await readPublishedEventSchema(event.type, event.version);
      expect(schema).toMatchObject({ $id: event.$id, title: event.type, description: event.description });
      expect(schema.$comment).toContain(topic.name);
      expect(schema.properties).toMatchObject({ type: { const: event.type }, version: { const: event.version } });
    }
  });
});
