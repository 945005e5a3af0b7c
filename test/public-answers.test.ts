import { randomUUID } from 'node:crypto';
import { seedCity } from './support/seed';
import type { City } from './support/seed';
import { testEnv } from './support/test-env';

/** Posts an operation to the gateway; the answer's data and its Cache-Control. */
async function ask(query: string, variables: Record<string, unknown>, token?: string): Promise<{ data: unknown; errors?: unknown; cacheControl: string | null }> {
  const response = await fetch(testEnv.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: unknown; errors?: unknown };
  return { ...body, cacheControl: response.headers.get('cache-control') };
}

/** How many times the agencies subgraph has served an operation the gateway named `name`. */
async function servedByAgencies(name: string): Promise<number> {
  const metrics = await (await fetch(new URL('/metrics', testEnv.subgraphUrls.agencies))).text();
  const line = metrics.split('\n').find((sample) => sample.startsWith('graphql_request_duration_seconds_count{') && sample.includes(`operation="${name}"`));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

/**
 * The agency directory is public and seldom changes: the agencies subgraph marks answers made of
 * agencies alone cacheable (`@cacheControl`), and the gateway keeps the agencies other answers
 * refer to instead of asking for them on every request, while every caller's own data is
 * asked for every time.
 */
describe('the gateway keeping the public directory', () => {
  let city: City;

  beforeAll(async () => {
    city = await seedCity();
  });

  it('asks the agencies subgraph once for the agencies many answers refer to', async () => {
    const petition = await city.reception.registerPetition();
    const operation = `WhereItStands${randomUUID().replace(/-/g, '')}`;
    const query = `query ${operation}($id: ID!) { petition(id: $id) { id status receivingAgency { name type } } }`;
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await ask(query, { id: petition.id }, city.handler.token));
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.data))).size).toBe(1);
    expect(answers[0]!.data).toMatchObject({ petition: { receivingAgency: { name: city.agencies.procuratorate.name } } });
    // The petition is the caller's business: the answer as a whole is never cacheable.
    expect(answers.map((answer) => answer.cacheControl)).toEqual(['no-store', 'no-store', 'no-store']);
    // The gateway names the agencies step of its plan after the operation.
    expect(await servedByAgencies(`${operation}__agencies__1`)).toBe(1);
  });

  it('answers the directory\'s own queries fresh, so an administrator sees a change at once', async () => {
    const query = `query($id: ID!) { agency(id: $id) { name } }`;
    const before = await ask(query, { id: city.agencies.court.id });
    expect(before.cacheControl).toBe('no-store');
    const renamed = `${city.agencies.court.name}（新）`;
    await city.admin.query('mutation($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id } }', { id: city.agencies.court.id, input: { name: renamed } });
    expect((await ask(query, { id: city.agencies.court.id })).data).toEqual({ agency: { name: renamed } });
  });
});
