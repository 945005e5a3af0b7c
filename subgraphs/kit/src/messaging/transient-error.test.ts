import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded } from 'kafkajs';
import { ConnectionException, DeadlockException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { NotFoundError } from '../errors/errors';
import { isTransient } from './transient-error';

describe('isTransient', () => {
  it('recognises a database that is away or busy', () => {
    expect(isTransient(new ConnectionException(new Error('connect ECONNREFUSED')))).toBe(true);
    expect(isTransient(new DeadlockException(new Error('deadlock detected')))).toBe(true);
    expect(isTransient(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('connection failure'), { code: '08006' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' }))).toBe(true);
  });

  it('recognises a Kafka broker that is away, for handlers that talk to Kafka', () => {
    expect(isTransient(new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092'))).toBe(true);
    expect(isTransient(new KafkaJSNumberOfRetriesExceeded(new Error('This server does not host this topic-partition'), { retryCount: 5, retryTime: 5000 }))).toBe(true);
  });

  it('treats what the event itself causes as final', () => {
    expect(isTransient(new NotFoundError('Referral', 'r-1'))).toBe(false);
    expect(isTransient(new UniqueConstraintViolationException(new Error('duplicate key')))).toBe(false);
    expect(isTransient(new TypeError('cannot read properties of undefined'))).toBe(false);
  });
});
