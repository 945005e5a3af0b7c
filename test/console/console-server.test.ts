import { testEnv } from '../support/test-env';

const consoleUrl = (path: string) => new URL(path, testEnv.consoleUrl);

/**
 * The console's own origin: the application on every screen's path, the gateway behind
 * `/graphql`, and the local platform's demo sign-in, which refuses what it cannot use in JSON.
 */
describe('the console server', () => {
  it('serves the application on any screen\'s path', async () => {
    for (const path of ['/', '/reception', '/lookup']) {
      const response = await fetch(consoleUrl(path));
      expect({ path, status: response.status, html: (await response.text()).includes('<div id="root">') }).toEqual({ path, status: 200, html: true });
    }
  });

  it('signs in a demo person with a token the gateway accepts, through the same origin', async () => {
    const response = await fetch(consoleUrl('/session/demo-token'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'handler' }) });
    const { token, identity } = (await response.json()) as { token: string; identity: { agencyId: string; roles: string[] } };
    expect(identity).toMatchObject({ agencyId: 'bengbu-procuratorate', roles: ['HANDLER'] });
    const answer = await fetch(consoleUrl('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ petitions(first: 1) { edges { node { receivingAgency { id } } } } }' }),
    });
    expect(await answer.json()).toEqual({ data: { petitions: { edges: [{ node: { receivingAgency: { id: 'bengbu-procuratorate' } } }] } } });
  });

  it('refuses an unknown person and a body that is not JSON, in JSON with a code', async () => {
    const post = (body: string) => fetch(consoleUrl('/session/demo-token'), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const unknown = await post(JSON.stringify({ user: 'nobody' }));
    expect([unknown.status, ((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const garbled = await post('not json');
    const body = await garbled.text();
    expect([garbled.status, (JSON.parse(body) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code]).toEqual([400, 'BAD_REQUEST']);
    expect(body).not.toMatch(/at JSON\.parse|node_modules/);
  });
});
