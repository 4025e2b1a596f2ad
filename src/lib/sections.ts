import GithubSlugger from 'github-slugger';
import type { SectionEntry } from './edition';

/**
 * The id rehype-slug gives a section's heading. Each section file is its own
 * document with one h2, so a fresh slugger reproduces it exactly.
 */
export function sectionId(entry: SectionEntry): string {
  return entry.data.section === null ? '' : new GithubSlugger().slug(entry.data.section);
}
