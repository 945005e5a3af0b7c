import type { Work } from '@xinfang/kit';
import type { AssistanceCase } from './assistance-case.entity';

/**
 * A case, for the kit's read rule: the handling procuratorate's work (so also its superiors'),
 * addressed to the procuratorate sharing it in joint assistance, which sees it too.
 */
export function caseWork(assistanceCase: Pick<AssistanceCase, 'handlingAgencyId'> & Partial<Pick<AssistanceCase, 'jointAgencyId'>>): Work {
  const { handlingAgencyId, jointAgencyId } = assistanceCase;
  return jointAgencyId ? { owner: handlingAgencyId, addressedTo: [jointAgencyId], beyondCommission: true } : { owner: handlingAgencyId, beyondCommission: true };
}

export const CASE_OF_ANOTHER_AGENCY = 'This assistance case belongs to another agency';
