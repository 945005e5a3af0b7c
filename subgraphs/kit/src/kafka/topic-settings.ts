import { z } from 'zod';

/**
 * How the platform's topics are made on a cluster (they are created at start, never by the
 * broker's auto-creation). On the local single broker the broker's defaults apply; on a real
 * cluster replication factor 3 with min.insync.replicas 2 keeps every acknowledged hand-off
 * through the loss of one broker (the relay produces with acks=all).
 */
export interface TopicSettings {
  /** -1: the broker's `default.replication.factor`. */
  replicationFactor: number;
  /** Unset: the broker's `min.insync.replicas`. */
  minInsyncReplicas?: number;
}

export const DEFAULT_TOPIC_SETTINGS: TopicSettings = { replicationFactor: -1 };

export const topicSettingsEnvShape = {
  KAFKA_TOPIC_REPLICATION_FACTOR: z.coerce.number().int().refine((value) => value === -1 || (value >= 1 && value <= 16), 'is -1 (the broker default) or 1 to 16').default(-1),
  KAFKA_TOPIC_MIN_INSYNC_REPLICAS: z.coerce.number().int().min(1).max(16).optional(),
};

export function topicSettingsFrom(env: z.infer<z.ZodObject<typeof topicSettingsEnvShape>>): TopicSettings {
  const { KAFKA_TOPIC_REPLICATION_FACTOR: replicationFactor, KAFKA_TOPIC_MIN_INSYNC_REPLICAS: minInsyncReplicas } = env;
  if (minInsyncReplicas !== undefined && replicationFactor !== -1 && minInsyncReplicas > replicationFactor) {
    throw new Error(`Invalid configuration:\n  KAFKA_TOPIC_MIN_INSYNC_REPLICAS: ${minInsyncReplicas} is more than KAFKA_TOPIC_REPLICATION_FACTOR ${replicationFactor}; no write could ever be acknowledged`);
  }
  return { replicationFactor, ...(minInsyncReplicas !== undefined ? { minInsyncReplicas } : {}) };
}

/** The settings of the topics a client creates, kept beside the client so every creator uses them. */
const settingsOfClient = new WeakMap<object, TopicSettings>();

export function useTopicSettings(kafka: object, settings: TopicSettings): void {
  settingsOfClient.set(kafka, settings);
}

export function topicSettingsOf(kafka: object): TopicSettings {
  return settingsOfClient.get(kafka) ?? DEFAULT_TOPIC_SETTINGS;
}
