import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import zhCN from '@http-status-i18n/locale-zh-cn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer } from '../src/app.js';

const server = createApiServer();
let port: number;
let base: string;
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** The response head exactly as `curl -i` prints it: what is on the wire, not what a client made of it. */
async function rawHead(path: string, headers: Record<string, string>): Promise<string[]> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(
    `GET ${path} HTTP/1.1\r\nHost: localhost\r\n${lines.join('')}Connection: close\r\n\r\n`,
  );
  let text = '';
  for await (const chunk of socket) text += chunk;
  return (text.split('\r\n\r\n')[0] ?? '').split('\r\n');
}

describe('GET /status/:code', () => {
  it('answers like `curl -i -H "Accept-Language: zh-CN" localhost:4800/status/409`', async () => {
    const head = await rawHead('/status/409', { 'Accept-Language': 'zh-CN' });
    expect(head[0]).toBe('HTTP/1.1 409 Conflict');
    expect(head).toEqual(
      expect.arrayContaining([
        'content-type: application/problem+json',
        'content-language: zh-CN',
        'vary: Accept-Language',
      ]),
    );
    const response = await fetch(`${base}/status/409`, { headers: { 'accept-language': 'zh-CN' } });
    expect(await response.json()).toEqual({
      type: 'about:blank',
      title: zhCN.statuses['409'].name,
      status: 409,
      detail: zhCN.statuses['409'].message,
    });
  });

  it('adds Retry-After with ?retryAfter=N and states the wait', async () => {
    const response = await fetch(`${base}/status/429?retryAfter=120`, {
      headers: { 'accept-language': 'de-CH, en;q=0.5' },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('120');
    expect((await response.json()).detail).toContain('in 2 Minuten');
  });

  it('can be called and read from a web page on another origin', async () => {
    const response = await fetch(`${base}/status/503?retryAfter=5`, {
      headers: { origin: 'http://127.0.0.1:4173' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('Content-Language');
    await response.body?.cancel();
  });

  it('answers 204 and 304 and HEAD without a body', async () => {
    for (const [path, method] of [
      ['/status/204', 'GET'],
      ['/status/304', 'GET'],
      ['/status/404', 'HEAD'],
    ] as const) {
      const response = await fetch(`${base}${path}`, { method });
      expect(response.headers.get('content-type'), path).toBeNull();
      expect(await response.text()).toBe('');
    }
  });

  it('answers a code it cannot send, or a bad retryAfter, with a localized 400 naming the parameter', async () => {
    for (const path of [
      '/status/100',
      '/status/999',
      '/status/abc',
      '/status/4090',
      '/status/',
      '/status/40%00',
    ]) {
      const response = await fetch(`${base}${path}`, { headers: { 'accept-language': 'zh-CN' } });
      expect(response.status, path).toBe(400);
      expect(await response.json()).toMatchObject({
        title: zhCN.statuses['400'].name,
        'invalid-params': [{ name: 'code' }],
      });
    }
    const response = await fetch(`${base}/status/429?retryAfter=soon`);
    expect(response.status).toBe(400);
    expect((await response.json())['invalid-params']).toEqual([
      { name: 'retryAfter', reason: expect.any(String) },
    ]);
  });

  it('answers other methods with 405 and Allow, other paths with 404', async () => {
    const post = await fetch(`${base}/status/200`, { method: 'POST' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD, OPTIONS']);
    await post.body?.cancel();
    const missing = await fetch(`${base}/nothing/here`, { headers: { 'accept-language': 'ar' } });
    expect([missing.status, missing.headers.get('content-language')]).toEqual([404, 'ar']);
    await missing.body?.cancel();
  });

  it('survives an Accept-Language of any size or shape', async () => {
    for (const header of ['x'.repeat(8000), '*;q=abc,,,;', 'zh-CN;q=0, ar;q=1']) {
      const response = await fetch(`${base}/status/418`, {
        headers: { 'accept-language': header },
      });
      expect(response.status).toBe(418);
      expect(['en', 'ar']).toContain(response.headers.get('content-language'));
      await response.body?.cancel();
    }
  });
});
