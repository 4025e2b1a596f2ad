/**
 * What the built site must contain: the markup contract the browser tests check.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface ChapterSpec {
  /** Chapter number as in the book. */
  number: number;
  /** Site path, with trailing slash. */
  path: string;
  /** Note numbers this chapter's page carries (the excerpt starts mid-chapter 2). */
  notes: number[];
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export const CHAPTERS: readonly ChapterSpec[] = [
  { number: 2, path: '/chapter-2/', notes: range(47, 49) },
  { number: 3, path: '/chapter-3/', notes: range(1, 164) },
  { number: 4, path: '/chapter-4/', notes: range(1, 3) },
];

export const TOTAL_NOTES = 170;

/** Section heading ids of chapter 3, in order. */
export const CHAPTER_3_SECTIONS = [
  'the-lean-to-one-side-approach',
  'the-alliance-and-chinas-korean-war-experience',
  'the-alliances-golden-years',
  'accumulated-tension',
  'from-tension-to-crisis',
  'further-deepening-of-the-crisis',
  'breakdown',
] as const;

/** The pages the contract names, the 404 page included. */
export const CONTRACT_PAGES: readonly string[] = ['/', ...CHAPTERS.map((c) => c.path), '/404.html'];

/** The URL path of every .html file in the built site (dist/index.html → '/', dist/a/index.html → '/a/'). */
export function builtPages(dist = 'dist'): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return name.endsWith('.html') ? [path] : [];
    });
  let files: string[];
  try {
    files = walk(dist);
  } catch {
    return [];
  }
  return files
    .map((file) => '/' + relative(dist, file).split(sep).join('/'))
    .map((url) => (url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url))
    .sort();
}

/**
 * Every page of the site: the contract's pages, then any other page the build made
 * (a document page, a search page), so that each is held to the same rules.
 */
export const PAGES: readonly string[] = [...new Set([...CONTRACT_PAGES, ...builtPages()])];

/**
 * Every page of one kind per template: the letter pages of the index of names
 * share one page and one style, so only the largest (its longest lists) and the
 * catch-all (“Other”) stand for them. For checks that cost seconds a page (axe).
 */
export function pagesPerTemplate(pages: readonly string[] = PAGES, dist = 'dist'): string[] {
  const letters = pages.filter((p) => /^\/names\/[^/]+\/$/.test(p));
  const size = (p: string) => statSync(join(dist, p, 'index.html')).size;
  const largest = [...letters].sort((a, b) => size(b) - size(a))[0];
  const keep = new Set([largest, letters.find((p) => p === '/names/other/')]);
  return pages.filter((p) => !letters.includes(p) || keep.has(p));
}

/** The paragraphs of the text column: not the ones inside a sidenote. */
export const TEXT_PARAGRAPHS = 'article.chapter p:not(.sidenote p)';

export const VIEWPORTS = {
  narrow: { width: 375, height: 740 },
  wide: { width: 1440, height: 900 },
  /** The narrowest width at which notes must sit in the margin. */
  marginMin: { width: 1024, height: 768 },
} as const;
