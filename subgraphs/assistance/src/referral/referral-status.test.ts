import { Role, actionsFrom } from '@xinfang/kit';
import { REFERRAL_STEPS, ReferralAction, ReferralStatus } from './referral-status';

const stepsWhere = (keep: (step: (typeof REFERRAL_STEPS)[ReferralAction]) => boolean) =>
  Object.entries(REFERRAL_STEPS).filter(([, step]) => keep(step)).map(([action]) => action).sort();

describe('the referral state machine', () => {
  it('follows issued → acknowledged → accepted → in progress → completed', () => {
    expect(actionsFrom(REFERRAL_STEPS, ReferralStatus.ISSUED).sort()).toEqual(['ACCEPT', 'ACKNOWLEDGE', 'DECLINE', 'ESCALATE', 'REISSUE', 'REVOKE']);
    expect(actionsFrom(REFERRAL_STEPS, ReferralStatus.ACCEPTED).sort()).toEqual(['COMPLETE', 'START']);
    expect(actionsFrom(REFERRAL_STEPS, ReferralStatus.IN_PROGRESS)).toEqual(['COMPLETE']);
  });

  it('lets the issuer revoke only until the partner accepts', () => {
    expect(REFERRAL_STEPS[ReferralAction.REVOKE]).toMatchObject({ by: 'ISSUER', from: [ReferralStatus.ISSUED, ReferralStatus.ACKNOWLEDGED] });
    expect(REFERRAL_STEPS[ReferralAction.REVOKE].roles).not.toContain(Role.PARTNER);
  });

  it('lets the issuer chase an unanswered referral, escalating it or issuing it again, without moving it on', () => {
    for (const action of [ReferralAction.ESCALATE, ReferralAction.REISSUE]) {
      expect(REFERRAL_STEPS[action]).toMatchObject({ by: 'ISSUER', from: [ReferralStatus.ISSUED] });
      expect(REFERRAL_STEPS[action].to).toBeUndefined();
    }
  });

  it('has the partner take every other step', () => {
    expect(stepsWhere((step) => step.by === 'PARTNER')).toEqual(['ACCEPT', 'ACKNOWLEDGE', 'COMPLETE', 'DECLINE', 'START']);
    expect(stepsWhere((step) => step.by === 'PARTNER' && !step.roles?.includes(Role.PARTNER))).toEqual([]);
  });

  it('asks for a reason to decline and an outcome to complete', () => {
    expect(stepsWhere((step) => step.needsNote === true)).toEqual(['COMPLETE', 'DECLINE']);
    expect(REFERRAL_STEPS.DECLINE.noteName).toBe('reason');
    expect(REFERRAL_STEPS.COMPLETE.noteName).toBe('outcome');
  });

  it('lets the issuer redirect a declined referral, and ends at completed, revoked and redirected', () => {
    expect(actionsFrom(REFERRAL_STEPS, ReferralStatus.DECLINED)).toEqual(['REDIRECT']);
    expect(REFERRAL_STEPS.REDIRECT).toMatchObject({ by: 'ISSUER', to: ReferralStatus.REDIRECTED });
    for (const end of [ReferralStatus.COMPLETED, ReferralStatus.REVOKED, ReferralStatus.REDIRECTED]) expect(actionsFrom(REFERRAL_STEPS, end)).toEqual([]);
  });
});
