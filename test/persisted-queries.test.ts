import { createHash, randomUUID } from 'node:crypto';
import { Role } from '@xinfang/kit';
import { tokenFor } from './support/seed';
import { testEnv } from './support/test-env';

const DIRECTORY = '{ agencies { id name } }';
const persisted = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } });

/**
 * Automatic persisted queries through the gateway: a client that sends a query's hash alone is
 * told the gateway does not know it yet, sends it once with its text, and from then on the hash
 * alone is answered (a console's large documents are sent once per gateway process, not on
 * every request). A hash that does not match its text is refused.
 */
describe('automatic persisted queries', () => {
  let token: string;

  beforeAll(async () => {
    token = await tokenFor({ userId: 'apq-handler', name: 'Handler', agencyId: 'apq-procuratorate', roles: [Role.HANDLER] });
  });

  const send = async (body: Record<string, unknown>) => {
    const response = await fetch(testEnv.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as { data?: { agencies: { id: string }[] }; errors?: { extensions?: { code?: string } }[] }) };
  };

  it('answers a registered hash without the query text', async () => {
    const query = `${DIRECTORY} # ${randomUUID()}`; // a text no other run has registered
    const unknown = await send({ extensions: persisted(query) });
    expect(unknown.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    const registered = await send({ query, extensions: persisted(query) });
    expect(registered.errors).toBeUndefined();
    const byHash = await send({ extensions: persisted(query) });
    expect(byHash).toEqual(registered);
    expect(byHash.data?.agencies.length).toBeGreaterThan(0);
  });

  it('refuses a hash that is not its text\'s', async () => {
    const mismatched = await send({ query: DIRECTORY, extensions: persisted(`${DIRECTORY} # another`) });
    expect(mismatched.status).toBe(400);
    expect(mismatched.data).toBeUndefined();
    expect(mismatched.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_REQUEST']);
  });
});
