import { z } from 'zod';
import { booleanFlag, commaList, port, readEnv } from './env';
import { subgraphDatabaseUrl } from './service-config';

describe('readEnv', () => {
  const shape = { PORT: port.default(4000), KAFKA_BROKERS: commaList, SEED: booleanFlag, NAME: z.string().optional() };

  it('parses, trims and applies defaults', () => {
    expect(readEnv(shape, { KAFKA_BROKERS: ' a:1, b:2 ,', SEED: '1' })).toEqual({ PORT: 4000, KAFKA_BROKERS: ['a:1', 'b:2'], SEED: true });
  });

  it('lists every problem at once instead of failing on the first', () => {
    expect(() => readEnv(shape, { PORT: '99999', KAFKA_BROKERS: '', SEED: 'yes' })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/PORT[\s\S]*KAFKA_BROKERS[\s\S]*SEED/) }),
    );
  });
});

describe('subgraphDatabaseUrl', () => {
  it('gives each subgraph its own database on the server named by DATABASE_URL', () => {
    expect(subgraphDatabaseUrl('postgres://u:p@db:5432/postgres?sslmode=require', 'joint-visits')).toBe('postgres://u:p@db:5432/xinfang_joint_visits?sslmode=require');
  });
});
