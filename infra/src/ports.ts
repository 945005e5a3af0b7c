import { createServer } from 'node:net';

/**
 * Asks the kernel for a currently unused loopback port. Another process could
 * take it between close and our use; acceptable for local bring-up and tests,
 * where the alternative (fixed ports) collides far more often.
 */
export async function freePort(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('freePort: listen did not yield a TCP address'));
        return;
      }
      const { port } = address;
      server.close((err) => (err ? reject(err) : resolve(port)));
    });
  });
}

