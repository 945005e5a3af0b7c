import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, loadWorkingCalendar, requireActiveAgency, superiorChains } from '@xinfang/kit';
import type { StepChange } from '@xinfang/kit';
import type { Petition } from '../petition/petition.entity';
import { startHandlingClock } from '../petition/petition-deadlines';
import type { PetitionAction } from '../petition/petition-status';
import { assertWithinWindow } from '../petition/petition-windows';

type Effect = (em: EntityManager, petition: Petition, change: StepChange) => Promise<void>;

/**
 * A jurisdiction dispute (Regulations art. 23–24): the agency a petition was transferred to
 * objects within 5 working days; the sender takes it back or disagrees; their common superior
 * decides, or refers it to the joint conference (the commission), whose decision binds. The
 * petition's clocks keep running throughout.
 */
export const DISPUTE_EFFECTS: Partial<Record<PetitionAction, Effect>> = {
  async OBJECT_TO_TRANSFER(em, petition, change) {
    assertWithinWindow('MISROUTED_OBJECTION', petition.transferredAt, change.at, await loadWorkingCalendar(em), 'An objection to a transfer is made within 5 working days of it');
  },

  async ACCEPT_OBJECTION(_em, petition) {
    Object.assign(petition, { handlingAgencyId: petition.transferredFromAgencyId ?? petition.receivingAgencyId, transferredFromAgencyId: null, arbiterAgencyId: null });
  },

  async REJECT_OBJECTION(em, petition) {
    const sender = petition.transferredFromAgencyId ?? petition.receivingAgencyId;
    const common = await commonSuperiorOf(em, sender, petition.handlingAgencyId);
    if (!common) throw new BadUserInputError('The two agencies have no common superior in the directory; the joint conference must decide', { field: 'id' });
    petition.arbiterAgencyId = common;
  },

  async REFER_TO_JOINT_CONFERENCE(em, petition, change) {
    const conference = await requireActiveAgency(em, String(change.fields.conferenceAgencyId), 'conferenceAgencyId');
    if (conference.type !== 'POLITICAL_LEGAL_COMMISSION') {
      throw new BadUserInputError(`${conference.name} is not a political-legal commission, which convenes the joint conference`, { field: 'conferenceAgencyId' });
    }
    petition.arbiterAgencyId = conference.id;
  },

  async DECIDE_JURISDICTION(em, petition, change) {
    const agencyId = String(change.fields.agencyId);
    const parties = [petition.handlingAgencyId, petition.transferredFromAgencyId ?? petition.receivingAgencyId];
    if (!parties.includes(agencyId)) throw new BadUserInputError('The decision names one of the two agencies in dispute', { field: 'agencyId' });
    Object.assign(petition, { handlingAgencyId: agencyId, transferredFromAgencyId: null, arbiterAgencyId: null, acceptedAt: change.at });
    // Binding: the agency decided on has the petition accepted, and its 60 days start now.
    await startHandlingClock(em, petition, change.at);
  },
};

/** The nearest agency above both (never one of them), from this subgraph's copy of the directory. */
async function commonSuperiorOf(em: EntityManager, first: string, second: string): Promise<string | null> {
  const [above, alsoAbove] = await superiorChains(em, [first, second]);
  const ofSecond = new Set(alsoAbove ?? []);
  return (above ?? []).find((agencyId) => ofSecond.has(agencyId)) ?? null;
}
