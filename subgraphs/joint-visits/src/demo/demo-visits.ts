import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoStaff } from '@xinfang/agencies/demo-directory';
import type { DemoStaffMember } from '@xinfang/agencies/demo-directory';
import { PetitionRegistered, Role, Topics, addDays, createLogger, createRequestContext, on, shanghaiDateOf } from '@xinfang/kit';
import type { ConsumerDefinition, EventOf } from '@xinfang/kit';
import { recordCaseCarryingVisit } from '../case-carrying-visit/case-carrying-visit.service';
import type { RecordCaseCarryingVisitInput } from '../case-carrying-visit/record-case-carrying-visit.input';
import { VisitReason } from '../case-carrying-visit/visit-reason';
import { linkPetitionToContactPoint } from '../contact-point/contact-point.service';
import { ReceivedPetition } from '../petition/received-petition.entity';
import { DEMO_CONTACT_POINTS } from './demo-contact-points';

const DAY = 24 * 3600_000;
/**
 * How likely a demo petition is to get a leader's visit, by receiving procuratorate: Huaiyuan's
 * chief keeps ahead of the quota, the city's three leaders share theirs and fall behind, Wuhe's
 * falls well behind.
 */
const VISIT_CHANCE: Record<string, number> = { 'huaiyuan-procuratorate': 0.45, 'guzhen-procuratorate': 0.35, 'bengbu-procuratorate': 0.2, 'wuhe-procuratorate': 0.12 };
const PLACES = ['信访人家中', '村委会调解室', '乡镇综治中心', '信访人所在社区服务中心', '敬老院'];
const ANALYSES = [
  'Petitions because the compensation judgment was never enforced; the enforcement file shows no search of assets. Supervising the enforcement would resolve it.',
  'A land dispute decided years ago; the family did not understand the decision. Explaining it with the village committee present would calm it.',
  'Disagrees with a decision not to prosecute; the file supports it, but nobody explained it in person.',
];
const HELP = ['Explained the law and the remedies left; gave a written legal consultation.', 'Pointed the family to judicial assistance and helped fill in the application.', 'Checked a related labour case and put her in touch with legal aid.'];

/**
 * The demo city's leaders' case-carrying visits and contact-point receptions, grown from its
 * seeded petitions as they arrive on `petitions.events.v1` (the petitions subgraph seeds them
 * backdated over the last twelve months): through the same services as any visit, at the times
 * they would have happened, chosen from the petition's id so a replay makes the same choices.
 * Its own consumer group; it writes the received-petition row the petition consumer also
 * writes (the same values), whichever comes first, because a visit needs it.
 */
export const demoVisitsConsumer: ConsumerDefinition = {
  groupId: 'joint-visits.demo-visits',
  topics: [Topics.petitionEvents],
  handlers: [
    on(PetitionRegistered, async (event, em) => {
      const receivedAt = new Date(event.data.receivedAt);
      if (!(event.data.receivingAgencyId in VISIT_CHANCE) || new Date(event.time).getTime() - receivedAt.getTime() < DAY) return;
      await em.upsert(ReceivedPetition, { petitionId: event.data.petitionId, receivingAgencyId: event.data.receivingAgencyId, trackingNumber: event.data.trackingNumber, receivedAt });
      await followDemoPetition(em, event);
    }),
  ],
};

async function followDemoPetition(em: EntityManager, { data }: EventOf<typeof PetitionRegistered>): Promise<void> {
  const roll = rollsOf(data.petitionId);
  const agencyId = data.receivingAgencyId;
  const receivedAt = new Date(data.receivedAt).getTime();
  const points = DEMO_CONTACT_POINTS.filter((point) => point.agencyId === agencyId);
  const reception = staffOf(agencyId, (member) => member.roles.includes(Role.RECEPTION));
  if (reception && points.length > 0 && (data.channel === 'IN_PERSON' || data.channel === 'LETTER') && roll.chance(0.4)) {
    await linkPetitionToContactPoint(contextOf(em, reception), roll.pick(points).id, data.petitionId, new Date(receivedAt));
  }
  const leaders = demoStaff.filter((member) => member.agencyId === agencyId && member.isLeader);
  const companion = staffOf(agencyId, (member) => member.roles.includes(Role.HANDLER) && !member.isLeader);
  if (leaders.length === 0 || !companion || !roll.chance(VISIT_CHANCE[agencyId] ?? 0)) return;
  const visitedAt = receivedAt + roll.int(3, 40) * DAY + roll.int(1, 8) * 3600_000;
  const recordedAt = visitedAt + (roll.chance(0.2) ? roll.int(10, 40) * DAY : roll.int(0, 2) * DAY);
  if (recordedAt > Date.now()) return;
  const leader = roll.pick(leaders);
  const reason = roll.pick(Object.values(VisitReason));
  const input: RecordCaseCarryingVisitInput = {
    petitionId: data.petitionId, leaderStaffId: leader.id, visitedAt: new Date(visitedAt), place: roll.pick(PLACES), companionStaffIds: [companion.id],
    reason, reasonText: reason === VisitReason.OTHER ? 'The village committee asked for a visit before the spring festival.' : undefined,
    analysis: roll.pick(ANALYSES), helpGiven: roll.pick(HELP),
    followUps: [{ task: 'Report back to the petitioner on what was checked.', ownerStaffId: companion.id, dueDate: addDays(shanghaiDateOf(new Date(visitedAt)), 15) }],
    privacyProtected: true, privacyNote: 'Arrived without pomp in an ordinary car; met without neighbours present.',
  };
  await recordCaseCarryingVisit(contextOf(em, leader), input, new Date(recordedAt));
}

const silent = createLogger('joint-visits', 'silent');

function contextOf(em: EntityManager, member: DemoStaffMember) {
  return createRequestContext(em, { userId: member.id, name: member.name, agencyId: member.agencyId, roles: [...member.roles] }, silent);
}

function staffOf(agencyId: string, fits: (member: DemoStaffMember) => boolean): DemoStaffMember | undefined {
  return demoStaff.find((member) => member.agencyId === agencyId && fits(member));
}

/** Choices drawn from the petition's id: the same petition always makes the same ones. */
function rollsOf(petitionId: string) {
  let counter = 0;
  const next = (): number => createHash('sha256').update(`visits:${petitionId}:${counter++}`).digest().readUInt32BE(0) / 2 ** 32;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { chance: (p: number) => next() < p, int, pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)]! };
}
