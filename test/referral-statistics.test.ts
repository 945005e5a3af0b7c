import { Client } from 'pg';
import { subgraphDatabaseUrl } from '@xinfang/kit';
import { seedProcuratorateChain, takeStepAs } from './support/seed';
import type { Actor, ProcuratorateChain } from './support/seed';
import { testEnv } from './support/test-env';

const HOUR = 3600_000;
/** The demo city's civil-affairs bureau: a second partner every directory copy knows. */
const CIVIL_AFFAIRS = 'bengbu-civil-affairs';
const MARCH = { from: '2026-03-01T00:00:00+08:00', to: '2026-04-01T00:00:00+08:00' };
const ISSUED_AT = new Date('2026-03-10T09:00:00+08:00').getTime();

async function assistanceRows(sql: string, params: unknown[]): Promise<void> {
  const client = new Client({ connectionString: subgraphDatabaseUrl(testEnv.databaseUrl, 'assistance') });
  await client.connect();
  try {
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/**
 * Moves a referral and its history back in time, as if issued at `issuedAt` and each step taken
 * the given hours after it: the steps themselves went through the API a moment ago.
 */
async function backdate(referralId: string, issuedAt: number, hoursAfterIssue: Record<string, number>): Promise<void> {
  await assistanceRows('update referral set issued_at = $2 where id = $1', [referralId, new Date(issuedAt)]);
  await assistanceRows(
    `update workflow_history_entry h set at = $2::timestamptz + make_interval(secs => coalesce(($3::jsonb ->> h.action)::float8, 0) * 3600)
     where h.aggregate_type = 'Referral' and h.aggregate_id = $1`,
    [referralId, new Date(issuedAt), JSON.stringify(hoursAfterIssue)],
  );
}

interface Times {
  answered: number;
  acknowledgementHoursP50: number | null;
  acknowledgementHoursP90: number | null;
  completed: number;
  completionHoursP50: number | null;
  completionHoursP90: number | null;
}

interface Figures {
  issued: number;
  byStatus: { status: string; count: number }[];
  responseTimes: Times;
  byPartner: { partner: { id: string; name: string }; issued: number; byStatus: { status: string; count: number }[]; responseTimes: Times }[];
}

const TIMES = 'answered acknowledgementHoursP50 acknowledgementHoursP90 completed completionHoursP50 completionHoursP90';
const STATISTICS = `query($agencyId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  assistanceStatistics(agencyId: $agencyId, from: $from, to: $to) {
    referrals { issued byStatus { status count } responseTimes { ${TIMES} }
      byPartner { partner { id name } issued byStatus { status count } responseTimes { ${TIMES} } } }
  }
}`;

/**
 * A procuratorate's referral figures: how many it and those below it referred to each partner,
 * where they stand, and how fast partners answered and completed, as median and 90th percentile
 * (continuous: interpolated between referrals) in hours from issue, from the referrals' history.
 */
describe('referral statistics', () => {
  let chain: ProcuratorateChain;

  beforeAll(async () => {
    chain = await seedProcuratorateChain();
  });

  const caseOf = async (handler: Actor) => {
    const petition = await handler.registerPetition();
    return handler.openAssistanceCase(petition.id);
  };

  it('counts by partner and outcome, and takes the percentiles of answer and completion times', async () => {
    const partner = chain.womensFederationStaff;
    const step = (mutation: string, id: string, extra: Record<string, unknown> = {}) => takeStepAs(partner, mutation, { id, ...extra });
    const [countyCase, siblingCase, cityCase, provinceCase] = await Promise.all([
      caseOf(chain.countyHandler), caseOf(chain.siblingHandler), caseOf(chain.cityHandler), caseOf(chain.provinceHandler),
    ]);
    const federation = chain.agencies.womensFederation.id;

    // Five from the county to the federation, answered after 1, 2, 3, 4 and 10 hours.
    const answeredAfter = [1, 2, 3, 4, 10];
    const county = [];
    for (const _ of answeredAfter) county.push(await chain.countyHandler.issueReferral(countyCase.id, federation));
    for (const referral of county) await step('acknowledgeReferral', referral.id);
    // Two of them accepted and completed 24 and 48 hours after issue; one declined.
    for (const referral of county.slice(0, 2)) {
      await step('acceptReferral', referral.id);
      await step('completeReferral', referral.id, { outcome: 'Counselling given.' });
    }
    await step('declineReferral', county[2]!.id, { reason: 'Outside our remit.' });
    for (const [index, referral] of county.entries()) {
      await backdate(referral.id, ISSUED_AT + index * HOUR, { ACKNOWLEDGE: answeredAfter[index]!, ACCEPT: 12, COMPLETE: [24, 48][index] ?? 0, DECLINE: 20 });
    }
    // The city's own, accepted without acknowledging first after 6 hours: that is its answer.
    const fromCity = await chain.cityHandler.issueReferral(cityCase.id, federation);
    await step('acceptReferral', fromCity.id);
    await backdate(fromCity.id, ISSUED_AT, { ACCEPT: 6 });
    // The sibling county's, to civil affairs, still unanswered.
    const toCivilAffairs = await chain.siblingHandler.issueReferral(siblingCase.id, CIVIL_AFFAIRS);
    await backdate(toCivilAffairs.id, ISSUED_AT, {});
    // Not counted: the province's (above the city), and a county referral issued in February.
    const fromProvince = await chain.provinceHandler.issueReferral(provinceCase.id, federation);
    await step('acknowledgeReferral', fromProvince.id);
    await backdate(fromProvince.id, ISSUED_AT, { ACKNOWLEDGE: 500 });
    const february = await chain.countyHandler.issueReferral(countyCase.id, federation);
    await step('acknowledgeReferral', february.id);
    await backdate(february.id, ISSUED_AT - 20 * 24 * HOUR, { ACKNOWLEDGE: 500 });

    const { assistanceStatistics: { referrals } } = await chain.cityHandler.query<{ assistanceStatistics: { referrals: Figures } }>(
      STATISTICS, { agencyId: chain.agencies.city.id, ...MARCH },
    );

    // Answers after 1, 2, 3, 4, 6 and 10 hours: median (3+4)/2 = 3.5; p90 at rank 0.9×5 = 4.5,
    // halfway from 6 to 10 = 8 (the nearest-rank p90 would be 10, the mean 4.33).
    const federationTimes = { answered: 6, acknowledgementHoursP50: 3.5, acknowledgementHoursP90: 8, completed: 2, completionHoursP50: 36, completionHoursP90: 45.6 };
    expect(referrals.issued).toBe(7);
    expect(referrals.byStatus).toEqual([
      { status: 'ACCEPTED', count: 1 }, { status: 'ACKNOWLEDGED', count: 2 }, { status: 'COMPLETED', count: 2 }, { status: 'DECLINED', count: 1 }, { status: 'ISSUED', count: 1 },
    ]);
    expect(referrals.responseTimes).toEqual(federationTimes);
    expect(referrals.byPartner).toEqual([
      {
        partner: { id: CIVIL_AFFAIRS, name: '蚌埠市民政局' }, issued: 1, byStatus: [{ status: 'ISSUED', count: 1 }],
        responseTimes: { answered: 0, acknowledgementHoursP50: null, acknowledgementHoursP90: null, completed: 0, completionHoursP50: null, completionHoursP90: null },
      },
      {
        partner: { id: federation, name: chain.agencies.womensFederation.name }, issued: 6,
        byStatus: [{ status: 'ACCEPTED', count: 1 }, { status: 'ACKNOWLEDGED', count: 2 }, { status: 'COMPLETED', count: 2 }, { status: 'DECLINED', count: 1 }],
        responseTimes: federationTimes,
      },
    ]);

    // The county alone: its five, without the city's direct accept.
    const { assistanceStatistics: { referrals: ofCounty } } = await chain.countyHandler.query<{ assistanceStatistics: { referrals: Figures } }>(
      STATISTICS, { agencyId: chain.agencies.county.id, ...MARCH },
    );
    expect(ofCounty.responseTimes).toMatchObject({ answered: 5, acknowledgementHoursP50: 3, acknowledgementHoursP90: expect.closeTo(7.6, 9) });
  });
});
