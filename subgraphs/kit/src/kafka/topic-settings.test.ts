import { readEnv } from '../config/env';
import { topicSettingsEnvShape, topicSettingsFrom } from './topic-settings';

const settings = (env: Record<string, string>) => topicSettingsFrom(readEnv(topicSettingsEnvShape, env));

describe('topic settings', () => {
  it('leave replication to the broker unless told', () => {
    expect(settings({})).toEqual({ replicationFactor: -1 });
  });

  it('take a cluster\'s replication factor and min.insync.replicas', () => {
    expect(settings({ KAFKA_TOPIC_REPLICATION_FACTOR: '3', KAFKA_TOPIC_MIN_INSYNC_REPLICAS: '2' })).toEqual({ replicationFactor: 3, minInsyncReplicas: 2 });
  });

  it('refuse what no cluster could honour, naming the variable', () => {
    expect(() => settings({ KAFKA_TOPIC_REPLICATION_FACTOR: '0' })).toThrow(/KAFKA_TOPIC_REPLICATION_FACTOR/);
    expect(() => settings({ KAFKA_TOPIC_REPLICATION_FACTOR: 'three' })).toThrow(/KAFKA_TOPIC_REPLICATION_FACTOR/);
    expect(() => settings({ KAFKA_TOPIC_REPLICATION_FACTOR: '2', KAFKA_TOPIC_MIN_INSYNC_REPLICAS: '3' })).toThrow(/KAFKA_TOPIC_MIN_INSYNC_REPLICAS: 3 is more than/);
  });
});
