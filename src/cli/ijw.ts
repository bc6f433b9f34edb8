/**
 * ijw — command line.
 *   ijw check <files|dirs...> [--json] [--retour <dir>] [--max-bytes N]
 *   ijw rules [--json]
 *   ijw simulate <scenario-dir> --out <dir> [--regio <file>]   (src/cli/simulate.ts)
 *   ijw migrate | client ... | kanaal ...   (src/cli/admin.ts)
 * Exit: 0 all ok, 1 any rejected, 2 usage or I/O error.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkMessage, type CheckReport } from '../process/check.js';
import { allRules } from '../process/rules/registry.js';
import { RegioLoadError, formatFout, loadRegio, loadRegios } from '../ledger/regio/index.js';
import { ADMIN_USAGE, AdminUsageError, admin } from './admin.js';

const USAGE = `usage:
  ijw check <files|dirs...> [--json] [--retour <dir>] [--max-bytes N]
      check each .xml file (directories: every .xml file below them, sorted)
      --json         print one JSON array of {file, berichtcode, verdict, errors}
      --retour dir   write the retourbericht (or JW325) we would send into dir
  ijw rules [--json]
      list the rule registry (ID, level, retourcode, messages, description)
  ijw regio check <files|dirs...>
      validate region contract files (regions/<id>.json); every error names the file and the path
  ijw simulate <scenario-dir> --out <dir> [--regio <file>]
      replay a scenario on a fresh embedded database under the scenario's clock: *.xml steps are
      incoming messages, *.json steps a backoffice API call or {"klok": "YYYY-MM-DDTHH:MM:SS"};
      writes every outgoing message as <seq>-<JWnnn>.xml and summary.json into the out dir
${ADMIN_USAGE}
exit status: 0 all ok, 1 any message rejected, 2 usage or I/O error`;

class UsageError extends Error {}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

function collect(paths: string[]): string[] {
  const files: string[] = [];
  const walk = (p: string): void => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const child = join(p, name);
        if (statSync(child).isDirectory() || name.toLowerCase().endsWith('.xml')) walk(child);
      }
    } else {
      files.push(p);
    }
  };
  for (const p of paths) walk(p);
  return files;
}

function human(r: CheckReport): string {
  const head = `${r.file}: ${r.verdict}${r.berichtcode ? ` (${r.berichtcode})` : ''}`;
  const lines = r.errors.map((e) => {
    const where = [e.line !== null ? `line ${e.line}` : null, e.path].filter(Boolean).join(' ');
    const code = e.retourcode ? ` [${e.retourcode}]` : '';
    return `  ${e.rule}${code}${where ? ` ${where}` : ''}: ${e.message}`;
  });
  return [head, ...lines].join('\n');
}

function check(args: string[], io: Io): number {
  let json = false;
  let retourDir: string | undefined;
  let maxBytes: number | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--retour') {
      retourDir = args[++i];
      if (!retourDir) throw new UsageError('--retour needs a directory');
    } else if (a === '--max-bytes') {
      maxBytes = Number(args[++i]);
      if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError('--max-bytes needs a positive whole number');
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else inputs.push(a);
  }
  if (!inputs.length) throw new UsageError('ijw check needs at least one file or directory');
  const files = collect(inputs);
  if (retourDir) mkdirSync(retourDir, { recursive: true });

  const reports: CheckReport[] = [];
  const started = Date.now();
  let lastProgress = started;
  let rejected = 0;
  for (const [i, file] of files.entries()) {
    const bytes = readFileSync(file);
    const outcome = checkMessage(bytes, { maxBytes, retour: Boolean(retourDir) });
    const report = { file, ...outcome.report };
    if (report.verdict !== 'ok') rejected++;
    reports.push(report);
    if (!json) io.out(human(report));
    if (retourDir && outcome.retour) {
      const name = `${basename(file).replace(/\.xml$/i, '')}.${outcome.retour.code}.xml`;
      writeFileSync(join(retourDir, name), outcome.retour.xml);
    }
    // Progress on stderr for large batches, at most once a second.
    const now = Date.now();
    if (files.length > 20 && (now - lastProgress >= 1000 || i === files.length - 1)) {
      lastProgress = now;
      io.err(`[${i + 1}/${files.length}] ${rejected} rejected, ${((now - started) / 1000).toFixed(1)} s`);
    }
  }
  if (json) io.out(JSON.stringify(reports, null, 2));
  return rejected ? 1 : 0;
}

function rules(args: string[], io: Io): number {
  const json = args.includes('--json');
  const list = allRules().map((r) => r.meta);
  if (json) {
    io.out(JSON.stringify(list, null, 2));
    return 0;
  }
  for (const m of list) {
    io.out(`${m.id.padEnd(6)} CL${m.level} ${m.retourcode} ${m.direction.padEnd(4)} ${m.berichten.join(',')}\n       ${m.description}`);
  }
  io.out(`${list.length} rules`);
  return 0;
}

function regio(args: string[], io: Io): number {
  const [sub, ...paths] = args;
  if (sub !== 'check' || !paths.length) throw new UsageError('ijw regio check <files|dirs...>');
  let failed = 0;
  for (const p of paths) {
    try {
      const regios = statSync(p).isDirectory() ? loadRegios(p) : [loadRegio(p)];
      for (const r of regios) io.out(`${r.id}: ok (${r.gemeenten.length} gemeenten, ${r.producten.length} producten, ${r.regels.length} regels)`);
    } catch (e) {
      if (!(e instanceof RegioLoadError)) throw e;
      failed++;
      for (const f of e.errors) io.out(formatFout(f));
    }
  }
  return failed ? 1 : 0;
}

const ADMIN = new Set(['migrate', 'client', 'kanaal']);

function runSimulate(args: string[], io: Io): Promise<number> {
  const rest: string[] = [];
  let out: string | undefined;
  let regioFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = args[++i];
    else if (args[i] === '--regio') regioFile = args[++i];
    else rest.push(args[i]!);
  }
  if (rest.length !== 1 || !out) throw new UsageError('simulate needs one scenario directory and --out <dir>');
  // Loaded on demand: it starts the whole service, which `ijw check` does not need.
  return import('./simulate.js').then(({ simulate }) => simulate({ scenarioDir: rest[0]!, outDir: out!, ...(regioFile ? { regioFile } : {}) })).then(
    (summary) => {
      for (const s of summary) {
        const what = s.soort === 'bericht' ? `${s.berichtcode ?? '?'} ${s.verdict}${s.retourcodes?.length ? ` [${s.retourcodes.join(' ')}]` : ''}` : s.soort === 'actie' ? `HTTP ${s.status}` : 'klok';
        io.out(`${s.stap}: ${what}${s.berichten.length ? ` -> ${s.berichten.join(', ')}` : ''}`);
      }
      io.out(`${summary.length} steps; summary in ${join(out!, 'summary.json')}`);
      return 0;
    },
    (e: unknown) => {
      io.err(`ijw simulate: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    },
  );
}

/** Synchronous for check and rules; the database commands return a promise. */
export function main(argv: string[], io: Io = { out: (s) => console.log(s), err: (s) => console.error(s) }): number | Promise<number> {
  const [cmd, ...args] = argv;
  if (cmd && ADMIN.has(cmd)) {
    return admin(cmd, args, io).catch((e: unknown) => {
      if (e instanceof AdminUsageError) {
        io.err(`ijw: ${e.message}\n${USAGE}`);
        return 2;
      }
      io.err(`ijw: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    });
  }
  try {
    if (cmd === 'check') return check(args, io);
    if (cmd === 'rules') return rules(args, io);
    if (cmd === 'regio') return regio(args, io);
    if (cmd === 'simulate') return runSimulate(args, io);
    if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.out(USAGE);
      return 0;
    }
    throw new UsageError(cmd ? `unknown command ${cmd}` : 'no command given');
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`ijw: ${e.message}\n${USAGE}`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code && err.path) {
      io.err(`ijw: cannot read ${err.path}: ${err.code}`);
      return 2;
    }
    throw e;
  }
}
