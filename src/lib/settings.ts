/**
 * The build's settings, read from the environment in this one place.
 * SITE_URL and BASE_PATH are the reader-facing ones; EDITION_CONTENT_DIR and
 * EDITION_NOTES_DIR let the benchmarks and tests build another book.
 */
import { join } from 'node:path';

export interface Settings {
  /** SITE_URL: the origin the edition is published at (canonical links, sitemap, citations). */
  site: string;
  /** BASE_PATH: the sub-path it is served under ("/" or "/mao-china/"). */
  base: string;
  /** EDITION_CONTENT_DIR: the content directory (generated MDX, records and editorial data). */
  contentDir: string;
  /** EDITION_NOTES_DIR: where supplied note texts are (default: the content directory's notes/). */
  notesDir: string;
  /** SOURCE_DATE_EPOCH: the EPUB's modification date, in seconds (default: the content's last commit). */
  sourceDateEpoch: string | undefined;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const contentDir = env.EDITION_CONTENT_DIR || 'content';
  return {
    site: env.SITE_URL || 'https://example.org',
    base: env.BASE_PATH || '/',
    contentDir,
    notesDir: env.EDITION_NOTES_DIR || join(contentDir, 'notes'),
    sourceDateEpoch: env.SOURCE_DATE_EPOCH || undefined,
  };
}

export const settings = readSettings();

/** A path inside the content directory. */
export const contentPath = (...parts: string[]) => join(settings.contentDir, ...parts);
