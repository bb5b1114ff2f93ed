import { createApiServer } from './app.js';

const port = Number(process.env.PORT ?? 4800);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number (0–65535), got ${JSON.stringify(process.env.PORT)}.`);
  process.exit(1);
}
const host = process.env.HOST ?? '127.0.0.1';

const server = createApiServer();
server.on('error', (error) => {
  console.error(`http-status-i18n api: cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address !== null ? address.port : port;
  console.log(
    `http-status-i18n api: http://${host}:${actual}/status/409  (Ctrl+C to stop)\n` +
      `  try: curl -i -H 'Accept-Language: zh-CN' localhost:${actual}/status/409`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
  });
}
