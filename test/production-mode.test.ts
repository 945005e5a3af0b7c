import { join } from 'node:path';
import { agenciesSubgraph } from '@xinfang/agencies';
import { startGateway } from '@xinfang/gateway';
import type { RunningGateway } from '@xinfang/gateway';
import { createLogger, defaultQueryLimits, jwtConfigFrom, jwtEnvShape, readEnv } from '@xinfang/kit';
import type { RunningSubgraph } from '@xinfang/kit';
import { graphql } from './support/graphql-client';
import { startInProcess } from './support/in-process';
import { seedCity } from './support/seed';
import type { City } from './support/seed';
import { testEnv } from './support/test-env';

const INTROSPECTION = '{ __schema { queryType { name } } }';
const MISSPELT = '{ agencie { id } }';
const REGISTER = `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { petition { id } } }`;
const input = { channel: 'LETTER', category: 'APPEAL', petitionerName: '张伟', summary: 'Appeals a decision not to prosecute.', request: 'Prosecute the suspect.' };

const codes = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.map((error) => error.extensions?.code);
const messages = (result: { errors?: { message: string }[] }) => result.errors?.map((error) => error.message).join(' ') ?? '';

/**
 * In production (NODE_ENV=production) neither the gateway nor a subgraph tells a stranger
 * anything about the schema: no introspection, no "did you mean". And each person's
 * mutations are throttled, so a stolen token or a runaway script cannot flood the records.
 */
describe('a gateway and a subgraph run as in production', () => {
  let gateway: RunningGateway;
  let subgraph: RunningSubgraph;
  let city: City;

  beforeAll(async () => {
    city = await seedCity();
    subgraph = await startInProcess(agenciesSubgraph, { database: 'agencies_production_mode_test', schemaDetails: false });
    gateway = await startGateway({
      host: '127.0.0.1',
      port: 0,
      queryLimits: defaultQueryLimits,
      schemaDetails: false,
      supergraphPath: join(__dirname, '..', 'schemas', 'supergraph.graphql'),
      subgraphUrls: testEnv.subgraphUrls,
      logLevel: 'silent',
      jwt: jwtConfigFrom(readEnv(jwtEnvShape, { JWT_PUBLIC_KEY: testEnv.jwtPublicKey })),
      lookupsPerMinute: 20,
      mutationsPerMinute: 3, deduplicateInflight: true, publicAnswers: 0,
    }, createLogger('gateway', 'silent'));
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
  });

  it('refuse introspection and suggest no field names', async () => {
    for (const url of [gateway.url, subgraph.url]) {
      const introspection = await graphql(INTROSPECTION, {}, city.handler.token, url);
      expect([introspection.status, codes(introspection)]).toEqual([400, ['GRAPHQL_VALIDATION_FAILED']]);
      const misspelt = await graphql(MISSPELT, {}, city.handler.token, url);
      expect(codes(misspelt)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(messages(misspelt)).not.toMatch(/did you mean|agencies/i);
    }
  });

  it('where the development platform answers both', async () => {
    expect((await graphql(INTROSPECTION, {}, city.handler.token)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(messages(await graphql(MISSPELT, {}, city.handler.token))).toMatch(/Did you mean "agencies"/);
  });

  it('throttles one person\'s mutations, not another\'s', async () => {
    const answers = [];
    for (let attempt = 0; attempt < 4; attempt++) answers.push(await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${city.reception.token}` },
      body: JSON.stringify({ query: REGISTER, variables: { input } }),
    }));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(Number(answers[3]!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(codes((await answers[3]!.json()) as never)).toEqual(['RATE_LIMITED']);
    const someoneElse = await graphql(REGISTER, { input }, city.handler.token, gateway.url);
    expect(codes(someoneElse) ?? []).not.toContain('RATE_LIMITED');
  });
});
