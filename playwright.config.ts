/**
 * Browser tests: `npm run test:browser` (after `npm run build`).
 * Serves the built dist/ with `astro preview` and drives Debian's (or any found) Chromium.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { findChromium, NO_CHROMIUM_MESSAGE } from './scripts/ensure-chromium.ts';

// PLAYWRIGHT_PORT lets two runs on one machine use separate preview servers.
const PORT = Number(process.env.PLAYWRIGHT_PORT ?? 4399);
const HOST = '127.0.0.1';
const baseURL = `http://${HOST}:${PORT}`;

const executablePath = findChromium();
if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
if (!existsSync('dist/index.html')) {
  throw new Error('dist/index.html not found: the browser tests run against the built site; run `npm run build` first');
}

export default defineConfig({
  testDir: 'tests/e2e',
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
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
