import { CLOCK_RULES, WorkingDayCalendar, addDays, dueDateOf, shanghaiDateOf, yearOf } from '@xinfang/kit';
import type { CalendarOverride } from '@xinfang/kit';
import { Partitioners } from 'kafkajs';
import { AgencyTopics, CalendarCorrected, ReferralUpdateReported, Topics, calendarEventKey, createEvent } from '@xinfang/kit';
import { AgencySystem } from './support/agency-system';
import { takenByEveryCopy } from './support/directory';
import { errorCodes, graphql } from './support/graphql-client';
import { testKafka } from './support/kafka-access';
import { eventually } from './support/kafka-listener';
import { seedCity, takeStepAs } from './support/seed';
import type { City } from './support/seed';

interface Deadline {
  rule: string;
  dueAt: string | null;
  status: string;
}

const CORRECT = `mutation($input: CorrectCalendarInput!) {
  correctCalendar(input: $input) { year revision corrections { date kind note setBy } days(kind: HOLIDAY) { date kind source } }
}`;
const REMOVE = `mutation($input: RemoveCalendarCorrectionsInput!) { removeCalendarCorrections(input: $input) { year corrections { date } } }`;
const YEAR = `query($year: Int!) { calendarYear(year: $year) { corrections { date kind note } } }`;

/**
 * The working-day calendar is China's official one, and an administrator corrects it through
 * the API (the next State Council notice needs no release). A correction reaches every
 * subgraph through Kafka and moves the open clocks counted in working days, such as a
 * referral's 5-working-day hand-over. Corrections are global to the platform, so this test
 * corrects only a day inside its own referral's window and takes the correction back.
 */
describe('the administrator\'s calendar corrections', () => {
  let city: City;
  const corrected = new Set<string>();

  beforeAll(async () => {
    city = await seedCity();
  });

  afterAll(async () => {
    if (corrected.size > 0) await graphql(REMOVE, { input: { dates: [...corrected], reason: 'test clean-up' } }, city.admin.token);
  });

  const issueReferral = async () => {
    const petition = await city.reception.registerPetition();
    const assistanceCase = await city.handler.openAssistanceCase(petition.id);
    return city.handler.issueReferral(assistanceCase.id, city.agencies.womensFederation.id);
  };

  /** A referral's deadlines as its partner sees them in its inbox. */
  const deadlinesOf = async (referralId: string): Promise<Deadline[]> => {
    const { referralsInbox } = await city.womensFederationStaff.query<{ referralsInbox: { edges: { node: { id: string; deadlines: Deadline[] } }[] } }>(
      `query { referralsInbox(first: 50) { edges { node { id deadlines { rule dueAt status } } } } }`,
    );
    return referralsInbox.edges.find(({ node }) => node.id === referralId)?.node.deadlines ?? [];
  };

  const handoverOf = async (referralId: string): Promise<Deadline> => {
    const deadlines = await deadlinesOf(referralId);
    expect(deadlines.map((deadline) => deadline.rule)).toEqual(['REFERRAL_HANDOVER']);
    return deadlines[0]!;
  };

  /** The calendar as the platform has it now: the package with whatever corrections the years hold. */
  const currentCalendar = async (years: number[]): Promise<WorkingDayCalendar> => {
    const corrections = await Promise.all(years.map(async (year) =>
      (await city.admin.query<{ calendarYear: { corrections: CalendarOverride[] } }>(YEAR, { year })).calendarYear.corrections));
    return new WorkingDayCalendar(corrections.flat());
  };

  it('gives a referral 5 working days for its hand-over, met by the partner\'s acknowledgement', async () => {
    const referral = await issueReferral();
    const handover = await handoverOf(referral.id);
    expect(handover.status).toBe('RUNNING');
    expect(new Date(handover.dueAt!).toISOString()).toMatch(/T15:59:59\.999Z$/); // the end of a China day

    await takeStepAs(city.womensFederationStaff, 'acknowledgeReferral', { id: referral.id });
    expect(await handoverOf(referral.id)).toMatchObject({ status: 'MET', dueAt: handover.dueAt });
  });

  it('is met just the same when the partner\'s own system answers through Kafka, and withdrawn by a revocation', async () => {
    const answered = await issueReferral();
    const system = await AgencySystem.connect(city.agencies.womensFederation.id);
    try {
      const data = { referralId: answered.id, action: 'ACCEPT' as const, note: null, reportedBy: 'caseworker-7' };
      await system.send(AgencyTopics.referralUpdates, system.event(ReferralUpdateReported, answered.id, data));
      await eventually(() => handoverOf(answered.id), (handover) => handover.status === 'MET');
    } finally {
      await system.disconnect();
    }

    const revoked = await issueReferral();
    await takeStepAs(city.handler, 'revokeReferral', { id: revoked.id, reason: 'Issued to the wrong partner.' });
    expect(await deadlinesOf(revoked.id)).toEqual([]);
  });

  it('moves a referral\'s hand-over one working day later when a working day in its window becomes a holiday, and back when that is taken back', async () => {
    const issuedAt = new Date();
    const referral = await issueReferral();
    const before = await handoverOf(referral.id);
    const start = shanghaiDateOf(issuedAt);
    const due = shanghaiDateOf(new Date(before.dueAt!));
    const calendar = await currentCalendar([...new Set([yearOf(start), yearOf(due)])]);
    expect(due).toBe(dueDateOf(CLOCK_RULES.REFERRAL_HANDOVER, issuedAt, calendar));

    // The first working day the hand-over counts, by the official calendar, becomes a holiday.
    let holiday = addDays(start, 1);
    while (!calendar.isWorkingDay(holiday)) holiday = addDays(holiday, 1);
    expect(holiday <= due).toBe(true);
    const oneWorkingDayLater = calendar.nextWorkingDayFrom(addDays(due, 1));

    corrected.add(holiday);
    const { correctCalendar } = await city.admin.query<{ correctCalendar: { year: number; revision: number; corrections: { date: string; kind: string; setBy: string }[]; days: { date: string; source: string }[] }[] }>(
      CORRECT,
      { input: { days: [{ date: holiday, kind: 'HOLIDAY', note: '测试: 临时休息日' }], reason: 'end-to-end test of calendar corrections' } },
    );
    expect(correctCalendar).toHaveLength(1);
    expect(correctCalendar[0]).toMatchObject({ year: yearOf(holiday) });
    expect(correctCalendar[0]!.revision).toBeGreaterThan(0);
    expect(correctCalendar[0]!.corrections).toContainEqual({ date: holiday, kind: 'HOLIDAY', note: '测试: 临时休息日', setBy: city.admin.identity.userId });
    expect(correctCalendar[0]!.days).toContainEqual({ date: holiday, kind: 'HOLIDAY', source: 'CORRECTION' });
    // Working days move every open deadline: the correction is in the audit log, by field name and reason.
    const { auditLog } = await city.admin.query<{ auditLog: { agencies: { edges: { node: { operation: string; subjectId: string; fields: string[]; purpose: string } }[] } } }>(
      `query($filter: AuditLogFilter) { auditLog(filter: $filter) { agencies(first: 5) { edges { node { operation subjectId fields purpose } } } } }`,
      { filter: { subjectType: 'CalendarYear', actorId: city.admin.identity.userId } },
    );
    expect(auditLog.agencies.edges.map(({ node }) => node)).toContainEqual({
      operation: 'CHANGE', subjectId: String(yearOf(holiday)), fields: ['days'], purpose: 'end-to-end test of calendar corrections',
    });

    const moved = await eventually(() => handoverOf(referral.id), (handover) => handover.dueAt !== before.dueAt);
    expect(shanghaiDateOf(new Date(moved.dueAt!))).toBe(oneWorkingDayLater);
    expect(moved.status).toBe('RUNNING');

    await city.admin.query(REMOVE, { input: { dates: [holiday], reason: 'end-to-end test: taken back' } });
    corrected.delete(holiday);
    const back = await eventually(() => handoverOf(referral.id), (handover) => handover.dueAt === before.dueAt);
    expect(back.status).toBe('RUNNING');

    // The correction's event again, as a replay would bring it: older than the removal, it changes nothing.
    const { year, revision } = correctCalendar[0]!;
    const stale = createEvent(CalendarCorrected, calendarEventKey(year), {
      year, revision, corrections: [{ date: holiday, kind: 'HOLIDAY', note: null }], reason: 'replayed', changedBy: 'test-admin', changedAt: issuedAt.toISOString(),
    }, { service: 'agencies', agencyId: null });
    const producer = testKafka('calendar-replay')
      .producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic: Topics.directory.name, messages: [{ key: stale.subject, value: JSON.stringify(stale), headers: { 'event-id': stale.id } }] });
    await producer.disconnect();
    await takenByEveryCopy(stale.id);
    expect((await handoverOf(referral.id)).dueAt).toBe(before.dueAt);
  });

  it('are for administrators, and a malformed or impossible date is refused naming the field', async () => {
    const input = (date: string) => ({ input: { days: [{ date, kind: 'HOLIDAY' }], reason: 'test' } });
    expect(await errorCodes(CORRECT, input('2030-05-06'), city.handler.token)).toEqual(['FORBIDDEN']);
    expect(await errorCodes(REMOVE, { input: { dates: ['2030-05-06'], reason: 'test' } }, city.womensFederationStaff.token)).toEqual(['FORBIDDEN']);
    expect(await errorCodes(CORRECT, input('2030-05-06'))).toEqual(['UNAUTHENTICATED']);

    for (const date of ['2030/05/06', '2030-02-30', 'next friday']) {
      const { errors } = await graphql(CORRECT, input(date), city.admin.token);
      expect(errors?.map((error) => ({ code: error.extensions?.code, field: error.extensions?.field }))).toEqual([{ code: 'BAD_USER_INPUT', field: 'days.0.date' }]);
    }
    const twice = { input: { days: [{ date: '2030-05-06', kind: 'HOLIDAY' }, { date: '2030-05-06', kind: 'WORKING_DAY' }], reason: 'test' } };
    expect((await graphql(CORRECT, twice, city.admin.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days.1.date' });
    // Nothing refused was stored.
    expect((await city.admin.query<{ calendarYear: { corrections: unknown[] } }>(YEAR, { year: 2030 })).calendarYear.corrections).toEqual([]);
  });
});
