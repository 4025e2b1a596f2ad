import { z } from 'zod';

/** content/edition/title-page.json: the title page as the excerpt prints it, line by line. */
export const titlePage = z.strictObject({
  series: z.string().nullable(),
  seriesEditor: z.string().nullable(),
  /** The title as printed, line by line. */
  title: z.array(z.string()).min(1),
  author: z.string().nullable(),
  imprint: z.array(z.string()),
});
export type TitlePage = z.infer<typeof titlePage>;
