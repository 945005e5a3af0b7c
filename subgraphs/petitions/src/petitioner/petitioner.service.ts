import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { residentIdFacts } from '@xinfang/kit';
import { DocumentType, Gender } from './petitioner-kind';
import { Petitioner } from './petitioner.entity';
import type { PetitionerInput } from './petitioner.input';
import { idNumberHash, phoneHash, sealIdNumber, sealPhone } from './petitioner-protection';

/**
 * The keyed hashes that say who these people are, for finding their earlier petitions: a
 * person's document when given, their phone only when it is all there is (a hotline caller).
 */
export interface PersonKeys {
  idNumberHashes: string[];
  phoneHashes: string[];
}

export function personKeysOf(inputs: readonly PetitionerInput[]): PersonKeys {
  return {
    idNumberHashes: inputs.filter((input) => input.idNumber).map((input) => idNumberHash(documentTypeOf(input), input.idNumber!)),
    phoneHashes: inputs.filter((input) => !input.idNumber && input.phone).map((input) => phoneHash(input.phone!)),
  };
}

/** Saves the people of a new petition, their numbers sealed as they arrive; flushed with the petition. */
export function createPetitioners(em: EntityManager, petitionId: string, inputs: readonly PetitionerInput[]): Petitioner[] {
  return inputs.map((input, position) => {
    const id = randomUUID();
    const documentType = input.idNumber ? documentTypeOf(input) : null;
    const facts = documentType === DocumentType.RESIDENT_ID ? residentIdFacts(input.idNumber!) : null;
    return em.create(Petitioner, {
      id,
      petitionId,
      position,
      name: input.name.trim(),
      gender: input.gender ?? (facts ? Gender[facts.gender] : null),
      documentType,
      ...(documentType ? sealIdNumber(id, documentType, input.idNumber!) : {}),
      ...(input.phone ? sealPhone(id, input.phone) : {}),
      address: input.address?.trim() || null,
      vulnerabilities: [...(input.vulnerabilities ?? [])],
      representative: input.representative,
      createdAt: new Date(),
    });
  });
}

/** The GraphQL default (a resident identity number) holds for callers in process too (demo data, ledgers). */
function documentTypeOf(input: Pick<PetitionerInput, 'documentType'>): DocumentType {
  return input.documentType ?? DocumentType.RESIDENT_ID;
}
