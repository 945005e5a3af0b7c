import { AgencyTopics, agencyOfTopic, agencyTopic, agencyTopicSpecOf, allTopicsOfAgency } from './agency-topics';
import { ReferralIssued, ReferralUpdateReported } from './referral-events';
import { topicOfEvent } from '../contract';

describe("an agency's own topics", () => {
  it('share one prefix per agency, so one prefixed ACL covers them', () => {
    const names = allTopicsOfAgency('bengbu-womens-federation').map((topic) => topic.name);
    expect(names).toEqual([
      'agency.bengbu-womens-federation.referrals.v1',
      'agency.bengbu-womens-federation.referral-updates.v1',
      'agency.bengbu-womens-federation.referral-updates.v1.dlq',
      'agency.bengbu-womens-federation.assignments.v1',
      'agency.bengbu-womens-federation.assignment-updates.v1',
      'agency.bengbu-womens-federation.assignment-updates.v1.dlq',
      'agency.bengbu-womens-federation.petition-transfers.v1',
    ]);
  });

  it('name their agency, and only for their own family', () => {
    const topic = agencyTopic(AgencyTopics.referralUpdates, 'bengbu-civil-affairs').name;
    expect(agencyOfTopic(AgencyTopics.referralUpdates, topic)).toBe('bengbu-civil-affairs');
    expect(agencyOfTopic(AgencyTopics.assignmentUpdates, topic)).toBeNull();
    expect(agencyOfTopic(AgencyTopics.referralUpdates, 'assistance.referral-updates.v1')).toBeNull();
    expect(agencyOfTopic(AgencyTopics.referralUpdates, 'agency.a.b.referral-updates.v1')).toBeNull();
    expect(agencyTopicSpecOf('agency.bengbu-court.assignments.v1')).toEqual({ name: 'agency.bengbu-court.assignments.v1', partitions: AgencyTopics.assignments.partitions });
    expect(agencyTopicSpecOf('petitions.events.v1')).toBeNull();
  });

  it('carry an event to the agency it is addressed to', () => {
    const data = { partnerAgencyId: 'bengbu-disabled-federation' } as never;
    expect(topicOfEvent(ReferralIssued, { type: ReferralIssued.type, data })).toBe('agency.bengbu-disabled-federation.referrals.v1');
    // The platform never writes an agency's answers: only the agency's own system does.
    expect(() => topicOfEvent(ReferralUpdateReported, { type: ReferralUpdateReported.type, data })).toThrow(/written by the agency itself/);
  });
});
