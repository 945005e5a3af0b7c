import { AgencyTopics } from '../events/contracts/agency-topics';
import { Topics } from '../events/contracts/topics';
import { agencyAcls, subgraphAcls, toKafkaAcls } from './kafka-acls';

describe('Kafka ACLs', () => {
  it('give an agency read on its own prefix and write on its own answer topics only', () => {
    expect(agencyAcls('bengbu-civil-affairs')).toEqual([
      { principal: 'agency.bengbu-civil-affairs', resource: 'TOPIC', pattern: 'PREFIXED', name: 'agency.bengbu-civil-affairs.', operations: ['READ', 'DESCRIBE'] },
      { principal: 'agency.bengbu-civil-affairs', resource: 'GROUP', pattern: 'PREFIXED', name: 'agency.bengbu-civil-affairs.', operations: ['READ', 'DESCRIBE'] },
      { principal: 'agency.bengbu-civil-affairs', resource: 'TOPIC', pattern: 'LITERAL', name: 'agency.bengbu-civil-affairs.referral-updates.v1', operations: ['WRITE'] },
      { principal: 'agency.bengbu-civil-affairs', resource: 'TOPIC', pattern: 'LITERAL', name: 'agency.bengbu-civil-affairs.assignment-updates.v1', operations: ['WRITE'] },
    ]);
  });

  it('give a subgraph its declared topics, their dead-letter topics and its own groups', () => {
    const rules = subgraphAcls({
      name: 'assistance', produces: [Topics.assistanceCases],
      consumers: [{ groupId: 'assistance.petitions', topics: [Topics.petitionEvents], handlers: [] }, { groupId: 'assistance.referral-updates', fromEveryAgency: AgencyTopics.referralUpdates, handlers: [] }],
    } as never, { writesAgencyTopics: true });
    expect(rules.map((rule) => `${rule.pattern} ${rule.resource} ${rule.name} ${rule.operations.join(',')}`)).toEqual([
      'LITERAL TOPIC assistance.cases.v1 WRITE,CREATE,DESCRIBE',
      'LITERAL TOPIC petitions.events.v1 READ,CREATE,DESCRIBE',
      'LITERAL TOPIC petitions.events.v1.dlq WRITE,CREATE,DESCRIBE',
      'PREFIXED TOPIC agency. CREATE,DESCRIBE,WRITE,READ',
      'PREFIXED GROUP assistance. READ,DESCRIBE',
    ]);
    expect(toKafkaAcls(rules)).toHaveLength(15); // one entry per operation
  });

  it('refuse a consumer group outside the subgraph\'s prefix, which its ACLs would not let it join', () => {
    expect(() => subgraphAcls({ name: 'petitions', consumers: [{ groupId: 'assistance.x', topics: [], handlers: [] }] } as never, { writesAgencyTopics: false }))
      .toThrow('consumer group assistance.x is not under its subgraph\'s prefix petitions.');
  });
});
