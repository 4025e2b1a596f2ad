/** A section file's front matter, as the importer wrote it, read by the rehype plugins from Astro's VFile data. */
import type { VFile } from 'vfile';
import { z } from 'zod';
import { type SectionFrontmatter, sectionFrontmatter } from '../edition/formats/section.ts';
import { validateData } from '../edition/parse-data.ts';

// Plugins add keys of their own (paragraphs): read the importer's keys, ignore the rest.
const importerKeys = z.object(sectionFrontmatter.shape);

/** The section's front matter, or undefined for a file that is not a section of the text (a document). */
export function sectionData(file: VFile): SectionFrontmatter | undefined {
  const fm = (file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
  if (!fm || !('firstParagraph' in fm)) return undefined;
  return validateData(importerKeys, fm, file.path ?? 'a section file');
}

/** Where a plugin hands the render results back to the pages (Astro's remarkPluginFrontmatter). */
export function frontmatterOut(file: VFile): Record<string, unknown> {
  const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
  return (astro.frontmatter ??= {});
}
