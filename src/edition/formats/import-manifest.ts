import { z } from 'zod';

/** A path under the output folder: relative, no "..", no empty parts. */
const generatedPath = z.string().regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[^\\\0]+$/, 'a relative path inside the output folder');

/**
 * content/import-manifest.json: every file the importer wrote on its last run.
 * The importer replaces and deletes only these; anything else in the folder is
 * not its own and is left alone.
 */
export const importManifest = z.strictObject({
  $comment: z.string().optional(),
  files: z.array(generatedPath),
});
export type ImportManifest = z.infer<typeof importManifest>;
