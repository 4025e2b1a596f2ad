/**
 * `npm run build` timed as a reader of the README runs it: one process tree,
 * wall time and CPU time (user + system of every process in the tree). Cold:
 * without Astro's caches (.astro/, node_modules/.astro/) or node_modules/.cache/
 * (the precompression cache); warm: right after another build.
 *
 * CPU of the tree: on Linux with python3, the build runs under a tiny "child
 * subreaper", so processes orphaned by their parents (esbuild's and Pagefind's
 * services) are still counted; otherwise the children's CPU as the kernel
 * reports it to this process (/proc/self/stat), which misses orphans.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './report.ts';

export const BUILD_CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.cache'];

export interface Timing {
  wallMs: number;
  cpuMs: number;
  /** CPU the precompression step reports for itself, if it ran. */
  precompressCpuMs?: number;
}

const REAPER = `
import ctypes, os, resource, sys, time
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
start = time.monotonic()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
status = 0
while True:
    try:
        p, s = os.wait()
        if p == pid: status = os.waitstatus_to_exitcode(s)
    except ChildProcessError:
        break
r = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write("\\nBENCH-TIMING %f %f\\n" % ((time.monotonic() - start) * 1000, (r.ru_utime + r.ru_stime) * 1000))
sys.exit(status)
`;

const hasPython = () => spawnSync('python3', ['-c', 'import ctypes'], { stdio: 'ignore' }).status === 0;

/** Clock ticks of finished children, from /proc/self/stat (fields 16, 17: cutime, cstime). */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10; // USER_HZ is 100 on Linux
}

/** The npm that runs this script (npm_execpath), under the project's Node; `npm` otherwise. */
function npmCommand(args: string[]): [string, string[]] {
  const cli = process.env.npm_execpath;
  return cli ? [process.execPath, [cli, ...args]] : ['npm', args];
}

export function clearBuildCaches(cwd = '.'): void {
  for (const dir of BUILD_CACHES) rmSync(join(cwd, dir), { recursive: true, force: true });
}

/** Runs `npm run build` (or `command`) once, timed; throws with its output if it fails. */
export function timeBuild(options: { env?: NodeJS.ProcessEnv; cwd?: string; command?: string[] } = {}): Timing {
  const [cmd, args] = options.command ? [options.command[0], options.command.slice(1)] : npmCommand(['run', 'build']);
  const env = { ...process.env, ...options.env };
  const reaper = process.platform === 'linux' && hasPython();
  const cpuBefore = reaper ? 0 : childrenCpuMs();
  const start = performance.now();
  const run = reaper
    ? spawnSync('python3', ['-c', REAPER, cmd, ...args], { cwd: options.cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(cmd, args, { cwd: options.cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = performance.now() - start;
  if (run.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} failed (${run.status}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const timing = /BENCH-TIMING ([\d.]+) ([\d.]+)/.exec(run.stderr);
  const precompress = /precompress: .*?([\d.]+) s CPU/.exec(run.stdout);
  return {
    wallMs: timing ? Number(timing[1]) : wall,
    cpuMs: timing ? Number(timing[2]) : childrenCpuMs() - cpuBefore,
    ...(precompress ? { precompressCpuMs: Number(precompress[1]) * 1000 } : {}),
  };
}

export interface BuildTimes {
  cold: Timing;
  warm: Timing;
  runs: { cold: Timing; warm: Timing }[];
  method: string;
}

const medianTiming = (ts: Timing[]): Timing => ({
  wallMs: median(ts.map((t) => t.wallMs)),
  cpuMs: median(ts.map((t) => t.cpuMs)),
  ...(ts.every((t) => t.precompressCpuMs !== undefined) ? { precompressCpuMs: median(ts.map((t) => t.precompressCpuMs as number)) } : {}),
});

/** `runs` pairs of a cold build then a warm one; medians of each. Leaves the last build in place. */
export function buildTimes(runs = 3, options: { env?: NodeJS.ProcessEnv; command?: string[]; log?: (s: string) => void } = {}): BuildTimes {
  const all: { cold: Timing; warm: Timing }[] = [];
  for (let i = 0; i < runs; i++) {
    clearBuildCaches();
    const cold = timeBuild(options);
    const warm = timeBuild(options);
    options.log?.(`build ${i + 1}/${runs}: cold ${(cold.cpuMs / 1000).toFixed(2)} s CPU, ${(cold.wallMs / 1000).toFixed(2)} s wall; warm ${(warm.cpuMs / 1000).toFixed(2)} s CPU, ${(warm.wallMs / 1000).toFixed(2)} s wall`);
    all.push({ cold, warm });
  }
  return {
    cold: medianTiming(all.map((r) => r.cold)),
    warm: medianTiming(all.map((r) => r.warm)),
    runs: all,
    method: process.platform === 'linux' && hasPython() ? 'process tree under a child subreaper (python3)' : 'children CPU from /proc/self/stat',
  };
}

