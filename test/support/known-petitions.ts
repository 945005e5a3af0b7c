import { Client } from 'pg';
import { subgraphDatabaseUrl } from '@xinfang/kit';
import { eventually } from './kafka-listener';
import { testEnv } from './test-env';

async function withDatabase<T>(database: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, database) });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/**
 * Waits until judicial assistance knows these petitions: it learns of them from
 * `petitions.events.v1`, and opens cases only for petitions it knows.
 */
export async function knownToAssistance(petitionIds: readonly string[], timeoutMs = 30_000): Promise<void> {
  const count = () => withDatabase('assistance', async (client) => (await client.query('select 1 from known_petition where petition_id = any($1)', [petitionIds])).rowCount ?? 0);
  await eventually(count, (known) => known === new Set(petitionIds).size, timeoutMs);
}

/**
 * Puts petitions straight into the copy of an assistance subgraph run in-process on a
 * database of its own (`startInProcess`), which hears nothing of the platform's petitions.
 */
export async function projectPetitionsInto(database: string, petitionIds: readonly string[], receivingAgencyId: string): Promise<void> {
  await withDatabase(database, (client) => client.query(
    `insert into known_petition (petition_id, tracking_number, category, receiving_agency_id, handling_agency_id, received_at)
     select id, 'XF-TEST-' || left(id::text, 8), 'REQUEST', $2, $2, now() from unnest($1::uuid[]) as id
     on conflict (petition_id) do nothing`,
    [petitionIds, receivingAgencyId],
  ));
}

/** Waits until joint visits know these petitions (from `petitions.events.v1`): visits and contact points name only those. */
export async function knownToJointVisits(petitionIds: readonly string[], timeoutMs = 30_000): Promise<void> {
  const count = () => withDatabase('joint-visits', async (client) => (await client.query('select 1 from received_petition where petition_id = any($1)', [petitionIds])).rowCount ?? 0);
  await eventually(count, (known) => known === new Set(petitionIds).size, timeoutMs);
}
