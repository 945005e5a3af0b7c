import { registerEnumType } from 'type-graphql';
import type { Identity, Role } from '../identity/identity';

/** How an actor reached the platform: its API (a person, verified token) or Kafka (a partner agency's own system). */
export const ActorVia = { API: 'API', KAFKA: 'KAFKA' } as const;
export type ActorVia = (typeof ActorVia)[keyof typeof ActorVia];

/**
 * Whoever takes a step on a matter, whether a person calling the API or a partner agency's
 * system reporting through Kafka: every rule and every history entry sees the same shape.
 */
export interface Actor {
  userId: string;
  name: string;
  /** The agency acted for; which side of a matter the actor is on is decided by it. */
  agencyId: string;
  roles: readonly Role[];
  via: ActorVia;
}

/** A caller of the API, as its verified token says. */
export function actorFromIdentity(identity: Identity): Actor {
  return { userId: identity.userId, name: identity.name, agencyId: identity.agencyId, roles: [...identity.roles], via: ActorVia.API };
}

/**
 * An agency's own system reporting through Kafka. It acts for the agency whose own topic the
 * event arrived on (only that agency may write it), never for whatever the envelope claims;
 * who at the agency did it is what the event says, with the roles the consumer grants that
 * agency's system.
 */
export function actorFromAgencyTopic(delivery: { topic: string; fromAgencyId: string | null }, who: { userId: string; name?: string | null; roles: readonly Role[] }): Actor {
  if (!delivery.fromAgencyId) throw new Error(`${delivery.topic} is not an agency's own topic, so it cannot say who acts`);
  return {
    userId: who.userId,
    name: who.name?.trim() || who.userId,
    agencyId: delivery.fromAgencyId,
    roles: [...who.roles],
    via: ActorVia.KAFKA,
  };
}

registerEnumType(ActorVia, { name: 'ActorVia', description: 'How the actor reached the platform: its API, or Kafka from a partner agency\'s own system.' });
