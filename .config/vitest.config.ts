import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const root = resolve(import.meta.dirname, '..');
const alias = { '@shared': resolve(root, 'shared') };
const define = { __APP_VERSION__: JSON.stringify('test') };

export default defineConfig({
  root,
  resolve: { alias },
  define,
  test: {
    reporters: ['default', resolve(root, 'tests/summaryReporter.ts')],
    // PouchDB 9's replicator asks the source for its info after each batch without a
    // catch (pouchdb-replication `src.info().then(...)`, for its active-tasks figure):
    // when a test kills the server mid-replication, that one request rejects unhandled.
    // Only that rejection is let through; the replication itself still fails and is
    // asserted by the tests. (A root option: vitest reads it for every project.)
    onUnhandledError: (error) =>
      !/^request to http:\/\/127\.0\.0\.1:\d+\/[a-z][a-z0-9_-]*\/ failed, reason: (read )?ECONN(RESET|REFUSED)/.test(
        error.message ?? '',
      ),
    projects: [
      {
        plugins: [react()],
        resolve: { alias },
        define,
        test: {
          name: 'unit',
          root,
          include: ['tests/{shared,electron,db,renderer}/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Behaviour, not speed, is asserted (speed is `npm run bench`): a jsdom form test
          // that takes 2 s on a quiet machine may take 15 s on a loaded one.
          testTimeout: 30_000,
          setupFiles: [resolve(root, 'tests/setup.ts')],
        },
      },
      {
        // Several desks against a real CouchDB-protocol server the tests start (issue 20);
        // `npm run test:sync`. One file at a time: each starts its own server process.
        resolve: { alias },
        define,
        test: {
          name: 'sync',
          root,
          include: ['tests/sync/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          setupFiles: [resolve(root, 'tests/setup.ts')],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A screen's live query repaints after its transaction commits; on the loaded 2-core
          // machine that took over vitest's 1 s poll default (a void with its bills, in CI). A
          // poll still fails when the state never arrives; Playwright's own waits allow 30 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
