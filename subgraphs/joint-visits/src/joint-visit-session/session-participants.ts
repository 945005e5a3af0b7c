import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, requireActiveAgencies, requireActiveStaff } from '@xinfang/kit';
import type { OnDutyLeader } from './joint-visit-session.entity';
import type { SessionParticipantInput } from './session-participant';

/**
 * The participants as the directory copy vouches for them: every agency known and active
 * (BAD_USER_INPUT naming each that is not), named once, and each leader a current member of
 * that agency's own staff.
 */
export async function checkedParticipants(em: EntityManager, participants: readonly SessionParticipantInput[]): Promise<OnDutyLeader[]> {
  const agencyIds = participants.map((participant) => participant.agencyId);
  const repeated = agencyIds.find((id, index) => agencyIds.indexOf(id) !== index);
  if (repeated) throw new BadUserInputError(`Agency ${repeated} is named twice`, { field: 'participants' });
  await requireActiveAgencies(em, agencyIds, 'participants.agencyId');
  for (const { agencyId, onDutyLeaderId } of participants) {
    await requireActiveStaff(em, onDutyLeaderId, 'participants.onDutyLeaderId', { agencyId });
  }
  return participants.map(({ agencyId, onDutyLeaderId }) => ({ agencyId, staffId: onDutyLeaderId }));
}
