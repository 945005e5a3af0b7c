import { Role } from '../identity/identity';
import { actorFromEvent, actorFromIdentity } from './actor';

describe('an actor', () => {
  it('is the verified caller, through the API', () => {
    const identity = { userId: 'u-1', name: '法官', agencyId: 'court-1', roles: [Role.HANDLER] };
    expect(actorFromIdentity(identity)).toEqual({ ...identity, via: 'API' });
  });

  it('is the agency a partner system\'s event comes from, through Kafka', () => {
    const source = { service: 'womens-federation-system', agencyId: 'womens-federation-1' };
    expect(actorFromEvent({ source }, { userId: 'caseworker-7', name: '王芳', roles: [Role.PARTNER] })).toEqual({
      userId: 'caseworker-7', name: '王芳', agencyId: 'womens-federation-1', roles: [Role.PARTNER], via: 'KAFKA',
    });
  });

  it('is named by its user id when the event gives no name', () => {
    expect(actorFromEvent({ source: { service: 'partner-system', agencyId: null } }, { userId: 'caseworker-7', roles: [] })).toMatchObject({
      name: 'caseworker-7', agencyId: 'partner-system',
    });
  });
});
