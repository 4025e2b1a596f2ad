/**
 * Browser tests: `npm run test:browser` (after `npm run build`).
 * Serves the built dist/ with `astro preview` and drives Debian's (or any found) Chromium.
 * The tests always serve the build they test: never a server already on the port
 * (an old build there would make a broken one pass), and tests/support/served-build.ts
 * checks that what the server answers is this dist/.
 */
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { defineConfig } from '@playwright/test';
import { findChromium, NO_CHROMIUM_MESSAGE } from './scripts/ensure-chromium.ts';
import { TEST_HOST, TEST_ORIGIN, TEST_PORT } from './tests/support/test-server.ts';

const PORT = TEST_PORT;
const HOST = TEST_HOST;
const baseURL = TEST_ORIGIN;

const executablePath = findChromium();
if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
if (!existsSync('dist/index.html')) {
  throw new Error('dist/index.html not found: the browser tests run against the built site; run `npm run build` first');
}
// Workers load this file too, while the tests' own server holds the port: only the runner checks it.
if (process.env.TEST_WORKER_INDEX === undefined && (await portAnswers(HOST, PORT))) {
  throw new Error(
    `port ${PORT} is in use: the browser tests start their own server for the build in dist/ and never reuse one (it could be serving an older build). Stop what runs on ${HOST}:${PORT}, or set PLAYWRIGHT_PORT to a free port.`,
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/support/served-build.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    trace: 'off',
    // The service worker would precache the whole site behind every test; tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // --ignore-lock: Astro 7 refuses to start a second preview server for the project (and,
    // when it thinks an agent runs it, backgrounds itself); the tests need their own, in the
    // foreground, whatever else is running.
    command: `npm run preview -- --port ${PORT} --host ${HOST} --ignore-lock`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

/** True when something accepts connections on host:port. */
function portAnswers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
