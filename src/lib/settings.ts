/**
 * The build's settings, read from the environment in this one place.
 * SITE_URL and BASE_PATH are the reader-facing ones; EDITION_CONTENT_DIR and
 * EDITION_NOTES_DIR let the benchmarks and tests build another book. A bad
 * value stops the build with a message naming the setting.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Settings {
  /**
   * SITE_URL's origin ("https://books.example.org/"): where the edition is
   * published, for canonical links, the sitemap and printed addresses. Unset,
   * the pages carry no absolute address of their own (no canonical link, no
   * sitemap); printed and cited addresses are the one the reader's browser has.
   */
  site: string | undefined;
  /** The sub-path it is served under ("/" or "/mao-china/"): BASE_PATH, or the path of SITE_URL. */
  base: string;
  /** EDITION_CONTENT_DIR: the content directory (generated MDX, records and editorial data). */
  contentDir: string;
  /** EDITION_NOTES_DIR: where supplied note texts are (default: the content directory's notes/). */
  notesDir: string;
  /** SOURCE_DATE_EPOCH: the EPUB's modification date, in seconds (default: the content's last commit). */
  sourceDateEpoch: string | undefined;
}

/** A setting with a value the build cannot use: `NAME="value": problem`. */
export class SettingsError extends Error {
  constructor(name: string, value: string, problem: string) {
    super(`${name}=${JSON.stringify(value)}: ${problem}`);
    this.name = 'SettingsError';
  }
}

const withSlashes = (path: string) => `/${path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

function readSite(value: string): { origin: string; path: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingsError('SITE_URL', value, 'not an absolute address: give the one the edition is published at, e.g. https://books.example.org/mao-china/');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SettingsError('SITE_URL', value, 'must be an http: or https: address');
  if (url.username || url.password) throw new SettingsError('SITE_URL', value, 'must not carry a user name or password');
  if (url.search || url.hash) throw new SettingsError('SITE_URL', value, 'must not have a query (?…) or fragment (#…)');
  return { origin: `${url.origin}/`, path: withSlashes(url.pathname) };
}

function readBase(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:|[?#\\\s]/i.test(value)) throw new SettingsError('BASE_PATH', value, 'must be a path such as /mao-china/ (no scheme, host, query, spaces or backslashes)');
  return withSlashes(value);
}

function readFolder(name: string, value: string): string {
  if (!existsSync(value)) throw new SettingsError(name, value, 'no such folder');
  if (!statSync(value).isDirectory()) throw new SettingsError(name, value, 'is a file, not a folder');
  return value;
}

function readEpoch(value: string): string {
  if (!/^\d+$/.test(value)) throw new SettingsError('SOURCE_DATE_EPOCH', value, 'must be whole seconds since 1970 (as `git log -1 --format=%ct` prints)');
  return value;
}

/**
 * The settings in `env`. SITE_URL may carry the base path
 * (https://books.example.org/mao-china/ serves the edition under /mao-china/);
 * BASE_PATH, if also set, must agree with it.
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const site = env.SITE_URL ? readSite(env.SITE_URL) : undefined;
  const base = env.BASE_PATH ? readBase(env.BASE_PATH) : undefined;
  if (site && base && site.path !== '/' && site.path !== base) {
    throw new SettingsError('BASE_PATH', env.BASE_PATH ?? '', `differs from the path of SITE_URL (${site.path}): set the path in one of them, or make them agree`);
  }
  const contentDir = env.EDITION_CONTENT_DIR ? readFolder('EDITION_CONTENT_DIR', env.EDITION_CONTENT_DIR) : 'content';
  return {
    site: site?.origin,
    base: base ?? site?.path ?? '/',
    contentDir,
    notesDir: env.EDITION_NOTES_DIR ? readFolder('EDITION_NOTES_DIR', env.EDITION_NOTES_DIR) : join(contentDir, 'notes'),
    sourceDateEpoch: env.SOURCE_DATE_EPOCH ? readEpoch(env.SOURCE_DATE_EPOCH) : undefined,
  };
}

export const settings = readSettings();

/** A path inside the content directory. */
export const contentPath = (...parts: string[]) => join(settings.contentDir, ...parts);
