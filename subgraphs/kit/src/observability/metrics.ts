import type { ApolloServerPlugin } from '@apollo/server';
import type { Express } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Operation names seen before the label is capped: a client sending random names cannot grow the series forever. */
const MAX_OPERATION_NAMES = 200;

/**
 * One service's Prometheus metrics, on a registry of its own (several services can share a
 * process in tests). Gauges that need a query are computed when scraped, never on a timer, so
 * an idle service stays idle.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly requestDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL operations served: time from receipt to response, by operation name, type and outcome.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly deadLettered = new Counter({
    name: 'kafka_dead_lettered_events_total',
    help: 'Events a consumer gave up on and sent to the dead-letter topic, by original topic and consumer group.',
    labelNames: ['topic', 'group'] as const,
    registers: [this.registry],
  });

  readonly consumerLag = new Gauge({
    name: 'kafka_consumer_lag_messages',
    help: 'Messages behind the partition\'s high watermark after the last batch, by consumer group, topic and partition.',
    labelNames: ['group', 'topic', 'partition'] as const,
    registers: [this.registry],
  });

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  /** The label an operation is counted under. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /** Times every operation, named by its operation name; a refused one counts as `refused`. */
  graphqlPlugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const stop = this.requestDuration.startTimer();
        let type = 'unknown';
        let operation: string | null | undefined;
        const label = (name: string | null | undefined) => this.operationLabel(name);
        return {
          async didResolveOperation({ operation: resolved, operationName }) {
            type = resolved?.operation ?? type;
            operation = operationName;
          },
          async willSendResponse({ response, errors }) {
            const failed = Boolean(errors?.length) || (response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length));
            stop({ operation: label(operation), type, outcome: type === 'unknown' ? 'refused' : failed ? 'error' : 'ok' });
          },
        };
      },
    };
  }

  /** `GET /metrics` in Prometheus' text format. */
  mount(app: Express): void {
    app.get('/metrics', async (_req, res) => {
      res.setHeader('content-type', this.registry.contentType);
      res.end(await this.registry.metrics());
    });
  }
}
