import { registerEnumType } from 'type-graphql';

/** Why a leader carries a case down to the petitioner (带案下访的情形), as the seed's provisions list them. */
export enum VisitReason {
  /** 信访时间长、问题难以解决 */
  LONG_TERM_HARD_TO_RESOLVE = 'LONG_TERM_HARD_TO_RESOLVE',
  /** 信访人申请到其所在地 */
  PETITIONER_ASKED = 'PETITIONER_ASKED',
  /** 信访人年老体弱、行动不便 */
  PETITIONER_OLD_WEAK_OR_IMMOBILE = 'PETITIONER_OLD_WEAK_OR_IMMOBILE',
  /** 其他需要带案下访的 (the reason is then said in words) */
  OTHER = 'OTHER',
}

registerEnumType(VisitReason, {
  name: 'CaseCarryingVisitReason',
  description: 'Why the leader visits the petitioner at their place.',
  valuesConfig: {
    LONG_TERM_HARD_TO_RESOLVE: { description: 'The petitioner has petitioned for a long time and the problem is hard to resolve.' },
    PETITIONER_ASKED: { description: 'The petitioner asked for the visit at their place.' },
    PETITIONER_OLD_WEAK_OR_IMMOBILE: { description: 'The petitioner is old, weak or cannot travel.' },
    OTHER: { description: 'Another reason, stated in reasonText.' },
  },
});
