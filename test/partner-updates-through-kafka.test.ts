import { randomUUID } from 'node:crypto';
import { Kafka, Partitioners, logLevel } from 'kafkajs';
import type { Producer } from 'kafkajs';
import { ReferralUpdateReported, Topics, createEvent } from '@xinfang/kit';
import type { EventEnvelope } from '@xinfang/kit';
import { TopicListener, eventually } from './support/kafka-listener';
import { seedCity } from './support/seed';
import type { City } from './support/seed';
import { testEnv } from './support/test-env';

/**
 * A partner agency with a system of its own reports on a referral by producing to
 * `assistance.referral-updates.v1`. Kafka delivers at least once; the assistance subgraph
 * applies each event once, and parks what it cannot apply in the dead-letter topic.
 */
describe('partner updates arriving through Kafka', () => {
  let city: City;
  let producer: Producer;
  let deadLetters: TopicListener;

  beforeAll(async () => {
    city = await seedCity();
    producer = new Kafka({ clientId: 'womens-federation-system', brokers: testEnv.kafkaBrokers, logLevel: logLevel.NOTHING })
      .producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    deadLetters = await TopicListener.start(`${Topics.referralUpdates.name}.dlq`);
  });

  afterAll(async () => {
    await deadLetters.stop();
    await producer.disconnect();
  });

  const report = (referralId: string, action: 'ACKNOWLEDGE' | 'ACCEPT', agencyId = city.agencies.womensFederation.id) =>
    createEvent(ReferralUpdateReported, referralId, { referralId, action, note: null, reportedBy: 'federation-caseworker-7' }, { service: 'womens-federation-system', agencyId });

  const publish = (key: string, value: string, eventId: string) =>
    producer.send({ topic: Topics.referralUpdates.name, messages: [{ key, value, headers: { 'event-id': eventId } }] });

  const send = (event: EventEnvelope) => publish(event.subject, JSON.stringify(event), event.id);

  const referralsOf = async (assistanceCaseId: string) => {
    const { assistanceCase } = await city.handler.query<{ assistanceCase: { referrals: { status: string; version: number }[] } }>(
      `query($id: ID!) { assistanceCase(id: $id) { referrals { status version } } }`,
      { id: assistanceCaseId },
    );
    return assistanceCase.referrals;
  };

  it('applies a redelivered event once, and dead-letters what it cannot apply with the reason', async () => {
    const petition = await city.reception.registerPetition();
    const assistanceCase = await city.handler.openAssistanceCase(petition.id);
    const referral = await city.handler.issueReferral(assistanceCase.id, city.agencies.womensFederation.id);

    const acknowledged = report(referral.id, 'ACKNOWLEDGE');
    await send(acknowledged);
    await send(acknowledged); // the same event again, as Kafka may redeliver it
    await send(report(referral.id, 'ACCEPT', city.agencies.civilAffairs.id)); // not this agency's referral
    await publish(referral.id, '{"type":"ReferralUpdateReported","data":{}}', randomUUID()); // not a valid event
    await send(report(referral.id, 'ACCEPT'));

    // Same key, same partition, in order: once ACCEPT is applied, everything before it was handled.
    const [final] = await eventually(() => referralsOf(assistanceCase.id), ([state]) => state?.status === 'ACCEPTED');
    expect(final?.version).toBe(3); // ISSUED → ACKNOWLEDGED → ACCEPTED, nothing twice

    const parked = await eventually(async () => deadLetters.all((m) => m.key === referral.id), (found) => found.length >= 2);
    expect(parked.map((m) => m.headers['dlq-reason'])).toEqual([
      expect.stringContaining('Only the partner agency may accept this referral'),
      expect.stringContaining('does not match ReferralUpdateReported v1'),
    ]);
    expect(parked.every((m) => m.headers['dlq-consumer-group'] === 'assistance.referral-updates')).toBe(true);
    // The duplicate was recognised by the inbox, not rejected as an illegal second acknowledgement.
    expect(deadLetters.all((m) => m.headers['event-id'] === acknowledged.id)).toEqual([]);
  });

  it('dead-letters an update about a referral it does not know', async () => {
    const unknown = report(randomUUID(), 'ACKNOWLEDGE');
    await send(unknown);
    const parked = await deadLetters.next((m) => m.headers['event-id'] === unknown.id);
    expect(parked.headers['dlq-reason']).toMatch(/Referral .* was not found/);
  });
});
