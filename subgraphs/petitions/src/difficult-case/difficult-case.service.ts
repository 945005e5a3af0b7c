import type { EntityManager } from '@mikro-orm/postgresql';
import { superiorChains } from '@xinfang/kit';
import type { PersonKeys } from '../petitioner/petitioner.service';
import { isGroupPetition, isLeapfrog, repeatWindowStart } from './difficult-case-rules';
import { difficultCaseSettings } from './difficult-case-settings';
import { PetitionRepeatLink } from './petition-repeat-link.entity';

const settings = difficultCaseSettings();

/** At most this many earlier petitions are linked to a repeat (and counted). */
const MAX_LINKED = 100;

export interface DifficultCaseFacts {
  receivingAgencyId: string;
  jurisdictionAgencyId: string | null;
  category: string;
  receivedAt: Date;
  headCount: number;
  people: PersonKeys;
}

export interface DifficultCaseFlags {
  repeat: boolean;
  repeatCount: number;
  group: boolean;
  leapfrog: boolean;
  earlierPetitionIds: string[];
}

/**
 * The difficult-case flags of a petition about to be registered. Only reads, so it runs
 * before anything of the new petition is created and a refusal leaves nothing half-written.
 * A repeat is an earlier petition of one of the same people (by keyed hash) in the same
 * category, received within the window before this one.
 */
export async function assessDifficultCase(em: EntityManager, facts: DifficultCaseFacts): Promise<DifficultCaseFlags> {
  const [superiorsOfJurisdiction] = facts.jurisdictionAgencyId ? await superiorChains(em, [facts.jurisdictionAgencyId]) : [[]];
  const earlierPetitionIds = await earlierPetitionsOf(em, facts);
  return {
    repeat: earlierPetitionIds.length > 0,
    repeatCount: earlierPetitionIds.length,
    group: isGroupPetition(facts.headCount, settings.groupHeadCount),
    leapfrog: isLeapfrog(facts.receivingAgencyId, facts.jurisdictionAgencyId, superiorsOfJurisdiction ?? []),
    earlierPetitionIds,
  };
}

/** Links a repeat to the earlier petitions found; flushed with it. */
export function linkEarlierPetitions(em: EntityManager, petitionId: string, earlierPetitionIds: readonly string[]): void {
  for (const earlierPetitionId of earlierPetitionIds) em.create(PetitionRepeatLink, { petitionId, earlierPetitionId });
}

async function earlierPetitionsOf(em: EntityManager, facts: DifficultCaseFacts): Promise<string[]> {
  const { idNumberHashes, phoneHashes } = facts.people;
  if (idNumberHashes.length === 0 && phoneHashes.length === 0) return [];
  const rows = await em.execute<{ id: string }[]>(
    // From the person's few rows (hash indexes) to their petitions, not from a year of petitions.
    `select p.id from petition p
     where p.id in (
         select t.petition_id from petitioner t
         where t.id_number_hash in (select jsonb_array_elements_text(?::jsonb)) or t.phone_hash in (select jsonb_array_elements_text(?::jsonb)))
       and p.category = ? and p.received_at >= ? and p.received_at <= ?
     order by p.received_at desc, p.id desc
     limit ?`,
    [JSON.stringify(idNumberHashes), JSON.stringify(phoneHashes), facts.category, repeatWindowStart(facts.receivedAt, settings.repeatWindowDays), facts.receivedAt, MAX_LINKED],
  );
  return rows.map((row) => row.id);
}
