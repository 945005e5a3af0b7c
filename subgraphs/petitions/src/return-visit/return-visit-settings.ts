import { z } from 'zod';
import { readEnv } from '@xinfang/kit';

export const returnVisitEnvShape = {
  /** 回访: days after closing within which the handler visits the petitioner again. */
  RETURN_VISIT_DAYS: z.coerce.number().int().min(1).max(365).default(30),
};

/** The deployment's return-visit window in calendar days, checked when the subgraph starts. */
export function returnVisitDays(source?: NodeJS.ProcessEnv): number {
  return readEnv(returnVisitEnvShape, source).RETURN_VISIT_DAYS;
}
