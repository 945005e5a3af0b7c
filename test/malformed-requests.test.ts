import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Role } from '@xinfang/kit';
import { graphql } from './support/graphql-client';
import { tokenFor } from './support/seed';
import { testEnv } from './support/test-env';

interface RawResponse {
  status: number;
  text: string;
}

async function post(url: string, body: string | Buffer, contentType = 'application/json'): Promise<RawResponse> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: response.status, text: await response.text() };
}

/** A GraphQL-shaped JSON error with this code, and nothing of the server's insides. */
function expectCleanError(response: RawResponse, status: number, code: string): void {
  expect(response.status).toBe(status);
  const body = JSON.parse(response.text) as { errors: { extensions: { code: string } }[] };
  expect(body.errors[0]?.extensions.code).toBe(code);
  expect(response.text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\/work\/|<html|<pre/i);
}

/**
 * Found by a new user: a malformed or oversized request got Express's HTML page with a stack
 * trace and absolute paths, logged as multi-line text, and a bad 100 KB summary was echoed
 * back in a 615 KB error. Every error a client can cause is JSON, coded, small, and logged
 * as one JSON line.
 */
describe('requests a client gets wrong', () => {
  const endpoints = Object.entries({ gateway: testEnv.gatewayUrl, ...testEnv.subgraphUrls });

  it.each(endpoints)('%s answers malformed JSON, a 5 MB body, a non-JSON body and an unknown path with JSON errors', async (_name, url) => {
    expectCleanError(await post(url, '{"query":'), 400, 'BAD_REQUEST');
    expectCleanError(await post(url, Buffer.alloc(5 * 1024 * 1024, 'a')), 413, 'PAYLOAD_TOO_LARGE');
    expectCleanError(await post(url, '{"query":"{ __typename }"}', 'text/plain'), 415, 'BAD_REQUEST');
    const unknown = await fetch(url.replace(/\/graphql$/, '/no-such-page'));
    expectCleanError({ status: unknown.status, text: await unknown.text() }, 404, 'NOT_FOUND');
  });

  it('refuses a 100 KB summary without echoing it', async () => {
    const reception = await tokenFor({ userId: 'malformed-reception', name: 'Reception', agencyId: 'malformed-procuratorate', roles: [Role.RECEPTION] });
    const register = 'mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { accessCode } }';
    const input = { channel: 'LETTER', category: 'REQUEST', petitionerName: '张三', summary: '长'.repeat(100_000), request: 'Wages paid.' };

    const tooLong = await graphql(register, { input }, reception);
    expect(tooLong.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', invalidFields: [{ field: 'summary', problems: [expect.stringContaining('10000')] }] },
    });
    expect(JSON.stringify(tooLong).length).toBeLessThan(2_000);

    const badEnumToo = await graphql(register, { input: { ...input, channel: 'CARRIER_PIGEON' } }, reception);
    expect(badEnumToo.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badEnumToo).length).toBeLessThan(2_000);
  });

  it('logs every line of every service as JSON', async () => {
    const logDir = join(testEnv.dataDir, 'logs');
    const files = (await readdir(logDir)).filter((file) => file.endsWith('.log'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const lines = (await readFile(join(logDir, file), 'utf8')).split('\n').filter((line) => line.trim() !== '');
      const notJson = lines.filter((line) => {
        try {
          return typeof JSON.parse(line) !== 'object';
        } catch {
          return true;
        }
      });
      expect({ file, notJson: notJson.slice(0, 3) }).toEqual({ file, notJson: [] });
    }
  });
});
