/**
 * What an import gives a reader, word for word, read from the files it wrote
 * (MDX parsed with the site's own syntax, so escapes count as the characters
 * they stand for), and what the source with its recorded changes says. For
 * sources that never reach a build: the corpus of damaged and unusual inputs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { classifyBlocks } from '../../scripts/importer/blocks.ts';
import { inlineMarks } from '../../scripts/importer/inline-markup.ts';
import { applySplices, type Splice } from '../../scripts/importer/splice.ts';
import { remarkPlugins } from '../../src/plugins/index.ts';
import { words } from './reading-text.ts';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins);

/** The source's text with its markup taken out: note markers as their numbers, no emphasis or heading marks. */
function plain(block: string, chapterHeading: boolean): string {
  const text = block.replace(/^#{1,6}[ \t]+/, '');
  const { marks } = inlineMarks(text);
  let out = '';
  let i = 0;
  for (const m of marks) {
    out += text.slice(i, m.start) + (m.kind === 'note' ? ` ${m.n} ` : '');
    i = m.end;
  }
  out += text.slice(i);
  // The page writes a chapter's label from its number; the words read are its title's.
  return chapterHeading ? out.replace(/^\s*chapter\s+\d+\s*[.:—-]?/i, '') : out;
}

/** The words a reader should find: the source with the recorded changes, without its title page. */
export function expectedWords(source: string, changes: readonly Splice[]): string[] {
  const edited = applySplices(source, changes);
  return classifyBlocks(edited)
    .filter((b) => b.kind !== 'title-page')
    .flatMap((b) => words(plain(b.text, b.kind === 'chapter-heading')))
    .map((w) => w.toLowerCase());
}

interface MdxFile {
  data: Record<string, unknown>;
  body: string;
}

function readMdx(path: string): MdxFile {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8')) ?? [];
  const data = Object.fromEntries(front.split('\n').map((line) => [line.slice(0, line.indexOf(':')), JSON.parse(line.slice(line.indexOf(':') + 1))]));
  return { data, body };
}

function attribute(node: Nodes, name: string): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a || a.type !== 'mdxJsxAttribute') return undefined;
  if (typeof a.value === 'string') return a.value;
  return a.value ? String(JSON.parse(a.value.value)) : undefined;
}

/** The text of MDX as a page renders it, components' text props included where the page shows them. */
function mdxText(body: string, outDir: string): string {
  const tree = processor.runSync(processor.parse(body)) as Root;
  const text = (node: Nodes): string => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'break':
        return ' ';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (node.name === 'Sidenote') return ` ${attribute(node, 'n')} `;
        if (node.name === 'br') return ' ';
        if (node.name === 'Document') {
          const doc = readMdx(join(outDir, 'documents', `${attribute(node, 'id')}.mdx`));
          return ` ${mdxText(doc.body, outDir)} ${doc.data.caption} ${doc.data.credit ?? ''} `;
        }
        const inner = node.children.map(text).join('');
        if (node.type === 'mdxJsxTextElement') return inner;
        const after = attribute(node, 'attribution') ?? attribute(node, 'credit') ?? '';
        return ` ${inner} ${after} `;
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
        return node.children.map(text).join('');
      default:
        return 'children' in node ? ` ${(node.children as Nodes[]).map(text).join('')} ` : '';
    }
  };
  return text(tree);
}

/** The words an import wrote into `outDir`, chapter by chapter, in reading order. */
export function importedWords(outDir: string): string[] {
  const chapters = readdirSync(join(outDir, 'chapters')).sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]));
  return chapters
    .flatMap((chapter) =>
      readdirSync(join(outDir, 'chapters', chapter))
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .flatMap((f) => {
          const { data, body } = readMdx(join(outDir, 'chapters', chapter, f));
          const title = data.order === 0 && typeof data.chapterTitle === 'string' ? data.chapterTitle : '';
          return words(`${title} ${mdxText(body, outDir)}`);
        }),
    )
    .map((w) => w.toLowerCase());
}

/** Every node type in the MDX `body`, as the site's parser reads it (JSX elements as "<Name>"). */
export function nodeTypes(body: string): Set<string> {
  const types = new Set<string>();
  const walk = (node: Nodes) => {
    types.add(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? `<${node.name}>` : node.type);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(processor.runSync(processor.parse(body)) as Root);
  return types;
}
