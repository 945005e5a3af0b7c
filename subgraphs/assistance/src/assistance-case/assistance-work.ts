import type { Work } from '@xinfang/kit';
import type { Referral } from '../referral/referral.entity';
import type { AssistanceCase } from './assistance-case.entity';

/** What the kit's read rule sees of assistance: who owns a case or referral, and whom it is addressed to. */

/** A case is the handling procuratorate's work. */
export function caseWork(assistanceCase: Pick<AssistanceCase, 'handlingAgencyId'>): Work {
  return { owner: assistanceCase.handlingAgencyId };
}

/** A referral is its issuer's work, addressed to the partner asked to help. */
export function referralWork(referral: Pick<Referral, 'issuingAgencyId' | 'partnerAgencyId'>): Work {
  return { owner: referral.issuingAgencyId, addressedTo: [referral.partnerAgencyId] };
}

export const CASE_OF_ANOTHER_AGENCY = 'This assistance case belongs to another agency';
