import { randomUUID } from 'node:crypto';
import { ReferralIssued } from './contracts';
import { contractFor } from './contracts';
import { createEvent } from './contract';

const origin = { service: 'assistance', agencyId: 'bengbu-procuratorate' };
const data = {
  referralId: randomUUID(),
  assistanceCaseId: randomUUID(),
  petitionId: randomUUID(),
  partnerAgencyId: 'bengbu-womens-federation',
  issuingAgencyId: 'bengbu-procuratorate',
  helpNeeded: 'LEGAL_AID',
  summary: 'Needs legal aid.',
  urgent: false,
};

describe('event contracts', () => {
  it('wrap data in the envelope: id, type, version, source, time, subject', () => {
    const event = createEvent(ReferralIssued, data.referralId, data, { ...origin, traceparent: '00-abc-def-01' });
    expect(event).toMatchObject({ type: 'ReferralIssued', version: 1, source: origin, subject: data.referralId, traceparent: '00-abc-def-01', data });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(event.time).toISOString()).toBe(event.time);
  });

  it('refuse to build an event that breaks its contract, so it never reaches the outbox', () => {
    expect(() => createEvent(ReferralIssued, data.referralId, { ...data, referralId: 'not-a-uuid' }, origin)).toThrow(/referralId/);
    expect(() => createEvent(ReferralIssued, '', data, origin)).toThrow(/subject/);
  });

  it('are found by type for consumers, and unknown types are not', () => {
    expect(contractFor('ReferralIssued')).toBe(ReferralIssued);
    expect(contractFor('SomethingElse')).toBeUndefined();
  });
});
