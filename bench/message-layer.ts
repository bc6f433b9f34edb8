/**
 * Message-layer benchmark (issue: goal ≤ 2x `xmllint --schema` on a 10,000-prestatie JW323).
 *
 * For JW323 messages with 10, 1,000 and 10,000 prestaties it times, in one run on the same files:
 *   - xmllint --noout --schema schemas/ijw-3.2/JW323.xsd <file>   (Debian libxml2-utils; whole command)
 *   - ours: intake + XSD validation + typed parse + all CL2 rules  (checkMessage, warm, in process)
 *   - for the record of docs/decisions.md: libxml2-wasm parse+validate, and fast-xml-parser with
 *     the iJw-safe options (parse only), each in process and warm.
 * Prints the ratios and rewrites the figures block in docs/performance.md.
 *
 *   npm run bench            (needs xmllint: apt-get install libxml2-utils)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { checkMessage } from '../src/process/check.js';
import { Libxml2SchemaSet } from '../src/message/xsd/libxml2.js';
import { largeJw323 } from '../test/support/jw323-large.js';
import { writePerformanceSection } from './support/docs.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/out');
const XSD = join(ROOT, 'schemas/ijw-3.2/JW323.xsd');
const SIZES = [10, 1_000, 10_000];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs fn repeatedly: warm-up for `warmMs`, then `runs` timed calls; returns the median in ms. */
function time(fn: () => void, runs: number, warmMs: number): number {
  const until = performance.now() + warmMs;
  while (performance.now() < until) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

function xmllintOk(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (!xmllintOk()) {
  console.error('bench: xmllint not found (Debian: apt-get install libxml2-utils)');
  process.exit(2);
}

mkdirSync(OUT, { recursive: true });
const libxml2 = new Libxml2SchemaSet(join(ROOT, 'schemas/ijw-3.2'));
const fxp = new XMLParser({
  removeNSPrefix: true,
  parseTagValue: false,
  htmlEntities: true,
  jPath: false,
  isArray: (name: string) => name === 'Client' || name === 'Prestatie',
});

interface Row {
  prestaties: number;
  bytes: number;
  xmllint: number;
  ours: number;
  libxml2wasm: number;
  fastXmlParser: number;
}
const rows: Row[] = [];
for (const n of SIZES) {
  const file = join(OUT, `jw323-${n}.xml`);
  const xml = largeJw323(n);
  writeFileSync(file, xml);
  const bytes = readFileSync(file);
  const runs = n >= 10_000 ? 15 : n >= 1_000 ? 41 : 101;
  const warm = n >= 10_000 ? 3000 : 1500;

  const check = checkMessage(bytes);
  if (check.report.verdict !== 'ok') throw new Error(`generated JW323 (${n}) is not ok: ${JSON.stringify(check.report.errors.slice(0, 3))}`);

  const xmllint = time(() => execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'ignore' }), runs, 500);
  const ours = time(() => checkMessage(bytes), runs, warm);
  const libxml2wasm = time(() => libxml2.validate('JW323', bytes), runs, warm);
  const fastXmlParser = time(() => fxp.parse(bytes.toString('utf8')), Math.min(runs, 15), warm);
  rows.push({ prestaties: n, bytes: bytes.length, xmllint, ours, libxml2wasm, fastXmlParser });
}

const f = (ms: number): string => (ms < 1 ? ms.toFixed(2) : ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
const r = (a: number, b: number): string => (a / b).toFixed(2);
let table = '| prestaties | size | xmllint --schema | ours (intake+XSD+parse+CL2) | ratio ours/xmllint | libxml2-wasm validate only | fast-xml-parser parse only |\n';
table += '|---:|---:|---:|---:|---:|---:|---:|\n';
for (const x of rows) {
  table += `| ${x.prestaties.toLocaleString('en')} | ${(x.bytes / 1e6).toFixed(2)} MB | ${f(x.xmllint)} ms | ${f(x.ours)} ms | **${r(x.ours, x.xmllint)}** | ${f(x.libxml2wasm)} ms (${r(x.libxml2wasm, x.xmllint)}x) | ${f(x.fastXmlParser)} ms (${r(x.fastXmlParser, x.xmllint)}x) |\n`;
}
const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${execFileSync('xmllint', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0] || 'xmllint'}`;
const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; medians of warm runs (xmllint: whole command per file, as a user runs it).`;
console.log(stamp);
console.log(table);
const last = rows[rows.length - 1]!;
const goal = last.ours / last.xmllint <= 2;
console.log(`goal (10,000 prestaties ≤ 2x xmllint): ${goal ? 'met' : 'NOT met'} (${r(last.ours, last.xmllint)}x)`);

writePerformanceSection(ROOT, 'message-layer', `${stamp}\n\n${table}\nGoal ≤ 2x xmllint at 10,000 prestaties: **${goal ? 'met' : 'not met'}** (${r(last.ours, last.xmllint)}x).\n`);
if (!goal) process.exitCode = 1;
