import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keepIdleConnectionsLonger } from './http-app';

/**
 * The gateway reaches subgraphs with Node's fetch, which pools sockets and retires an idle one
 * a little before the timeout the server announces in its Keep-Alive header. A subgraph must
 * therefore announce the timeout it really keeps (and keep it longer than any pool in front
 * of it): otherwise it closes a socket just as the gateway sends a request down it, and that
 * request fails with "fetch failed" between two healthy services.
 */
describe('keeping idle connections', () => {
  it('announces the keep-alive timeout it keeps, and reads headers for longer than that', async () => {
    let sockets = 0;
    const server = createServer((_req, res) => res.end('ok'));
    server.on('connection', () => (sockets += 1));
    keepIdleConnectionsLonger(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const ask = async () => {
        const response = await fetch(url);
        await response.text();
        return response;
      };
      const first = await ask();
      await ask();
      const warm = sockets;
      for (let request = 0; request < 3; request++) await ask();

      expect(first.headers.get('keep-alive')).toBe(`timeout=${server.keepAliveTimeout / 1000}`);
      expect(server.keepAliveTimeout).toBeGreaterThanOrEqual(60_000); // longer than common proxies' and load balancers' pools
      // A request that arrives on a socket at the very end of its idle time must still have its headers read.
      expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
      expect(sockets).toBe(warm); // the fetch pool reuses its sockets, as the gateway's does
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
