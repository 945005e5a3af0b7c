import { registerEnumType } from 'type-graphql';
import type { EventEnvelope } from '../events/envelope';
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
 * A partner agency's system reporting through Kafka. It acts for the agency the event comes
 * from (its source); who at the agency did it is what the event says, with the roles the
 * consumer grants that agency's system.
 */
export function actorFromEvent(event: Pick<EventEnvelope, 'source'>, who: { userId: string; name?: string | null; roles: readonly Role[] }): Actor {
  return {
    userId: who.userId,
    name: who.name?.trim() || who.userId,
    agencyId: event.source.agencyId ?? event.source.service,
    roles: [...who.roles],
    via: ActorVia.KAFKA,
  };
}

registerEnumType(ActorVia, { name: 'ActorVia', description: 'How the actor reached the platform: its API, or Kafka from a partner agency\'s own system.' });
