import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../server/request-context';

/**
 * More levels than any chain of command has (province, city, county, ...): a bound, so a
 * cycle that a half-applied move could leave in a copy of the directory cannot loop.
 */
const MAX_LEVELS = 16;

/**
 * Each agency's chain of superiors, nearest first, from this subgraph's copy of the
 * directory: every agency asked for in one request tick costs one recursive query. An
 * agency the copy does not know yet (its event is still on the way) has no superiors.
 * The ids travel as JSON: a list is not a single SQL parameter.
 */
export function superiorsOf(context: RequestContext): DataLoader<string, string[]> {
  return context.loader<string, string[]>('agencySuperiors', (agencyIds) => superiorChains(context.em, agencyIds));
}

/**
 * The same chains without a request (a service deciding whether the receiving agency is
 * above the one with jurisdiction): one recursive query for every agency given.
 */
export async function superiorChains(em: EntityManager, agencyIds: readonly string[]): Promise<string[][]> {
  const rows = await em.execute<{ agency_id: string; superior_id: string }[]>(
    `with recursive chain (agency_id, superior_id, depth) as (
       select id, parent_id, 1 from directory_agency
       where id in (select jsonb_array_elements_text(?::jsonb)) and parent_id is not null
       union all
       select chain.agency_id, superior.parent_id, chain.depth + 1
       from chain join directory_agency superior on superior.id = chain.superior_id
       where superior.parent_id is not null and chain.depth < ?
     )
     select agency_id, superior_id from chain order by agency_id, depth`,
    [JSON.stringify(agencyIds), MAX_LEVELS],
  );
  const chains = new Map<string, string[]>(agencyIds.map((id) => [id, []]));
  for (const row of rows) chains.get(row.agency_id)?.push(row.superior_id);
  return agencyIds.map((id) => chains.get(id) ?? []);
}
