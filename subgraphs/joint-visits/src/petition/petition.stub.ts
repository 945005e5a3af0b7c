import { extendedEntityStub } from '@xinfang/kit';

/** A petition, owned by the petitions subgraph; joint-visits adds the assignments made of it. */
export const PetitionReference = extendedEntityStub('Petition');
export type PetitionReference = InstanceType<typeof PetitionReference>;

export function petitionReference(id: string): PetitionReference {
  return { id };
}
