import { readAccess, requireCaller } from '@xinfang/kit';
import type { RequestContext, Work } from '@xinfang/kit';
import type { Petition } from './petition.entity';

/**
 * A petition, for the kit's read rule: the work of the agency that received it (so also of
 * every agency above it), addressed to the agency it was transferred to, which handles it
 * now; partners see only what a referral carries.
 */
export function petitionWork(petition: Pick<Petition, 'receivingAgencyId'> & Partial<Pick<Petition, 'handlingAgencyId' | 'id'>>): Work {
  const { receivingAgencyId, handlingAgencyId, id } = petition;
  // A refused read of a known petition names it in the audit log.
  const subject = id ? { subject: { type: 'Petition', id } } : {};
  return handlingAgencyId && handlingAgencyId !== receivingAgencyId ? { owner: receivingAgencyId, addressedTo: [handlingAgencyId], ...subject } : { owner: receivingAgencyId, ...subject };
}

export function petitionsNotVisible(receivingAgencyId: string): string {
  return `Petitions received by ${receivingAgencyId} are not visible to your agency`;
}

/**
 * The agency whose petitions a list or figure is asked for (the caller's own when none is
 * named), once the caller may read that agency's work: its own, or a subordinate's.
 */
export async function agencyWhoseWorkIsRead(context: RequestContext, agencyId?: string | null): Promise<string> {
  const agency = agencyId ?? requireCaller(context).agencyId;
  await readAccess(context).assertMayRead(petitionWork({ receivingAgencyId: agency }), petitionsNotVisible(agency));
  return agency;
}
