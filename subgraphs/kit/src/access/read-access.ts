import { ForbiddenError, NotFoundError } from '../errors/errors';
import { auditDenial } from '../audit/audit';
import { requireCaller } from '../identity/authorization';
import type { RequestContext } from '../server/request-context';
import { mayRead, readDecision } from './read-rule';
import type { Work } from './read-rule';
import { superiorsOf } from './superiors.loader';

/** The read rule for the caller of one request, with the hierarchy read as it is needed. */
export interface ReadAccess {
  /** Whether the caller may read this work. */
  mayRead(work: Work): Promise<boolean>;
  /** FORBIDDEN with `refusal` (the domain's words, e.g. 'This petition belongs to another agency') unless the caller may read it. */
  assertMayRead(work: Work, refusal: string): Promise<void>;
  /**
   * For one record asked for by id: NOT_FOUND, word for word as for an id that does not exist,
   * unless the caller may read it, so a stranger cannot learn which ids exist or whose they are.
   */
  assertFound(work: Work | readonly Work[], what: string, id: string): Promise<void>;
  /**
   * The items the caller may read, in order. An item may be several works at once (an
   * assignment is both the commission's work and part of its petition): it is readable if
   * any of them is. However long the list, the hierarchy costs at most one query.
   */
  readable<T>(items: readonly T[], workOf: (item: T) => Work | readonly Work[]): Promise<T[]>;
}

/**
 * The one answer every subgraph gives to "may this caller read that agency's work" (see
 * `readDecision`). UNAUTHENTICATED without a caller. Superiors come from the subgraph's own
 * copy of the directory, through a per-request loader, and only when the rule needs them.
 */
export function readAccess(context: RequestContext): ReadAccess {
  const caller = requireCaller(context);
  const superiors = superiorsOf(context);

  async function mayReadAny(works: readonly Work[]): Promise<boolean> {
    const verdicts = await Promise.all(works.map(async (work) => {
      const decision = readDecision(caller, work);
      if (decision !== 'ifSuperior') return decision === 'allowed';
      return mayRead(caller, work, await superiors.load(work.owner));
    }));
    return verdicts.some(Boolean);
  }

  return {
    mayRead: (work) => mayReadAny([work]),

    async assertMayRead(work, refusal) {
      if (await mayReadAny([work])) return;
      await auditRefusal(context, [work], refusal);
      throw new ForbiddenError(refusal);
    },

    async assertFound(work, what, id) {
      if (await mayReadAny([work].flat())) return;
      // The caller sees NOT_FOUND; the auditor sees that it was a refusal.
      await auditRefusal(context, [work].flat(), `${what} ${id} belongs to an agency the caller may not read`, { type: what, id });
      throw new NotFoundError(what, id);
    },

    async readable(items, workOf) {
      // Every item asks at once, so the loader sees every owner in one batch.
      const verdicts = await Promise.all(items.map((item) => mayReadAny([workOf(item)].flat())));
      return items.filter((_item, index) => verdicts[index]);
    },
  };
}

/** The denial point's audit entry: whose work was refused, named by its subject where the caller gave one. */
async function auditRefusal(context: RequestContext, works: readonly Work[], refusal: string, fallback?: { type: string; id: string }): Promise<void> {
  const subject = works.find((work) => work.subject)?.subject ?? fallback;
  await auditDenial(context, {
    subjectType: subject?.type ?? 'Work', subjectId: subject?.id ?? null, purpose: refusal,
    criteria: { owners: works.map((work) => work.owner) },
  });
}
