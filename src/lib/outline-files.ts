/**
 * The book's outline read from the generated files' front matter, for the
 * build's integrations (which run after Astro's content layer): the same
 * schema and grouping the pages use, so both see one book.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type DocumentFrontmatter, documentFrontmatter, type SectionFrontmatter, sectionFrontmatter } from '../edition/formats/section.ts';
import { parseFrontmatter } from '../edition/frontmatter.ts';
import { type ChapterOutline, groupChapters } from '../edition/outline.ts';
import { contentPath } from './settings.ts';

export interface SectionFile {
  file: string;
  data: SectionFrontmatter;
  body: string;
}

export interface DocumentFile {
  id: string;
  file: string;
  data: DocumentFrontmatter;
  body: string;
}

const mdxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? mdxFiles(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : []));

/** Every chapter, with its sections' front matter and MDX bodies, in reading order. */
export function readOutline(dir = contentPath('chapters')): ChapterOutline<SectionFile>[] {
  const sections = mdxFiles(dir).map((file): SectionFile => {
    const name = relative(process.cwd(), file);
    return { file: name, ...parseFrontmatter(sectionFrontmatter, readFileSync(file, 'utf8'), name) };
  });
  return groupChapters(sections, (s) => s.data);
}

/** Every transcribed document, by id (its file name). */
export function readDocuments(dir = contentPath('documents')): DocumentFile[] {
  return mdxFiles(dir)
    .sort()
    .map((file) => {
      const name = relative(process.cwd(), file);
      return { id: file.slice(file.lastIndexOf('/') + 1, -'.mdx'.length), file: name, ...parseFrontmatter(documentFrontmatter, readFileSync(file, 'utf8'), name) };
    });
}
