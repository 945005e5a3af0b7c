import type { Work } from '@xinfang/kit';
import type { Petition } from './petition.entity';

/**
 * A petition, for the kit's read rule: the work of the agency that received it (so also of
 * every agency above it), addressed to the agency it was transferred to, which handles it
 * now; partners see only what a referral carries.
 */
export function petitionWork(petition: Pick<Petition, 'receivingAgencyId'> & Partial<Pick<Petition, 'handlingAgencyId'>>): Work {
  const { receivingAgencyId, handlingAgencyId } = petition;
  return handlingAgencyId && handlingAgencyId !== receivingAgencyId ? { owner: receivingAgencyId, addressedTo: [handlingAgencyId] } : { owner: receivingAgencyId };
}

export function petitionsNotVisible(receivingAgencyId: string): string {
  return `Petitions received by ${receivingAgencyId} are not visible to your agency`;
}
