export { freePort } from './ports';
export { dataDir, defaultDataDir, infraRoot, projectRoot } from './paths';
export { postgresUrl, startPostgres } from './postgres';
export type { RunningPostgres, StartPostgresOptions } from './postgres';
export { ensureKafkaJars, startKafka } from './kafka';
export type { EnsureKafkaJarsOptions, RunningKafka, StartKafkaOptions } from './kafka';
export { startPlatform } from './platform';
export type { PartnerConnectorOptions, PlatformOptions, RunningPlatform } from './platform';
