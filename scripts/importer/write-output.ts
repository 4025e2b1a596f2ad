import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Replace the generated directories under `outDir` with `files` all at once:
 * everything is written to a staging directory first, so a failure leaves the
 * existing content untouched.
 */
export async function writeGenerated(outDir: string, files: Map<string, string>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(join(outDir, '.import-'));
  try {
    for (const [path, content] of files) {
      await mkdir(dirname(join(staging, path)), { recursive: true });
      await writeFile(join(staging, path), content);
    }
    const tops = [...new Set([...files.keys()].map((p) => p.split('/')[0]))];
    for (const top of tops) {
      await rm(join(outDir, top), { recursive: true, force: true });
      await rename(join(staging, top), join(outDir, top));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
