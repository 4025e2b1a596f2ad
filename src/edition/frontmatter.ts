/**
 * The generated files' front matter: YAML whose every value is a JSON scalar or
 * array (valid YAML that keeps quotes and dashes exactly as they are). The
 * importer writes it; the build's integrations read it back through the schema.
 * Astro's own loader reads the same files as YAML.
 */
import type { z } from 'zod';
import { DataError, validateData } from './parse-data.ts';

export function formatFrontmatter(data: Record<string, unknown>): string {
  const lines = Object.entries(data)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** The front matter of `text` (as formatFrontmatter writes it), validated, and the body after it. */
export function parseFrontmatter<S extends z.ZodType>(schema: S, text: string, file: string): { data: z.infer<S>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new DataError(file, 'no front matter (--- … ---) at the top of the file');
  const data: Record<string, unknown> = {};
  m[1].split('\n').forEach((line, i) => {
    const kv = /^([A-Za-z$][\w$]*): (.*)$/.exec(line);
    if (!kv) throw new DataError(file, `line ${i + 2}: expected "key: value" in the front matter`);
    try {
      data[kv[1]] = JSON.parse(kv[2]);
    } catch {
      throw new DataError(file, `line ${i + 2}: the value of ${kv[1]} is not a JSON value`);
    }
  });
  return { data: validateData(schema, data, file), body: text.slice(m[0].length) };
}
