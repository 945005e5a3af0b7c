import { z } from 'zod';
import { agencyPrefix, commaList, kafkaSecurityEnvShape, kafkaSecurityFrom, logLevel, port, readEnv } from '@xinfang/kit/partner-system';
import type { KafkaSecurity } from '@xinfang/kit/partner-system';

/**
 * What the connector does with a referral it receives: `ACKNOWLEDGE` tells the procuratorate
 * at once that the agency has it (确认收到); `LOG_ONLY` only logs it, and the agency's staff
 * answer through the GraphQL API as before.
 */
export const REFERRAL_POLICIES = ['ACKNOWLEDGE', 'LOG_ONLY'] as const;
export type ReferralPolicy = (typeof REFERRAL_POLICIES)[number];

export interface ConnectorConfig {
  /** The partner agency this connector speaks for; it reads and writes only that agency's topics. */
  agencyId: string;
  brokers: string[];
  clientId: string;
  groupId: string;
  security: KafkaSecurity;
  policy: ReferralPolicy;
  /** Who the referral's history names as having answered (a user id and a name at the agency). */
  reportedBy: string;
  reportedByName?: string;
  /** When set, `/health/ready` and `/health/live` are served on this port. */
  healthPort?: number;
  host: string;
  logLevel: z.infer<typeof logLevel>;
}

const schema = {
  PARTNER_AGENCY_ID: z.string().regex(/^[a-z0-9-]+$/, 'an agency id as the directory gives it, e.g. bengbu-civil-affairs'),
  KAFKA_BROKERS: commaList,
  KAFKA_CLIENT_ID: z.string().min(1).optional(),
  KAFKA_GROUP_ID: z.string().min(1).optional(),
  ...kafkaSecurityEnvShape,
  REFERRAL_POLICY: z.enum(REFERRAL_POLICIES).default('ACKNOWLEDGE'),
  REPORTED_BY: z.string().min(1).default('partner-connector'),
  REPORTED_BY_NAME: z.string().min(1).optional(),
  PORT: port.optional(),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: logLevel,
};

/** Reads and checks the environment once, at start; a wrong setting stops the connector with every problem listed. */
export function readConnectorConfig(source?: NodeJS.ProcessEnv): ConnectorConfig {
  const env = readEnv(schema, source);
  const security = kafkaSecurityFrom(env);
  const agencyId = env.PARTNER_AGENCY_ID;
  return {
    agencyId,
    brokers: env.KAFKA_BROKERS,
    clientId: env.KAFKA_CLIENT_ID ?? `${agencyId}.connector`,
    // Under the agency's own prefix, where its broker ACL lets it keep a consumer group.
    groupId: env.KAFKA_GROUP_ID ?? `${agencyPrefix(agencyId)}connector`,
    security,
    policy: env.REFERRAL_POLICY,
    reportedBy: env.REPORTED_BY,
    ...(env.REPORTED_BY_NAME ? { reportedByName: env.REPORTED_BY_NAME } : {}),
    ...(env.PORT !== undefined ? { healthPort: env.PORT } : {}),
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
  };
}
