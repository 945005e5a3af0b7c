import { z } from 'zod';
import { readEnv } from '@xinfang/kit';

export const difficultCaseEnvShape = {
  /** 重复访: an earlier petition of the same person on the same matter within this many days. */
  REPEAT_WINDOW_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** 集体访: a petition of at least this many people. */
  GROUP_HEAD_COUNT: z.coerce.number().int().min(2).max(10_000).default(5),
};

export interface DifficultCaseSettings {
  repeatWindowDays: number;
  groupHeadCount: number;
}

export function difficultCaseSettings(source?: NodeJS.ProcessEnv): DifficultCaseSettings {
  const env = readEnv(difficultCaseEnvShape, source);
  return { repeatWindowDays: env.REPEAT_WINDOW_DAYS, groupHeadCount: env.GROUP_HEAD_COUNT };
}
