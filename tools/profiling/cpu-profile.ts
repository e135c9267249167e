import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where the profile hook writes the `n`th profile of a process. */
export function profileFile(pid: number, n: number): string {
  return path.join(os.tmpdir(), 'ascc-cpu-profiles', `${pid}-${n}.cpuprofile`);
}

const UNKNOWN_FRAME = { functionName: '(unknown)', url: '', lineNumber: 0 };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  /** Share of the busy (non-idle) samples, in per cent. */
  percent: number;
}

/** What a frame is called in a summary: the function and where it lives (a package, node: or our code). */
function where(url: string): string {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node';
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + '/dist/'.length) : path.basename(url);
}

/**
 * The top self-time entries of a profile, by function and by module (package, node internals, our own
 * files, garbage collection), as shares of the samples that were not idle.
 */
export function summariseProfile(
  profile: CpuProfile,
  top = 15,
): { busyPercent: number; functions: SelfTime[]; modules: SelfTime[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<number, number>();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const fn = new Map<string, number>();
  const mod = new Map<string, number>();
  let busy = 0;
  for (const [id, count] of counts) {
    const { functionName, url, lineNumber } = byId.get(id)?.callFrame ?? UNKNOWN_FRAME;
    if (functionName === '(idle)' || functionName === '(root)') continue;
    busy += count;
    const module = functionName.startsWith('(') ? functionName : where(url);
    const name = `${functionName || '(anonymous)'} ${module}${url ? `:${lineNumber + 1}` : ''}`;
    fn.set(name, (fn.get(name) ?? 0) + count);
    mod.set(module, (mod.get(module) ?? 0) + count);
  }
  const rank = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, n]) => ({ name, percent: Math.round((n / Math.max(1, busy)) * 1000) / 10 }));
  const busyPercent = Math.round((busy / Math.max(1, profile.samples.length)) * 1000) / 10;
  return { busyPercent, functions: rank(fn), modules: rank(mod) };
}

/** Who calls the functions named `name` (their self samples, by the stack above them, `depth` frames up). */
export function callersOf(profile: CpuProfile, name: string, depth = 4): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map<number, number>();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const stacks = new Map<string, number>();
  for (const [id, count] of counts) {
    if ((byId.get(id)?.callFrame ?? UNKNOWN_FRAME).functionName !== name) continue;
    const frames: string[] = [];
    for (let p = parent.get(id); p !== undefined && frames.length < depth; p = parent.get(p)) {
      const { functionName, url, lineNumber } = byId.get(p)?.callFrame ?? UNKNOWN_FRAME;
      frames.push(`${functionName || '(anonymous)'} ${where(url)}:${lineNumber + 1}`);
    }
    const key = frames.join(' < ');
    stacks.set(key, (stacks.get(key) ?? 0) + count);
  }
  return [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 10);
}

/**
 * `node dist/tools/profiling/cpu-profile.js <file.cpuprofile> [top]`: prints the top self-time entries;
 * `… <file> callers <function>`: where that function is called from.
 */
if (require.main === module) {
  const [file, top, name] = process.argv.slice(2);
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  if (top === 'callers') {
    for (const [stack, n] of callersOf(profile, name)) console.log(`${String(n).padStart(6)}  ${stack}`);
  } else {
    const summary = summariseProfile(profile, Number(top ?? 20));
    console.log(`busy ${summary.busyPercent}% of the samples; by module:`);
    for (const e of summary.modules) console.log(`  ${e.percent.toFixed(1).padStart(5)}%  ${e.name}`);
    console.log('by function:');
    for (const e of summary.functions) console.log(`  ${e.percent.toFixed(1).padStart(5)}%  ${e.name}`);
  }
}
