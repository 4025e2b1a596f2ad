import { z } from 'zod';

/** Where a reader finds a changed place: a chapter page (null: the title page) and an anchor on it. */
export const where = z.strictObject({
  chapter: z.number().int().positive().nullable(),
  /** A paragraph id, a section id or a document id; null for the page's top (a chapter heading, an epigraph). */
  anchor: z.string().nullable(),
});
export type Where = z.infer<typeof where>;

/** One editorial change in source coordinates (after BOM/CRLF normalisation). */
export const recordedChange = z.strictObject({
  rule: z.string(),
  offset: z.number().int().nonnegative(),
  before: z.string(),
  after: z.string(),
  /** A move: `before` goes (with any changes inside it) to this offset. */
  moveTo: z.number().int().nonnegative().optional(),
  /** Why the rule decided as it did, where that is not obvious. */
  note: z.string().optional(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  where,
});
export type RecordedChange = z.infer<typeof recordedChange>;

/** content/edition/changes.json: every change the importer made, by named rule. */
export const changeRecord = z.strictObject({
  $comment: z.string(),
  /** The source file, as the project names it. */
  source: z.string(),
  rules: z.array(z.strictObject({ name: z.string(), description: z.string(), changes: z.number().int().nonnegative() })),
  changes: z.array(recordedChange),
});
export type ChangeRecord = z.infer<typeof changeRecord>;
