import { randomUUID } from 'node:crypto';
import { AgencyTopics, ReferralUpdateReported, agencyTopic } from '@xinfang/kit';
import { AgencySystem } from './support/agency-system';
import { TopicListener, eventually } from './support/kafka-listener';
import { seedCity } from './support/seed';
import type { City } from './support/seed';

interface ReferralView {
  status: string;
  version: number;
  history: { action: string; actorAgency: { id: string }; via: string }[];
}

/**
 * A partner agency with a system of its own reports on a referral by producing to its own
 * `agency.<id>.referral-updates.v1`. Kafka delivers at least once; the assistance subgraph
 * applies each event once, takes the reporting agency from the topic (never from the
 * envelope), and parks what it cannot apply in that topic's dead-letter topic.
 */
describe('partner updates arriving through Kafka', () => {
  let city: City;
  let federation: AgencySystem;
  let civilAffairs: AgencySystem;
  let federationRefused: TopicListener;
  let civilAffairsRefused: TopicListener;

  const refusedOn = (agencyId: string) => TopicListener.start(`${agencyTopic(AgencyTopics.referralUpdates, agencyId).name}.dlq`);

  beforeAll(async () => {
    city = await seedCity();
    federation = await AgencySystem.connect(city.agencies.womensFederation.id);
    civilAffairs = await AgencySystem.connect(city.agencies.civilAffairs.id);
    federationRefused = await refusedOn(city.agencies.womensFederation.id);
    civilAffairsRefused = await refusedOn(city.agencies.civilAffairs.id);
  });

  afterAll(async () => {
    await Promise.all([federationRefused.stop(), civilAffairsRefused.stop(), federation.disconnect(), civilAffairs.disconnect()]);
  });

  const report = (system: AgencySystem, referralId: string, action: 'ACKNOWLEDGE' | 'ACCEPT', claimsAgency?: string) =>
    system.event(ReferralUpdateReported, referralId, { referralId, action, note: null, reportedBy: 'caseworker-7' }, claimsAgency);

  const referralsOf = async (assistanceCaseId: string) => {
    const { assistanceCase } = await city.handler.query<{ assistanceCase: { referrals: ReferralView[] } }>(
      `query($id: ID!) { assistanceCase(id: $id) { referrals { status version history { action actorAgency { id } via } } } }`,
      { id: assistanceCaseId },
    );
    return assistanceCase.referrals;
  };

  it('applies a redelivered event once, and dead-letters what it cannot apply with the reason', async () => {
    const petition = await city.reception.registerPetition();
    const assistanceCase = await city.handler.openAssistanceCase(petition.id);
    const referral = await city.handler.issueReferral(assistanceCase.id, city.agencies.womensFederation.id);

    const acknowledged = report(federation, referral.id, 'ACKNOWLEDGE');
    await federation.send(AgencyTopics.referralUpdates, acknowledged);
    await federation.send(AgencyTopics.referralUpdates, acknowledged); // the same event again, as Kafka may redeliver it
    await federation.sendRaw(AgencyTopics.referralUpdates, referral.id, '{"type":"ReferralUpdateReported","data":{}}'); // not a valid event
    await federation.send(AgencyTopics.referralUpdates, report(federation, referral.id, 'ACCEPT'));

    // Same key, same partition, in order: once ACCEPT is applied, everything before it was handled.
    const [final] = await eventually(() => referralsOf(assistanceCase.id), ([state]) => state?.status === 'ACCEPTED');
    expect(final?.version).toBe(3); // ISSUED → ACKNOWLEDGED → ACCEPTED, nothing twice

    const parked = await federationRefused.next((m) => m.key === referral.id);
    expect(parked.headers['dlq-reason']).toContain('does not match ReferralUpdateReported v1');
    expect(parked.headers['dlq-consumer-group']).toBe('assistance.referral-updates');
    // The duplicate was recognised by the inbox, not rejected as an illegal second acknowledgement.
    expect(federationRefused.all((m) => m.headers['event-id'] === acknowledged.id)).toEqual([]);
  });

  it("never applies an update as another agency's: the topic says who reports, not the envelope", async () => {
    const petition = await city.reception.registerPetition();
    const assistanceCase = await city.handler.openAssistanceCase(petition.id);
    const referral = await city.handler.issueReferral(assistanceCase.id, city.agencies.womensFederation.id);

    // Civil affairs' system claims to be the federation, on its own topic: it is civil affairs acting.
    const impostor = report(civilAffairs, referral.id, 'ACKNOWLEDGE', city.agencies.womensFederation.id);
    await civilAffairs.send(AgencyTopics.referralUpdates, impostor);
    const refused = await civilAffairsRefused.next((m) => m.headers['event-id'] === impostor.id);
    expect(refused.headers['dlq-reason']).toContain('Only the partner agency may acknowledge this referral');

    // The federation's system, whatever its envelope says, acts as the federation.
    await federation.send(AgencyTopics.referralUpdates, report(federation, referral.id, 'ACKNOWLEDGE', city.agencies.civilAffairs.id));
    const [state] = await eventually(() => referralsOf(assistanceCase.id), ([found]) => found?.status === 'ACKNOWLEDGED');
    expect(state?.history.map(({ action, actorAgency, via }) => ({ action, agency: actorAgency.id, via }))).toEqual([
      { action: 'ISSUE', agency: city.agencies.procuratorate.id, via: 'API' },
      { action: 'ACKNOWLEDGE', agency: city.agencies.womensFederation.id, via: 'KAFKA' },
    ]);
  });

  it('dead-letters an update about a referral it does not know', async () => {
    const unknown = report(federation, randomUUID(), 'ACKNOWLEDGE');
    await federation.send(AgencyTopics.referralUpdates, unknown);
    const parked = await federationRefused.next((m) => m.headers['event-id'] === unknown.id);
    expect(parked.headers['dlq-reason']).toMatch(/Referral .* was not found/);
  });
});
