import type { Work } from '@xinfang/kit';
import type { Referral } from './referral.entity';

/** A referral, for the kit's read rule: its issuer's work, addressed to the partner asked to help. */
export function referralWork(referral: Pick<Referral, 'issuingAgencyId' | 'partnerAgencyId'>): Work {
  return { owner: referral.issuingAgencyId, addressedTo: [referral.partnerAgencyId], beyondCommission: true };
}
