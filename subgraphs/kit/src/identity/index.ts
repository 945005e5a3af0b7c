/**
 * Identity alone, for light tools such as the token command: loading the whole kit (servers,
 * ORM, Kafka) would take most of a second before the first line of work.
 */
export * from './identity';
export * from './jwt';
export * from './jwt-config';
export * from './dev-keys';
export { readEnv } from '../config/env';
