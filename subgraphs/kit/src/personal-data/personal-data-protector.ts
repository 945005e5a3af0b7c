import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { PersonalDataKeys } from './personal-data-keys';

/** A value as stored: its ciphertext and the id of the key that made it, in two columns. */
export interface SealedValue {
  /** base64url of the 12-byte IV, the ciphertext and the 16-byte GCM tag. */
  ciphertext: string;
  keyId: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encryption at rest and matching for identifying numbers. AES-256-GCM with a fresh IV per
 * value; `context` (e.g. `petitioner.idNumber:<id>`) is authenticated with it, so a ciphertext
 * copied to another row or column does not decrypt. Keyed hashes (HMAC-SHA256) find the same
 * person without decrypting anything; `kind` keeps a passport number from matching a phone.
 */
export class PersonalDataProtector {
  constructor(private readonly keys: PersonalDataKeys) {}

  get usesDevelopmentKeys(): boolean {
    return this.keys.developmentKeys;
  }

  seal(plaintext: string, context: string): SealedValue {
    const keyId = this.keys.activeKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key(keyId), iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { ciphertext: Buffer.concat([iv, encrypted, cipher.getAuthTag()]).toString('base64url'), keyId };
  }

  /** The plaintext; throws (naming the key id, never the value) if the key is unknown or the value was tampered with or moved. */
  open(sealed: SealedValue, context: string): string {
    const bytes = Buffer.from(sealed.ciphertext, 'base64url');
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error('A sealed personal-data value is too short to be one');
    const decipher = createDecipheriv('aes-256-gcm', this.key(sealed.keyId), bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(`A personal-data value sealed with key ${sealed.keyId} does not authenticate in its context`);
    }
  }

  /** Whether a stored value was sealed with a key other than the active one (to re-seal when rotating). */
  needsResealing(sealed: SealedValue): boolean {
    return sealed.keyId !== this.keys.activeKeyId;
  }

  /** Hex HMAC-SHA256 of `kind:value`; give it normalised values (`normalizeResidentId`, `normalizePhone`). */
  keyedHash(kind: string, value: string): string {
    return createHmac('sha256', this.keys.hashKey).update(`${kind}:${value}`, 'utf8').digest('hex');
  }

  private key(keyId: string): Buffer {
    const key = this.keys.encryptionKeys.get(keyId);
    if (!key) throw new Error(`No personal-data key ${keyId} is configured (PERSONAL_DATA_KEYS)`);
    return key;
  }
}
