import type { EntityManager } from '@mikro-orm/postgresql';
import { demoDirectory, demoStaff } from '@xinfang/agencies/demo-directory';
import type { DemoStaffMember } from '@xinfang/agencies/demo-directory';
import { ActorVia, Role, projectAgency, projectStaff, takeStep } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { Assignment } from '../assignment/assignment.entity';
import { createAssignment } from '../assignment/assignment.service';
import { AssignmentAction } from '../assignment/assignment-status';
import { ASSIGNMENT_WORKFLOW } from '../assignment/assignment-workflow';
import type { CreateAssignmentInput } from '../assignment/create-assignment.input';
import { JointVisitSession } from '../joint-visit-session/joint-visit-session.entity';
import { linkPetition, scheduleJointVisitSession } from '../joint-visit-session/joint-visit-session.service';
import type { ScheduleJointVisitSessionInput } from '../joint-visit-session/schedule-joint-visit-session.input';
import type { ReceivedPetition } from '../petition/received-petition.entity';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const COMMISSION = 'bengbu-commission';
const PROCURATORATE = 'bengbu-procuratorate';
const COURT = 'bengbu-court';
const POLICE = 'bengbu-police';
/** How many of the demo city's petitions are assigned at its sessions. */
const DEMO_DECISIONS = 8;

/** The demo city's sessions: three weeks ago, four days ago, and next week; each with the court, the police and the procuratorate. */
const DEMO_SESSIONS = [
  { title: '涉法涉诉信访联合接访（十一月第一场）', daysFromNow: -21 },
  { title: '涉法涉诉信访联合接访（十一月第二场）', daysFromNow: -4 },
  { title: '涉法涉诉信访联合接访（十二月）', daysFromNow: 6 },
] as const;

function staffOf(agencyId: string, preferLeader: boolean) {
  const staff = demoStaff.filter((member) => member.agencyId === agencyId);
  return (preferLeader ? staff.find((member) => member.isLeader) : undefined)
    ?? staff.find((member) => member.roles.includes(Role.DEPARTMENT_HEAD))
    ?? staff.find((member) => member.roles.includes(Role.HANDLER))!;
}

function identityOf(member: DemoStaffMember): Identity {
  return { userId: member.id, name: member.name, agencyId: member.agencyId, roles: [...member.roles] };
}

const commissioner = () => identityOf(demoStaff.find((member) => member.agencyId === COMMISSION && member.roles.includes(Role.COMMISSION) && !member.isLeader)!);

/**
 * The demo city's commission schedules its sessions, through the same service as the API,
 * once: the directory copy is written first (as judicial assistance does) so the leaders on
 * duty are checked against it before its consumer has caught up.
 */
export async function seedDemoSessions(em: EntityManager): Promise<void> {
  for (const agency of demoDirectory.agencies) await projectAgency(em, agency);
  for (const member of demoDirectory.staff) await projectStaff(em, member);
  const participants = [COURT, POLICE, PROCURATORATE].map((agencyId) => ({ agencyId, onDutyLeaderId: staffOf(agencyId, true).id }));
  for (const { title, daysFromNow } of DEMO_SESSIONS) {
    if (await em.count(JointVisitSession, { organizerAgencyId: COMMISSION, title })) continue;
    const startsAt = new Date(startOfDemoDay(daysFromNow));
    const input = { title, location: '蚌埠市社会治理综合服务中心', startsAt, endsAt: new Date(startsAt.getTime() + 3 * HOUR), participants } as ScheduleJointVisitSessionInput;
    await scheduleJointVisitSession(em, input, commissioner());
  }
}

/** 9:00 in China on a day counted from today. */
function startOfDemoDay(daysFromNow: number): number {
  const chinaMidnight = Math.floor((Date.now() + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
  return chinaMidnight + daysFromNow * DAY + 9 * HOUR;
}

/**
 * A demo petition received before the last session may have been heard at one: the first
 * eight are, each assigned there in one of four states (overdue after a reminder, in
 * progress, completed by lead and co-handler, just assigned), through the same services and
 * steps as any assignment, at the times they would have happened.
 */
export async function assignDemoPetition(em: EntityManager, petition: ReceivedPetition): Promise<void> {
  if (petition.receivingAgencyId !== PROCURATORATE) return;
  const sessions = await em.find(JointVisitSession, { organizerAgencyId: COMMISSION, title: { $in: DEMO_SESSIONS.map((session) => session.title) } }, { orderBy: { startsAt: 'asc' } });
  const [earlier, later] = sessions;
  if (!earlier || !later || petition.receivedAt >= earlier.startsAt) return;
  // Every demo decision names two agencies: two rows each.
  const decisions = Math.floor((await em.count(Assignment, { assignedByAgencyId: COMMISSION, sessionId: { $in: [earlier.id, later.id] } })) / 2);
  if (decisions >= DEMO_DECISIONS) return;
  const variant = decisions % 4;
  const session = variant === 0 || variant === 2 ? earlier : later;
  await linkPetition(em, session.id, petition.petitionId, 'TRACKING_NUMBER');
  const lead = variant === 1 ? POLICE : variant === 3 ? PROCURATORATE : COURT;
  const coHandler = variant === 1 || variant === 3 ? COURT : PROCURATORATE;
  const input = {
    petitionId: petition.petitionId, sessionId: session.id, assignedAt: new Date(session.startsAt.getTime() + HOUR),
    lead: { agencyId: lead, task: '查明事实，依法处理并答复信访人', workingDays: variant === 0 ? 5 : 10, needsPersonalData: false },
    coHandlers: [{ agencyId: coHandler, task: '配合调查，反馈本单位办理情况', workingDays: variant === 0 ? 10 : 15, needsPersonalData: false }],
  } as CreateAssignmentInput;
  const leadAssignment = await createAssignment(em, input, commissioner());
  const coAssignment = await em.findOneOrFail(Assignment, { decisionId: leadAssignment.decisionId, id: { $ne: leadAssignment.id } });
  const at = (hours: number) => new Date(Math.min(input.assignedAt!.getTime() + hours * HOUR, Date.now()));
  const step = (assignment: Assignment, action: AssignmentAction, by: Identity, note: string, hours: number) =>
    takeStep(em, ASSIGNMENT_WORKFLOW, { id: assignment.id, action, note, at: at(hours), actor: { ...by, via: ActorVia.API } });
  const assignee = (assignment: Assignment) => identityOf(staffOf(assignment.assigneeAgencyId, false));
  switch (variant) {
    case 0:
      await step(leadAssignment, AssignmentAction.REPORT_PROGRESS, assignee(leadAssignment), '已调取执行卷宗', 48);
      await step(leadAssignment, AssignmentAction.REMIND, commissioner(), '已超过办理期限，请于两日内报告办理结果', 24 * 14);
      return;
    case 1:
      await step(leadAssignment, AssignmentAction.REPORT_PROGRESS, assignee(leadAssignment), '已约谈信访人，正在核查报案材料', 24);
      return;
    case 2:
      await step(coAssignment, AssignmentAction.COMPLETE, assignee(coAssignment), '经审查未发现违法情形，已书面反馈', 24 * 4);
      await step(leadAssignment, AssignmentAction.COMPLETE, assignee(leadAssignment), '已恢复执行，信访人表示满意', 24 * 6);
      return;
    default:
  }
}
