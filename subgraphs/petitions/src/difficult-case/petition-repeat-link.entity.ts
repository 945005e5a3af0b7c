import { Entity, PrimaryKey, PrimaryKeyProp } from '@mikro-orm/core';

/** A repeat petition (重复访) and one of the same person's earlier petitions on the same matter. */
@Entity({ tableName: 'petition_repeat_link' })
export class PetitionRepeatLink {
  [PrimaryKeyProp]?: ['petitionId', 'earlierPetitionId'];

  @PrimaryKey({ type: 'uuid' })
  petitionId!: string;

  @PrimaryKey({ type: 'uuid' })
  earlierPetitionId!: string;
}
