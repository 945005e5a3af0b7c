import { readAccess, requireCaller } from '@xinfang/kit';
import type { RequestContext } from '@xinfang/kit';
import { petitionWork } from '../petition/petition-access';
import type { Petition } from '../petition/petition.entity';
import { assigneesOfPetition } from './petition-assignees.loaders';

/**
 * How much of a petition the caller reads: all of it (its own agency's work, a superior's,
 * the agency handling it, the commission), its summary and state only (an agency the
 * commission assigned it to at a joint visit, whose task does not need the petitioners'
 * personal data), or nothing.
 */
export type PetitionReading = 'FULL' | 'SUMMARY' | 'NONE';

export async function petitionReading(context: RequestContext, petition: Pick<Petition, 'id' | 'receivingAgencyId' | 'handlingAgencyId'>): Promise<PetitionReading> {
  if (await readAccess(context).mayRead(petitionWork(petition))) return 'FULL';
  const { agencyId } = requireCaller(context);
  const assignments = (await assigneesOfPetition(context).load(petition.id)).filter((assignee) => assignee.agencyId === agencyId);
  if (assignments.length === 0) return 'NONE';
  return assignments.some((assignee) => assignee.needsPersonalData) ? 'FULL' : 'SUMMARY';
}

/** A name shown to a summary-only reader: its first character, the rest hidden (李**). */
export function maskedName(name: string): string {
  const characters = [...name.trim()];
  return characters.length <= 1 ? '*' : `${characters[0]}${'*'.repeat(Math.min(characters.length - 1, 3))}`;
}
