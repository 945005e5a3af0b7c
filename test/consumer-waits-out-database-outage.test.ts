import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { assistanceSubgraph } from '@xinfang/assistance';
import { AgencyTopics, ReferralUpdateReported, Role, agencyTopic } from '@xinfang/kit';
import type { RunningSubgraph } from '@xinfang/kit';
import { AgencySystem } from './support/agency-system';
import { rowsIn } from './support/directory';
import { expectData, graphql } from './support/graphql-client';
import { startInProcess } from './support/in-process';
import { projectPetitionsInto } from './support/known-petitions';
import { TopicListener, eventually } from './support/kafka-listener';
import { RECORDED_CONSENT, Actor, tokenFor } from './support/seed';
import { TcpRelay } from './support/tcp-relay';
import { testEnv } from './support/test-env';

const DATABASE = 'assistance_db_outage_test';

/**
 * When the consumer's database is unreachable, a partner's update is not its fault: it must
 * wait on its partition and be applied once the database is back, not be dead-lettered.
 * Fault 8 too: meanwhile requests fail fast with SERVICE_UNAVAILABLE, readiness reports the
 * outage, and the service reconnects by itself.
 */
describe('a consumer whose database goes away', () => {
  const suffix = randomUUID().slice(0, 8);
  const partnerAgencyId = `womens-federation-${suffix}`;
  const relay = new TcpRelay({ host: '127.0.0.1', port: Number(new URL(testEnv.databaseUrl).port) });
  let assistance: RunningSubgraph;
  let partner: AgencySystem;
  let deadLetters: TopicListener;

  beforeAll(async () => {
    await relay.open();
    assistance = await startInProcess(assistanceSubgraph, { database: DATABASE, databasePort: relay.port, consumerGroupSuffix: suffix });
    // A partner registered in the real directory: this subgraph's own copy learns of it, and
    // its consumer of every agency's answers starts reading the partner's topic.
    const admin = await Actor.as({ userId: 'test-admin', name: 'Test admin', agencyId: 'platform', roles: [Role.ADMIN] });
    await admin.query(`mutation($input: RegisterAgencyInput!) { registerAgency(input: $input) { id } }`, {
      input: { id: partnerAgencyId, name: `妇联-${suffix}`, englishName: 'Outage Test Women\'s Federation', type: 'WOMENS_FEDERATION', level: 'MUNICIPAL', regionCode: '340300', regionName: '安徽省蚌埠市' },
    });
    await eventually(() => rowsIn(DATABASE, 'directory_agency', [partnerAgencyId]), (rows) => rows.length === 1);
    partner = await AgencySystem.connect(partnerAgencyId);
    deadLetters = await TopicListener.start(`${agencyTopic(AgencyTopics.referralUpdates, partnerAgencyId).name}.dlq`);
  });

  afterAll(async () => {
    await deadLetters.stop();
    await partner.disconnect();
    await assistance.stop();
    await relay.cut();
  });

  it('holds the update through the outage and applies it afterwards', async () => {
    const handler = await tokenFor({ userId: 'outage-handler', name: 'Handler', agencyId: `procuratorate-${suffix}`, roles: [Role.HANDLER] });
    const call = <Data>(query: string, variables: Record<string, unknown>) => expectData<Data>(query, variables, handler, assistance.url);
    const petitionId = randomUUID();
    await projectPetitionsInto(DATABASE, [petitionId], `procuratorate-${suffix}`);
    const { openAssistanceCase } = await call<{ openAssistanceCase: { id: string } }>(
      `mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`,
      { input: { petitionId, applicantName: '申请人', hardship: 'Hardship caused by the case.', requestedAmountFen: 0 } },
    );
    const { issueReferral: referral } = await call<{ issueReferral: { id: string } }>(
      `mutation($input: IssueReferralInput!) { issueReferral(input: $input) { id } }`,
      { input: { assistanceCaseId: openAssistanceCase.id, partnerAgencyId, helpNeeded: 'PSYCHOLOGICAL_COUNSELLING', summary: 'Needs counselling.', consent: RECORDED_CONSENT } },
    );
    const statusOfReferral = async () =>
      (await call<{ assistanceCase: { referrals: { status: string }[] } }>(`query($id: ID!) { assistanceCase(id: $id) { referrals { status } } }`, { id: openAssistanceCase.id }))
        .assistanceCase.referrals[0]?.status;
    const report = (action: 'ACKNOWLEDGE' | 'ACCEPT') =>
      partner.event(ReferralUpdateReported, referral.id, { referralId: referral.id, action, note: null, reportedBy: 'caseworker' });

    // Applied while all is well: the consumer reads the partner's topic.
    await partner.send(AgencyTopics.referralUpdates, report('ACKNOWLEDGE'));
    expect(await eventually(statusOfReferral, (value) => value === 'ACKNOWLEDGED')).toBe('ACKNOWLEDGED');

    await relay.cut();
    const cutAt = Date.now();
    const update = report('ACCEPT');
    await partner.send(AgencyTopics.referralUpdates, update);
    // Meanwhile the API answers, within its 5 s wait for a connection, that it cannot reach its
    // database (not a hang, not an anonymous internal error), and readiness reports the outage.
    const started = Date.now();
    const during = await graphql(`query($id: ID!) { assistanceCase(id: $id) { id } }`, { id: openAssistanceCase.id }, handler, assistance.url);
    expect({ codes: during.errors?.map((error) => error.extensions?.code), answeredWithinTimeout: Date.now() - started < 15_000 })
      .toEqual({ codes: ['SERVICE_UNAVAILABLE'], answeredWithinTimeout: true });
    const ready = await fetch(new URL('/health/ready', assistance.url));
    expect({ status: ready.status, database: ((await ready.json()) as { checks: { database: boolean } }).checks.database }).toEqual({ status: 503, database: false });
    await sleep(Math.max(0, 8000 - (Date.now() - cutAt))); // an outage longer than every attempt the runner makes before giving up on an event
    await relay.open();
    // The pool reconnects by itself: the next request is served.
    expect((await call<{ assistanceCase: { id: string } }>(`query($id: ID!) { assistanceCase(id: $id) { id } }`, { id: openAssistanceCase.id })).assistanceCase.id).toBe(openAssistanceCase.id);

    expect(await eventually(statusOfReferral, (value) => value === 'ACCEPTED', 60_000)).toBe('ACCEPTED');
    // The platform's own assistance reads this partner's topic too, and parks the update of a
    // referral it does not have; what matters is that this subgraph's group did not park it.
    const parkedByUs = (m: { headers: Record<string, string> }) => m.headers['event-id'] === update.id && m.headers['dlq-consumer-group']?.endsWith(suffix) === true;
    expect(deadLetters.all(parkedByUs)).toEqual([]);
  }, 120_000);
});
