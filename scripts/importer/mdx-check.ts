/**
 * The importer's check of its own output: each piece of MDX it writes is read
 * back with the syntax the site reads it with (remark-parse, remark-mdx and the
 * site's remark plugins, src/plugins/index.ts: GFM), and must give
 * exactly the text and the markup the source meant, and nothing else: no link,
 * image, code, ES module, expression, HTML or list the source did not ask for.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkPlugins } from '../../src/plugins/index.ts';
import { token } from './mdx-text.ts';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins);

/** MDX syntax to a tree, or the parser's complaint. */
function parse(mdx: string): Root | string {
  try {
    return processor.runSync(processor.parse(mdx)) as Root;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const WHAT: Record<string, string> = {
  link: 'a link',
  linkReference: 'a link',
  image: 'an image',
  imageReference: 'an image',
  inlineCode: 'code',
  code: 'code',
  html: 'HTML',
  mdxjsEsm: 'an ES module statement (import/export)',
  mdxTextExpression: 'a JavaScript expression',
  mdxFlowExpression: 'a JavaScript expression',
  mdxJsxTextElement: 'a JSX element',
  mdxJsxFlowElement: 'a JSX element',
  heading: 'a heading',
  list: 'a list',
  blockquote: 'a quotation',
  thematicBreak: 'a horizontal rule',
  definition: 'a link definition',
  table: 'a table',
  footnoteReference: 'a footnote',
};

const what = (type: string) => WHAT[type] ?? type;

function jsxAttribute(node: Nodes, name: string): string | undefined {
  if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return undefined;
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name !== name) continue;
    return typeof a.value === 'string' ? a.value : (a.value?.value ?? '');
  }
  return undefined;
}

/** The reading of inline nodes, in the tokens of mdx-text.ts; anything unexpected is named. */
function readingOf(nodes: readonly Nodes[], unexpected: string[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'break':
          return token.br;
        case 'emphasis':
        case 'strong':
        case 'delete': {
          const kind = node.type === 'emphasis' ? 'em' : node.type === 'delete' ? 'del' : 'strong';
          return `${token.open(kind)}${readingOf(node.children, unexpected)}${token.close(kind)}`;
        }
        case 'mdxJsxTextElement':
          if (node.name === 'Sidenote') return token.note(Number(jsxAttribute(node, 'n')));
          if (node.name === 'cite' || node.name === 'i') return `${token.open('em')}${readingOf(node.children, unexpected)}${token.close('em')}`;
          unexpected.push(`${what(node.type)} <${node.name ?? ''}>`);
          return '';
        default:
          unexpected.push(what(node.type));
          return '';
      }
    })
    .join('');
}

const normalise = (reading: string) =>
  reading
    .replace(/\s+/g, ' ')
    .replace(/ ?(⟦br⟧) ?/g, '$1')
    .trim();

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 15), i + 25));
  return `the source has ${around(a)}, MDX would render ${around(b)}`;
}

/**
 * Why `mdx`, one paragraph's worth of inline MDX, would not render as
 * `reading` (from mdx-text.ts), or null when it would.
 */
export function inlineProblem(mdx: string, reading: string): string | null {
  const tree = parse(mdx);
  if (typeof tree === 'string') return `MDX cannot read this text as written (${tree})`;
  const expected = normalise(reading);
  if (tree.children.length === 0 && expected === '') return null;
  const [first, ...rest] = tree.children;
  if (first?.type !== 'paragraph' || rest.length > 0) {
    const other = [first, ...rest].find((n) => n && n.type !== 'paragraph');
    return `Markdown would read this text as ${other ? what(other.type) : 'several paragraphs'}, not as text`;
  }
  const unexpected: string[] = [];
  const actual = normalise(readingOf(first.children, unexpected));
  if (unexpected.length > 0) return `Markdown would read part of this text as ${unexpected[0]}`;
  return actual === expected ? null : `MDX would not render this text as written: ${firstDifference(expected, actual)}`;
}

/** The top-level parts of a section file's body the site expects (each paragraph or quotation is numbered). */
const FLOW_COMPONENTS = new Set(['Epigraph', 'Photograph', 'Document']);

/**
 * Why a section file's body would not give the site `paragraphs` numbered
 * paragraphs under at most one level-2 heading, or null when it would.
 */
export function sectionProblem(body: string, paragraphs: number): string | null {
  const tree = parse(body);
  if (typeof tree === 'string') return `MDX cannot read the section (${tree})`;
  let count = 0;
  for (const [i, node] of tree.children.entries() as IterableIterator<[number, RootContent]>) {
    if (node.type === 'paragraph' || node.type === 'blockquote') count += 1;
    else if (node.type === 'heading' && node.depth === 2 && i === 0) continue;
    else if (node.type === 'mdxJsxFlowElement' && FLOW_COMPONENTS.has(node.name ?? '')) continue;
    else return `the section would contain ${what(node.type)}`;
  }
  return count === paragraphs ? null : `the section would have ${count} paragraphs where the source has ${paragraphs}`;
}
