import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@xinfang/kit';
import type { DifficultCaseFacts } from './difficult-case.service';

/** An earlier petition of the same person on the same matter whose re-review made the answer final. */
export interface FinalDecision {
  id: string;
  trackingNumber: string;
  finalAt: Date;
}

/**
 * The Regulations art. 36: once the re-review has answered, a petition on the same facts and
 * reasons is not accepted again. Refused with FINAL_DECISION and a pointer to the decision.
 */
export class FinalDecisionError extends DomainError {
  constructor(decision: FinalDecision) {
    super(
      `This matter was finally decided by re-review on ${decision.finalAt.toISOString().slice(0, 10)} (petition ${decision.trackingNumber}); the same facts and reasons are not accepted again. Register it with newFacts if the petitioner brings new facts or reasons.`,
      'FINAL_DECISION',
      { finalPetitionId: decision.id, finalTrackingNumber: decision.trackingNumber, finalAt: decision.finalAt.toISOString() },
    );
  }
}

/** The final decision on the same person's same matter (same keyed hashes, same category), whenever it was. */
export async function finalDecisionOnSameMatter(em: EntityManager, facts: Pick<DifficultCaseFacts, 'people' | 'category'>): Promise<FinalDecision | null> {
  const { idNumberHashes, phoneHashes } = facts.people;
  if (idNumberHashes.length === 0 && phoneHashes.length === 0) return null;
  const [row] = await em.execute<{ id: string; tracking_number: string; final_at: Date }[]>(
    `select p.id, p.tracking_number, p.final_at from petition p
     where p.id in (
         select t.petition_id from petitioner t
         where t.id_number_hash in (select jsonb_array_elements_text(?::jsonb)) or t.phone_hash in (select jsonb_array_elements_text(?::jsonb)))
       and p.category = ? and p.status = 'FINAL'
     order by p.final_at desc limit 1`,
    [JSON.stringify(idNumberHashes), JSON.stringify(phoneHashes), facts.category],
  );
  return row ? { id: row.id, trackingNumber: row.tracking_number, finalAt: new Date(row.final_at) } : null;
}
