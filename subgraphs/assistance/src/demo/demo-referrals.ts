import type { EntityManager } from '@mikro-orm/postgresql';
import { ActorVia, takeStep } from '@xinfang/kit';
import type { Actor, Identity } from '@xinfang/kit';
import { demoStaff } from '@xinfang/agencies/demo-directory';
import type { AssistanceCase } from '../assistance-case/assistance-case.entity';
import type { PriorityGroup } from '../assistance-case/assistance-kind';
import type { IssueReferralInput } from '../referral/issue-referral.input';
import { redirectReferral } from '../referral/redirect-referral.service';
import { ConsentForm, ConsentGiver, HelpNeeded, SharedDataItem } from '../referral/referral-kind';
import { issueReferral } from '../referral/referral.service';
import { ReferralAction } from '../referral/referral-status';
import { REFERRAL_WORKFLOW } from '../referral/referral-workflow';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The demo city's partner agencies, and the help each is asked for. */
const CIVIL_AFFAIRS = 'bengbu-civil-affairs';
const WOMENS_FEDERATION = 'bengbu-womens-federation';
const DISABLED_FEDERATION = 'bengbu-disabled-federation';
const PARTNER_OF: Readonly<Record<PriorityGroup, { agencyId: string; help: HelpNeeded; summary: string; outcome: string }>> = {
  DISABLED: { agencyId: DISABLED_FEDERATION, help: HelpNeeded.DISABILITY_SUPPORT, summary: 'Disabled by the offence; needs a disability certificate assessment and rehabilitation aids.', outcome: 'Disability certificate (grade 3) issued; wheelchair and rehabilitation sessions granted.' },
  WOMAN_IN_HARDSHIP: { agencyId: WOMENS_FEDERATION, help: HelpNeeded.WOMENS_RIGHTS_SUPPORT, summary: 'Widowed mother of two after the case; needs counselling and help with childcare.', outcome: 'Twelve counselling sessions held; a childcare place found through the community.' },
  MINOR: { agencyId: CIVIL_AFFAIRS, help: HelpNeeded.EDUCATION_SUPPORT, summary: 'A minor left without carers; needs a guardian arranged and school fees covered.', outcome: 'Placed under the care of the grandparents with a monthly orphan allowance; school fees waived.' },
  RURAL_FALLEN_INTO_POVERTY: { agencyId: CIVIL_AFFAIRS, help: HelpNeeded.MINIMUM_LIVING_ALLOWANCE, summary: 'A rural family fallen back into poverty by the case; asks for the minimum living allowance.', outcome: 'Minimum living allowance granted: 680 yuan a month from next month.' },
  OTHER: { agencyId: CIVIL_AFFAIRS, help: HelpNeeded.TEMPORARY_ASSISTANCE, summary: 'No income since the case; asks for temporary assistance until work resumes.', outcome: 'Temporary assistance of 3,000 yuan granted once.' },
};

/** The choices a demo case's referral makes, drawn by the caller from the petition's id. */
export interface ReferralRolls {
  chance(p: number): boolean;
  int(min: number, max: number): number;
}

/**
 * Refers a closed demo case for diversified help, through the same service and steps as any
 * referral, at the times they would have happened, up to now: the partner that fits the
 * priority group acknowledges, accepts, starts and completes it with an outcome, or declines
 * it and the procuratorate redirects it to civil affairs, or leaves it unanswered (recent ones
 * wait in the partner's inbox, older ones go overdue when the scheduler next looks).
 */
export async function referDemoCase(em: EntityManager, assistanceCase: AssistanceCase, handler: Identity, roll: ReferralRolls, closedAt: number): Promise<void> {
  const partner = PARTNER_OF[assistanceCase.priorityGroup] ?? PARTNER_OF.OTHER;
  const partnerStaff = staffActor(partner.agencyId);
  let at = closedAt + roll.int(1, 3) * DAY;
  if (at > Date.now() || !partnerStaff) return;
  const input = {
    assistanceCaseId: assistanceCase.id, partnerAgencyId: partner.agencyId, helpNeeded: partner.help, summary: partner.summary, urgent: roll.chance(0.15),
    consent: consentAt(at - 2 * HOUR), contactPhone: `139${String(roll.int(10_000_000, 99_999_999))}`,
  } as IssueReferralInput;
  const referral = await issueReferral(em, input, handler, { at: new Date(at) });
  const step = async (action: ReferralAction, actor: Actor, after: number, note: string | null = null) => {
    if (at + after > Date.now()) return false;
    at += after;
    await takeStep(em, REFERRAL_WORKFLOW, { id: referral.id, action, actor, note, at: new Date(at) });
    return true;
  };
  if (roll.chance(0.15)) return; // unanswered: in the inbox, or overdue
  if (!(await step(ReferralAction.ACKNOWLEDGE, partnerStaff, roll.int(2, 60) * HOUR))) return;
  if (partner.agencyId !== CIVIL_AFFAIRS && roll.chance(0.2)) {
    if (!(await step(ReferralAction.DECLINE, partnerStaff, roll.int(1, 3) * DAY, 'Outside what we can offer; civil affairs can grant temporary assistance.'))) return;
    if (at + DAY > Date.now()) return;
    const redirected = { partnerAgencyId: CIVIL_AFFAIRS, helpNeeded: HelpNeeded.TEMPORARY_ASSISTANCE, consent: consentAt(at + 20 * HOUR), note: 'Declined by the federation; civil affairs grants temporary assistance.' };
    await redirectReferral(em, referral.id, redirected, handler, { at: new Date(at + DAY) });
    return;
  }
  if (!(await step(ReferralAction.ACCEPT, partnerStaff, roll.int(1, 3) * DAY))) return;
  if (!(await step(ReferralAction.START, partnerStaff, roll.int(1, 5) * DAY, 'First appointment made with the family.'))) return;
  await step(ReferralAction.COMPLETE, partnerStaff, roll.int(10, 40) * DAY, partner.outcome);
}

function consentAt(at: number) {
  return { givenBy: ConsentGiver.APPLICANT, givenAt: new Date(at), covers: [SharedDataItem.NAME, SharedDataItem.CONTACT], form: ConsentForm.WRITTEN };
}

function staffActor(agencyId: string): Actor | null {
  const member = demoStaff.find((candidate) => candidate.agencyId === agencyId);
  return member ? { userId: member.id, name: member.name, agencyId, roles: [...member.roles], via: ActorVia.API } : null;
}
