import { extendedEntityStub } from '@xinfang/kit';

/** A petition, owned by the petitions subgraph; assistance adds its cases and referrals to it. */
export const PetitionReference = extendedEntityStub('Petition');
export type PetitionReference = InstanceType<typeof PetitionReference>;

export function petitionReference(id: string): PetitionReference {
  return { id };
}
