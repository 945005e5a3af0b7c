import { z } from 'zod';
import { readEnv } from '@xinfang/kit';

const lookupEnvShape = {
  /** Wrong access codes a tracking number takes before it is locked until reception issues a new code. */
  LOOKUP_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
};

let settings: { maxFailures: number } | null = null;

/** Read once, at first use: the public lookup's limits. */
export function lookupSettings(): { maxFailures: number } {
  settings ??= { maxFailures: readEnv(lookupEnvShape).LOOKUP_MAX_FAILURES };
  return settings;
}
