import { setTimeout as sleep } from 'node:timers/promises';
import { Topics } from '@xinfang/kit';
import { TopicListener } from './support/kafka-listener';
import { seedCity } from './support/seed';
import type { City } from './support/seed';

const DAY_MS = 24 * 3600_000;

interface Deadline {
  rule: string;
  title: string;
  dueAt: string | null;
  status: string;
}

/** The end of a China day (UTC+8 all year): what every deadline's instant must look like. */
const endOfChinaDay = (iso: string) => new Date(iso).toISOString().endsWith('T15:59:59.999Z');

/**
 * 件件有回复: every petition owes a procedural reply within 7 days and a result within 3
 * months, as stored clocks counted in China days; a clock that falls due soon or passes
 * unmet is announced on `clocks.deadlines.v1`, once.
 */
describe('a petition\'s deadlines', () => {
  let city: City;
  let deadlines: TopicListener;

  beforeAll(async () => {
    city = await seedCity();
    deadlines = await TopicListener.start(Topics.deadlines.name);
  });

  afterAll(async () => {
    await deadlines.stop();
  });

  const deadlinesOf = async (id: string) =>
    (await city.handler.query<{ petition: { proceduralReplyDueAt: string; resultDueAt: string; deadlines: Deadline[] } }>(
      `query($id: ID!) { petition(id: $id) { proceduralReplyDueAt resultDueAt deadlines { rule title dueAt status } } }`,
      { id },
    )).petition;

  it('are stored clocks that end at midnight China time, and one about to fall due is announced once', async () => {
    const petition = await city.reception.registerPetition({ receivedAt: new Date(Date.now() - 5 * DAY_MS) });
    const view = await deadlinesOf(petition.id);
    expect(view.deadlines.map(({ rule, status }) => ({ rule, status }))).toEqual([
      { rule: 'PROCEDURAL_REPLY', status: 'DUE_SOON' },
      { rule: 'REGISTRATION_NOTICE', status: 'RUNNING' },
      { rule: 'HANDLING_RESULT', status: 'RUNNING' },
    ]);
    expect(view.deadlines.every((deadline) => deadline.dueAt !== null && endOfChinaDay(deadline.dueAt))).toBe(true);
    expect(view.proceduralReplyDueAt).toBe(view.deadlines[0]?.dueAt);
    expect(view.resultDueAt).toBe(view.deadlines[2]?.dueAt);

    const announced = await deadlines.next((message) => message.event.subject === petition.id);
    expect(announced.event).toMatchObject({
      type: 'DeadlineApproaching',
      source: { service: 'petitions', agencyId: city.agencies.procuratorate.id },
      data: { rule: 'PROCEDURAL_REPLY', subjectType: 'Petition', subjectId: petition.id, dueAt: view.proceduralReplyDueAt },
    });
    await sleep(3_000); // several scans later, still once
    expect(deadlines.all((message) => message.event.subject === petition.id)).toHaveLength(1);
  });

  it('announce a missed reply once, and the petitioner sees the due dates', async () => {
    const petition = await city.reception.registerPetition({ receivedAt: new Date(Date.now() - 30 * DAY_MS) });
    const view = await deadlinesOf(petition.id);
    expect(view.deadlines.map((deadline) => deadline.status)).toEqual(['MISSED', 'MISSED', 'RUNNING']);

    const missed = await deadlines.next((message) => message.event.subject === petition.id && message.event.data.rule === 'PROCEDURAL_REPLY');
    expect(missed.event).toMatchObject({ type: 'DeadlineMissed', data: { agencyId: city.agencies.procuratorate.id } });
    await sleep(3_000);
    // Each missed deadline once: the 7-day reply and the Regulations' 15-day notice.
    expect(deadlines.all((message) => message.event.subject === petition.id).map((message) => `${message.event.type}:${message.event.data.rule}`).sort())
      .toEqual(['DeadlineMissed:PROCEDURAL_REPLY', 'DeadlineMissed:REGISTRATION_NOTICE']);

    const { petitionByTrackingNumber: progress } = await city.reception.query<{ petitionByTrackingNumber: { proceduralReplyDueAt: string; resultDueAt: string } }>(
      `query($t: String!, $c: String!) { petitionByTrackingNumber(trackingNumber: $t, accessCode: $c) { proceduralReplyDueAt resultDueAt } }`,
      { t: petition.trackingNumber, c: petition.accessCode },
    );
    expect(progress).toEqual({ proceduralReplyDueAt: view.proceduralReplyDueAt, resultDueAt: view.resultDueAt });
  });
});
