import { z } from 'zod';

/**
 * A reader's highlights and notes, as the W3C Web Annotation Data Model has
 * them (https://www.w3.org/TR/annotation-model/): what the browser stores, what
 * the notes page exports and what it accepts back. Only the parts the edition
 * writes are read; anything else an annotation carries is kept as it is.
 */

/** The Web Annotation JSON-LD context. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** A FragmentSelector's fragment syntax: an HTML id (RFC 3986). */
export const FRAGMENT_CONFORMS_TO = 'http://tools.ietf.org/rfc/rfc3986';

/** The selected words, with up to 32 characters of the reading text on either side. */
export const textQuoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'the quoted words are empty'),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelector>;

/** Offsets [start, end) in the chapter's reading text (src/browser/annotate/reading-text.ts). */
export const textPositionSelector = z
  .looseObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((s) => s.end > s.start, 'a TextPositionSelector must end after it starts');
export type TextPositionSelector = z.infer<typeof textPositionSelector>;

/** The paragraph (p3-52) or section heading the selection starts in, refined by the quoted words. */
export const fragmentSelector = z.looseObject({
  type: z.literal('FragmentSelector'),
  conformsTo: z.literal(FRAGMENT_CONFORMS_TO).optional(),
  value: z.string().min(1),
  refinedBy: textQuoteSelector.optional(),
});
export type FragmentSelector = z.infer<typeof fragmentSelector>;

const KNOWN_SELECTORS = ['TextQuoteSelector', 'TextPositionSelector', 'FragmentSelector'];
/** Selectors of other kinds (another tool's CssSelector, say) are kept, unread. */
const otherSelector = z.looseObject({ type: z.string().refine((t) => !KNOWN_SELECTORS.includes(t)) });

export const selector = z.union([z.discriminatedUnion('type', [textQuoteSelector, textPositionSelector, fragmentSelector]), otherSelector]);
export type Selector = z.infer<typeof selector>;

/** The reader's note. */
export const textualBody = z.looseObject({
  type: z.literal('TextualBody'),
  value: z.string(),
  format: z.literal('text/plain').optional(),
  purpose: z.literal('commenting').optional(),
});
export type TextualBody = z.infer<typeof textualBody>;

export const annotationTarget = z.looseObject({
  /** The chapter's canonical address (https://…/chapter-3/). */
  source: z.url({ message: 'target.source must be the address of a chapter' }),
  selector: z
    .array(selector)
    .min(1)
    .refine((list) => list.some((s) => s.type === 'TextQuoteSelector'), 'a target needs a TextQuoteSelector (the quoted words)'),
});
export type AnnotationTarget = z.infer<typeof annotationTarget>;

const dateTime = z.iso.datetime({ offset: true, message: 'a date and time (ISO 8601)' });

export const webAnnotation = z.looseObject({
  /** Present on an annotation on its own; an annotation inside a collection may leave it to the collection. */
  '@context': z.literal(ANNOTATION_CONTEXT).optional(),
  id: z.string().min(1, 'an annotation needs an id'),
  type: z.literal('Annotation'),
  /** A highlight, or a highlight with the reader's note. */
  motivation: z.enum(['highlighting', 'commenting']),
  created: dateTime,
  modified: dateTime.optional(),
  /** The note: one TextualBody; none for a highlight. */
  body: z.array(textualBody).max(1).optional(),
  target: annotationTarget,
});
export type WebAnnotation = z.infer<typeof webAnnotation>;

/** An export: every annotation, in one embedded AnnotationPage. */
export const annotationCollection = z.looseObject({
  '@context': z.literal(ANNOTATION_CONTEXT, { message: `"@context" must be "${ANNOTATION_CONTEXT}"` }),
  id: z.string().optional(),
  type: z.literal('AnnotationCollection', { message: 'type must be "AnnotationCollection"' }),
  label: z.string().optional(),
  total: z.number().int().nonnegative(),
  first: z.looseObject({
    type: z.literal('AnnotationPage'),
    items: z.array(webAnnotation),
  }),
});
export type AnnotationCollection = z.infer<typeof annotationCollection>;
