/**
 * Summarises a V8 .cpuprofile (from BENCH_CPU_PROF=1 npx tsx bench/pipeline.ts): self time by
 * function and by module (src/<dir>/<file>, node_modules/<package>, node: internals), and inclusive
 * time of selected entry functions.
 *
 *   npx tsx bench/support/cpuprofile-top.ts bench/out/prof-server/<file>.cpuprofile [top=30] [fn,fn,...]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const [file, topArg, fnArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: cpuprofile-top.ts <file.cpuprofile> [top] [fn,fn]');
  process.exit(2);
}
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const top = Number(topArg ?? 30);
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const self = new Map<number, number>();
for (let i = 0; i < p.samples.length; i++) {
  const dt = (p.timeDeltas[i + 1] ?? 0) / 1000; // ms attributed to sample i
  self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + dt);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);

function moduleOf(url: string): string {
  if (!url) return '(native/vm)';
  if (url.startsWith('node:')) return url;
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return `node_modules/${nm[1]}`;
  const src = /\/work\/main\/(.*)$/.exec(url.replace('file://', ''));
  return src ? src[1]! : url;
}

const fnSelf = new Map<string, number>();
const modSelf = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id)!;
  const f = n.callFrame;
  const key = `${f.functionName || '(anonymous)'}  ${moduleOf(f.url)}:${f.lineNumber + 1}`;
  fnSelf.set(key, (fnSelf.get(key) ?? 0) + t);
  const m = moduleOf(f.url);
  modSelf.set(m, (modSelf.get(m) ?? 0) + t);
}
const pct = (x: number): string => `${((x / total) * 100).toFixed(1).padStart(5)}%`;
console.log(`${file}: ${(total / 1000).toFixed(2)} s sampled (wall ${((p.endTime - p.startTime) / 1e6).toFixed(1)} s)`);
console.log('\nself time by module:');
for (const [k, v] of [...modSelf].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${(v / 1000).toFixed(2)} s  ${k}`);
console.log('\nself time by function:');
for (const [k, v] of [...fnSelf].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${(v / 1000).toFixed(2)} s  ${k}`);

// Inclusive time of named functions (each sample counted once per function name on its stack).
const names = (fnArg ?? 'processRound,processInbound,accept,readMessage,authenticate,buildMessage,runRules').split(',');
const incl = new Map<string, number>();
for (const [id, t] of self) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const name = byId.get(cur)!.callFrame.functionName;
    if (names.includes(name) && !seen.has(name)) {
      seen.add(name);
      incl.set(name, (incl.get(name) ?? 0) + t);
    }
  }
}
console.log('\ninclusive time (synchronous part on the stack; awaits not included):');
for (const n of names) console.log(`${pct(incl.get(n) ?? 0)}  ${((incl.get(n) ?? 0) / 1000).toFixed(2)} s  ${n}`);
