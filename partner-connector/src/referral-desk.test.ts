import { randomUUID } from 'node:crypto';
import { ReferralIssued, ReferralStatusChanged, ReferralUpdateReported, createEvent } from '@xinfang/kit/partner-system';
import { ReferralDesk, answerId } from './referral-desk';

const AGENCY = 'bengbu-civil-affairs';
const origin = { service: 'assistance', agencyId: 'bengbu-procuratorate' };
const ids = () => ({ referralId: randomUUID(), assistanceCaseId: randomUUID(), petitionId: randomUUID() });

function issued(referral: ReturnType<typeof ids>, partnerAgencyId = AGENCY): string {
  return JSON.stringify(createEvent(ReferralIssued, referral.referralId, {
    ...referral, partnerAgencyId, issuingAgencyId: 'bengbu-procuratorate', helpNeeded: 'SOCIAL_ASSISTANCE', summary: 'Needs minimum living allowance.', urgent: false,
  }, origin));
}

function statusChanged(referral: ReturnType<typeof ids>, status: string, previousStatus: string): string {
  return JSON.stringify(createEvent(ReferralStatusChanged, referral.referralId, { ...referral, partnerAgencyId: AGENCY, status, previousStatus, note: null }, origin));
}

const desk = (policy: 'ACKNOWLEDGE' | 'LOG_ONLY' = 'ACKNOWLEDGE') =>
  new ReferralDesk({ agencyId: AGENCY, policy, reportedBy: 'connector', reportedByName: '民政局系统', service: 'bengbu-civil-affairs.connector' });

describe('the referral desk', () => {
  it('acknowledges a new referral with a valid ReferralUpdateReported', () => {
    const referral = ids();
    const subject = desk();
    const [answer, ...more] = subject.answer([subject.read(issued(referral))]);
    expect(more).toEqual([]);
    expect(ReferralUpdateReported.schema.parse(answer)).toMatchObject({
      subject: referral.referralId,
      source: { service: 'bengbu-civil-affairs.connector', agencyId: AGENCY },
      data: { referralId: referral.referralId, action: 'ACKNOWLEDGE', reportedBy: 'connector', reportedByName: '民政局系统' },
    });
  });

  it('gives a redelivered referral the same answer id, and does not answer it again once sent', () => {
    const referral = ids();
    const subject = desk();
    const first = subject.answer([subject.read(issued(referral))]);
    // Not yet confirmed as sent (the send failed, the batch comes again): the same event again.
    const retried = subject.answer([subject.read(issued(referral))]);
    expect(retried.map((answer) => answer.id)).toEqual(first.map((answer) => answer.id));
    expect(first[0]?.id).toBe(answerId(AGENCY, referral.referralId, 'ACKNOWLEDGE'));
    subject.sent(retried);
    expect(subject.answer([subject.read(issued(referral))])).toEqual([]);
    // A fresh process (nothing remembered) derives the very same id, which the platform applies once.
    expect(desk().answer([desk().read(issued(referral))])[0]?.id).toBe(first[0]?.id);
  });

  it('does not answer a referral that has already moved on, nor after it moved on, nor twice in one batch', () => {
    const handled = ids();
    const revokedLater = ids();
    const subject = desk();
    const batch = [
      issued(handled), issued(handled), statusChanged(handled, 'ACKNOWLEDGED', 'ISSUED'),
      issued(revokedLater),
    ].map((value) => subject.read(value));
    expect(subject.answer(batch).map((answer) => answer.data.referralId)).toEqual([revokedLater.referralId]);
    expect(subject.answer([subject.read(statusChanged(revokedLater, 'REVOKED', 'ISSUED')), subject.read(issued(revokedLater))])).toEqual([]);
    expect(subject.answer([subject.read(issued(handled))])).toEqual([]);
  });

  it('only logs under LOG_ONLY', () => {
    const subject = desk('LOG_ONLY');
    expect(subject.answer([subject.read(issued(ids()))])).toEqual([]);
  });

  it('reads what is not a referral to this agency as unreadable, with the reason', () => {
    const subject = desk();
    expect(subject.read('not json')).toEqual({ kind: 'unreadable', reason: 'not JSON' });
    expect(subject.read('{"type":"AssignmentCreated"}')).toEqual({ kind: 'unreadable', reason: 'not a referral event (AssignmentCreated)' });
    expect(subject.read('{"type":"ReferralIssued","data":{}}')).toMatchObject({ kind: 'unreadable', reason: expect.stringContaining('does not match ReferralIssued v1') });
    expect(subject.read(issued(ids(), 'another-agency'))).toEqual({ kind: 'unreadable', reason: 'addressed to another-agency, not to this agency' });
  });
});
