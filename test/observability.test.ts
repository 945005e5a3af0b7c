import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { AgencyTopics, agencyTopic } from '@xinfang/kit';
import { AgencySystem } from './support/agency-system';
import { eventually } from './support/kafka-listener';
import { seedCity } from './support/seed';
import type { City } from './support/seed';
import { testEnv } from './support/test-env';

interface ExportedSpan {
  service: string;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}

const { spansFile } = testEnv;

async function spansOf(traceId: string): Promise<ExportedSpan[]> {
  const text = await readFile(spansFile, 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line.includes(traceId)).map((line) => JSON.parse(line) as ExportedSpan);
}

async function metricsOf(graphqlUrl: string): Promise<string> {
  const response = await fetch(new URL('/metrics', graphqlUrl));
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The samples of a metric carrying these labels. */
function samples(metrics: string, name: string, labels: Record<string, string>): number[] {
  return metrics.split('\n')
    .filter((line) => line.startsWith(`${name}{`) && Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`)))
    .map((line) => Number(line.slice(line.lastIndexOf(' ') + 1)));
}

/** The value of one sample, by metric name and labels it must carry. */
const sample = (metrics: string, name: string, labels: Record<string, string>): number | undefined => samples(metrics, name, labels)[0];

/**
 * Operations: one trace from a client's request through the gateway, the subgraph, its outbox
 * and Kafka to another subgraph's consumer, exported over OTLP; and Prometheus metrics on every
 * service, scraped as Prometheus would.
 */
describe('observability', () => {
  let city: City;

  beforeAll(async () => {
    city = await seedCity();
  });

  it('follows one registration from the gateway through petitions and Kafka to the consumers in one trace', async () => {
    const traceId = randomBytes(16).toString('hex');
    const response = await fetch(testEnv.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${city.reception.token}`, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
      body: JSON.stringify({
        query: 'mutation TracedRegistration($input: RegisterPetitionInput!) { registerPetition(input: $input) { petition { id } } }',
        variables: { input: { channel: 'IN_PERSON', category: 'REQUEST', petitionerName: '李秀兰', summary: 'Traced from the desk to the consumers.', request: 'Help.' } },
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    // Assistance and joint visits both read petitions.events.v1: each continues the trace. Each
    // service exports its spans in batches of its own, so the consumers' may arrive before the
    // spans they continue: wait until every consumer's chain reaches the gateway's span.
    const chainOf = (spans: ExportedSpan[], span: ExportedSpan): string[] => {
      const byId = new Map(spans.map((each) => [each.spanId, each]));
      const ancestry = (each: ExportedSpan): string[] => {
        const parent = each.parentSpanId ? byId.get(each.parentSpanId) : undefined;
        return [`${each.service}: ${each.name}`, ...(parent ? ancestry(parent) : [])];
      };
      return ancestry(span);
    };
    const consumerSpans = (found: ExportedSpan[]) => ['assistance', 'joint-visits'].map((service) => found.find((span) => span.service === service && span.name === 'petitions.events.v1 process'));
    const spans = await eventually(() => spansOf(traceId), (found) =>
      consumerSpans(found).every((span) => span !== undefined && chainOf(found, span).at(-1) === 'gateway: POST /graphql'));
    const ancestry = (span: ExportedSpan) => chainOf(spans, span);
    const consumed = spans.find((span) => span.service === 'assistance' && span.name === 'petitions.events.v1 process')!;
    const chain = ancestry(consumed);
    expect(chain.slice(0, 3)).toEqual(['assistance: petitions.events.v1 process', 'petitions: petitions.events.v1 publish', 'petitions: POST /graphql']);
    expect(chain).toContain('gateway: POST /graphql');
    expect(chain.at(-1)).toBe('gateway: POST /graphql');
  });

  it('serves Prometheus metrics on the gateway and every subgraph', async () => {
    await city.handler.query('query WatchedList { petitions(first: 1) { edges { cursor } } }');
    const gateway = await metricsOf(testEnv.gatewayUrl);
    expect(sample(gateway, 'graphql_request_duration_seconds_count', { service: 'gateway', operation: 'WatchedList', type: 'query', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(gateway).toContain('process_resident_memory_bytes');

    for (const [service, url] of Object.entries(testEnv.subgraphUrls)) {
      const metrics = await metricsOf(url);
      expect(sample(metrics, 'outbox_pending_messages', { service })).toBeGreaterThanOrEqual(0);
      expect(sample(metrics, 'outbox_oldest_pending_age_seconds', { service })).toBeGreaterThanOrEqual(0);
    }
    const petitions = await metricsOf(testEnv.subgraphUrls.petitions!);
    // The gateway names what it sends a subgraph after the client's operation.
    expect(petitions).toMatch(/graphql_request_duration_seconds_count\{[^}]*operation="WatchedList__petitions__0"/);
    expect(samples(petitions, 'deadline_clocks_open', { rule: 'PROCEDURAL_REPLY', state: 'due_soon' })).toHaveLength(1);
    // The demo data has court assignments past their deadlines.
    const jointVisits = await metricsOf(testEnv.subgraphUrls['joint-visits']!);
    expect(samples(jointVisits, 'deadline_clocks_open', { state: 'overdue' }).reduce((sum, value) => sum + value, 0)).toBeGreaterThan(0);
    const assistance = await metricsOf(testEnv.subgraphUrls.assistance!);
    expect(sample(assistance, 'kafka_consumer_lag_messages', { group: 'assistance.petitions', topic: 'petitions.events.v1' })).toBeGreaterThanOrEqual(0);
  });

  it('counts an event a consumer dead-letters, by topic and group', async () => {
    const federation = await AgencySystem.connect(city.agencies.womensFederation.id);
    const topic = agencyTopic(AgencyTopics.referralUpdates, city.agencies.womensFederation.id).name;
    const deadLettered = async () => sample(await metricsOf(testEnv.subgraphUrls.assistance!), 'kafka_dead_lettered_events_total', { topic, group: 'assistance.referral-updates' });
    expect(await deadLettered()).toBeUndefined();
    try {
      await federation.sendRaw(AgencyTopics.referralUpdates, 'not-a-referral', '{"type":"ReferralUpdateReported","data":{}}');
      expect(await eventually(deadLettered, (count) => count === 1)).toBe(1);
    } finally {
      await federation.disconnect();
    }
  });
});
