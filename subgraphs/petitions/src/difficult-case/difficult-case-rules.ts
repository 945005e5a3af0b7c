const DAY_MS = 24 * 3600_000;

/** 集体访: several people together, as many as the configured head count or more. */
export function isGroupPetition(headCount: number, groupHeadCount: number): boolean {
  return headCount >= groupHeadCount;
}

/**
 * 越级访: received by an agency above the one with jurisdiction, skipping it (a city
 * procuratorate receiving what is a county's to handle). Receiving it at the agency with
 * jurisdiction, below it or beside it is not.
 */
export function isLeapfrog(receivingAgencyId: string, jurisdictionAgencyId: string | null | undefined, superiorsOfJurisdiction: readonly string[]): boolean {
  return !!jurisdictionAgencyId && jurisdictionAgencyId !== receivingAgencyId && superiorsOfJurisdiction.includes(receivingAgencyId);
}

/** 重复访 counts earlier petitions received from this instant up to the new one's receipt. */
export function repeatWindowStart(receivedAt: Date, repeatWindowDays: number): Date {
  return new Date(receivedAt.getTime() - repeatWindowDays * DAY_MS);
}
