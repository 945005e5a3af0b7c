import { createHash } from 'node:crypto';
import { z } from 'zod';
import { readEnv } from '../config/env';

/** The keys personal data is protected with: a keyring for encryption (by id, so keys can rotate) and one for matching. */
export interface PersonalDataKeys {
  /** Every key that may have encrypted a stored value, by the id stored beside it. */
  encryptionKeys: ReadonlyMap<string, Buffer>;
  /** The key new values are encrypted with. */
  activeKeyId: string;
  /** The HMAC key of keyed hashes; changing it means hashing every stored value again. */
  hashKey: Buffer;
  /** True when no keys were configured and the published development keys are in use. */
  developmentKeys: boolean;
}

/** Derived from a public phrase: anyone can compute them, so they protect nothing outside a developer's machine. */
const DEVELOPMENT_KEY_ID = 'dev';
const developmentKey = (use: string) => createHash('sha256').update(`xinfang development only, never in production: ${use}`).digest();

export const personalDataEnvShape = {
  /** `id:base64key,id:base64key`: AES-256 keys (32 bytes each) by id; old ones stay listed until nothing uses them. */
  PERSONAL_DATA_KEYS: z.string().optional(),
  /** The id of the key in PERSONAL_DATA_KEYS that encrypts new values. */
  PERSONAL_DATA_ACTIVE_KEY: z.string().optional(),
  /** base64 HMAC-SHA256 key (at least 32 bytes) for matching the same person across petitions. */
  PERSONAL_DATA_HASH_KEY: z.string().optional(),
};

/**
 * The personal-data keys from the environment. With none of the three variables set, the
 * published development keys (for `npm start` and the tests; never for real data); with some
 * but not all, or a malformed one, start-up fails naming the problem (never a key).
 */
export function readPersonalDataKeys(source?: NodeJS.ProcessEnv): PersonalDataKeys {
  const env = readEnv(personalDataEnvShape, source);
  const given = [env.PERSONAL_DATA_KEYS, env.PERSONAL_DATA_ACTIVE_KEY, env.PERSONAL_DATA_HASH_KEY].filter((value) => value !== undefined && value !== '');
  if (given.length === 0) {
    return {
      encryptionKeys: new Map([[DEVELOPMENT_KEY_ID, developmentKey('encryption')]]),
      activeKeyId: DEVELOPMENT_KEY_ID,
      hashKey: developmentKey('keyed hash'),
      developmentKeys: true,
    };
  }
  if (given.length < 3) throw new Error('Invalid configuration: set PERSONAL_DATA_KEYS, PERSONAL_DATA_ACTIVE_KEY and PERSONAL_DATA_HASH_KEY together, or none of them for the development keys');
  const encryptionKeys = new Map<string, Buffer>();
  for (const entry of env.PERSONAL_DATA_KEYS!.split(',').map((item) => item.trim()).filter(Boolean)) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator).trim();
    const key = Buffer.from(entry.slice(separator + 1).trim(), 'base64');
    if (separator < 1 || !/^[\w.-]{1,32}$/.test(id)) throw new Error('Invalid configuration: PERSONAL_DATA_KEYS entries are id:base64key, with ids of letters, digits, ., _ or -');
    if (key.length !== 32) throw new Error(`Invalid configuration: PERSONAL_DATA_KEYS key ${id} is not 32 bytes of base64`);
    if (encryptionKeys.has(id)) throw new Error(`Invalid configuration: PERSONAL_DATA_KEYS lists ${id} twice`);
    encryptionKeys.set(id, key);
  }
  const activeKeyId = env.PERSONAL_DATA_ACTIVE_KEY!.trim();
  if (!encryptionKeys.has(activeKeyId)) throw new Error(`Invalid configuration: PERSONAL_DATA_ACTIVE_KEY ${activeKeyId} is not in PERSONAL_DATA_KEYS`);
  const hashKey = Buffer.from(env.PERSONAL_DATA_HASH_KEY!.trim(), 'base64');
  if (hashKey.length < 32) throw new Error('Invalid configuration: PERSONAL_DATA_HASH_KEY must be at least 32 bytes of base64');
  return { encryptionKeys, activeKeyId, hashKey, developmentKeys: false };
}
