import { serverAudits } from 'graphql-http';
import { testEnv } from './support/test-env';

/**
 * The MAYs the gateway declines on purpose: Apollo's CSRF prevention refuses a GET that a
 * browser could send cross-site without a preflight, so a GET query must carry
 * `apollo-require-preflight` (or `x-apollo-operation-name`), which the audits do not send.
 */
const DECLINED = new Set([
  'MAY accept application/x-www-form-urlencoded formatted GET requests',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
]);

/**
 * The gateway speaks GraphQL over HTTP as the spec's reference audits check it: every MUST and
 * SHOULD passes (no error, no warning), including `application/graphql-response+json` statuses.
 */
describe('GraphQL over HTTP at the gateway', () => {
  const audits = serverAudits({ url: () => testEnv.gatewayUrl, fetchFn: fetch });

  it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (name, audit) => {
    const result = await audit.fn();
    const expected = DECLINED.has(name) ? 'notice' : 'ok';
    expect({ status: result.status, reason: result.status === expected || result.status === 'ok' ? undefined : result.reason }).toEqual({ status: expected, reason: undefined });
  });

  it('still answers a GET query that says it is not a cross-site form', async () => {
    const url = new URL(testEnv.gatewayUrl);
    url.searchParams.set('query', '{ __typename }');
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect([response.status, await response.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
  });
});
