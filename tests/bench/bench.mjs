// `npm run bench`: loads tests/bench/run.ts through Vite's SSR module loader (TypeScript and the
// `@shared` alias, as the app is built) and runs it. The renderer is built by the npm script.
import { resolve } from 'node:path';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const server = await createServer({
  configFile: false,
  root,
  logLevel: 'error',
  appType: 'custom',
  resolve: { alias: { '@shared': resolve(root, 'shared') } },
  define: { __APP_VERSION__: JSON.stringify('bench') },
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let code = 0;
try {
  const { main } = await server.ssrLoadModule('/tests/bench/run.ts');
  await main(process.argv.slice(2));
} catch (err) {
  console.error(err);
  code = 1;
} finally {
  await server.close();
}
process.exit(code);
