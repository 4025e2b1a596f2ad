// zod/mini: this schema is bundled into the notes page, and classic zod would bring every locale with it.
import * as z from 'zod/mini';
import { ANNOTATION_CONTEXT, FRAGMENT_CONFORMS_TO } from './annotation-terms.ts';

export { ANNOTATION_CONTEXT, FRAGMENT_CONFORMS_TO };

/**
 * A reader's highlights and notes, as the W3C Web Annotation Data Model has
 * them (https://www.w3.org/TR/annotation-model/): what the browser stores, what
 * the notes page exports and what it accepts back. Only the parts the edition
 * writes are read; anything else an annotation carries is kept as it is.
 */

/** The selected words, with up to 32 characters of the reading text on either side. */
export const textQuoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().check(z.minLength(1, 'the quoted words are empty')),
  prefix: z.optional(z.string()),
  suffix: z.optional(z.string()),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelector>;

/** Offsets [start, end) in the chapter's reading text (src/browser/annotate/reading-text.ts). */
export const textPositionSelector = z
  .looseObject({
    type: z.literal('TextPositionSelector'),
    start: z.int().check(z.gte(0)),
    end: z.int().check(z.gt(0)),
  })
  .check(z.refine((s) => s.end > s.start, 'a TextPositionSelector must end after it starts'));
export type TextPositionSelector = z.infer<typeof textPositionSelector>;

/** The paragraph (p3-52) or section heading the selection starts in, refined by the quoted words. */
export const fragmentSelector = z.looseObject({
  type: z.literal('FragmentSelector'),
  conformsTo: z.optional(z.literal(FRAGMENT_CONFORMS_TO)),
  value: z.string().check(z.minLength(1)),
  refinedBy: z.optional(textQuoteSelector),
});
export type FragmentSelector = z.infer<typeof fragmentSelector>;

const KNOWN_SELECTORS = ['TextQuoteSelector', 'TextPositionSelector', 'FragmentSelector'];
/** Selectors of other kinds (another tool's CssSelector, say) are kept, unread. */
const otherSelector = z.looseObject({ type: z.string().check(z.refine((t) => !KNOWN_SELECTORS.includes(t))) });

export const selector = z.union([z.discriminatedUnion('type', [textQuoteSelector, textPositionSelector, fragmentSelector]), otherSelector]);
export type Selector = z.infer<typeof selector>;

/** The reader's note. */
export const textualBody = z.looseObject({
  type: z.literal('TextualBody'),
  value: z.string(),
  format: z.optional(z.literal('text/plain')),
  purpose: z.optional(z.literal('commenting')),
});
export type TextualBody = z.infer<typeof textualBody>;

export const annotationTarget = z.looseObject({
  /** The chapter's canonical address (https://…/chapter-3/). */
  source: z.url('target.source must be the address of a chapter'),
  selector: z
    .array(selector)
    .check(
      z.minLength(1),
      z.refine((list) => list.some((s) => s.type === 'TextQuoteSelector'), 'a target needs a TextQuoteSelector (the quoted words)'),
    ),
});
export type AnnotationTarget = z.infer<typeof annotationTarget>;

const dateTime = z.iso.datetime({ offset: true, error: 'a date and time (ISO 8601)' });

export const webAnnotation = z.looseObject({
  /** Present on an annotation on its own; an annotation inside a collection may leave it to the collection. */
  '@context': z.optional(z.literal(ANNOTATION_CONTEXT)),
  id: z.string().check(z.minLength(1, 'an annotation needs an id')),
  type: z.literal('Annotation'),
  /** A highlight, or a highlight with the reader's note. */
  motivation: z.enum(['highlighting', 'commenting']),
  created: dateTime,
  modified: z.optional(dateTime),
  /** The note: one TextualBody; none for a highlight. */
  body: z.optional(z.array(textualBody).check(z.maxLength(1, 'one note (TextualBody) at most'))),
  target: annotationTarget,
});
export type WebAnnotation = z.infer<typeof webAnnotation>;

/** An export: every annotation, in one embedded AnnotationPage. */
export const annotationCollection = z.looseObject({
  '@context': z.literal(ANNOTATION_CONTEXT, `"@context" must be "${ANNOTATION_CONTEXT}"`),
  id: z.optional(z.string()),
  type: z.literal('AnnotationCollection', 'type must be "AnnotationCollection"'),
  label: z.optional(z.string()),
  total: z.int().check(z.gte(0)),
  first: z.looseObject({
    type: z.literal('AnnotationPage', 'first.type must be "AnnotationPage"'),
    items: z.array(webAnnotation),
  }),
});
export type AnnotationCollection = z.infer<typeof annotationCollection>;
