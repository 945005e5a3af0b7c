import { PersonalDataProtector, normalizePhone, normalizeResidentId, readPersonalDataKeys } from '@xinfang/kit';
import type { SealedValue } from '@xinfang/kit';
import { DocumentType } from './petitioner-kind';
import type { Petitioner } from './petitioner.entity';

/** Read once at start: a malformed key fails the start, naming the variable. */
export const personalData = new PersonalDataProtector(readPersonalDataKeys());

/** What each sealed value is bound to: its column and its row, so it cannot be moved. */
const contextOf = (field: 'idNumber' | 'phone', petitionerId: string) => `petitioner.${field}:${petitionerId}`;

/** The same document number however it was typed: trimmed, upper-case (a resident ID's x). */
export function normalizeDocumentNumber(documentType: DocumentType, value: string): string {
  return documentType === DocumentType.RESIDENT_ID ? normalizeResidentId(value) : value.trim().toUpperCase();
}

/** The keyed hash that finds a person by their document: the type is part of it. */
export function idNumberHash(documentType: DocumentType, value: string): string {
  return personalData.keyedHash(documentType, normalizeDocumentNumber(documentType, value));
}

export function phoneHash(value: string): string {
  return personalData.keyedHash('PHONE', normalizePhone(value));
}

/** The columns a petitioner's ID number is stored in. */
export function sealIdNumber(petitionerId: string, documentType: DocumentType, value: string): Pick<Petitioner, 'idNumberCiphertext' | 'idNumberKeyId' | 'idNumberHash'> {
  const sealed = personalData.seal(normalizeDocumentNumber(documentType, value), contextOf('idNumber', petitionerId));
  return { idNumberCiphertext: sealed.ciphertext, idNumberKeyId: sealed.keyId, idNumberHash: idNumberHash(documentType, value) };
}

/** The columns a petitioner's phone number is stored in, as its digits. */
export function sealPhone(petitionerId: string, value: string): Pick<Petitioner, 'phoneCiphertext' | 'phoneKeyId' | 'phoneHash'> {
  const sealed = personalData.seal(normalizePhone(value), contextOf('phone', petitionerId));
  return { phoneCiphertext: sealed.ciphertext, phoneKeyId: sealed.keyId, phoneHash: phoneHash(value) };
}

export function openIdNumber(petitioner: Petitioner): string | null {
  return open(petitioner.idNumberCiphertext, petitioner.idNumberKeyId, contextOf('idNumber', petitioner.id));
}

export function openPhone(petitioner: Petitioner): string | null {
  return open(petitioner.phoneCiphertext, petitioner.phoneKeyId, contextOf('phone', petitioner.id));
}

function open(ciphertext: string | null, keyId: string | null, context: string): string | null {
  if (ciphertext === null || keyId === null) return null;
  const sealed: SealedValue = { ciphertext, keyId };
  return personalData.open(sealed, context);
}
