import { Client } from 'pg';
import { subgraphDatabaseUrl } from '@xinfang/kit';
import { eventually } from './kafka-listener';
import { testEnv } from './test-env';

/** The platform's subgraphs that keep a copy of the directory from `agencies.directory.v1`. */
export const DIRECTORY_COPIES = ['petitions', 'assistance', 'joint-visits'] as const;

export interface ProjectedRow {
  id: string;
  active: boolean;
  revision: number;
}

type Table = 'directory_agency' | 'directory_staff';

/** The rows a database's directory copy holds for these ids. */
export async function rowsIn(database: string, table: Table, ids: readonly string[]): Promise<ProjectedRow[]> {
  const client = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, database) });
  await client.connect();
  try {
    const { rows } = await client.query<ProjectedRow>(`select id, active, revision from ${table} where id = any($1) order by id`, [ids]);
    return rows;
  } finally {
    await client.end();
  }
}

/**
 * Waits until every subgraph's copy holds these records and `accept` is true of each copy's
 * rows (by default: all of them are there), then returns the rows by subgraph. Directory
 * changes reach the copies through Kafka, so a test polls instead of assuming.
 */
export async function projected(
  ids: readonly string[],
  { table = 'directory_agency', accept = (rows) => rows.length === new Set(ids).size, timeoutMs = 30_000 }: { table?: Table; accept?: (rows: ProjectedRow[]) => boolean; timeoutMs?: number } = {},
): Promise<Record<string, ProjectedRow[]>> {
  const all = async () => Object.fromEntries(await Promise.all(DIRECTORY_COPIES.map(async (name) => [name, await rowsIn(name, table, ids)] as const)));
  return eventually(all, (copies) => Object.values(copies).every(accept), timeoutMs);
}

/**
 * Puts agencies straight into the directory copy of a subgraph run in-process on a database
 * of its own (`startInProcess`), which hears nothing of the platform's agencies registry;
 * `parentId` places them under a superior agency.
 */
export async function projectAgenciesInto(database: string, agencyIds: readonly string[], { parentId = null }: { parentId?: string | null } = {}): Promise<void> {
  const client = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, database) });
  await client.connect();
  try {
    await client.query(
      `insert into directory_agency (id, name, type, level, parent_id, active, revision, changed_at)
       select id, id, 'CIVIL_AFFAIRS', 'MUNICIPAL', $2, true, 1, now() from unnest($1::text[]) as id
       on conflict (id) do nothing`,
      [agencyIds, parentId],
    );
  } finally {
    await client.end();
  }
}

/** Waits until every directory copy's consumer has taken this event (its inbox holds the id), applied or not. */
export async function takenByEveryCopy(eventId: string, timeoutMs = 30_000): Promise<void> {
  const taken = async (database: string) => {
    const client = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, database) });
    await client.connect();
    try {
      return ((await client.query('select 1 from inbox_entry where event_id = $1', [eventId])).rowCount ?? 0) > 0;
    } finally {
      await client.end();
    }
  };
  await eventually(() => Promise.all(DIRECTORY_COPIES.map(taken)), (copies) => copies.every(Boolean), timeoutMs);
}
