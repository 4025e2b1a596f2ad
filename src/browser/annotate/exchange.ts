/**
 * Export and import: an AnnotationCollection (W3C Web Annotation JSON-LD, one
 * embedded AnnotationPage) out, the same back in, validated through its schema
 * and merged into what is stored without duplicates. Pure.
 */
import { type core, config } from 'zod/mini';
import { en } from 'zod/locales';
import { type AnnotationCollection, annotationCollection, type WebAnnotation } from '../../edition/formats/annotation.ts';
import { ANNOTATION_CONTEXT } from '../../edition/formats/annotation-terms.ts';
import { changedAt, noteOf, positionOf, quoteOf } from './model.ts';

// zod/mini carries no messages of its own: English ones, for the import's error messages.
config(en());

export function toCollection(items: readonly WebAnnotation[], label: string): AnnotationCollection {
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      // The collection carries the context; each annotation is otherwise as stored.
      items: items.map(({ '@context': _, ...a }) => a),
    },
  };
}

/** "first.items[2].target.source: …" for each problem zod found. */
export function describeIssues(error: core.$ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((i) => {
    const path = i.path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
    return `${path || 'the file'}: ${i.message}`;
  });
  const more = error.issues.length - limit;
  return lines.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

export type ImportResult = { ok: true; items: WebAnnotation[] } | { ok: false; message: string };

/**
 * The annotations of an exported file, or why it cannot be imported: not JSON,
 * not a Web Annotation collection, or annotations of another book
 * (`belongs` says whether an address is one of this edition's chapters).
 */
export function parseImport(fileName: string, json: string, belongs: (source: string) => boolean): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, message: `${fileName} is not JSON: ${(e as Error).message}.` };
  }
  const parsed = annotationCollection.safeParse(data);
  if (!parsed.success) return { ok: false, message: `${fileName} is not a Web Annotation collection: ${describeIssues(parsed.error)}.` };
  // Validated, but kept as written (key order and all), so that an export imported again is the same JSON.
  const items = (data as AnnotationCollection).first.items;
  const foreign = items.findIndex((a) => !belongs(a.target.source));
  if (foreign !== -1) {
    return { ok: false, message: `${fileName} has annotations of another book or site (first.items[${foreign}] is on ${items[foreign].target.source}); nothing was imported.` };
  }
  return { ok: true, items: items.map((a) => ({ '@context': ANNOTATION_CONTEXT, ...a })) };
}

/** What makes two annotations the same, whatever their ids: same words, same place, same note. */
const sameness = (a: WebAnnotation) => JSON.stringify([a.target.source, quoteOf(a).exact, positionOf(a)?.start, noteOf(a)]);

/**
 * `incoming` merged into `stored`: an annotation already there (same id, or the
 * same words and note) is kept once, the later-changed copy winning.
 */
export function merge(stored: readonly WebAnnotation[], incoming: readonly WebAnnotation[]): { items: WebAnnotation[]; added: number; updated: number } {
  const byId = new Map(stored.map((a) => [a.id, a]));
  const seen = new Set(stored.map(sameness));
  let added = 0;
  let updated = 0;
  for (const a of incoming) {
    const old = byId.get(a.id);
    if (old) {
      if (changedAt(a) > changedAt(old)) {
        byId.set(a.id, a);
        updated++;
      }
    } else if (!seen.has(sameness(a))) {
      byId.set(a.id, a);
      seen.add(sameness(a));
      added++;
    }
  }
  return { items: [...byId.values()], added, updated };
}
