import { PersonalDataProtector, normalizePhone, normalizeResidentId, readPersonalDataKeys } from '@xinfang/kit';
import type { Referral } from './referral.entity';

/** Read once at start: a malformed key fails the start, naming the variable. */
const personalData = new PersonalDataProtector(readPersonalDataKeys());

/** The personal data a referral keeps sealed: each value bound to its column and its row. */
type SealedField = 'contactPhone' | 'idNumber' | 'consentGiverName';
const contextOf = (field: SealedField, referralId: string) => `referral.${field}:${referralId}`;

type Columns = { [F in SealedField as `${F}Ciphertext` | `${F}KeyId`]: string | null };

/** The two columns a value is stored in; nulls when there is none. */
export function sealReferralField(referralId: string, field: SealedField, value: string | null | undefined): Partial<Columns> {
  if (!value) return { [`${field}Ciphertext`]: null, [`${field}KeyId`]: null };
  const normalized = field === 'contactPhone' ? normalizePhone(value) : field === 'idNumber' ? normalizeResidentId(value) : value.trim();
  const sealed = personalData.seal(normalized, contextOf(field, referralId));
  return { [`${field}Ciphertext`]: sealed.ciphertext, [`${field}KeyId`]: sealed.keyId };
}

/** The value in the clear, for the partner it is shared with or the issuer who recorded it. */
export function openReferralField(referral: Referral, field: SealedField): string | null {
  const ciphertext = referral[`${field}Ciphertext`];
  const keyId = referral[`${field}KeyId`];
  if (ciphertext === null || keyId === null) return null;
  return personalData.open({ ciphertext, keyId }, contextOf(field, referral.id));
}
