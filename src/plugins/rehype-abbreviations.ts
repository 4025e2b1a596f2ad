import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { wholeWords } from '../edition/whole-words.ts';

export interface Abbreviation {
  term: string;
  expansion: string;
}

interface Frontmatter {
  chapter?: number;
  order?: number;
}

/** An abbreviation as a whole word (group 1), with a possessive after it (group 2). */
const termPattern = (terms: readonly string[]) => wholeWords(terms, 'gu', '(’s)?');

/** Terms already used in the chapter's earlier files (the files are numbered in reading order). */
function usedBefore(path: string | undefined, order: number, terms: readonly string[]): Set<string> {
  const used = new Set<string>();
  if (!path) return used;
  const pattern = termPattern(terms);
  for (const name of readdirSync(dirname(path))) {
    // Only files numbered before this one (an unnumbered file is never "earlier").
    if (!name.endsWith('.mdx') || name === basename(path) || !(Number.parseInt(name, 10) < order)) continue;
    for (const m of readFileSync(join(dirname(path), name), 'utf8').matchAll(pattern)) used.add(m[1]);
  }
  return used;
}

/**
 * Mark every abbreviation in the text's paragraphs as <abbr title="…">, and at
 * its first use in each chapter spell it out in square brackets (an editorial
 * addition, class "abbr-expansion"), unless the text itself has just spelt it
 * out: "United Nations (UN)".
 */
export default function rehypeAbbreviations(options: { abbreviations: readonly Abbreviation[] }) {
  const expansions = new Map(options.abbreviations.map((a) => [a.term, a.expansion]));
  const terms = [...expansions.keys()];
  return (tree: Root, file: VFile) => {
    const fm = (file.data.astro as { frontmatter?: Frontmatter } | undefined)?.frontmatter ?? {};
    if (typeof fm.chapter !== 'number' || terms.length === 0) return;
    const seen = usedBefore(file.path, fm.order ?? 0, terms);

    const transform = (parent: Element) => {
      const out: ElementContent[] = [];
      for (const child of parent.children) {
        if (child.type === 'element') {
          if (!['a', 'abbr', 'cite', 'code'].includes(child.tagName)) transform(child);
          out.push(child);
        } else if (child.type === 'text') {
          out.push(...markText(child, expansions, seen));
        } else out.push(child);
      }
      parent.children = out;
    };
    for (const node of tree.children) {
      if (node.type === 'element' && (node.tagName === 'p' || node.tagName === 'blockquote')) transform(node);
    }
  };
}

function markText(node: Text, expansions: Map<string, string>, seen: Set<string>): ElementContent[] {
  const pattern = termPattern([...expansions.keys()]);
  const out: ElementContent[] = [];
  let cursor = 0;
  for (const m of node.value.matchAll(pattern)) {
    const term = m[1];
    const expansion = expansions.get(term) as string;
    const at = m.index ?? 0;
    out.push({ type: 'text', value: node.value.slice(cursor, at) });
    out.push({ type: 'element', tagName: 'abbr', properties: { title: expansion }, children: [{ type: 'text', value: term }] });
    if (m[2]) out.push({ type: 'text', value: m[2] });
    if (!seen.has(term)) {
      seen.add(term);
      const spelledOut = node.value.slice(0, at).endsWith(`${expansion} (`);
      if (!spelledOut) {
        out.push({ type: 'element', tagName: 'span', properties: { className: ['abbr-expansion'] }, children: [{ type: 'text', value: ` [${expansion}]` }] });
      }
    }
    cursor = at + m[0].length;
  }
  out.push({ type: 'text', value: node.value.slice(cursor) });
  return out.filter((n) => n.type !== 'text' || n.value !== '');
}
