import { randomUUID } from 'node:crypto';
import { SignJWT, importPKCS8 } from 'jose';
import { Role } from '@xinfang/kit';
import { madeUpIdNumber, petitionsRows, withWrongCheckDigit } from './support/personal-data';
import { Actor } from './support/seed';
import { testEnv } from './support/test-env';

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' };

async function send(init: RequestInit & { query?: URLSearchParams }): Promise<Answer> {
  const url = new URL(testEnv.gatewayUrl);
  if (init.query) url.search = init.query.toString();
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  send({ method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A registration carrying a marker, so a test can prove it was never saved. */
function registration(marker: string): { query: string; variables: Record<string, unknown> } {
  return {
    query: `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { petition { id } } }`,
    variables: { input: { channel: 'IN_PERSON', category: 'REQUEST', petitionerName: '王小红', summary: `Hostile request ${marker}`, request: 'Nothing.' } },
  };
}

async function savedWith(marker: string): Promise<number> {
  return (await petitionsRows('select id from petition where starts_with(summary, $1)', [`Hostile request ${marker}`])).length;
}

const nested = (levels: number) => `{ agency(id: "bengbu-court") { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: agency(id: "bengbu-court") { id }`).join(' ')} }`;

/**
 * The hostile requests the security issue lists, each refused at the gateway before anything
 * runs: a request error (no `data` at all) with the status and code a client can act on, and
 * for a mutation, nothing saved.
 */
describe('hostile requests at the gateway', () => {
  let handler: Actor;

  beforeAll(async () => {
    handler = await Actor.as({ userId: `hostile-${randomUUID()}`, name: '测试承办人', agencyId: 'bengbu-procuratorate', roles: [Role.HANDLER] });
  });

  /** A request error: no `data` at all, the status, and the code (a query over two limits is told both). */
  const refusedBeforeExecution = (answer: Answer, status: number, code: string) => {
    const codes = [...new Set(answer.body.errors?.map((error) => error.extensions?.code))];
    expect({ status: answer.status, codes, hasData: 'data' in answer.body }).toEqual({ status, codes: [code], hasData: false });
  };

  it('refuses a query nested 50 deep and one of 1,000 aliases', async () => {
    refusedBeforeExecution(await post({ query: nested(50) }), 400, 'GRAPHQL_VALIDATION_FAILED');
    // The token limit stops it while parsing, before the alias rule would have to count them.
    refusedBeforeExecution(await post({ query: aliases(1000) }), 400, 'GRAPHQL_PARSE_FAILED');
    refusedBeforeExecution(await post({ query: `{ agencies ${'@include(if: true) '.repeat(51)}{ id } }` }), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a page of 99,999,999 whether written in the query or sent as a variable', async () => {
    refusedBeforeExecution(await post({ query: '{ petitions(first: 99999999) { edges { cursor } } }' }, bearer(handler.token)), 400, 'GRAPHQL_VALIDATION_FAILED');
    const variable = await post({ query: 'query($n: Int!) { petitions(first: $n) { edges { cursor } } }', variables: { n: 99_999_999 } }, bearer(handler.token));
    refusedBeforeExecution(variable, 400, 'BAD_USER_INPUT');
    expect(variable.body.errors?.[0]?.message).toMatch(/at most 100/);
  });

  it('refuses a batch of operations', async () => {
    refusedBeforeExecution(await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]), 400, 'BAD_REQUEST');
  });

  it('refuses a mutation sent with GET, and saves nothing', async () => {
    const marker = randomUUID();
    const { query, variables } = registration(marker);
    const answer = await send({
      method: 'GET', headers: { ...bearer(handler.token), 'apollo-require-preflight': 'true', accept: JSON_HEADERS.accept },
      query: new URLSearchParams({ query, variables: JSON.stringify(variables) }),
    });
    refusedBeforeExecution(answer, 405, 'BAD_REQUEST');
    expect(await savedWith(marker)).toBe(0);
  });

  it.each([
    ['form-encoded', 'application/x-www-form-urlencoded', (body: string) => new URLSearchParams({ body }).toString()],
    ['text/plain', 'text/plain', (body: string) => body],
  ])('refuses a %s POST, which a browser sends cross-site without a preflight, and saves nothing', async (_name, contentType, encode) => {
    const marker = randomUUID();
    const answer = await send({ method: 'POST', headers: { ...bearer(handler.token), 'content-type': contentType }, body: encode(JSON.stringify(registration(marker))) });
    refusedBeforeExecution(answer, 415, 'BAD_REQUEST');
    expect(await savedWith(marker)).toBe(0);
  });

  it('refuses a 5 MB body without reading it into a query', async () => {
    const answer = await post({ query: '{ __typename }', variables: { padding: 'x'.repeat(5 * 1024 * 1024) } });
    refusedBeforeExecution(answer, 413, 'PAYLOAD_TOO_LARGE');
  });

  describe('tokens', () => {
    const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

    it.each([
      ['unsigned (alg: none)', (token: string) => `${encode({ alg: 'none', typ: 'JWT' })}.${token.split('.')[1]}.`],
      ['tampered (roles raised to ADMIN, signature kept)', (token: string) => {
        const [header, , signature] = token.split('.');
        return `${header}.${encode({ ...payloadOf(token), roles: [Role.ADMIN] })}.${signature}`;
      }],
      ['not a JWT at all', () => 'not-a-jwt'],
    ])('refuses a token that is %s with 401, and saves nothing', async (_name, forge) => {
      const marker = randomUUID();
      refusedBeforeExecution(await post(registration(marker), bearer(forge(handler.token))), 401, 'UNAUTHENTICATED');
      expect(await savedWith(marker)).toBe(0);
    });

    it('refuses an expired token with 401', async () => {
      const now = Math.floor(Date.now() / 1000);
      const expired = await new SignJWT({ name: handler.identity.name, agency: handler.agencyId, roles: handler.identity.roles })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(handler.identity.userId).setIssuer(testEnv.jwtIssuer).setAudience(testEnv.jwtAudience)
        .setIssuedAt(now - 7200).setExpirationTime(now - 3600)
        .sign(await importPKCS8(testEnv.jwtPrivateKey, 'ES256'));
      refusedBeforeExecution(await post({ query: '{ petitions { edges { cursor } } }' }, bearer(expired)), 401, 'UNAUTHENTICATED');
    });
  });

  describe('malformed input, refused with the field named and nothing saved', () => {
    const register = (marker: string, input: (summary: string) => Record<string, unknown>) => {
      const { query, variables } = registration(marker);
      const { petitionerName: _name, summary, ...rest } = variables.input as Record<string, string>;
      return post({ query, variables: { input: { ...rest, summary, petitioners: [{ name: '王小红' }], ...input(summary!) } } }, bearer(handler.token));
    };

    // Refused before execution where the gateway can tell (control characters), in the subgraph's
    // input validation otherwise: either way nothing runs that could save the petition.
    it.each([
      ['an ID number with a wrong check digit', 'idNumber', () => ({ petitioners: [{ name: '王小红', idNumber: withWrongCheckDigit(madeUpIdNumber()) }] })],
      ['a phone number that is not one', 'phone', () => ({ petitioners: [{ name: '王小红', phone: 'call me' }] })],
      ['a name with control characters', 'name', () => ({ petitioners: [{ name: '王\u0000小红\u001b[31m' }] })],
      ['a summary of 100 KB', 'summary', (summary: string) => ({ summary: `${summary} ${'x'.repeat(100_000)}` })],
    ])('%s', async (_name, field, input) => {
      const marker = randomUUID();
      const answer = await register(marker, input);
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(answer.body.errors)).toContain(field);
      expect(answer.body.data ?? null).toBeNull();
      expect(await savedWith(marker)).toBe(0);
    });

    it('while the same registration, well formed, is saved', async () => {
      const marker = randomUUID();
      const answer = await register(marker, () => ({}));
      expect(answer.body.errors).toBeUndefined();
      expect(await savedWith(marker)).toBe(1);
    });
  });
});
