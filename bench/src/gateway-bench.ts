import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { demoUsers } from '@xinfang/gateway';
import { projectRoot, startPlatform } from '@xinfang/infra';
import type { RunningPlatform } from '@xinfang/infra';
import { Role, createLogger, readEnv, signIdentityToken } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { post } from './graphql-post';
import { handOffs, untilKnown } from './hand-off';
import { comparePeers } from './peer-comparison';
import { resultsMarkdown, writeResults } from './results';
import type { BenchFigures } from './results';
import { latency, throughput } from './measure';
import { memorySoak } from './memory-soak';
import { scaleFigures } from './scale';

/**
 * `BENCH_SECTIONS=peers,latency,entities,handoff,memory,scale` (the default: all) runs only
 * those; `BENCH_SECONDS` is each load run's length, `BENCH_HANDOFFS` how many referrals and
 * assignments are timed, `BENCH_MEMORY_SECONDS` how long the gateway's memory is watched under
 * load, `BENCH_GATEWAY_WORKERS` the processes of each gateway compared (one per core by
 * default), `BENCH_SCALE` the stored petitions the scale figures are taken at.
 */
const BENCH = readEnv({
  BENCH_SECTIONS: z.string().default('peers,latency,entities,handoff,memory,scale'),
  BENCH_SECONDS: z.coerce.number().int().min(1).default(8),
  BENCH_HANDOFFS: z.coerce.number().int().min(10).default(1000),
  BENCH_GATEWAY_WORKERS: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  BENCH_MEMORY_SECONDS: z.coerce.number().int().min(60).default(600),
  BENCH_SCALE: z.string().regex(/^\d+(,\d+)*$/).default('10000,1000000'),
});
const SECTIONS = new Set(BENCH.BENCH_SECTIONS.split(','));
const ROUNDS = 300;
const PETITIONS = 100;

const OWN_FIELDS = `query($id: ID!) { petition(id: $id) { id trackingNumber status receivedAt } }`;
const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Petition { assistanceCases { id status referrals { status } } } } }`;
const WHERE_IT_STANDS = `query($id: ID!) {
  petition(id: $id) {
    trackingNumber status receivingAgency { name }
    assistanceCases { referrals { status partner { name } } }
    jointVisitAssignments { status assignee { name } }
  }
}`;

/**
 * `npm run bench`: starts the platform on free ports with fresh data, seeds petitions with
 * assistance cases and referrals, and prints latency percentiles, throughput, and the
 * referral hand-off time through the outbox and Kafka, each beside its baseline.
 */
async function main(): Promise<void> {
  const dataDir = join(projectRoot, '.data', 'bench');
  await rm(dataDir, { recursive: true, force: true });
  const platform = await startPlatform({
    dataDir, cacheDir: join(projectRoot, '.data'), fresh: true, gatewayPort: 0, seedDemoData: true,
    logLevel: 'warn', serviceOutput: 'files', logger: createLogger('bench', 'warn'),
    // One benchmark caller sends thousands of mutations a minute; the per-person limit would refuse them.
    serviceEnv: { MUTATIONS_PER_MINUTE: '1000000' },
  });
  try {
    const started = new Date();
    const figures = await run(platform, dataDir);
    const results = { ...figures, started, seconds: (Date.now() - started.getTime()) / 1000 };
    console.log(resultsMarkdown(results));
    await writeResults(join(projectRoot, 'bench', 'RESULTS.md'), results);
    console.log('written to bench/RESULTS.md');
  } finally {
    await platform.stop();
  }
}

async function run(platform: RunningPlatform, dataDir: string): Promise<Omit<BenchFigures, 'started' | 'seconds'>> {
  const sign = (identity: Identity) => signIdentityToken(identity, { privateKeyPem: platform.keys.privateKeyPem, issuer: 'xinfang-local', audience: 'xinfang-federation' });
  const [reception, handler] = await Promise.all([sign(demoUsers.reception), sign(demoUsers.handler)]);
  const gateway = (query: string, variables: Record<string, unknown>, token: string) => post(platform.gatewayUrl, query, variables, token);

  const petitionIds: string[] = [];
  for (let i = 0; i < PETITIONS; i++) {
    const data = await gateway(`mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { petition { id } } }`,
      { input: { channel: 'LETTER', category: 'REQUEST', petitionerName: `申请人${i}`, summary: 'Seeded petition for the benchmark.', request: 'An answer.' } }, reception);
    petitionIds.push((data.registerPetition as { petition: { id: string } }).petition.id);
  }
  const caseIds: string[] = [];
  const openCase = (petitionId: string) => gateway(`mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`,
    { input: { petitionId, applicantName: '申请人', hardship: 'Seeded hardship for the benchmark.', requestedAmountFen: 100_000 } }, handler);
  for (const petitionId of petitionIds) {
    // Judicial assistance learns of a petition from petitions.events.v1, a moment after it is registered.
    const data = await untilKnown(() => openCase(petitionId));
    caseIds.push((data.openAssistanceCase as { id: string }).id);
  }

  const figures: Omit<BenchFigures, 'started' | 'seconds'> = {};
  // Sixteen people of the procuratorate that received the petitions, one per connection in the varied loads.
  const callers = await Promise.all(Array.from({ length: 16 }, (_, i) => sign({ userId: `bench-handler-${i}`, name: `承办人${i}`, agencyId: demoUsers.handler.agencyId, roles: [Role.HANDLER] })));
  if (SECTIONS.has('peers')) {
    figures.peers = await comparePeers(platform.subgraphUrls, dataDir, { petitionIds, callers, publicKeyPem: platform.keys.publicKeyPem }, { seconds: BENCH.BENCH_SECONDS, workers: BENCH.BENCH_GATEWAY_WORKERS });
    figures.gatewayWorkers = BENCH.BENCH_GATEWAY_WORKERS;
  }
  if (!['latency', 'entities', 'handoff', 'memory', 'scale'].some((section) => SECTIONS.has(section))) return figures;
  const petition = (i: number) => ({ id: petitionIds[i % petitionIds.length] });
  if (SECTIONS.has('latency')) {
    const direct = await latency((i) => post(platform.subgraphUrls.petitions!, OWN_FIELDS, petition(i), handler), ROUNDS);
    const viaGateway = await latency((i) => gateway(OWN_FIELDS, petition(i), handler), ROUNDS);
    const federated = await latency((i) => gateway(WHERE_IT_STANDS, petition(i), handler), ROUNDS);
    const directRate = await throughput((i) => post(platform.subgraphUrls.petitions!, OWN_FIELDS, petition(i), handler), 16, 5);
    const federatedRate = await throughput((i) => gateway(WHERE_IT_STANDS, petition(i), handler), 16, 5);
    figures.latency = { direct, viaGateway, federated, directRate, federatedRate };
  }
  if (SECTIONS.has('entities')) {
    // What the gateway sends assistance for a list of petitions: one `_entities` call with every petition.
    const entities = (count: number) => (i: number) => post(platform.subgraphUrls.assistance!, ENTITIES,
      { representations: Array.from({ length: count }, (_, k) => ({ __typename: 'Petition', id: petitionIds[(i + k) % petitionIds.length] })) }, handler);
    figures.entities = { one: await latency(entities(1), ROUNDS), hundred: await latency(entities(100), ROUNDS) };
  }
  if (SECTIONS.has('handoff')) figures.handOffs = await handOffs(platform, { petitionIds, caseIds, handler, reception, commission: await sign(demoUsers.commission) }, BENCH.BENCH_HANDOFFS);
  if (SECTIONS.has('memory')) figures.memory = await memorySoak(platform.gatewayUrl, { petitionIds, callers }, BENCH.BENCH_MEMORY_SECONDS);
  // Last: it stores a million petitions, which every section before would then run on.
  if (SECTIONS.has('scale')) {
    const sizes = BENCH.BENCH_SCALE.split(',').map(Number);
    figures.scale = await scaleFigures({ gatewayUrl: platform.gatewayUrl, databaseUrl: platform.databaseUrl, reception, leader: await sign(demoUsers.leader) }, sizes, BENCH.BENCH_SECONDS);
  }
  return figures;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
