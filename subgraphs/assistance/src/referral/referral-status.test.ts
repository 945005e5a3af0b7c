import { REFERRAL_STEPS, ReferralAction, ReferralStatus } from './referral-status';

const reachable = (from: ReferralStatus) =>
  Object.entries(REFERRAL_STEPS).filter(([, step]) => step.from.includes(from)).map(([action]) => action).sort();

describe('the referral state machine', () => {
  it('lets the issuer revoke only until the partner accepts', () => {
    expect(REFERRAL_STEPS[ReferralAction.REVOKE]).toMatchObject({ by: 'ISSUER', from: [ReferralStatus.ISSUED, ReferralStatus.ACKNOWLEDGED] });
    expect(reachable(ReferralStatus.ACCEPTED)).toEqual(['COMPLETE', 'START']);
  });

  it('has the partner take every other step', () => {
    const partnerSteps = Object.entries(REFERRAL_STEPS).filter(([, step]) => step.by === 'PARTNER').map(([action]) => action).sort();
    expect(partnerSteps).toEqual(['ACCEPT', 'ACKNOWLEDGE', 'COMPLETE', 'DECLINE', 'START']);
  });

  it('asks for a reason to decline and an outcome to complete', () => {
    const withNote = Object.entries(REFERRAL_STEPS).filter(([, step]) => step.needsNote).map(([action]) => action).sort();
    expect(withNote).toEqual(['COMPLETE', 'DECLINE']);
  });

  it('ends at completed, declined and revoked', () => {
    for (const end of [ReferralStatus.COMPLETED, ReferralStatus.DECLINED, ReferralStatus.REVOKED]) expect(reachable(end)).toEqual([]);
  });
});
