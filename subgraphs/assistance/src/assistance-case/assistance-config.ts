import { z } from 'zod';
import { readEnv } from '@xinfang/kit';

/**
 * The assistance subgraph's own settings. The cap follows 《关于建立完善国家司法救助制度的意见（试行）》
 * (2014): in principle at most 36 months of the local average monthly wage of the previous year.
 */
const assistanceEnvShape = {
  ASSISTANCE_AVERAGE_MONTHLY_WAGE_FEN: z.coerce.number().int().positive().default(840_000),
  ASSISTANCE_CAP_MONTHS: z.coerce.number().int().positive().max(120).default(36),
};

export interface AssistanceConfig {
  /** The most one case may be approved, every share together, in fen. */
  capFen: number;
}

let config: AssistanceConfig | null = null;

/** Read once; the subgraph reads it at start so a bad value stops it there. */
export function assistanceConfig(): AssistanceConfig {
  if (!config) {
    const env = readEnv(assistanceEnvShape);
    config = { capFen: env.ASSISTANCE_AVERAGE_MONTHLY_WAGE_FEN * env.ASSISTANCE_CAP_MONTHS };
  }
  return config;
}
