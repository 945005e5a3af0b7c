import { Role } from '../identity/identity';
import { actorFromAgencyTopic, actorFromIdentity } from './actor';

describe('an actor', () => {
  it('is the verified caller, through the API', () => {
    const identity = { userId: 'u-1', name: '法官', agencyId: 'court-1', roles: [Role.HANDLER] };
    expect(actorFromIdentity(identity)).toEqual({ ...identity, via: 'API' });
  });

  it("is the agency whose own topic a partner system's event arrived on, through Kafka", () => {
    const delivery = { topic: 'agency.womens-federation-1.referral-updates.v1', fromAgencyId: 'womens-federation-1' };
    expect(actorFromAgencyTopic(delivery, { userId: 'caseworker-7', name: '王芳', roles: [Role.PARTNER] })).toEqual({
      userId: 'caseworker-7', name: '王芳', agencyId: 'womens-federation-1', roles: [Role.PARTNER], via: 'KAFKA',
    });
  });

  it('is named by its user id when the event gives no name', () => {
    expect(actorFromAgencyTopic({ topic: 'agency.a-1.referral-updates.v1', fromAgencyId: 'a-1' }, { userId: 'caseworker-7', roles: [] })).toMatchObject({
      name: 'caseworker-7', agencyId: 'a-1',
    });
  });

  it('is nobody on a topic that belongs to no agency', () => {
    expect(() => actorFromAgencyTopic({ topic: 'petitions.events.v1', fromAgencyId: null }, { userId: 'x', roles: [] })).toThrow(/not an agency's own topic/);
  });
});
