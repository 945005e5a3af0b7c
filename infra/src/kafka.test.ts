import { readFile } from 'node:fs/promises';
import { newClusterId } from './kafka';
import { DEFAULT_KAFKA_VERSION, KAFKA_VERSIONS, kafkaVersionFromEnv } from './kafka-runtime';

describe('newClusterId', () => {
  it('makes 22-character base64url ids that the storage tool cannot mistake for an option', () => {
    const ids = Array.from({ length: 2000 }, newClusterId);
    expect(ids.every((id) => /^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the Kafka versions', () => {
  it('each list the jars of the version they are named for', async () => {
    for (const [version, pom] of Object.entries(KAFKA_VERSIONS)) {
      const xml = await readFile(pom, 'utf8');
      expect(xml).toMatch(new RegExp(`<artifactId>kafka_2\\.13</artifactId>\\s*<version>${version.replace(/\./g, '\\.')}</version>`));
    }
  });

  it('are chosen by KAFKA_VERSION, and an unknown one stops the start', () => {
    expect(kafkaVersionFromEnv({})).toBe(DEFAULT_KAFKA_VERSION);
    expect(kafkaVersionFromEnv({ KAFKA_VERSION: '4.3.1' })).toBe('4.3.1');
    expect(() => kafkaVersionFromEnv({ KAFKA_VERSION: '2.8.0' })).toThrow(/KAFKA_VERSION/);
  });
});
