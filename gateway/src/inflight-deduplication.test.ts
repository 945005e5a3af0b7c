import type { Fetcher } from '@apollo/utils.fetcher';
import { deduplicateInflight } from './inflight-deduplication';

/** A subgraph that answers when told to, counting what it was asked. */
function slowSubgraph() {
  const calls: string[] = [];
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => { release = resolve; });
  const fetcher = (async (_url: string, init?: { body?: string; headers?: Record<string, string> }) => {
    calls.push(`${init?.headers?.authorization} ${init?.body}`);
    await released;
    return new Response(JSON.stringify({ data: { asked: calls.length } }), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as unknown as Fetcher;
  return { calls, fetcher, release: () => release() };
}

const send = (fetcher: Fetcher, query: string, authorization = 'Bearer alice', variables: Record<string, unknown> = {}) =>
  fetcher('http://petitions/graphql', { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
    .then(async (response) => (await response.json()) as unknown);

describe('merging identical subgraph queries in flight', () => {
  it('sends one of the same caller\'s identical queries and gives each waiter its own copy of the answer', async () => {
    const subgraph = slowSubgraph();
    const merged = deduplicateInflight(subgraph.fetcher);
    const answers = Promise.all([1, 2, 3].map(() => send(merged, 'query A { petitions { id } }')));
    subgraph.release();
    expect(await answers).toEqual([{ data: { asked: 1 } }, { data: { asked: 1 } }, { data: { asked: 1 } }]);
    expect(subgraph.calls).toHaveLength(1);
  });

  it('never merges across callers, variables or mutations', async () => {
    const subgraph = slowSubgraph();
    const merged = deduplicateInflight(subgraph.fetcher);
    const answers = Promise.all([
      send(merged, 'query A { petitions { id } }', 'Bearer alice'),
      send(merged, 'query A { petitions { id } }', 'Bearer bob'),
      send(merged, 'query A { petitions { id } }', 'Bearer alice', { first: 5 }),
      send(merged, 'mutation M { acknowledge(id: 1) { id } }'),
      send(merged, 'mutation M { acknowledge(id: 1) { id } }'),
    ]);
    subgraph.release();
    await answers;
    expect(subgraph.calls).toHaveLength(5);
  });

  it('keeps nothing once answered: the next query is sent again', async () => {
    const subgraph = slowSubgraph();
    subgraph.release();
    const merged = deduplicateInflight(subgraph.fetcher);
    await send(merged, '{ agencies { id } }');
    await send(merged, '{ agencies { id } }');
    expect(subgraph.calls).toHaveLength(2);
  });

  it('gives every waiter the failure when the subgraph cannot be reached, and forgets it', async () => {
    let attempts = 0;
    const failing = (async () => { attempts++; throw new Error('connect ECONNREFUSED'); }) as unknown as Fetcher;
    const merged = deduplicateInflight(failing);
    await expect(Promise.all([send(merged, '{ a }'), send(merged, '{ a }')])).rejects.toThrow('ECONNREFUSED');
    await expect(send(merged, '{ a }')).rejects.toThrow('ECONNREFUSED');
    expect(attempts).toBe(2);
  });
});
