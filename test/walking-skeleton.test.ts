import { AgencyTopics, agencyTopic, compileEventJsonSchema } from '@xinfang/kit';
import { readPublishedEventSchema } from '@xinfang/schemas';
import { TopicListener } from './support/kafka-listener';
import { seedCity } from './support/seed';
import type { City } from './support/seed';

/**
 * The first cross-agency hand-off, end to end through the gateway against real PostgreSQL
 * and Kafka: a widow's petition becomes an assistance case, the case is referred to the
 * women's federation, the federation's own Kafka consumer receives it, acknowledges it, and
 * the procuratorate sees where the matter stands across every agency in one query.
 */
describe('a referral travels from the procuratorate to the women\'s federation and back', () => {
  let city: City;
  let federationInbox: TopicListener;
  let civilAffairsInbox: TopicListener;

  /** A partner reads its own topic, in a group under its own prefix, as its broker ACL would allow. */
  const inboxOf = (agencyId: string) => TopicListener.start(agencyTopic(AgencyTopics.referrals, agencyId).name, `agency.${agencyId}.referrals-${Date.now()}`);

  beforeAll(async () => {
    city = await seedCity();
    federationInbox = await inboxOf(city.agencies.womensFederation.id);
    civilAffairsInbox = await inboxOf(city.agencies.civilAffairs.id);
  });

  afterAll(async () => {
    await federationInbox.stop();
    await civilAffairsInbox.stop();
  });

  it('registers, refers through Kafka, is acknowledged, and shows up in one federated query', async () => {
    const petition = await city.reception.registerPetition();
    const assistanceCase = await city.handler.openAssistanceCase(petition.id);
    const referral = await city.handler.issueReferral(assistanceCase.id, city.agencies.womensFederation.id);
    expect(referral.status).toBe('ISSUED');

    const received = await federationInbox.next((message) => message.event.subject === referral.id);
    expect(received.key).toBe(referral.id);
    expect(received.event).toMatchObject({
      type: 'ReferralIssued',
      version: 1,
      source: { service: 'assistance', agencyId: city.agencies.procuratorate.id },
      data: { referralId: referral.id, petitionId: petition.id, partnerAgencyId: city.agencies.womensFederation.id, helpNeeded: 'PSYCHOLOGICAL_COUNSELLING' },
    });

    // What a partner receives is what the published contract (schemas/events/) promises.
    const validate = compileEventJsonSchema(await readPublishedEventSchema('ReferralIssued', 1));
    expect({ valid: validate(received.event), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });

    // Another partner's system reads only its own topic: the federation's referral is not there.
    const toCivilAffairs = await city.handler.issueReferral(assistanceCase.id, city.agencies.civilAffairs.id);
    await civilAffairsInbox.next((message) => message.event.subject === toCivilAffairs.id);
    expect(civilAffairsInbox.all((message) => message.event.subject === referral.id)).toEqual([]);
    expect(civilAffairsInbox.all((message) => message.event.data.partnerAgencyId !== city.agencies.civilAffairs.id)).toEqual([]);
    expect(federationInbox.all((message) => message.event.subject === toCivilAffairs.id)).toEqual([]);

    const acknowledged = await city.womensFederationStaff.acknowledgeReferral(received.event.data.referralId as string);
    expect(acknowledged.status).toBe('ACKNOWLEDGED');

    const { petition: whereItStands } = await city.handler.query<{ petition: unknown }>(
      `query($id: ID!) {
        petition(id: $id) {
          trackingNumber
          status
          receivingAgency { name }
          assistanceCases { referrals { status partner { name } } }
          jointVisitAssignments { id status }
        }
      }`,
      { id: petition.id },
    );
    expect(whereItStands).toEqual({
      trackingNumber: petition.trackingNumber,
      status: 'REGISTERED',
      receivingAgency: { name: city.agencies.procuratorate.name },
      assistanceCases: [{ referrals: [
        { status: 'ACKNOWLEDGED', partner: { name: city.agencies.womensFederation.name } },
        { status: 'ISSUED', partner: { name: city.agencies.civilAffairs.name } },
      ] }],
      jointVisitAssignments: [],
    });
  });
});
