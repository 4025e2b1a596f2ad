/**
 * The text's MDX components as EPUB markup, where the site has Astro
 * components (src/components/): a note marker becomes an EPUB noteref (its
 * note is written at the end of its section, notes.ts), an epigraph a
 * DPUB-ARIA epigraph, a photograph its caption beside an honest blank, and a
 * transcribed document a captioned link to the document's own file. Run after
 * the site's rehype plugins, so that they see the tree exactly as on the site.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { noteId, noteRefId } from '../../edition/addresses.ts';
import { abbreviatedParts } from '../../edition/abbreviations.ts';
import type { Abbreviation } from '../../edition/formats/glossary.ts';
import type { DocumentFile } from '../../lib/outline-files.ts';
import { documentFile } from './paths.ts';

type Jsx = MdxJsxFlowElementHast | MdxJsxTextElementHast;

export interface ComponentContext {
  /** The file being rendered and the line its body starts on, for errors. */
  file: string;
  firstLine: number;
  chapter: number;
  documents: ReadonlyMap<string, DocumentFile>;
  abbreviations: readonly Abbreviation[];
  /** Filled in: the note numbers in the order their markers occur. */
  notes: number[];
  /** Filled in: the photographs' captions (the book's photographs are not in the excerpt). */
  photographs: number;
}

const isJsx = (node: RootContent | ElementContent): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A caption or credit with its abbreviations marked, as the site's Abbreviated component does. */
export function abbreviated(text: string, abbreviations: readonly Abbreviation[]): ElementContent[] {
  const expansions = new Map(abbreviations.map((a) => [a.term, a.expansion]));
  return abbreviatedParts(text, expansions.keys())
    .map((part, i): ElementContent => (i % 2 === 1 ? h('abbr', { title: expansions.get(part) }, part) : { type: 'text', value: part }))
    .filter((n) => n.type !== 'text' || n.value !== '');
}

class ComponentError extends Error {}

export function renderComponents(tree: Root, ctx: ComponentContext): void {
  const where = (node: Jsx) => `${ctx.file}:${(node.position?.start.line ?? 1) + ctx.firstLine - 1}`;
  const fail = (node: Jsx, problem: string): never => {
    throw new ComponentError(`${where(node)}: <${node.name ?? ''}>: ${problem}`);
  };

  /** An attribute's value: a string, or a JavaScript literal in braces ({3}, {"…"}). Nothing else is data. */
  const attribute = (node: Jsx, name: string): string | number | boolean | undefined => {
    const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
    if (node.attributes.some((a: MdxJsxAttribute | MdxJsxExpressionAttribute) => a.type === 'mdxJsxExpressionAttribute')) fail(node, 'spread attributes are not supported');
    if (!attr) return undefined;
    if (attr.value === null || attr.value === undefined) return true;
    if (typeof attr.value === 'string') return attr.value;
    const program = attr.value.data?.estree;
    const statement = program?.body[0];
    const expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
    if (program?.body.length !== 1 || expression?.type !== 'Literal' || expression.value === null || expression.value instanceof RegExp || typeof expression.value === 'bigint') {
      return fail(node, `the attribute ${name} must be a literal value, not {${attr.value.value}}`);
    }
    return expression.value;
  };
  const text = (node: Jsx, name: string, required = true): string | undefined => {
    const value = attribute(node, name);
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string') return fail(node, `expected the text attribute ${name}`);
    return value;
  };
  const number = (node: Jsx, name: string): number => {
    const value = attribute(node, name);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return fail(node, `expected a positive whole number in ${name}`);
    return value;
  };

  const convert = (node: Jsx): ElementContent[] => {
    const children = node.children.flatMap((c) => walk(c as ElementContent));
    switch (node.name) {
      case 'Sidenote': {
        const chapter = number(node, 'chapter');
        const n = number(node, 'n');
        if (chapter !== ctx.chapter) fail(node, `a note of chapter ${chapter} in chapter ${ctx.chapter}`);
        if (ctx.notes.includes(n)) fail(node, `note ${n} is marked twice`);
        ctx.notes.push(n);
        return [h('a', { className: ['note-ref'], id: noteRefId(n), href: `#${noteId(n)}`, 'epub:type': 'noteref', role: 'doc-noteref' }, String(n))];
      }
      case 'Epigraph': {
        const attribution = text(node, 'attribution', false);
        return [h('div', { className: ['epigraph'], 'epub:type': 'epigraph', role: 'doc-epigraph' }, [h('blockquote', children), ...(attribution ? [h('p', { className: ['attribution'] }, attribution)] : [])])];
      }
      case 'Photograph': {
        ctx.photographs += 1;
        const credit = text(node, 'credit', false);
        return [
          h('figure', { className: ['photograph'] }, [
            h('p', { className: ['absent', 'edition'] }, 'Photograph not included in this excerpt'),
            h('figcaption', [...children, ...(credit ? [{ type: 'text' as const, value: ' ' }, h('span', { className: ['credit'] }, abbreviated(credit, ctx.abbreviations))] : [])]),
          ]),
        ];
      }
      case 'Document': {
        const id = text(node, 'id') as string;
        const doc = ctx.documents.get(id) ?? fail(node, `no document "${id}" in the documents folder`);
        return [
          h('figure', { className: ['document'], id }, [
            h('figcaption', [
              ...abbreviated(doc.data.caption, ctx.abbreviations),
              ...(doc.data.credit ? [{ type: 'text' as const, value: ' ' }, h('span', { className: ['credit'] }, abbreviated(doc.data.credit, ctx.abbreviations))] : []),
            ]),
            h('p', { className: ['document-link'] }, [h('a', { href: documentFile(id), hrefLang: doc.data.lang }, 'The transcription, in the original Chinese')]),
          ]),
        ];
      }
      default:
        // Lowercase names are HTML elements (<br />, <cite>, <i lang="…">); their attributes are plain text.
        if (node.name && /^[a-z]+$/.test(node.name)) {
          const properties: Record<string, string> = {};
          for (const a of node.attributes) {
            if (a.type !== 'mdxJsxAttribute') fail(node, 'spread attributes are not supported');
            else properties[a.name] = text(node, a.name) as string;
          }
          return [h(node.name, properties, children)];
        }
        return fail(node, 'not a component the EPUB knows (Sidenote, Epigraph, Photograph, Document)');
    }
  };

  const walk = (node: ElementContent | RootContent): ElementContent[] => {
    if (isJsx(node)) return convert(node);
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') {
      throw new ComponentError(`${ctx.file}:${(node.position?.start.line ?? 1) + ctx.firstLine - 1}: JavaScript in the text ({…}, import, export) is not supported`);
    }
    if (node.type === 'element') node.children = node.children.flatMap(walk);
    return [node as ElementContent];
  };
  tree.children = tree.children.flatMap(walk);
}
