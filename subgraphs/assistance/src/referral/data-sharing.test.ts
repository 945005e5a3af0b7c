import { residentIdCheckCharacter } from '@xinfang/kit';
import { assertIdNumberMayBeShared, assertPartnerBoundText, assertSharingBasis, numbersIn, sharedItemsOf } from './data-sharing';
import { ConsentForm, ConsentGiver, HelpNeeded, LegalGround, SharedDataItem } from './referral-kind';

const ID = `34030219850615123${residentIdCheckCharacter('34030219850615123')}`;
const codeOf = (act: () => void) => {
  try {
    act();
    return null;
  } catch (error) {
    const { extensions } = error as { extensions: { code: string; field: string } };
    return `${extensions.code}:${extensions.field}`;
  }
};
const consent = (overrides = {}) => ({ givenBy: ConsentGiver.APPLICANT, givenAt: new Date('2026-11-01T02:00:00Z'), covers: [SharedDataItem.NAME], form: ConsentForm.WRITTEN, ...overrides });

describe('the ground for sharing a person\'s data with a partner', () => {
  it('is a recorded consent or a legal ground, exactly one', () => {
    expect(codeOf(() => assertSharingBasis(null, null))).toBe('BAD_USER_INPUT:consent');
    expect(codeOf(() => assertSharingBasis(consent(), { ground: LegalGround.STATUTORY_DUTY, citation: '社会救助暂行办法' }))).toBe('BAD_USER_INPUT:legalGround');
    expect(codeOf(() => assertSharingBasis(consent(), null))).toBeNull();
    expect(codeOf(() => assertSharingBasis(null, { ground: LegalGround.STATUTORY_DUTY, citation: '社会救助暂行办法' }))).toBeNull();
  });

  it('names who consented for the person, and was not given in the future', () => {
    expect(codeOf(() => assertSharingBasis(consent({ givenBy: ConsentGiver.GUARDIAN }), null))).toBe('BAD_USER_INPUT:consent.giverName');
    expect(codeOf(() => assertSharingBasis(consent({ givenBy: ConsentGiver.GUARDIAN, giverName: '王芳' }), null))).toBeNull();
    expect(codeOf(() => assertSharingBasis(consent({ givenAt: new Date(Date.now() + 3600_000) }), null))).toBe('BAD_USER_INPUT:consent.givenAt');
  });

  it('shares only name and contact on a legal ground, and what the consent covers otherwise', () => {
    expect(sharedItemsOf({ consentCovers: null })).toEqual(['NAME', 'CONTACT']);
    expect(sharedItemsOf({ consentCovers: [SharedDataItem.NAME, SharedDataItem.ID_NUMBER] })).toEqual(['NAME', 'ID_NUMBER']);
  });

  it('shares an ID number only when the help needs it and the consent covers it', () => {
    expect(codeOf(() => assertIdNumberMayBeShared(ID, HelpNeeded.DISABILITY_SUPPORT, [SharedDataItem.ID_NUMBER]))).toBeNull();
    expect(codeOf(() => assertIdNumberMayBeShared(ID, HelpNeeded.PSYCHOLOGICAL_COUNSELLING, [SharedDataItem.ID_NUMBER]))).toBe('BAD_USER_INPUT:idNumber');
    expect(codeOf(() => assertIdNumberMayBeShared(ID, HelpNeeded.DISABILITY_SUPPORT, [SharedDataItem.NAME]))).toBe('BAD_USER_INPUT:idNumber');
    const wrongCheck = `${ID.slice(0, 17)}${ID.endsWith('0') ? '1' : '0'}`;
    expect(codeOf(() => assertIdNumberMayBeShared(wrongCheck, HelpNeeded.DISABILITY_SUPPORT, [SharedDataItem.ID_NUMBER]))).toBe('BAD_USER_INPUT:idNumber');
  });
});

describe('free text bound for a partner', () => {
  it('finds resident ID numbers by their check digit, and mainland phone numbers', () => {
    expect(numbersIn(`身份证 ${ID}，请联系`)).toEqual({ residentId: true, phone: false });
    expect(numbersIn(`ID ${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`).residentId).toBe(true);
    expect(numbersIn('电话 138-1234-5678').phone).toBe(true);
    expect(numbersIn('call +8613812345678').phone).toBe(true);
    expect(numbersIn('座机 0552-3012345').phone).toBe(true);
    expect(numbersIn('Paid 12,000 yuan on 2026-10-10; case 2026-0017; 3 children.')).toEqual({ residentId: false, phone: false });
  });

  it('is refused with the field named when it carries a number the basis does not cover', () => {
    expect(codeOf(() => assertPartnerBoundText(`Her ID is ${ID}, phone 13812345678`, 'summary', [SharedDataItem.NAME]))).toBe('BAD_USER_INPUT:summary');
    expect(codeOf(() => assertPartnerBoundText('phone 13812345678', 'summary', [SharedDataItem.NAME, SharedDataItem.CONTACT]))).toBeNull();
    expect(codeOf(() => assertPartnerBoundText(`ID ${ID}`, 'reason', [SharedDataItem.CONTACT]))).toBe('BAD_USER_INPUT:reason');
    expect(codeOf(() => assertPartnerBoundText(`ID ${ID}`, 'summary', [SharedDataItem.ID_NUMBER]))).toBeNull();
  });
});
