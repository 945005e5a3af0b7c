import { join } from 'node:path';
import { z } from 'zod';
import { readEnv } from '@xinfang/kit';
import { infraRoot } from './paths';

/**
 * The broker versions the platform is tested on, each with the pom that lists its jars.
 * `KAFKA_VERSION` picks one for the local broker (the start command and the tests).
 */
export const KAFKA_VERSIONS = {
  '3.9.1': join(infraRoot, 'kafka', 'pom.xml'),
  '4.3.1': join(infraRoot, 'kafka', 'pom-4.3.1.xml'),
} as const;
export type KafkaVersion = keyof typeof KAFKA_VERSIONS;
export const DEFAULT_KAFKA_VERSION: KafkaVersion = '3.9.1';

/**
 * Both logging configurations, for every version: 3.x logs through reload4j, 4.x through
 * Log4j 2, and each reads only its own property.
 */
export const KAFKA_LOGGING = [
  `-Dlog4j.configuration=file:${join(infraRoot, 'kafka', 'log4j.properties')}`,
  `-Dlog4j2.configurationFile=${join(infraRoot, 'kafka', 'log4j2.properties')}`,
];

/** `KAFKA_VERSION` from the environment (or `source`), or the default. */
export function kafkaVersionFromEnv(source?: NodeJS.ProcessEnv): KafkaVersion {
  const versions = Object.keys(KAFKA_VERSIONS) as [KafkaVersion, ...KafkaVersion[]];
  return readEnv({ KAFKA_VERSION: z.enum(versions).default(DEFAULT_KAFKA_VERSION) }, source).KAFKA_VERSION;
}
