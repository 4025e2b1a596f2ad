/**
 * The reader's annotations as W3C Web Annotations: a highlight (motivation
 * "highlighting") or a highlight with a note ("commenting", the note a
 * TextualBody). Each targets the chapter's canonical address with three
 * selectors for the same words: TextQuoteSelector (exact, 32 characters of
 * context), TextPositionSelector (offsets in the reading text, reading-text.ts)
 * and a FragmentSelector naming the paragraph (p3-52), refined by the quote.
 * Pure.
 */
import type {
  FragmentSelector,
  TextPositionSelector,
  TextQuoteSelector,
  WebAnnotation,
} from '../../edition/formats/annotation.ts';
import { ANNOTATION_CONTEXT, FRAGMENT_CONFORMS_TO } from '../../edition/formats/annotation-terms.ts';

export interface Where {
  /** The chapter's canonical address, without fragment. */
  source: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** The id of the paragraph (or section heading) the words start in. */
  fragment: string | null;
}

/** A random UUID, also where crypto.randomUUID is missing (pages not served over https). */
export function uuid(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function newAnnotation(where: Where, now: Date, id = `urn:uuid:${uuid()}`): WebAnnotation {
  const selector: WebAnnotation['target']['selector'] = [where.quote, where.position];
  if (where.fragment) {
    const fragment: FragmentSelector = {
      type: 'FragmentSelector',
      conformsTo: FRAGMENT_CONFORMS_TO,
      value: where.fragment,
      refinedBy: { type: 'TextQuoteSelector', exact: where.quote.exact },
    };
    selector.push(fragment);
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'Annotation',
    motivation: 'highlighting',
    created: now.toISOString(),
    modified: now.toISOString(),
    target: { source: where.source, selector },
  };
}

/** The annotation with this note (an empty note makes it a plain highlight again). */
export function withNote(a: WebAnnotation, note: string, now: Date): WebAnnotation {
  const text = note.trim();
  const { body: _, ...rest } = a;
  return text
    ? { ...rest, motivation: 'commenting', body: [{ type: 'TextualBody', value: text, format: 'text/plain', purpose: 'commenting' }], modified: now.toISOString() }
    : { ...rest, motivation: 'highlighting', modified: now.toISOString() };
}

export const noteOf = (a: WebAnnotation): string => a.body?.[0]?.value ?? '';

export const quoteOf = (a: WebAnnotation): TextQuoteSelector =>
  a.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector') as TextQuoteSelector;

export const positionOf = (a: WebAnnotation): TextPositionSelector | undefined =>
  a.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');

export const fragmentOf = (a: WebAnnotation): string | null =>
  a.target.selector.find((s): s is FragmentSelector => s.type === 'FragmentSelector')?.value ?? null;

/** When it last changed, for ordering and for choosing between two copies of one annotation. */
export const changedAt = (a: WebAnnotation): string => a.modified ?? a.created;
