import type { Work } from '@xinfang/kit';
import type { Petition } from './petition.entity';

/**
 * A petition, for the kit's read rule: the work of the agency that received it (so also of
 * every agency above it), addressed to no one else; partners see what a referral carries.
 */
export function petitionWork(petition: Pick<Petition, 'receivingAgencyId'>): Work {
  return { owner: petition.receivingAgencyId };
}

export function petitionsNotVisible(receivingAgencyId: string): string {
  return `Petitions received by ${receivingAgencyId} are not visible to your agency`;
}
