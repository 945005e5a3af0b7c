/**
 * "Looking back" (积案清理 回头看): petitions closed and then petitioned again on the same
 * matter, reopened or followed by a repeat petition that links to them (`repeated_later`, kept
 * by a trigger on the link). The daily statistics count the same condition (Migration20261126000010).
 */
export const LOOKING_BACK_CONDITION = `(
  p.reopen_count > 0
  or (p.status in ('CLOSED', 'REVIEWED', 'FINAL') and p.repeated_later)
)`;

/** The ids of an agency's looking-back petitions, resolved or not. */
export const LOOKING_BACK_IDS = `select p.id from petition p
  where p.handling_agency_id = ? and ${LOOKING_BACK_CONDITION} and (p.looking_back_resolved_at is not null) = ?`;

/** Whether one petition is a looking-back case. */
export const IS_LOOKING_BACK = `select ${LOOKING_BACK_CONDITION} as looking_back from petition p where p.id = ?`;
