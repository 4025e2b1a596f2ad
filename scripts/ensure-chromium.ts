/**
 * node scripts/ensure-chromium.ts
 *
 * Finds a Chromium for the browser tests and prints its path. Looks at, in order:
 *   1. $CHROMIUM_PATH, then $CHROME_PATH
 *   2. /usr/bin/chromium, /usr/bin/chromium-browser (Debian/Ubuntu packages)
 *   3. the browser Playwright manages itself (playwright-core's chromium.executablePath()),
 *      if that file exists
 * If none is found and this is Debian/Ubuntu running as root, it installs Debian's
 * chromium (and CJK fonts for the Chinese names in the text) with apt-get and looks again.
 * Otherwise it exits 1 with a one-line hint.
 *
 * `findChromium()` is also used by playwright.config.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: install Debian\'s chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium/Chrome executable';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The executable path of Playwright's own Chromium build, if it has been downloaded. */
function playwrightManagedChromium(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    const path = chromium.executablePath();
    return path && isFile(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The first Chromium found, or undefined. An env var naming a missing file is skipped. */
export function findChromium(): string | undefined {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const value = process.env[name];
    if (value && isFile(value)) return value;
  }
  for (const path of SYSTEM_PATHS) {
    if (isFile(path)) return path;
  }
  return playwrightManagedChromium();
}

function canAptInstall(): boolean {
  return existsSync('/etc/debian_version') && typeof process.getuid === 'function' && process.getuid() === 0;
}

function main(): void {
  let path = findChromium();
  if (!path && canAptInstall()) {
    console.error('ensure-chromium: no Chromium found; installing Debian\'s chromium with apt-get');
    const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium fonts-noto-cjk'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status === 0) path = findChromium();
  }
  if (!path) {
    console.error(NO_CHROMIUM_MESSAGE);
    process.exit(1);
  }
  console.log(path);
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) main();
