/**
 * The peer the issue measures the edition against: a default Starlight site of
 * the same text, built by the bench in .scale/peer/ (git-ignored). Starlight is
 * installed there from the npm registry, never into the project. Its pages are
 * the project's generated MDX, one page per chapter, with the edition's
 * components converted to plain HTML (a note marker to a superscript number,
 * an epigraph to a blockquote, a photograph's caption and the telegram to
 * figures), so that the same words are built, indexed and searched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { z } from 'zod';
import { parseData } from '../../src/edition/parse-data.ts';

export const PEER_ROOT = '.scale/peer';
const STARLIGHT = '@astrojs/starlight@^0.42';

const packageVersion = z.object({ version: z.string() });
/** The version a package.json gives. */
const versionIn = (file: string) => parseData(packageVersion, readFileSync(file, 'utf8'), file).version;
const versionOf = (pkg: string) => versionIn(join('node_modules', pkg, 'package.json'));

/** Installs Astro (the project's version) and Starlight into .scale/peer/ unless they are there. Returns Starlight's version. */
export function installPeer(log: (s: string) => void): string {
  const starlightPackage = join(PEER_ROOT, 'node_modules/@astrojs/starlight/package.json');
  const astro = versionOf('astro');
  const installedAstro = existsSync(join(PEER_ROOT, 'node_modules/astro/package.json'))
    ? versionIn(join(PEER_ROOT, 'node_modules/astro/package.json'))
    : undefined;
  if (!existsSync(starlightPackage) || installedAstro !== astro) {
    mkdirSync(PEER_ROOT, { recursive: true });
    writeFileSync(join(PEER_ROOT, 'package.json'), `${JSON.stringify({ name: 'bench-peer', private: true, type: 'module' }, null, 2)}\n`);
    log(`installing ${STARLIGHT} and astro@${astro} into ${PEER_ROOT}/ (npm registry)…`);
    const cli = process.env.npm_execpath;
    const [cmd, pre] = cli ? [process.execPath, [cli]] : ['npm', []];
    const args = [...pre, 'install', '--no-audit', '--no-fund', '--loglevel=error', STARLIGHT, `astro@${astro}`, `@astrojs/markdown-remark@${versionOf('@astrojs/markdown-remark')}`];
    const run = spawnSync(cmd, args, { cwd: PEER_ROOT, encoding: 'utf8', env: process.env });
    if (run.status !== 0) throw new Error(`could not install the peer (Starlight) in ${PEER_ROOT}: ${run.stderr.slice(-2000)}`);
  }
  return versionIn(starlightPackage);
}

const DocumentFront = z.object({ caption: z.string(), credit: z.string().optional() });
const SectionFront = z.object({ chapterTitle: z.string().optional(), section: z.string().optional(), order: z.number().optional() });

/** Front matter (YAML of simple `key: value` lines, as the importer writes it) and body. */
function split(mdx: string, file: string): { front: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!m) throw new Error(`${file}: no front matter`);
  const front: Record<string, unknown> = {};
  for (const line of m[1].split('\n')) {
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (kv) front[kv[1]] = kv[2].startsWith('"') ? JSON.parse(kv[2]) : /^\d+$/.test(kv[2]) ? Number(kv[2]) : kv[2];
  }
  return { front, body: mdx.slice(m[0].length) };
}

/** The edition's components as plain HTML in MDX (expressions keep every string as it is). */
export function convertMdx(body: string, documents: Map<string, { caption: string; credit?: string; body: string }>): string {
  return body
    .replace(/<Sidenote chapter=\{\d+\} n=\{(\d+)\} \/>/g, '<sup>$1</sup>')
    .replace(/<Epigraph attribution=\{("(?:[^"\\]|\\.)*")\}>([\s\S]*?)<\/Epigraph>/g, (_, who: string, text: string) => `<blockquote>\n${text.trim()}\n<p>{${who}}</p>\n</blockquote>`)
    .replace(/<Photograph credit=\{("(?:[^"\\]|\\.)*")\}>([\s\S]*?)<\/Photograph>/g, (_, credit: string, caption: string) => `<figure>\n<figcaption>\n${caption.trim()} {${credit}}\n</figcaption>\n</figure>`)
    .replace(/<Document id=\{"([^"]+)"\} \/>/g, (_, id: string) => {
      const d = documents.get(id);
      if (!d) throw new Error(`peer: no document ${id}`);
      return `<figure>\n\n${d.body.trim()}\n\n<figcaption>{${JSON.stringify(`${d.caption} ${d.credit ?? ''}`.trim())}}</figcaption>\n</figure>`;
    });
}

const page = (title: string, body: string) => `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body.trim()}\n`;

/** A Starlight site of `contentDir` (chapters/chapter-N/*.mdx, documents/*.mdx, edition/title-page.json) in `siteDir`. */
export function writePeerSite(contentDir: string, siteDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  const docs = join(siteDir, 'src/content/docs');
  mkdirSync(join(docs, 'documents'), { recursive: true });
  writeFileSync(
    join(siteDir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ site: 'https://example.org', integrations: [starlight({ title: ${JSON.stringify("Mao's China and the Cold War")} })] });\n`,
  );
  writeFileSync(
    join(siteDir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  // Vite decides what to bundle for the server from the site's declared dependencies (installed one folder up).
  writeFileSync(join(siteDir, 'package.json'), `${JSON.stringify({ name: 'bench-peer-site', private: true, type: 'module', dependencies: { '@astrojs/starlight': '*', astro: '*' } })}\n`);
  const documents = new Map<string, { caption: string; credit?: string; body: string }>();
  for (const f of readdirSync(join(contentDir, 'documents')).filter((f) => f.endsWith('.mdx'))) {
    const file = join(contentDir, 'documents', f);
    const { front, body } = split(readFileSync(file, 'utf8'), file);
    const d = DocumentFront.parse(front);
    documents.set(f.replace(/\.mdx$/, ''), { ...d, body });
    writeFileSync(join(docs, 'documents', f), page(d.caption, body));
  }
  const title = z.object({ title: z.array(z.string()), author: z.string().optional() }).parse(JSON.parse(readFileSync(join(contentDir, 'edition/title-page.json'), 'utf8')));
  writeFileSync(join(docs, 'index.mdx'), page(title.title.join(' '), `${title.author ?? ''}`));
  for (const dir of readdirSync(join(contentDir, 'chapters'))) {
    const sections = readdirSync(join(contentDir, 'chapters', dir))
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => split(readFileSync(join(contentDir, 'chapters', dir, f), 'utf8'), join(contentDir, 'chapters', dir, f)));
    const chapterTitle = SectionFront.parse(sections[0].front).chapterTitle ?? dir;
    writeFileSync(join(docs, `${dir}.mdx`), page(chapterTitle, sections.map((s) => convertMdx(s.body, documents)).join('\n\n')));
  }
}

/** The command that builds the peer site in `siteDir` (its own `astro build`, which runs Pagefind). */
export const peerBuildCommand = () => [process.execPath, resolve(PEER_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
