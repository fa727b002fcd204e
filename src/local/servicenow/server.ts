import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServiceNowInstance } from './instance';

/**
 * A node:http handler for the instance, so real HTTP clients (axios in the connector's adapter)
 * reach it over a socket. Mountable in express as `app.use(handler)`.
 */
export function instanceHandler(instance: ServiceNowInstance) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) headers.set(name, value.join(', '));
      }
      const answer = instance.handle({
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`),
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const body = answer.body === undefined ? '' : JSON.stringify(answer.body);
      res.writeHead(answer.status, {
        ...answer.headers,
        ...(answer.body === undefined ? {} : { 'Content-Type': 'application/json;charset=UTF-8' }),
      });
      res.end(body);
    });
  };
}

/** Serves the instance on a free local port; `close` stops it. */
export async function serveInstance(
  instance: ServiceNowInstance,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(instanceHandler(instance));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
