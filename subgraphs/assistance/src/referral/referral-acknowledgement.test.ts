import type { DeadlineClock } from '@xinfang/kit';
import { acknowledgementDaysLeft } from './referral-acknowledgement';
import { ReferralStatus } from './referral-status';

const NOW = Date.parse('2026-11-20T04:00:00Z');
const clock = (dueAt: string, metAt: string | null = null) => ({ rule: 'REFERRAL_HANDOVER', dueAt: new Date(dueAt), metAt: metAt && new Date(metAt) }) as DeadlineClock;

describe('the days a partner has left to acknowledge a referral', () => {
  it('counts whole days to the due instant, negative once it has passed', () => {
    expect(acknowledgementDaysLeft({ status: ReferralStatus.ISSUED }, clock('2026-11-24T15:59:59.999Z'), NOW)).toBe(4);
    expect(acknowledgementDaysLeft({ status: ReferralStatus.ISSUED }, clock('2026-11-20T15:59:59.999Z'), NOW)).toBe(0);
    expect(acknowledgementDaysLeft({ status: ReferralStatus.ISSUED }, clock('2026-11-18T15:59:59.999Z'), NOW)).toBe(-2);
  });

  it('is none once the partner has answered, or without a clock', () => {
    expect(acknowledgementDaysLeft({ status: ReferralStatus.ACKNOWLEDGED }, clock('2026-11-24T15:59:59.999Z', '2026-11-19T00:00:00Z'), NOW)).toBeNull();
    expect(acknowledgementDaysLeft({ status: ReferralStatus.ISSUED }, null, NOW)).toBeNull();
  });
});
