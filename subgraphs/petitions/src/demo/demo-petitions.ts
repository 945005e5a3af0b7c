import type { EntityManager } from '@mikro-orm/postgresql';
import { demoDirectory, demoStaff } from '@xinfang/agencies/demo-directory';
import type { DemoStaffMember } from '@xinfang/agencies/demo-directory';
import { ActorVia, Role, projectAgency, projectStaff, takeStep } from '@xinfang/kit';
import type { Actor } from '@xinfang/kit';
import { Petition } from '../petition/petition.entity';
import type { PetitionCategory, PetitionChannel } from '../petition/petition-kind';
import { registerPetition } from '../petition/petition.service';
import type { RegisterPetitionInput } from '../petition/register-petition.input';
import { PetitionAction } from '../petition/petition-status';
import { PETITION_WORKFLOW } from '../petition/petition-workflow';
import { demoPeople } from './demo-people';
import type { DemoPerson } from './demo-people';
import { seededRandom } from './demo-random';
import { PublishReceptionSlotInput } from '../reception-day/publish-reception-slot.input';
import { publishReceptionSlot } from '../reception-day/reception-day.service';
import { PetitionStatus } from '../petition/petition-kind';
import type { SeededRandom } from './demo-random';

/** How many petitions the demo city has received over the last twelve months. */
const DEMO_PETITIONS = 240;
/** Of which this many arrived in the last three days. */
const RECENT = 16;
/** How many people the petitions come from. */
const PEOPLE = 170;
const SEED = 20_261_122;
const DAY = 24 * 3600_000;

/** The procuratorates that receive petitions in the demo city, by share of the intake. */
const RECEIVERS = { 'bengbu-procuratorate': 5, 'huaiyuan-procuratorate': 2, 'wuhe-procuratorate': 1.5, 'guzhen-procuratorate': 1.5 } as const;
type Receiver = keyof typeof RECEIVERS;

const CHANNELS: Record<PetitionChannel, number> = {
  HOTLINE_12309: 30, IN_PERSON: 25, ONLINE: 20, LETTER: 12, PHONE: 6, REMOTE_VIDEO: 3, FAX: 1, TRANSFER: 2, JOINT_VISIT: 1,
};
const CATEGORIES: Record<PetitionCategory, number> = {
  APPEAL: 30, ACCUSATION: 20, REPORT: 12, REQUEST: 15, JUDICIAL_ASSISTANCE: 8, CONSULTATION: 8, SUGGESTION: 4, OTHER: 3,
};
const MATTERS = [
  'Appeals a decision not to prosecute the driver who injured her son.',
  'Reports that a village official took the land compensation of six households.',
  'Asks why the judgment awarding wages from 2024 has still not been enforced.',
  'Complains that the police did not file a case about a fraud of 80,000 yuan.',
  'Asks for judicial assistance: husband killed in a traffic case, the driver cannot pay.',
  'Appeals a criminal conviction of twelve years ago, claiming a forced confession.',
  'Asks how to apply for state compensation after being released without charge.',
  'Reports a pyramid-selling scheme recruiting retired people in the county.',
  'Complains about the length of pre-trial detention of her brother.',
  'Suggests longer opening hours for the 12309 service centre on market days.',
];

const REQUESTS = ['A written answer and a review of the decision.', 'That the case be filed and investigated.', 'Help in hardship.', 'That the judgment be enforced.', 'Compensation as the law provides.'];

/**
 * The demo city's petitions of the last twelve months: every channel and category, group
 * petitions, and every state from just registered to closed, some answered late and some
 * overdue now. Made through the same services and steps as any petition (no SQL that skips
 * the rules), at the times the steps would have been taken, from a fixed seed. Idempotent:
 * nothing is added once the demo staff have registered petitions.
 */
export async function seedDemoPetitions(em: EntityManager): Promise<void> {
  const staffIds = demoStaff.map((member) => member.id);
  if ((await em.count(Petition, { registeredBy: { $in: staffIds } })) > 0) return;
  // Assignments name real people: this copy of the directory must know them before its
  // consumer has caught up. The announcements (revision 1 or later) still win afterwards.
  for (const agency of demoDirectory.agencies) await projectAgency(em, agency);
  for (const member of demoDirectory.staff) await projectStaff(em, member);

  const random = seededRandom(SEED);
  const people = demoPeople(random, PEOPLE);
  const now = Date.now();
  const recentIds: string[] = [];
  for (let index = 0; index < DEMO_PETITIONS; index++) {
    // The first few arrived in the last three days, so the morning's early steps have something to show.
    const id = await seedOne(em, random, people, now, index < RECENT ? 3 : 365);
    if (index < RECENT) recentIds.push(id);
    // Every step has flushed: forget the petition, so each flush looks at one petition's rows, not all.
    em.clear();
  }
  await seedReceptionDays(em, now, recentIds);
}

async function seedOne(em: EntityManager, random: SeededRandom, people: DemoPerson[], now: number, withinDays: number): Promise<string> {
  const receiver = random.weighted(RECEIVERS);
  const receivedAt = new Date(now - random.next() * withinDays * DAY);
  const group = random.chance(0.08);
  // Most people petition once; a pool smaller than the petitions makes some come back (repeats).
  const person = random.pick(people);
  const petitioners = group
    ? [{ ...person, representative: true }, ...Array.from({ length: random.int(1, 3) }, () => ({ ...random.pick(people), representative: true }))]
    : [person];
  // Some go straight to the city about a county's matter (leapfrog).
  const leapfrogTo = receiver === 'bengbu-procuratorate' && random.chance(0.1) ? random.pick(['huaiyuan-procuratorate', 'wuhe-procuratorate', 'guzhen-procuratorate']) : undefined;
  const input = {
    channel: random.weighted(CHANNELS),
    category: random.weighted(CATEGORIES),
    petitioners: dedupe(petitioners),
    jurisdictionAgencyId: leapfrogTo,
    headCount: group ? random.int(5, 30) : 1,
    summary: random.pick(MATTERS),
    request: random.pick(REQUESTS),
    receivedAt,
  } as RegisterPetitionInput;
  const reception = staffOf(receiver, Role.RECEPTION);
  const { petition } = await registerPetition(em, input, { ...reception, roles: [...reception.roles] }, { registeredAt: receivedAt });
  const steps = new StepTaker(em, petition.id, now);

  let at = receivedAt.getTime() + random.int(1, 48) * 3600_000;
  const decision = random.weighted({ ACCEPT: 80, DECLINE: 8, TRANSFER: 12 });
  const late = random.chance(0.1);
  const replyAt = receivedAt.getTime() + (late ? random.int(8, 15) : random.int(1, 6)) * DAY;
  let handling: Receiver = receiver;
  if (decision === 'DECLINE') {
    if (!(await steps.take(PetitionAction.DECLINE, staffOf(receiver, Role.RECEPTION), at, { note: 'Outside the procuratorate\'s remit; pointed to the people\'s court.' }))) return petition.id;
    if (!(await steps.take(PetitionAction.SEND_PROCEDURAL_REPLY, staffOf(receiver, Role.RECEPTION), Math.max(replyAt, at + 3600_000), { note: 'Told in writing that it was not accepted, and why.' }))) return petition.id;
    await steps.take(PetitionAction.CLOSE, staffOf(receiver, Role.HANDLER), Math.max(replyAt, at) + DAY);
    return petition.id;
  }
  if (decision === 'TRANSFER') {
    handling = random.pick((Object.keys(RECEIVERS) as Receiver[]).filter((candidate) => candidate !== receiver));
    if (!(await steps.take(PetitionAction.TRANSFER, staffOf(receiver, Role.RECEPTION), at, { note: 'The case was handled there.', fields: { toAgencyId: handling } }))) return petition.id;
    at += random.int(1, 4) * DAY;
  }
  if (!(await steps.take(PetitionAction.ACCEPT, staffOf(handling, Role.RECEPTION), at))) return petition.id;
  if (!(await steps.take(PetitionAction.SEND_PROCEDURAL_REPLY, staffOf(receiver, Role.RECEPTION), Math.max(replyAt, at + 3600_000), { note: decision === 'TRANSFER' ? 'Told by letter where it went.' : 'Told that it was accepted.' }))) return petition.id;
  const handler = staffOf(handling, Role.HANDLER);
  at += random.int(1, 3) * DAY;
  if (!(await steps.take(PetitionAction.ASSIGN, assignerOf(handling), at, { fields: { department: handler.department ?? '控告申诉检察部', handlerStaffId: handler.userId } }))) return petition.id;
  // Difficult appeals: a leader takes some as packages, and some go to a public hearing.
  if (input.category === 'APPEAL' && random.chance(0.3)) {
    const packagedAt = at + random.int(1, 5) * DAY;
    if (!(await steps.take(PetitionAction.PACKAGE, leaderOf(handling), packagedAt, { note: 'Meet the petitioner at home with the village committee.', fields: { targetDate: new Date(packagedAt + 45 * DAY).toISOString() } }))) return petition.id;
    if (random.chance(0.5)) {
      const hearingAt = packagedAt + random.int(5, 15) * DAY;
      const participants = [{ name: '刘代表', affiliation: '蚌埠市人大代表', kind: 'NPC_DEPUTY' }, { name: '陈律师', affiliation: '安徽某律师事务所', kind: 'LAWYER' }];
      if (!(await steps.take(PetitionAction.SCHEDULE_HEARING, handler, hearingAt - 3 * DAY, { fields: { scheduledFor: new Date(hearingAt).toISOString(), venue: '检察听证室', participants } }))) return petition.id;
      if (!(await steps.take(PetitionAction.CONCLUDE_HEARING, handler, hearingAt, { note: 'The original decision stands; help is offered.', fields: { opinions: [{ participant: '刘代表', opinion: 'Agrees.' }] } }))) return petition.id;
    }
  }
  if (random.chance(0.06)) {
    if (!(await steps.take(PetitionAction.EXTEND_HANDLING, assignerOf(handling), at + 40 * DAY, { note: 'An expert opinion is awaited.', fields: { days: random.int(10, 30) } }))) return petition.id;
  }
  const resultAt = at + (random.chance(0.1) ? random.int(95, 120) : random.int(15, 75)) * DAY;
  const result = { note: 'Answered in writing with the findings.', fields: { legalBasis: '《人民检察院信访工作规定》', substantivelyResolved: random.chance(0.85) } };
  if (!(await steps.take(PetitionAction.RECORD_RESULT, handler, resultAt, result))) return petition.id;
  // Some answers are still with the petitioner, who may ask for a review: not closed yet.
  if (!random.chance(0.85)) return petition.id;
  const closedAt = resultAt + random.int(1, 5) * DAY;
  if (!(await steps.take(PetitionAction.CLOSE, handler, closedAt))) return petition.id;
  // Most are visited again within the 30 days, and rated; a few wait, and some petitioners are not satisfied.
  if (random.chance(0.9)) {
    const rating = random.weighted({ SATISFIED: 70, BASICALLY_SATISFIED: 22, DISSATISFIED: 8 });
    await steps.take(PetitionAction.RECORD_RETURN_VISIT, handler, closedAt + random.int(3, 25) * DAY, { note: 'Visited at home.', fields: { rating } });
  }
  return petition.id;
}

/** Takes a petition's steps at given times, up to now: a step not yet due leaves it where it stands. */
class StepTaker {
  constructor(private readonly em: EntityManager, private readonly id: string, private readonly now: number) {}

  async take(action: PetitionAction, actor: Actor, at: number, options: { note?: string; fields?: Record<string, unknown> } = {}): Promise<boolean> {
    if (at > this.now) return false;
    await takeStep(this.em, PETITION_WORKFLOW, { id: this.id, action, actor, at: new Date(at), note: options.note, fields: options.fields });
    return true;
  }
}

/** The first member of an agency's staff with the role, as an actor. */
function staffOf(agencyId: string, role: Role): DemoActor {
  const member = demoStaff.find((candidate) => candidate.agencyId === agencyId && candidate.roles.includes(role) && !candidate.isLeader)
    ?? demoStaff.find((candidate) => candidate.agencyId === agencyId && candidate.roles.includes(role));
  if (!member) throw new Error(`The demo city has no ${role} at ${agencyId}`);
  return actorOf(member);
}

/** The agency's chief (a leader), who takes packages. */
function leaderOf(agencyId: string): DemoActor {
  return actorOf(demoStaff.find((candidate) => candidate.agencyId === agencyId && candidate.isLeader)!);
}

/** A department head where there is one, else the chief procurator (county procuratorates). */
function assignerOf(agencyId: string): DemoActor {
  const member = demoStaff.find((candidate) => candidate.agencyId === agencyId && candidate.roles.includes(Role.DEPARTMENT_HEAD))
    ?? demoStaff.find((candidate) => candidate.agencyId === agencyId && candidate.roles.includes(Role.LEADER));
  return actorOf(member!);
}

/** A member of the demo staff acting, with their department for assignments. */
type DemoActor = Actor & { department: string | null };

function actorOf(member: DemoStaffMember): DemoActor {
  return { userId: member.id, name: member.name, agencyId: member.agencyId, roles: member.roles, via: ActorVia.API, department: member.department };
}

/** A person named twice in one group counts once. */
function dedupe<T extends { idNumber: string }>(petitioners: T[]): T[] {
  return [...new Map(petitioners.map((petitioner) => [petitioner.idNumber, petitioner])).values()];
}

/**
 * Each receiving procuratorate's chief holds a reception day in the coming weeks (检察长接待日),
 * and the latest petitions still being handled there are booked into it by name.
 */
async function seedReceptionDays(em: EntityManager, now: number, recentIds: readonly string[]): Promise<void> {
  for (const [offset, agencyId] of (Object.keys(RECEIVERS) as Receiver[]).entries()) {
    const leader = leaderOf(agencyId);
    const startsAt = now + (7 + offset * 3) * DAY;
    const slot = await publishReceptionSlot(em, Object.assign(new PublishReceptionSlotInput(), {
      leaderStaffId: leader.userId, startsAt: new Date(startsAt), endsAt: new Date(startsAt + 3 * 3600_000), place: '12309检察服务中心接待室', capacity: 6,
    }), { ...leader, roles: [...leader.roles] });
    const ours = await em.find(Petition, { id: { $in: [...recentIds] }, handlingAgencyId: agencyId, status: { $nin: [PetitionStatus.TRANSFERRED, PetitionStatus.DECLINED] } }, { limit: 2 });
    for (const petition of ours) {
      await takeStep(em, PETITION_WORKFLOW, { id: petition.id, action: PetitionAction.BOOK_RECEPTION, actor: staffOf(agencyId, Role.RECEPTION), fields: { slotId: slot.id } });
    }
    em.clear();
  }
}
