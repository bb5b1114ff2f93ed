import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts a server on a free loopback port; returns its base URL and a function to close it. */
export async function listen(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** What a user of the API checks in a problem response. */
export async function readProblem(response: Response) {
  return {
    status: response.status,
    statusText: response.statusText,
    contentType: response.headers.get('content-type'),
    contentLanguage: response.headers.get('content-language'),
    vary: response.headers.get('vary'),
    body: (await response.text()) || undefined,
  };
}
