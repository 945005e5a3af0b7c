import { BadUserInputError, residentIdProblem } from '@xinfang/kit';
import { ConsentGiver, HELP_NEEDING_ID_NUMBER, ITEMS_SHARED_ON_LEGAL_GROUND, SharedDataItem } from './referral-kind';
import type { HelpNeeded } from './referral-kind';
import type { ConsentInput, LegalGroundInput } from './sharing-basis.input';

/** What may go to the partner: the consent's items, or on a legal ground only name and contact. */
export function sharedItemsOf(basis: { consentCovers: readonly SharedDataItem[] | null }): SharedDataItem[] {
  return basis.consentCovers ? [...basis.consentCovers] : [...ITEMS_SHARED_ON_LEGAL_GROUND];
}

/**
 * A referral shares personal data on the person's recorded consent or on a legal ground,
 * exactly one of them; the refusal names the field to fix.
 */
export function assertSharingBasis(consent: ConsentInput | null | undefined, legalGround: LegalGroundInput | null | undefined, now = new Date()): void {
  if (!consent && !legalGround) {
    throw new BadUserInputError('A referral needs the person\'s recorded consent or a legal ground for sharing their data', { field: 'consent' });
  }
  if (consent && legalGround) throw new BadUserInputError('Give the consent or a legal ground, not both', { field: 'legalGround' });
  if (!consent) return;
  if (consent.givenBy !== ConsentGiver.APPLICANT && !consent.giverName?.trim()) {
    throw new BadUserInputError('Consent given by a guardian or relative names who gave it', { field: 'consent.giverName' });
  }
  if (consent.givenAt.getTime() > now.getTime()) throw new BadUserInputError('Consent cannot be given in the future', { field: 'consent.givenAt' });
  if (consent.covers.length === 0) throw new BadUserInputError('Consent covers at least one item', { field: 'consent.covers' });
}

/** The ID number goes to a partner only when the help needs it and the consent covers it. */
export function assertIdNumberMayBeShared(idNumber: string, helpNeeded: HelpNeeded, shared: readonly SharedDataItem[]): void {
  const problem = residentIdProblem(idNumber);
  if (problem) throw new BadUserInputError(`Not a resident ID number: ${problem}`, { field: 'idNumber' });
  if (!HELP_NEEDING_ID_NUMBER.includes(helpNeeded)) throw new BadUserInputError(`${helpNeeded} does not need the person's ID number`, { field: 'idNumber' });
  if (!shared.includes(SharedDataItem.ID_NUMBER)) throw new BadUserInputError('The consent does not cover sharing the ID number', { field: 'idNumber' });
}

/** Identifying numbers a piece of free text carries. */
export interface NumbersInText {
  residentId: boolean;
  phone: boolean;
}

// Digits joined across the spaces and dashes people type inside numbers.
const joined = (text: string) => text.replace(/(\d)[\s-](?=\d)/g, '$1');
const RESIDENT_ID_CANDIDATE = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;
/** A mainland mobile number (11 digits from 13x to 19x), with or without +86. */
const MOBILE = /(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)/;
/** A landline with its area code (0552-3012345), written with a separator. */
const LANDLINE = /(?<!\d)0\d{2,3}[-\s]\d{7,8}(?!\d)/;

/** Whether text carries a resident ID number (a valid one, by the kit's GB 11643 check) or a mainland phone number. */
export function numbersIn(text: string): NumbersInText {
  const compact = joined(text);
  const residentId = [...compact.matchAll(RESIDENT_ID_CANDIDATE)].some(([candidate]) => residentIdProblem(candidate) === null);
  return { residentId, phone: MOBILE.test(compact) || LANDLINE.test(text) };
}

/**
 * Free text bound for a partner (a summary, a note the issuer writes) may not carry an ID or
 * phone number the sharing basis does not cover: refused, naming the field, never the number.
 */
export function assertPartnerBoundText(text: string | null | undefined, field: string, shared: readonly SharedDataItem[]): void {
  if (!text) return;
  const found = numbersIn(text);
  if (found.residentId && !shared.includes(SharedDataItem.ID_NUMBER)) {
    throw new BadUserInputError(`The ${field} carries a resident ID number, which the consent does not cover sharing with the partner`, { field });
  }
  if (found.phone && !shared.includes(SharedDataItem.CONTACT)) {
    throw new BadUserInputError(`The ${field} carries a phone number, which the consent does not cover sharing with the partner`, { field });
  }
}
