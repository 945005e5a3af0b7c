import { randomUUID } from 'node:crypto';
import { assistanceSubgraph } from '@xinfang/assistance';
import { Role } from '@xinfang/kit';
import type { RunningSubgraph } from '@xinfang/kit';
import { expectData } from './support/graphql-client';
import { startInProcess } from './support/in-process';
import { tokenFor } from './support/seed';

/**
 * The gateway asks assistance for `assistanceCases` of many petitions in one `_entities`
 * call; the answer must cost one query per table, not one per petition.
 */
describe('entity resolution in the assistance subgraph', () => {
  const statements: string[] = [];
  let assistance: RunningSubgraph;
  let token: string;
  const petitionIds = Array.from({ length: 100 }, () => randomUUID());

  beforeAll(async () => {
    assistance = await startInProcess(assistanceSubgraph, { database: 'assistance_batching_test', onQuery: (sql) => statements.push(sql) });
    const agencyId = `procuratorate-${randomUUID()}`;
    token = await tokenFor({ userId: 'batching-handler', name: 'Handler', agencyId, roles: [Role.HANDLER] });
    for (const petitionId of petitionIds) {
      await expectData(
        `mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`,
        { input: { petitionId, applicantName: '申请人', hardship: 'Hardship caused by the case.', requestedAmountFen: 100_00 } },
        token,
        assistance.url,
      );
    }
  });

  afterAll(async () => {
    await assistance.stop();
  });

  it('resolves 100 petitions\' assistance cases and their referrals with one query each', async () => {
    statements.length = 0;
    const { _entities } = await expectData<{ _entities: { assistanceCases: { id: string; referrals: unknown[] }[] }[] }>(
      `query($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Petition { assistanceCases { id referrals { id status } } } }
      }`,
      { representations: petitionIds.map((id) => ({ __typename: 'Petition', id })) },
      token,
      assistance.url,
    );
    expect(_entities).toHaveLength(100);
    expect(_entities.every((petition) => petition.assistanceCases.length === 1)).toBe(true);
    const selectsFrom = (table: string) => statements.filter((sql) => new RegExp(`select .* from "${table}"`, 'i').test(sql));
    expect(selectsFrom('assistance_case')).toHaveLength(1);
    expect(selectsFrom('referral')).toHaveLength(1);
  });
});
