import { graphql } from './support/graphql-client';
import { testEnv } from './support/test-env';

/** `agencies { children { parent { children … } } } }`, alternating, `levels` deep. */
function nestedDirectory(levels: number): string {
  let selection = 'id';
  for (let level = levels; level > 0; level--) selection = `id ${level % 2 === 1 ? 'children' : 'parent'} { ${selection} }`;
  return `{ agencies { ${selection} } }`;
}

/** Deep on any schema: `__type` is not the introspection entry point the depth limit exempts. */
function nestedTypeQuery(levels: number): string {
  let selection = 'name';
  for (let level = 0; level < levels; level++) selection = `name fields { type { ${selection} } }`;
  return `{ __type(name: "Query") { ${selection} } }`;
}

const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: agency(id: "bengbu-court") { id }`).join(' ')} }`;

/**
 * One anonymous 632-byte query once grew the agencies service to 4.4 GB and took the platform
 * down. Depth, alias, cost and token limits refuse such queries before they run, at the gateway
 * and in every subgraph, since a subgraph can be called directly.
 */
describe('query limits', () => {
  const endpoints = { gateway: testEnv.gatewayUrl, ...testEnv.subgraphUrls };

  it.each(Object.entries(endpoints))('refuse a deeply nested query at %s with 400 before it runs', async (_name, url) => {
    const result = await graphql(nestedTypeQuery(12), {}, undefined, url);
    expect(result.status).toBe(400);
    expect(result.errors?.map((error) => error.extensions?.code)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.map((error) => error.message).join(' ')).toMatch(/depth limit of 12/);
  });

  it('refuse the directory nested 25 times, the query that took the platform down', async () => {
    for (const url of [testEnv.gatewayUrl, testEnv.subgraphUrls.agencies]) {
      const result = await graphql(nestedDirectory(25), {}, undefined, url);
      expect({ status: result.status, code: result.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    }
  });

  it('refuse an agency parent chain fifty deep, too many aliases, and a document of too many tokens', async () => {
    const chain = `{ agency(id: "huaiyuan-procuratorate") { ${'parent { '.repeat(50)}id${' }'.repeat(50)} } }`;
    expect((await graphql(chain)).status).toBe(400);
    const twenty = await graphql(aliases(20));
    expect(twenty.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Aliases limit of 15/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const thousand = await graphql(aliases(1000));
    expect(thousand.status).toBe(400);
    expect(thousand.errors?.[0]).toMatchObject({ message: expect.stringMatching(/more that 1000 tokens/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });

  it('still serve what people ask for: a directory tree a few levels deep, and introspection', async () => {
    const tree = await graphql<{ agencies: unknown[] }>(nestedDirectory(6));
    expect(tree.errors).toBeUndefined();
    expect(tree.data?.agencies.length).toBeGreaterThan(0);
    const introspection = await graphql('{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }');
    expect(introspection.errors).toBeUndefined();
  });

  it('keep a syntax error a 400 GRAPHQL_PARSE_FAILED, not a server error', async () => {
    const result = await graphql('{ agencies { id }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
