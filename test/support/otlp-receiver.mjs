// Receives the spans the platform's services export over OTLP/HTTP (JSON), as a collector
// would, and keeps them one per line in a file the tests read: which service, which trace,
// which parent. Plain ESM, run by the global setup in jest's parent process.
import { appendFile } from 'node:fs/promises';
import { once } from 'node:events';
import { createServer } from 'node:http';

/** Starts the receiver; `endpoint` is what OTEL_EXPORTER_OTLP_TRACES_ENDPOINT should say. */
export async function startOtlpReceiver(file) {
  let writing = Promise.resolve();
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      try {
        const lines = spansOf(JSON.parse(Buffer.concat(chunks).toString('utf8'))).map((span) => `${JSON.stringify(span)}\n`);
        writing = writing.then(() => appendFile(file, lines.join('')));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    endpoint: `http://127.0.0.1:${server.address().port}/v1/traces`,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await writing;
    },
  };
}

function spansOf(request) {
  return (request.resourceSpans ?? []).flatMap((resourceSpans) => {
    const service = resourceSpans.resource?.attributes?.find((attribute) => attribute.key === 'service.name')?.value?.stringValue;
    return (resourceSpans.scopeSpans ?? []).flatMap((scope) => (scope.spans ?? []).map((span) => ({
      service, name: span.name, kind: span.kind, traceId: span.traceId, spanId: span.spanId, parentSpanId: span.parentSpanId || undefined,
    })));
  });
}
