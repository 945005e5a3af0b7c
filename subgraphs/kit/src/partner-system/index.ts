/**
 * What an agency's own system needs from the kit to talk to the platform through Kafka: the
 * event contracts and their envelope, the agency topics, config reading and the JSON logger.
 * Loading the whole kit (servers, ORM, GraphQL) would pull in what such a system never uses.
 */
export * from '../events/envelope';
export * from '../events/contract';
export * from '../events/contracts';
export { booleanFlag, commaList, logLevel, port, readEnv } from '../config/env';
export { createLogger } from '../logging/logger';
export type { Logger } from '../logging/logger';
export { createKafka } from '../kafka/kafka-client';
export type { KafkaSecurity } from '../kafka/kafka-client';
export { kafkaSecurityEnvShape, kafkaSecurityFrom } from '../kafka/kafka-security';
