import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { assistanceSubgraph } from '@xinfang/assistance';
import { Role, subgraphDatabaseUrl } from '@xinfang/kit';
import type { RunningSubgraph } from '@xinfang/kit';
import { graphql } from '../support/graphql-client';
import { startInProcess } from '../support/in-process';
import { projectPetitionsInto } from '../support/known-petitions';
import { tokenFor } from '../support/seed';
import { testEnv } from '../support/test-env';

const DATABASE = 'assistance_fault_commit_test';
const OPEN_CASE = `mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }`;

/**
 * Fault 1: a transaction that fails before commit leaves neither the business row nor its
 * outbox row. The fault is real: the outbox table refuses the insert (a trigger put there by
 * the test), inside the same transaction as the new assistance case.
 */
describe('a transaction that fails before commit', () => {
  let assistance: RunningSubgraph;
  let db: Client;

  beforeAll(async () => {
    assistance = await startInProcess(assistanceSubgraph, { database: DATABASE });
    db = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, DATABASE) });
    await db.connect();
  });

  afterAll(async () => {
    await db.query('drop trigger if exists outbox_refuses on outbox_message').catch(() => undefined);
    await db.end();
    await assistance.stop();
  });

  const rowsAbout = async (petitionId: string) => ({
    cases: (await db.query('select id from assistance_case where petition_id = $1', [petitionId])).rowCount,
    events: (await db.query(`select id from outbox_message where payload->'data'->>'petitionId' = $1`, [petitionId])).rowCount,
  });

  it('leaves neither the case nor its event, and the same request succeeds once the outbox takes writes again', async () => {
    const agencyId = `procuratorate-${randomUUID()}`;
    const petitionId = randomUUID();
    await projectPetitionsInto(DATABASE, [petitionId], agencyId);
    const token = await tokenFor({ userId: 'fault-handler', name: 'Handler', agencyId, roles: [Role.HANDLER] });
    const input = { petitionId, applicantName: '申请人', hardship: 'Hardship caused by the case.', requestedAmountFen: 0 };

    await db.query(`create or replace function outbox_refuses() returns trigger language plpgsql as $$ begin raise exception 'outbox unavailable'; end $$`);
    await db.query('create trigger outbox_refuses before insert on outbox_message for each row execute function outbox_refuses()');
    const failed = await graphql(OPEN_CASE, { input }, token, assistance.url);
    expect(failed.errors?.map((error) => error.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(await rowsAbout(petitionId)).toEqual({ cases: 0, events: 0 });

    await db.query('drop trigger outbox_refuses on outbox_message');
    const opened = await graphql<{ openAssistanceCase: { id: string } }>(OPEN_CASE, { input }, token, assistance.url);
    expect(opened.errors).toBeUndefined();
    expect(await rowsAbout(petitionId)).toEqual({ cases: 1, events: 1 });
  });
});
