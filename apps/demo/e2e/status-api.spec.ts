import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chooseLocale, expect, messagesOf, test } from './fixtures';

/** The example API as `npm run api` starts it (apps/api, built before the demo's e2e task). */
const API_MAIN = fileURLToPath(new URL('../../api/dist/main.js', import.meta.url));

/** The base URL the API prints once it listens; rejects when it exits first. */
function listeningAt(api: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    api.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (url) resolve(url);
    });
    api.once('exit', (code) => reject(new Error(`the API exited (${code}) before listening`)));
    api.once('error', reject);
  });
}

const withApi = test.extend({
  statusApi: async ({ statusApi: _none }, use) => {
    const api = spawn(process.execPath, [API_MAIN], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await use(await listeningAt(api));
    } finally {
      if (api.exitCode === null) {
        api.kill();
        await once(api, 'exit');
      }
    }
  },
});

const withoutApi = test.extend({
  // A port that was free a moment ago: nothing listens there.
  statusApi: async ({ statusApi: _none }, use) => {
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    server.close();
    await once(server, 'close');
    await use(`http://127.0.0.1:${port}`);
  },
});

withApi(
  'with the example API running, the playground shows its localized problem details',
  async ({ page, statusApi }) => {
    const zhCN = await messagesOf('zh-CN');
    await page.goto('/');
    await chooseLocale(page, 'zh-CN');
    const toast = page.getByTestId('toast');

    const asked409 = page.waitForRequest(`${statusApi}/status/409`);
    await page.getByRole('button', { name: '409', exact: true }).click();
    const request409 = await asked409;
    expect(await request409.headerValue('accept-language')).toBe('zh-CN');
    const response409 = await request409.response();
    expect(response409?.status()).toBe(409);
    expect(await response409?.headerValue('content-language')).toBe('zh-CN');
    const conflict = await response409?.json();
    expect(conflict.title).toBe(zhCN.statuses['409'].name);
    await expect(toast).toContainText(conflict.title);
    await expect(toast).toContainText(conflict.detail);
    await expect(toast).toContainText(`GET ${statusApi}/status/409`);

    // The API's 429 states the wait in the user's language: text only the API's answer has.
    const asked429 = page.waitForRequest(`${statusApi}/status/429?retryAfter=30`);
    await page.getByRole('button', { name: '429', exact: true }).click();
    const tooMany = await (await (await asked429).response())?.json();
    expect(tooMany.detail).toContain(zhCN.ui.rateLimitedRetry.split('{{wait}}')[0]);
    expect(tooMany.detail).not.toBe(zhCN.statuses['429'].message);
    await expect(toast).toContainText(tooMany.detail);
    await expect(toast).toContainText(`GET ${statusApi}/status/429?retryAfter=30`);
  },
);

withoutApi(
  'without the API, the playground asks the demo server',
  async ({ page, statusApi, baseURL }) => {
    const en = await messagesOf('en');
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(statusApi)) apiRequests.push(request.url());
    });
    const probed = page.waitForRequest(`${statusApi}/`);
    await page.goto('/');
    await probed;

    const asked = page.waitForRequest((request) => request.url().endsWith('/api/status/409'));
    await page.getByRole('button', { name: '409', exact: true }).click();
    expect((await asked).url()).toBe(`${baseURL}/api/status/409`);
    const toast = page.getByTestId('toast');
    await expect(toast).toContainText(en.statuses['409'].message);
    await expect(toast).toContainText(`GET ${baseURL}/api/status/409`);
    // Probed once, and never asked for a status.
    expect(apiRequests).toEqual([`${statusApi}/`]);
  },
);
