import { z } from 'zod';
import { booleanFlag } from '../config/env';
import type { KafkaSecurity } from './kafka-client';

/**
 * How a service authenticates to Kafka: `KAFKA_SASL_MECHANISM` (scram-sha-512 on the
 * platform's brokers) with the service's own `KAFKA_SASL_USERNAME`/`KAFKA_SASL_PASSWORD`,
 * `KAFKA_SSL` for a TLS listener. None set: an unauthenticated client, which a broker with
 * the platform's settings refuses.
 */
export const kafkaSecurityEnvShape = {
  KAFKA_SSL: booleanFlag,
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
  KAFKA_SASL_USERNAME: z.string().min(1).optional(),
  KAFKA_SASL_PASSWORD: z.string().min(1).optional(),
};

type KafkaSecurityEnv = z.infer<z.ZodObject<typeof kafkaSecurityEnvShape>>;

/** The KafkaJS options; throws, as config reading does, when a mechanism comes without its credentials. */
export function kafkaSecurityFrom(env: KafkaSecurityEnv): KafkaSecurity {
  const mechanism = env.KAFKA_SASL_MECHANISM;
  if (mechanism && !(env.KAFKA_SASL_USERNAME && env.KAFKA_SASL_PASSWORD)) {
    throw new Error('Invalid configuration:\n  KAFKA_SASL_MECHANISM needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
  }
  return {
    ...(env.KAFKA_SSL ? { ssl: true } : {}),
    ...(mechanism ? { sasl: { mechanism, username: env.KAFKA_SASL_USERNAME!, password: env.KAFKA_SASL_PASSWORD! } as KafkaSecurity['sasl'] } : {}),
  };
}

/** SCRAM-SHA-512 with one principal's credentials: what every client of the platform's brokers uses. */
export function scramSecurity(credentials: { username: string; password: string }): KafkaSecurity {
  return { sasl: { mechanism: 'scram-sha-512', username: credentials.username, password: credentials.password } };
}
