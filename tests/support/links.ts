/**
 * Every internal reference in a built site (links, assets, form actions, the
 * sitemap) and whether it resolves: to a file in the site, and for a #fragment
 * to an element with that id in the target page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface Reference {
  from: string;
  url: string;
}

export interface LinkReport {
  checked: number;
  broken: { from: string; url: string; why: string }[];
}

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return name.endsWith(ext) ? [path] : [];
  });
}

const ATTRS: [string, string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['form[action]', 'action'],
];

export function checkLinks(dist: string, base = '/', origin = 'https://example.org'): LinkReport {
  const pages = new Map<string, Set<string>>();
  const refs: Reference[] = [];
  for (const file of files(dist, '.html')) {
    const path = `${base}${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const tree = fromHtml(readFileSync(file, 'utf8'));
    pages.set(path, new Set((selectAll('[id]', tree) as Element[]).map((e) => String(e.properties.id))));
    for (const [selector, attr] of ATTRS) {
      for (const el of selectAll(selector, tree) as Element[]) refs.push({ from: path, url: String(el.properties[attr === 'href' ? 'href' : attr]) });
    }
  }
  const sitemap = join(dist, 'sitemap.xml');
  if (existsSync(sitemap)) {
    for (const m of readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) refs.push({ from: '/sitemap.xml', url: m[1] });
  }

  const broken: LinkReport['broken'] = [];
  let checked = 0;
  for (const ref of refs) {
    if (/^(data|mailto|tel):/.test(ref.url)) continue;
    const url = new URL(ref.url, `${origin}${ref.from}`);
    if (url.origin !== origin) continue;
    checked += 1;
    if (!url.pathname.startsWith(base)) {
      broken.push({ ...ref, why: `outside the base path ${base}` });
      continue;
    }
    const rel = decodeURIComponent(url.pathname.slice(base.length));
    const target = join(dist, rel);
    const exists = existsSync(target) && (statSync(target).isFile() || existsSync(join(target, 'index.html')));
    if (!exists) {
      broken.push({ ...ref, why: 'no such file' });
      continue;
    }
    // A text fragment (#p3-12:~:text=…) is the browser's, not an id: the element id is what comes before it.
    const id = decodeURIComponent(url.hash.slice(1).split(':~:')[0]);
    if (id) {
      const ids = pages.get(url.pathname);
      if (!ids?.has(id)) broken.push({ ...ref, why: `no element with id "${id}" there` });
    }
  }
  return { checked, broken };
}
