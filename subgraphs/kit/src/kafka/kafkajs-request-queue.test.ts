import { EventEmitter } from 'node:events';

interface RequestQueue {
  throttleCheckTimeoutId: NodeJS.Timeout | null | undefined;
  scheduleCheckPendingRequests(): void;
  checkPendingRequests(): void;
  destroy(): void;
}

/**
 * KafkaJS 2.2.4 re-checks its empty request queue from a negative timeout, which Node runs
 * after 1 ms, forever: an idle consumer spun at ~1,800 wake-ups a second (tulios/kafkajs#1704).
 * `infra/npm/patches/kafkajs+2.2.4.patch`, applied on install, stops that loop.
 */
describe('KafkaJS request queue (patched)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an internal module, on purpose
  const RequestQueueClass = require('kafkajs/src/network/requestQueue') as new (options: object) => RequestQueue;
  const logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

  // Fake timers: unpatched, the loop would otherwise keep this test process alive.
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('schedules no check while nothing is pending and nothing is throttled', () => {
    const queue = new RequestQueueClass({
      instrumentationEmitter: new EventEmitter(), maxInFlightRequests: 1, requestTimeout: 30_000,
      enforceRequestTimeout: false, clientId: 'test', broker: 'localhost:1', logger,
    });
    queue.checkPendingRequests();
    queue.scheduleCheckPendingRequests();
    expect(queue.throttleCheckTimeoutId ?? null).toBeNull();
    queue.destroy();
  });
});
