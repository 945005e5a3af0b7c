import { CLOCK_RULES } from '@xinfang/kit';
import { handoverOutcomeOf } from './referral-deadlines';
import { REFERRAL_STEPS, ReferralAction, ReferralStatus } from './referral-status';

describe('a referral\'s hand-over clock', () => {
  it('is 5 working days', () => {
    expect(CLOCK_RULES.REFERRAL_HANDOVER).toMatchObject({ unit: 'WORKING_DAYS', amount: 5 });
  });

  it('is met by the partner\'s first answer, whichever it is, and withdrawn by a revocation', () => {
    const firstAnswers = Object.values(ReferralAction).filter((action) => REFERRAL_STEPS[action].by === 'PARTNER' && REFERRAL_STEPS[action].from.includes(ReferralStatus.ISSUED));
    expect(firstAnswers.sort()).toEqual(['ACCEPT', 'ACKNOWLEDGE', 'DECLINE']);
    expect(firstAnswers.map(handoverOutcomeOf)).toEqual(['MET', 'MET', 'MET']);
    expect(handoverOutcomeOf(ReferralAction.REVOKE)).toBe('WITHDRAWN');
  });

  it('is left alone by later steps', () => {
    expect([ReferralAction.START, ReferralAction.COMPLETE].map(handoverOutcomeOf)).toEqual([null, null]);
  });
});
