import { randomUUID } from 'node:crypto';
import { assistanceSubgraph } from '@xinfang/assistance';
import { Role } from '@xinfang/kit';
import type { RunningSubgraph } from '@xinfang/kit';
import { projectAgenciesInto } from './support/directory';
import { expectData } from './support/graphql-client';
import { startInProcess } from './support/in-process';
import { projectPetitionsInto } from './support/known-petitions';
import { tokenFor } from './support/seed';

const DATABASE = 'assistance_batching_test';
const ASSISTANCE_CASES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Petition { assistanceCases { id referrals { id status } } } }
}`;

/**
 * The gateway asks assistance for `assistanceCases` of many petitions in one `_entities`
 * call; the answer must cost one query per table, not one per petition, and a superior
 * agency's reading them one query for the chain of command of every agency involved.
 */
describe('entity resolution in the assistance subgraph', () => {
  const statements: string[] = [];
  let assistance: RunningSubgraph;
  let auditorToken: string;
  let superiorToken: string;
  const petitionIds = Array.from({ length: 100 }, () => randomUUID());

  beforeAll(async () => {
    assistance = await startInProcess(assistanceSubgraph, { database: DATABASE, onQuery: (sql) => statements.push(sql) });
    // The cases belong to four county procuratorates under one municipal procuratorate.
    const cityId = `city-procuratorate-${randomUUID()}`;
    const countyIds = Array.from({ length: 4 }, () => `county-procuratorate-${randomUUID()}`);
    await projectAgenciesInto(DATABASE, [cityId]);
    await projectAgenciesInto(DATABASE, countyIds, { parentId: cityId });
    await projectPetitionsInto(DATABASE, petitionIds, cityId);
    const countyTokens = await Promise.all(countyIds.map((agencyId) => tokenFor({ userId: `handler-${agencyId}`, name: 'Handler', agencyId, roles: [Role.HANDLER] })));
    auditorToken = await tokenFor({ userId: 'batching-auditor', name: 'Auditor', agencyId: 'provincial-audit', roles: [Role.AUDITOR] });
    superiorToken = await tokenFor({ userId: 'batching-superior', name: 'Superior', agencyId: cityId, roles: [Role.HANDLER] });
    for (const [index, petitionId] of petitionIds.entries()) {
      await expectData(
        `mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`,
        { input: { petitionId, applicantName: '申请人', hardship: 'Hardship caused by the case.', requestedAmountFen: 100_00 } },
        countyTokens[index % countyTokens.length],
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
      ASSISTANCE_CASES,
      { representations: petitionIds.map((id) => ({ __typename: 'Petition', id })) },
      auditorToken,
      assistance.url,
    );
    expect(_entities).toHaveLength(100);
    expect(_entities.every((petition) => petition.assistanceCases.length === 1)).toBe(true);
    const selectsFrom = (table: string) => statements.filter((sql) => new RegExp(`select .* from "${table}"`, 'i').test(sql));
    expect(selectsFrom('assistance_case')).toHaveLength(1);
    expect(selectsFrom('referral')).toHaveLength(1);
    // An auditor reads across agencies: the rule needs no hierarchy.
    expect(statements.filter((sql) => sql.includes('directory_agency'))).toHaveLength(0);
  });

  it('lets the municipal procuratorate read all four counties\' cases with one query for the hierarchy', async () => {
    statements.length = 0;
    const { _entities } = await expectData<{ _entities: { assistanceCases: { id: string }[] }[] }>(
      ASSISTANCE_CASES,
      { representations: petitionIds.map((id) => ({ __typename: 'Petition', id })) },
      superiorToken,
      assistance.url,
    );
    expect(_entities.every((petition) => petition.assistanceCases.length === 1)).toBe(true);
    expect(statements.filter((sql) => sql.includes('directory_agency'))).toHaveLength(1);
  });
});
