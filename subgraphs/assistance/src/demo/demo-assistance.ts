import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoDirectory, demoStaff } from '@xinfang/agencies/demo-directory';
import type { DemoStaffMember } from '@xinfang/agencies/demo-directory';
import { ActorVia, Role, projectAgency, projectStaff, takeStep } from '@xinfang/kit';
import type { Actor } from '@xinfang/kit';
import type { AssistanceCase } from '../assistance-case/assistance-case.entity';
import { openAssistanceCase } from '../assistance-case/assistance-case.service';
import { AssistanceCaseAction } from '../assistance-case/assistance-case-status';
import { ASSISTANCE_CASE_WORKFLOW } from '../assistance-case/assistance-case-workflow';
import { ApplicantRelation, AssistanceGrounds, AssistanceOrigin, DecisionMaker, PaymentMethod, PriorityGroup } from '../assistance-case/assistance-kind';
import type { OpenAssistanceCaseInput } from '../assistance-case/open-assistance-case.input';
import type { KnownPetition } from '../petition/known-petition.entity';
import { referDemoCase } from './demo-referrals';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** The demo city's procuratorates: the city's own and its three counties'. */
const CITY = 'bengbu-procuratorate';
const DEMO_PROCURATORATES = [CITY, 'huaiyuan-procuratorate', 'wuhe-procuratorate', 'guzhen-procuratorate'];
const NAMES = ['李秀兰', '王建国', '张桂英', '刘志强', '陈玉梅', '杨德明', '赵淑珍', '黄永福', '周丽娟', '吴大勇'];
const HARDSHIPS = [
  'Husband killed in a traffic case; the driver cannot pay and two children are at school.',
  'Injured in an assault; the offender has no assets and medical bills exceed 40,000 yuan.',
  'Family home lost to a fraud; the elderly couple has no other income.',
  'A minor left without carers after both parents were convicted.',
  'Disabled by a workplace injury the employer never compensated; the case took all savings.',
];

/**
 * The demo city's judicial assistance, grown from its petitions as they arrive on
 * `petitions.events.v1` (the petitions subgraph seeds them; judicial assistance learns of them
 * only there): a request for assistance is proposed by the platform, and about one in five
 * requests, appeals and accusations gets a case a handler opens. Each is then proposed,
 * reviewed, decided, paid in one or two disbursements (some urgently first, some shared with
 * the city procuratorate) and closed, through the same services and steps as any case, at the
 * times they would have happened after the petition arrived, up to now; chosen from the
 * petition's id, so a replay makes the same choices.
 */
export async function followDemoPetition(em: EntityManager, petition: KnownPetition, proposed: AssistanceCase | null): Promise<void> {
  const roll = rollsOf(petition.petitionId);
  const agencyId = petition.handlingAgencyId;
  if (!DEMO_PROCURATORATES.includes(agencyId)) return;
  const handler = staffOf(agencyId, (member) => member.roles.includes(Role.HANDLER) && !member.isLeader);
  const reviewer = staffOf(agencyId, (member) => member.roles.includes(Role.DEPARTMENT_HEAD)) ?? staffOf(agencyId, (member) => member.isLeader);
  const leader = staffOf(agencyId, (member) => member.isLeader);
  if (!handler || !reviewer || !leader) return;
  let at = petition.receivedAt.getTime() + roll.int(2, 48) * HOUR;
  const requestedYuan = roll.int(50, 300) * 100;
  const application = {
    applicantName: roll.pick(NAMES),
    applicantRelation: roll.chance(0.7) ? ApplicantRelation.PETITIONER : ApplicantRelation.CLOSE_RELATIVE,
    grounds: roll.chance(0.6) ? AssistanceGrounds.VICTIM_WITHOUT_COMPENSATION : roll.chance(0.8) ? AssistanceGrounds.HARDSHIP_CAUSED_BY_CASE : AssistanceGrounds.OTHER,
    priorityGroup: roll.weighted({ MINOR: 2, WOMAN_IN_HARDSHIP: 3, DISABLED: 2, RURAL_FALLEN_INTO_POVERTY: 3, OTHER: 2 }),
    hardship: roll.pick(HARDSHIPS),
    requestedAmountFen: requestedYuan * 100,
  };
  let assistanceCase = proposed;
  if (!assistanceCase) {
    if (!['REQUEST', 'APPEAL', 'ACCUSATION'].includes(petition.category) || !roll.chance(0.2) || at > Date.now()) return;
    const input = { petitionId: petition.petitionId, ...application } as OpenAssistanceCaseInput;
    assistanceCase = await openAssistanceCase(em, input, identityOf(handler), { at: new Date(at) });
  }
  const steps = new StepTaker(em, assistanceCase.id);
  const urgent = roll.chance(0.12);
  const joint = agencyId !== CITY && !urgent && roll.chance(0.25);
  at += roll.int(1, 3) * DAY;
  if (urgent && !(await steps.take(AssistanceCaseAction.PAY_URGENTLY, leader, at, 'Medical bills due this week.', payment(roll, 300_000, true)))) return;
  const opinion = assistanceCase.origin === AssistanceOrigin.HANDLER ? 'Meets the grounds; proposes assistance.' : 'Application completed with the applicant; meets the grounds.';
  if (!(await steps.take(AssistanceCaseAction.PROPOSE, handler, (at += roll.int(1, 3) * HOUR), opinion, application))) return;
  if (!(await steps.take(AssistanceCaseAction.REVIEW, reviewer, (at += roll.int(1, 3) * DAY), 'Reviewed: the facts and the hardship are verified.'))) return;
  const decidedBy = requestedYuan > 20_000 ? DecisionMaker.PROCURATORIAL_COMMITTEE : DecisionMaker.PROCURATOR_GENERAL;
  if (!urgent && roll.chance(0.08)) {
    if (!(await steps.take(AssistanceCaseAction.REFUSE, leader, (at += roll.int(1, 6) * DAY), 'The loss was compensated by insurance.', { decidedBy }))) return;
    await steps.take(AssistanceCaseAction.CLOSE, handler, at + DAY, 'Refused; the applicant was told why and pointed to social assistance.');
    return;
  }
  const approvedFen = Math.max(Math.round((requestedYuan * roll.int(50, 100)) / 100 / 100) * 100 * 100, urgent ? 300_000 : 0);
  const jointShareFen = joint ? Math.round(approvedFen / 2 / 10_000) * 10_000 : 0;
  const city = { handler: staffOf(CITY, (member) => member.roles.includes(Role.HANDLER) && !member.isLeader)!, leader: staffOf(CITY, (member) => member.isLeader)! };
  if (joint && !(await steps.take(AssistanceCaseAction.INVITE_JOINT, leader, (at += HOUR), 'A large hardship: shared with the city procuratorate.', { jointAgencyId: CITY }))) return;
  if (!(await steps.take(AssistanceCaseAction.APPROVE, leader, (at += roll.int(1, 6) * DAY), null, { approvedAmountFen: approvedFen - jointShareFen, decidedBy }))) return;
  if (joint && !(await steps.take(AssistanceCaseAction.APPROVE_JOINT_SHARE, city.leader, (at += roll.int(1, 3) * DAY), null, { approvedAmountFen: jointShareFen, decidedBy }))) return;
  const ownShare = approvedFen - jointShareFen - (urgent ? 300_000 : 0);
  const instalments = ownShare > 1_000_000 && roll.chance(0.5) ? [Math.round(ownShare / 2), ownShare - Math.round(ownShare / 2)] : [ownShare];
  for (const amountFen of instalments.filter((amount) => amount > 0)) {
    if (!(await steps.take(AssistanceCaseAction.PAY, handler, (at += roll.int(2, 15) * DAY), null, payment(roll, amountFen, false)))) return;
  }
  if (joint && !(await steps.take(AssistanceCaseAction.PAY_JOINT_SHARE, city.handler, (at += roll.int(1, 10) * DAY), null, payment(roll, jointShareFen, false)))) return;
  const closedAt = at + roll.int(1, 5) * DAY;
  if (!(await steps.take(AssistanceCaseAction.CLOSE, handler, closedAt, 'Paid in full; the applicant confirmed receipt. Referred for further help where needed.'))) return;
  // About two in five closed cases are referred on for diversified help (多元化救助).
  if (roll.chance(0.4)) await referDemoCase(em, assistanceCase, identityOf(handler), roll, closedAt);
}

/** A petition of the demo city's seed: received by one of its procuratorates well before it was announced (the seed backdates them). */
export function isDemoPetition(petition: Pick<KnownPetition, 'receivingAgencyId' | 'receivedAt'>, announcedAt: Date): boolean {
  return DEMO_PROCURATORATES.includes(petition.receivingAgencyId) && announcedAt.getTime() - petition.receivedAt.getTime() > DAY;
}

/** This copy of the directory knows the demo city before its consumer has caught up (joint assistance checks it); later announcements still win. */
export async function projectDemoDirectory(em: EntityManager): Promise<void> {
  for (const agency of demoDirectory.agencies) await projectAgency(em, agency);
  for (const member of demoDirectory.staff) await projectStaff(em, member);
}

function payment(roll: Rolls, amountFen: number, urgent: boolean) {
  return { amountFen, method: urgent || roll.chance(0.1) ? PaymentMethod.CASH : PaymentMethod.BANK_TRANSFER, receiptReference: `DEMO-${roll.int(100_000, 999_999)}` };
}

/** Takes a case's steps at given times, up to now: a step not yet due leaves it where it stands. */
class StepTaker {
  constructor(private readonly em: EntityManager, private readonly id: string) {}

  async take(action: AssistanceCaseAction, member: DemoStaffMember, at: number, note: string | null, fields: Record<string, unknown> = {}): Promise<boolean> {
    if (at > Date.now()) return false;
    await takeStep(this.em, ASSISTANCE_CASE_WORKFLOW, { id: this.id, action, actor: actorOf(member), at: new Date(at), note, fields: { paidAt: new Date(at), ...fields } });
    return true;
  }
}

function staffOf(agencyId: string, fits: (member: DemoStaffMember) => boolean): DemoStaffMember | undefined {
  return demoStaff.find((member) => member.agencyId === agencyId && fits(member));
}

function actorOf(member: DemoStaffMember): Actor {
  return { ...identityOf(member), via: ActorVia.API };
}

function identityOf(member: DemoStaffMember) {
  return { userId: member.id, name: member.name, agencyId: member.agencyId, roles: [...member.roles] };
}

/** Choices drawn from the petition's id: the same petition always makes the same ones. */
type Rolls = ReturnType<typeof rollsOf>;

function rollsOf(petitionId: string) {
  let counter = 0;
  const next = (): number => createHash('sha256').update(`${petitionId}:${counter++}`).digest().readUInt32BE(0) / 2 ** 32;
  const chance = (p: number) => next() < p;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const weighted = (weights: Readonly<Record<PriorityGroup, number>>): PriorityGroup => {
    const entries = Object.entries(weights) as [PriorityGroup, number][];
    const roll = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    let below = 0;
    return entries.find(([, weight]) => roll < (below += weight))?.[0] ?? PriorityGroup.OTHER;
  };
  return { chance, int, pick, weighted };
}
