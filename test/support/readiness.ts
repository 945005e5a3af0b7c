import { eventually } from './kafka-listener';

export interface Readiness {
  status: number;
  checks: { database?: boolean; kafka?: boolean } & Record<string, unknown>;
}

/** A service's readiness probe, next to its `/graphql`. */
export async function readiness(graphqlUrl: string): Promise<Readiness> {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/health/ready'));
  const body = (await response.json()) as { checks: Readiness['checks'] };
  return { status: response.status, checks: body.checks };
}

/** Waits until the service's topics exist and every consumer has joined its group. */
export async function kafkaSideUp(graphqlUrl: string, timeoutMs = 60_000): Promise<Readiness> {
  return eventually(() => readiness(graphqlUrl), (ready) => ready.checks.kafka === true, timeoutMs);
}
