import { z } from 'zod';

/** content/editorial/italics.json: italic spans of the source that are not emphasis. */
export const italics = z.strictObject({
  $comment: z.string().optional(),
  /** Names of published works: set as <cite>. */
  titles: z.array(z.string().min(1)),
  /** Romanised Chinese: tagged lang="zh-Latn-pinyin". */
  pinyin: z.array(z.string().min(1)),
});
export type Italics = z.infer<typeof italics>;
