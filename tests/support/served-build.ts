/**
 * Playwright's global setup: the server the browser tests talk to must serve
 * the build in dist/, byte for byte, or nothing is tested.
 */
import { readFileSync } from 'node:fs';
import type { FullConfig } from '@playwright/test';

export default async function servedBuild(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error('playwright.config.ts gives no baseURL');
  const served = await (await fetch(`${baseURL}/`)).text();
  if (served !== readFileSync('dist/index.html', 'utf8')) {
    throw new Error(`${baseURL}/ is not the home page of the build in dist/: the browser tests would test another build`);
  }
}
