import type { Fetcher } from '@apollo/utils.fetcher';
import { keepPublicAnswers } from './public-answers';

/** A subgraph answering with the Cache-Control, status and body it is told, counting calls. */
function subgraph(answer: { cacheControl?: string; status?: number; body?: unknown }) {
  let calls = 0;
  const fetcher = (async () => {
    calls++;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (answer.cacheControl) headers['cache-control'] = answer.cacheControl;
    return new Response(JSON.stringify(answer.body ?? { data: { calls } }), { status: answer.status ?? 200, headers });
  }) as unknown as Fetcher;
  return { fetcher, calls: () => calls };
}

const send = async (fetcher: Fetcher, query: string, authorization = 'Bearer alice', variables: Record<string, unknown> = {}) => {
  const response = await fetcher('http://agencies/graphql', { method: 'POST', headers: { authorization }, body: JSON.stringify({ query, variables }) });
  return { body: (await response.json()) as unknown, cacheControl: response.headers.get('cache-control') };
};

describe('keeping the answers a subgraph marked public', () => {
  it('keeps a public answer for its max-age, for every caller, counting down what it promises', async () => {
    const agencies = subgraph({ cacheControl: 'max-age=30, public' });
    const kept = keepPublicAnswers(agencies.fetcher, 100);
    const first = await send(kept, '{ _entities { name } }', 'Bearer alice');
    const second = await send(kept, '{ _entities { name } }', 'Bearer bob');
    expect([first.body, second.body]).toEqual([{ data: { calls: 1 } }, { data: { calls: 1 } }]);
    expect(agencies.calls()).toBe(1);
    expect(second.cacheControl).toMatch(/^max-age=(30|29), public$/);
    // Other variables are another answer.
    await send(kept, '{ _entities { name } }', 'Bearer alice', { representations: [{ id: 'x' }] });
    expect(agencies.calls()).toBe(2);
  });

  it('asks again once the max-age is over', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const agencies = subgraph({ cacheControl: 'max-age=1, public' });
      const kept = keepPublicAnswers(agencies.fetcher, 100);
      await send(kept, '{ a }');
      jest.advanceTimersByTime(1_001);
      await send(kept, '{ a }');
      expect(agencies.calls()).toBe(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps nothing private, uncacheable, failed, with errors, or a mutation', async () => {
    const cases = [
      { cacheControl: 'max-age=30, private' },
      { cacheControl: 'no-store' },
      {},
      { cacheControl: 'max-age=30, public', status: 500 },
      { cacheControl: 'max-age=30, public', body: { data: null, errors: [{ message: 'no' }] } },
    ];
    for (const answer of cases) {
      const agencies = subgraph(answer);
      const kept = keepPublicAnswers(agencies.fetcher, 100);
      await send(kept, '{ a }');
      await send(kept, '{ a }');
      expect({ answer, calls: agencies.calls() }).toEqual({ answer, calls: 2 });
    }
    const agencies = subgraph({ cacheControl: 'max-age=30, public' });
    const kept = keepPublicAnswers(agencies.fetcher, 100);
    await send(kept, 'mutation { renameAgency }');
    await send(kept, 'mutation { renameAgency }');
    expect(agencies.calls()).toBe(2);
  });

  it('keeps at most as many answers as it is allowed, the least recently used going first', async () => {
    const agencies = subgraph({ cacheControl: 'max-age=30, public' });
    const kept = keepPublicAnswers(agencies.fetcher, 2);
    for (const query of ['{ a }', '{ b }', '{ c }', '{ a }']) await send(kept, query);
    expect(agencies.calls()).toBe(4);
    await send(kept, '{ c }');
    expect(agencies.calls()).toBe(4);
  });
});
