import type { Block } from '../blocks.ts';
import type { Splice } from '../splice.ts';

/** The source as the rules see it: normalised text and its classified blocks. */
export interface SourceDocument {
  text: string;
  blocks: readonly Block[];
}

/** One named editorial rule: a pure function from the source to the changes it makes. */
export interface EditorialRule {
  /** Stable, kebab-case: it names the rule in the record of changes. */
  name: string;
  /** One sentence for readers of the edition's apparatus. */
  description: string;
  apply(doc: SourceDocument): Splice[];
}
