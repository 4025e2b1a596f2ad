import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { abbreviationPattern } from '../edition/abbreviations.ts';
import type { Abbreviation } from '../edition/formats/glossary.ts';
import { CLASS } from '../edition/markup.ts';
import { sectionData } from './section-data.ts';

export type { Abbreviation };

/**
 * Mark every abbreviation in the text's paragraphs as <abbr title="…">, and at
 * its first use in each chapter spell it out in square brackets (an editorial
 * addition, class "abbr-expansion"), unless the text itself has just spelt it
 * out: "United Nations (UN)". What the chapter used before this section comes
 * from the importer (front matter: abbreviationsBefore); no file is read.
 */
export default function rehypeAbbreviations(options: { abbreviations: readonly Abbreviation[] }) {
  const expansions = new Map(options.abbreviations.map((a) => [a.term, a.expansion]));
  const pattern = abbreviationPattern(expansions.keys());
  return (tree: Root, file: VFile) => {
    const fm = sectionData(file);
    if (!fm || expansions.size === 0) return;
    const seen = new Set(fm.abbreviationsBefore);

    const transform = (parent: Element) => {
      const out: ElementContent[] = [];
      for (const child of parent.children) {
        if (child.type === 'element') {
          if (!['a', 'abbr', 'cite', 'code'].includes(child.tagName)) transform(child);
          out.push(child);
        } else if (child.type === 'text') {
          out.push(...markText(child, expansions, pattern, seen));
        } else out.push(child);
      }
      parent.children = out;
    };
    for (const node of tree.children) {
      if (node.type === 'element' && (node.tagName === 'p' || node.tagName === 'blockquote')) transform(node);
    }
  };
}

function markText(node: Text, expansions: Map<string, string>, pattern: RegExp, seen: Set<string>): ElementContent[] {
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
        out.push({ type: 'element', tagName: 'span', properties: { className: [CLASS.abbrExpansion] }, children: [{ type: 'text', value: ` [${expansion}]` }] });
      }
    }
    cursor = at + m[0].length;
  }
  out.push({ type: 'text', value: node.value.slice(cursor) });
  return out.filter((n) => n.type !== 'text' || n.value !== '');
}
