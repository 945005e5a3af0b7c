import { z } from 'zod';
import { allEventContracts } from './contracts';

/**
 * The JSON Schema documents published in `schemas/events/`, one per event type and
 * version, generated from the contracts so the two can never disagree.
 */
export function eventJsonSchemas(): Map<string, string> {
  const files = new Map<string, string>();
  for (const contract of allEventContracts) {
    const schema = {
      $id: `https://xinfang.example/events/${contract.topic.name}/${contract.type}.v${contract.version}.json`,
      title: contract.type,
      description: contract.description,
      'x-topic': contract.topic.name,
      ...z.toJSONSchema(contract.schema, { target: 'draft-2020-12' }),
    };
    files.set(`${contract.topic.name}/${contract.type}.v${contract.version}.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  return files;
}
