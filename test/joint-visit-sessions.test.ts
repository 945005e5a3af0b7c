import { Role } from '@xinfang/kit';
import { errorCodes } from './support/graphql-client';
import { eventually } from './support/kafka-listener';
import { madeUpIdNumber, withWrongCheckDigit } from './support/personal-data';
import { addAgency, registerStaffMember, seedCity } from './support/seed';
import type { Actor, City, SeededAgency } from './support/seed';

const SCHEDULE = `mutation($input: ScheduleJointVisitSessionInput!) { scheduleJointVisitSession(input: $input) { id participants { agency { id } onDutyLeader { id name } } } }`;
const SESSION = `query($id: ID!) { jointVisitSession(id: $id) { id title receivedPetitions { id trackingNumber channel } } }`;

interface SessionView {
  id: string;
  title: string;
  receivedPetitions: { id: string; trackingNumber: string; channel: string }[];
}

/**
 * 联合接访: the commission schedules a session with the court, the police and the
 * procuratorate, each with its leader on duty; those agencies see it and nobody else does;
 * petitioners received there are linked to their petitions, old and new.
 */
describe('joint-visit sessions', () => {
  let city: City;
  let police: SeededAgency;
  let leaders: Record<'court' | 'police' | 'procuratorate', Actor>;
  let policeStaff: Actor;

  beforeAll(async () => {
    city = await seedCity();
    police = await addAgency(city, { key: 'police', name: '测试市公安局', englishName: 'Test City Public Security Bureau', type: 'POLICE' });
    leaders = {
      court: await registerStaffMember(city.agencies.court, { key: 'duty-leader', name: '王副院长', department: '立案庭', roles: [Role.LEADER], title: '副院长' }),
      police: await registerStaffMember(police, { key: 'duty-leader', name: '赵副局长', department: '信访科', roles: [Role.LEADER], title: '副局长' }),
      procuratorate: await registerStaffMember(city.agencies.procuratorate, { key: 'duty-leader', name: '陈副检察长', department: '控告申诉检察部', roles: [Role.LEADER], title: '副检察长' }),
    };
    policeStaff = leaders.police;
  });

  const startsAt = new Date(Date.now() + 2 * 24 * 3600_000);
  const input = (participants: { agencyId: string; onDutyLeaderId: string }[]) => ({
    title: '矛盾纠纷联合接访', location: '市社会治理综合服务中心', startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3600_000), participants,
  });
  const everyone = () => [
    { agencyId: city.agencies.court.id, onDutyLeaderId: leaders.court.identity.userId },
    { agencyId: police.id, onDutyLeaderId: leaders.police.identity.userId },
    { agencyId: city.agencies.procuratorate.id, onDutyLeaderId: leaders.procuratorate.identity.userId },
  ];

  it('refuses an unknown agency, and a leader on duty who is not of the agency, and schedules nothing', async () => {
    const unknown = [...everyone(), { agencyId: 'no-such-agency', onDutyLeaderId: leaders.court.identity.userId }];
    expect(await errorCodes(SCHEDULE, { input: input(unknown) }, city.commissionStaff.token)).toEqual(['BAD_USER_INPUT']);
    const wrongLeader = [{ agencyId: city.agencies.court.id, onDutyLeaderId: leaders.police.identity.userId }];
    expect(await errorCodes(SCHEDULE, { input: input(wrongLeader) }, city.commissionStaff.token)).toEqual(['BAD_USER_INPUT']);
    const { jointVisitSessions } = await city.commissionStaff.query<{ jointVisitSessions: { organizer: { id: string } }[] }>(
      `query($from: DateTimeISO!, $to: DateTimeISO!) { jointVisitSessions(from: $from, to: $to) { id organizer { id } } }`,
      { from: new Date(startsAt.getTime() - 3600_000), to: new Date(startsAt.getTime() + 24 * 3600_000) },
    );
    expect(jointVisitSessions.filter((session) => session.organizer.id === city.agencies.commission.id)).toEqual([]);
  });

  it('is seen by the commission and the participating agencies, and by no one else', async () => {
    const { scheduleJointVisitSession: session } = await city.commissionStaff.query<{ scheduleJointVisitSession: { id: string; participants: { agency: { id: string }; onDutyLeader: { id: string; name: string } }[] } }>(
      SCHEDULE, { input: input(everyone()) },
    );
    expect(session.participants).toEqual([
      { agency: { id: city.agencies.court.id }, onDutyLeader: { id: leaders.court.identity.userId, name: '王副院长' } },
      { agency: { id: police.id }, onDutyLeader: { id: leaders.police.identity.userId, name: '赵副局长' } },
      { agency: { id: city.agencies.procuratorate.id }, onDutyLeader: { id: leaders.procuratorate.identity.userId, name: '陈副检察长' } },
    ]);
    const listed = async (actor: Actor) => (await actor.query<{ jointVisitSessions: { id: string }[] }>(
      `query($from: DateTimeISO!, $to: DateTimeISO!) { jointVisitSessions(from: $from, to: $to) { id } }`,
      { from: startsAt, to: new Date(startsAt.getTime() + 3600_000) },
    )).jointVisitSessions.map((listedSession) => listedSession.id);

    for (const actor of [city.commissionStaff, city.courtStaff, policeStaff, city.handler]) {
      expect(await listed(actor)).toContain(session.id);
      expect((await actor.query<{ jointVisitSession: SessionView }>(SESSION, { id: session.id })).jointVisitSession.id).toBe(session.id);
    }
    for (const actor of [city.outsider, city.womensFederationStaff]) {
      expect(await listed(actor)).not.toContain(session.id);
      expect(await errorCodes(SESSION, { id: session.id }, actor.token)).toEqual(['NOT_FOUND']);
    }
  });

  it('finds a returning petitioner\'s petitions by the ID number they show, and nobody else\'s', async () => {
    const { scheduleJointVisitSession: session } = await city.commissionStaff.query<{ scheduleJointVisitSession: { id: string } }>(SCHEDULE, { input: input(everyone()) });
    const idNumber = madeUpIdNumber();
    const person = { name: '周桂芳', idNumber };
    const first = await city.reception.registerPetition({ petitioners: [person], summary: 'Complains a fraud report was never filed.' });
    const second = await city.reception.registerPetition({ petitioners: [person], summary: 'Asks again why the fraud report was never filed.', newFacts: true });
    await city.reception.registerPetition({ petitioners: [{ name: '别人', idNumber: madeUpIdNumber() }], summary: 'Someone else\'s matter entirely.' });

    const receive = `mutation($id: ID!, $n: String!) { receivePetitionerAtSession(sessionId: $id, idNumber: $n) { id } }`;
    expect(await errorCodes(receive, { id: session.id, n: withWrongCheckDigit(idNumber) }, city.courtStaff.token)).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(receive, { id: session.id, n: idNumber }, city.outsider.token)).toEqual(['NOT_FOUND']);
    // Known once petitions.events.v1 has told joint visits of both petitions.
    await eventually(async () => {
      // NOT_FOUND until the first arrives; linking again changes nothing.
      await errorCodes(receive, { id: session.id, n: idNumber }, city.courtStaff.token);
      return (await city.handler.query<{ jointVisitSession: SessionView }>(SESSION, { id: session.id })).jointVisitSession.receivedPetitions;
    }, (petitions) => petitions.length === 2);
    const received = (await city.handler.query<{ jointVisitSession: SessionView }>(SESSION, { id: session.id })).jointVisitSession.receivedPetitions;
    expect(received.map((petition) => petition.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('links a petitioner\'s existing petition by tracking number, and a petition registered at the session', async () => {
    const { scheduleJointVisitSession: session } = await city.commissionStaff.query<{ scheduleJointVisitSession: { id: string } }>(SCHEDULE, { input: input(everyone()) });
    const earlier = await city.reception.registerPetition({ summary: 'Complains the police never answered a report of fraud.' });
    const atSession = await city.reception.registerPetition({ channel: 'JOINT_VISIT', jointVisitSessionId: session.id, summary: 'Asks the court why a judgment is not enforced.' });

    const receive = `mutation($id: ID!, $t: String!) { receivePetitionAtSession(sessionId: $id, trackingNumber: $t) { id } }`;
    expect(await errorCodes(receive, { id: session.id, t: 'XF-NO-SUCH-NUMBER' }, city.commissionStaff.token)).toEqual(['NOT_FOUND']);
    expect(await errorCodes(receive, { id: session.id, t: earlier.trackingNumber }, city.outsider.token)).toEqual(['NOT_FOUND']);
    // The tracking number is known once petitions.events.v1 has told joint visits of it.
    await eventually(async () => errorCodes(receive, { id: session.id, t: earlier.trackingNumber }, city.courtStaff.token), (codes) => codes.length === 0);

    const received = await eventually(
      async () => (await city.handler.query<{ jointVisitSession: SessionView }>(SESSION, { id: session.id })).jointVisitSession.receivedPetitions,
      (petitions) => petitions.length === 2,
    );
    expect(received.map((petition) => petition.id).sort()).toEqual([earlier.id, atSession.id].sort());
    expect(received.find((petition) => petition.id === atSession.id)?.channel).toBe('JOINT_VISIT');

    const wrongChannel = `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { accessCode } }`;
    expect(await errorCodes(wrongChannel, { input: { channel: 'LETTER', category: 'REQUEST', petitionerName: '张三', summary: 'x', request: 'y', jointVisitSessionId: session.id } }, city.reception.token)).toEqual(['BAD_USER_INPUT']);
  });
});
