import { randomUUID } from 'node:crypto';
import { assistanceSubgraph } from '@xinfang/assistance';
import { Role } from '@xinfang/kit';
import type { RunningSubgraph } from '@xinfang/kit';
import { expectData } from './support/graphql-client';
import { projectAgenciesInto } from './support/directory';
import { startInProcess } from './support/in-process';
import { projectPetitionsInto } from './support/known-petitions';
import { RECORDED_CONSENT, tokenFor } from './support/seed';

/** The history of many referrals in one answer costs one query, not one per referral. */
describe('workflow history in the assistance subgraph', () => {
  const statements: string[] = [];
  let assistance: RunningSubgraph;
  let token: string;
  let caseId: string;

  beforeAll(async () => {
    assistance = await startInProcess(assistanceSubgraph, { database: 'assistance_history_batching_test', onQuery: (sql) => statements.push(sql) });
    await projectAgenciesInto('assistance_history_batching_test', Array.from({ length: 20 }, (_, i) => `partner-${i}`));
    const agencyId = `procuratorate-${randomUUID()}`;
    token = await tokenFor({ userId: 'history-handler', name: 'Handler', agencyId, roles: [Role.HANDLER] });
    const petitionId = randomUUID();
    await projectPetitionsInto('assistance_history_batching_test', [petitionId], agencyId);
    const { openAssistanceCase } = await expectData<{ openAssistanceCase: { id: string } }>(
      `mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`,
      { input: { petitionId, applicantName: '申请人', hardship: 'Hardship caused by the case.', requestedAmountFen: 0 } },
      token,
      assistance.url,
    );
    caseId = openAssistanceCase.id;
    for (let i = 0; i < 20; i++) {
      await expectData(
        `mutation($input: IssueReferralInput!) { issueReferral(input: $input) { id } }`,
        { input: { assistanceCaseId: caseId, partnerAgencyId: `partner-${i}`, helpNeeded: 'LEGAL_AID', summary: 'Needs legal aid for the civil claim.', consent: RECORDED_CONSENT } },
        token,
        assistance.url,
      );
    }
  });

  afterAll(async () => {
    await assistance.stop();
  });

  it('reads the history of 20 referrals with one query', async () => {
    statements.length = 0;
    const { assistanceCase } = await expectData<{ assistanceCase: { referrals: { history: { action: string }[] }[] } }>(
      `query($id: ID!) { assistanceCase(id: $id) { referrals { history { action toStatus } } } }`,
      { id: caseId },
      token,
      assistance.url,
    );
    expect(assistanceCase.referrals).toHaveLength(20);
    expect(assistanceCase.referrals.every((referral) => referral.history.map((entry) => entry.action).join() === 'ISSUE')).toBe(true);
    expect(statements.filter((sql) => /select .* from "workflow_history_entry"/i.test(sql))).toHaveLength(1);
  });
});
