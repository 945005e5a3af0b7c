import { join } from 'node:path';
import { agenciesSubgraph } from '@xinfang/agencies';
import { startGateway } from '@xinfang/gateway';
import type { RunningGateway } from '@xinfang/gateway';
import { freePort } from '@xinfang/infra';
import { createLogger, defaultQueryLimits, jwtConfigFrom, jwtEnvShape, readEnv } from '@xinfang/kit';
import type { RunningSubgraph } from '@xinfang/kit';
import { graphql } from '../support/graphql-client';
import { startInProcess } from '../support/in-process';
import { eventually } from '../support/kafka-listener';
import { seedCity } from '../support/seed';
import type { City } from '../support/seed';
import { testEnv } from '../support/test-env';

// The petition from petitions, its agency from agencies: each a root field, so one can be missing while the other answers.
const WHERE_IT_STANDS = 'query($id: ID!, $agency: ID!) { petition(id: $id) { trackingNumber status } agency(id: $agency) { name } }';

/**
 * Fault 9: a subgraph is down. The gateway answers what the others hold, with an error that
 * names the missing one, its readiness says which is missing, and when the subgraph is back
 * the gateway uses it again by itself. The agencies subgraph here is a second replica on the
 * platform's own database, run in the test so it can be stopped and started again.
 */
describe('a subgraph that is down', () => {
  let city: City;
  let port: number;
  let agencies: RunningSubgraph | undefined;
  let gateway: RunningGateway;
  let petitionId: string;

  const startAgencies = async () => { agencies = await startInProcess(agenciesSubgraph, { database: 'agencies', port }); };
  const ask = () => graphql<{ petition: { trackingNumber: string } | null; agency: { name: string } | null }>(
    WHERE_IT_STANDS, { id: petitionId, agency: city.agencies.procuratorate.id }, city.handler.token, gateway.url,
  );
  const readiness = async () => {
    const response = await fetch(new URL('/health/ready', gateway.url));
    return { status: response.status, body: (await response.json()) as { checks: Record<string, boolean> } };
  };

  beforeAll(async () => {
    city = await seedCity();
    petitionId = (await city.reception.registerPetition()).id;
    port = await freePort();
    await startAgencies();
    gateway = await startGateway({
      host: '127.0.0.1', port: 0, queryLimits: defaultQueryLimits, schemaDetails: true,
      supergraphPath: join(__dirname, '..', '..', 'schemas', 'supergraph.graphql'),
      subgraphUrls: { ...testEnv.subgraphUrls, agencies: agencies!.url },
      logLevel: 'silent', jwt: jwtConfigFrom(readEnv(jwtEnvShape, { JWT_PUBLIC_KEY: testEnv.jwtPublicKey })),
      lookupsPerMinute: 20, mutationsPerMinute: 100, deduplicateInflight: true, publicAnswers: 0,
    }, createLogger('gateway', 'silent'));
  });

  afterAll(async () => {
    await gateway?.stop();
    await agencies?.stop();
  });

  it('answers the rest of the query, names what is missing, and recovers when it is back', async () => {
    const whole = await ask();
    expect(whole.errors).toBeUndefined();
    expect(whole.data?.agency?.name).toBe(city.agencies.procuratorate.name);

    await agencies!.stop();
    agencies = undefined;
    const partial = await ask();
    expect(partial.data?.petition?.trackingNumber).toEqual(expect.any(String));
    expect(partial.data?.agency).toBeNull();
    expect(partial.errors?.map((error) => ({ code: error.extensions?.code, serviceName: error.extensions?.serviceName })))
      .toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'agencies' }]);
    expect(await readiness()).toMatchObject({ status: 503, body: { checks: { agencies: false, petitions: true } } });

    await startAgencies();
    const recovered = await eventually(ask, (answer) => answer.errors === undefined);
    expect(recovered.data?.agency?.name).toBe(city.agencies.procuratorate.name);
    expect(await readiness()).toMatchObject({ status: 200, body: { checks: { agencies: true } } });
  });
});
