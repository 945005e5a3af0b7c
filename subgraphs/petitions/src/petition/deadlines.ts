const DAY_MS = 24 * 60 * 60 * 1000;

/** 件件有回复: a procedural reply within 7 days of receipt (calendar days for now). */
export function proceduralReplyDue(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + 7 * DAY_MS);
}

/** The handling result within 3 months of receipt. */
export function resultDue(receivedAt: Date): Date {
  const due = new Date(receivedAt);
  due.setUTCMonth(due.getUTCMonth() + 3);
  return due;
}
