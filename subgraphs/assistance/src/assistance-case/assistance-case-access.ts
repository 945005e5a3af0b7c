import type { Work } from '@xinfang/kit';
import type { AssistanceCase } from './assistance-case.entity';

/** A case, for the kit's read rule: the handling procuratorate's work (so also its superiors'). */
export function caseWork(assistanceCase: Pick<AssistanceCase, 'handlingAgencyId'>): Work {
  return { owner: assistanceCase.handlingAgencyId };
}

export const CASE_OF_ANOTHER_AGENCY = 'This assistance case belongs to another agency';
