import { createServer } from 'node:http';
import { once } from 'node:events';

export interface HealthServer {
  url: string;
  close(): Promise<void>;
}

/** `/health/live` while the process runs, `/health/ready` once the connector can answer: for a supervisor or an orchestrator. */
export async function serveHealth(port: number, host: string, ready: () => boolean): Promise<HealthServer> {
  const server = createServer((request, response) => {
    const status = request.url === '/health/live' ? 200 : request.url === '/health/ready' ? (ready() ? 200 : 503) : 404;
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ ready: ready() }));
  });
  server.listen(port, host);
  await once(server, 'listening');
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${bound}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
