/** Wall-clock times of the two build steps, each run `runs` times; medians reported. */
import { spawnSync } from 'node:child_process';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stderr}`);
  return performance.now() - start;
}

export const astroBuild = (env?: NodeJS.ProcessEnv, outDir?: string) =>
  timed(['node_modules/astro/bin/astro.mjs', 'build', ...(outDir ? ['--outDir', outDir] : [])], env);
/** The rest of `npm run build`: the Pagefind indexes and search bundle, then _headers. */
export const searchBuild = (env?: NodeJS.ProcessEnv) => timed(['scripts/build-search.ts'], env) + timed(['scripts/write-headers.ts'], env);

export function buildTimes(runs = 3): { astroMs: number; pagefindMs: number; totalMs: number } {
  const astro: number[] = [];
  const search: number[] = [];
  for (let i = 0; i < runs; i++) {
    astro.push(astroBuild());
    search.push(searchBuild());
  }
  return { astroMs: median(astro), pagefindMs: median(search), totalMs: median(astro.map((a, i) => a + search[i])) };
}
