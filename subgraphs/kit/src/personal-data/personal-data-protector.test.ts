import { PersonalDataProtector } from './personal-data-protector';
import { readPersonalDataKeys } from './personal-data-keys';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const configured = (overrides: Record<string, string> = {}) => readPersonalDataKeys({
  PERSONAL_DATA_KEYS: `k2025:${key(1)},k2026:${key(2)}`,
  PERSONAL_DATA_ACTIVE_KEY: 'k2026',
  PERSONAL_DATA_HASH_KEY: key(3),
  ...overrides,
});

describe('personal-data protection', () => {
  const protector = new PersonalDataProtector(configured());
  const ID = '340101199003074576';

  it('seals with the active key: ciphertext that holds nothing of the value, different every time', () => {
    const sealed = protector.seal(ID, 'petitioner.idNumber:p1');
    expect(sealed.keyId).toBe('k2026');
    expect(sealed.ciphertext).not.toContain('4576');
    expect(Buffer.from(sealed.ciphertext, 'base64url').toString('latin1')).not.toContain('4576');
    expect(protector.seal(ID, 'petitioner.idNumber:p1').ciphertext).not.toBe(sealed.ciphertext);
    expect(protector.open(sealed, 'petitioner.idNumber:p1')).toBe(ID);
  });

  it('opens a value AES-256-GCM-encrypted elsewhere: IV, ciphertext and tag in base64url', () => {
    // Key k2026 (32 bytes of 0x02), IV 12 bytes of 0x07, AAD "petitioner.idNumber:p1", made with Node's crypto directly.
    expect(protector.open({ keyId: 'k2026', ciphertext: 'BwcHBwcHBwcHBwcHsmftIVV11d0OFOkiZAo-vQE_pfhMkM71-0K9N0RDrjPbBg' }, 'petitioner.idNumber:p1')).toBe(ID);
  });

  it('opens values sealed with an older key after rotation, and says they need resealing', () => {
    const before = new PersonalDataProtector(configured({ PERSONAL_DATA_ACTIVE_KEY: 'k2025' })).seal(ID, 'ctx');
    expect(protector.open(before, 'ctx')).toBe(ID);
    expect(protector.needsResealing(before)).toBe(true);
  });

  it('refuses a value moved to another row, tampered with, or sealed with a key no longer listed, without quoting it', () => {
    const sealed = protector.seal(ID, 'petitioner.idNumber:p1');
    expect(() => protector.open(sealed, 'petitioner.idNumber:p2')).toThrow(/does not authenticate/);
    const bytes = Buffer.from(sealed.ciphertext, 'base64url');
    bytes[14]! ^= 1;
    expect(() => protector.open({ ...sealed, ciphertext: bytes.toString('base64url') }, 'petitioner.idNumber:p1')).toThrow(/does not authenticate/);
    const withoutOld = new PersonalDataProtector(configured({ PERSONAL_DATA_KEYS: `k2026:${key(2)}` }));
    expect(() => withoutOld.open({ ...sealed, keyId: 'k2025' }, 'petitioner.idNumber:p1')).toThrow('No personal-data key k2025');
  });

  it('hashes with its own key: the same value matches, another kind or key does not', () => {
    // HMAC-SHA256(32 bytes of 0x03, "RESIDENT_ID:340101199003074576"), computed independently.
    expect(protector.keyedHash('RESIDENT_ID', ID)).toBe('9475bc9b5bfb02eb7292d8727e2426d68c44f339374593664b009f293d144d2c');
    expect(protector.keyedHash('RESIDENT_ID', ID)).toBe(protector.keyedHash('RESIDENT_ID', ID));
    expect(protector.keyedHash('PHONE', ID)).not.toBe(protector.keyedHash('RESIDENT_ID', ID));
    expect(new PersonalDataProtector(configured({ PERSONAL_DATA_HASH_KEY: key(4) })).keyedHash('RESIDENT_ID', ID)).not.toBe(protector.keyedHash('RESIDENT_ID', ID));
  });

  it('uses the published development keys only when nothing is configured', () => {
    expect(readPersonalDataKeys({}).developmentKeys).toBe(true);
    expect(configured().developmentKeys).toBe(false);
    expect(() => readPersonalDataKeys({ PERSONAL_DATA_KEYS: `k1:${key(1)}` })).toThrow(/together/);
    expect(() => configured({ PERSONAL_DATA_ACTIVE_KEY: 'k2027' })).toThrow(/not in PERSONAL_DATA_KEYS/);
    expect(() => configured({ PERSONAL_DATA_KEYS: 'k1:c2hvcnQ=' })).toThrow(/not 32 bytes/);
    expect(() => configured({ PERSONAL_DATA_HASH_KEY: 'c2hvcnQ=' })).toThrow(/at least 32 bytes/);
  });
});
