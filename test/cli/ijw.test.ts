import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/ijw.js';
import { OFFICIAL_EXAMPLES_DIR, REPO_ROOT, describeShared } from '../support/shared.js';

function run(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  if (typeof code !== 'number') throw new Error(`ijw ${args[0]} should run synchronously`);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function runAsync(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('ijw database commands (embedded database in a temporary directory)', () => {
  const saved = { url: process.env.DATABASE_URL, dir: process.env.IJW_DATA_DIR };
  beforeAll(() => {
    delete process.env.DATABASE_URL;
    process.env.IJW_DATA_DIR = mkdtempSync(join(tmpdir(), 'ijw-cli-'));
  });
  afterAll(() => {
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    if (saved.dir !== undefined) process.env.IJW_DATA_DIR = saved.dir;
    else delete process.env.IJW_DATA_DIR;
  });

  it('migrates, registers a client with a key shown once, and sets channels', async () => {
    expect((await runAsync(['migrate'])).out).toContain('applied: 001_berichten.sql');
    expect((await runAsync(['migrate'])).out).toBe('up to date');
    const added = await runAsync(['client', 'add', 'agb:12345678', '--label', 'Zorg BV']);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/^ijw_[A-Za-z0-9_-]{43}$/m);
    expect((await runAsync(['client', 'list'])).out).toMatch(/^1\tagb:12345678\tactive\tZorg BV$/m);
    expect((await runAsync(['kanaal', 'set', 'agb:12345678', 'http', 'https://zorg.example/ijw'])).code).toBe(0);
    expect((await runAsync(['kanaal', 'set', '*', 'pull'])).code).toBe(0);
    expect((await runAsync(['kanaal', 'list'])).out).toBe('*\tpull\t\nagb:12345678\thttp\thttps://zorg.example/ijw');
    expect((await runAsync(['client', 'disable', '1'])).out).toContain('disabled');
  }, 60_000);

  it('names the problem in bad arguments (exit 2)', async () => {
    const bad = await runAsync(['client', 'add', 'agb:123']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('8 digits');
    expect((await runAsync(['kanaal', 'set', 'agb:12345678', 'http'])).err).toContain('needs an endpoint');
    expect((await runAsync(['kanaal', 'set', 'agb:12345678', 'ftp', 'x'])).err).toContain("channel 'ftp'");
  }, 60_000);
});

describe('ijw usage', () => {
  it('exits 2 on usage errors and names the problem', () => {
    expect(run([]).code).toBe(2);
    expect(run(['frobnicate']).err).toContain('unknown command frobnicate');
    expect(run(['check']).err).toContain('at least one file');
    expect(run(['check', '--nope', 'x.xml']).err).toContain('unknown option --nope');
  });

  it('exits 2 when a file cannot be read', () => {
    const r = run(['check', join(tmpdir(), 'does-not-exist-ijw.xml')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ENOENT');
  });

  it('lists the rule registry', () => {
    const r = run(['rules']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^TR101 +CL2 0001/m);
    expect(r.out).toMatch(/^CS002 +CL2 0001/m);
    const json = JSON.parse(run(['rules', '--json']).out) as { id: string }[];
    expect(json.map((m) => m.id)).toContain('TR358');
  });

  it('exits 1 for a file that is not XML at all, verdict xsd', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ijw-cli-'));
    writeFileSync(join(dir, 'junk.xml'), 'this is not xml');
    const r = run(['check', '--json', join(dir, 'junk.xml')]);
    expect(r.code).toBe(1);
    const [report] = JSON.parse(r.out) as { verdict: string; errors: { rule: string; line: number }[] }[];
    expect(report!.verdict).toBe('xsd');
    expect(report!.errors[0]!.rule).toBe('XML');
  });
});

describeShared('ijw check on the official examples', () => {
  it('checks a directory: JSON report, exit 1, retourberichten written', () => {
    const retourDir = mkdtempSync(join(tmpdir(), 'ijw-retour-'));
    const r = run(['check', OFFICIAL_EXAMPLES_DIR, '--json', '--retour', retourDir]);
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.out) as { file: string; berichtcode: string; verdict: string; errors: { rule: string; retourcode: string | null; path: string | null; line: number | null; message: string }[] }[];
    expect(reports).toHaveLength(14);
    const byCode = Object.fromEntries(reports.map((x) => [x.berichtcode, x]));
    expect(byCode.JW315!.verdict).toBe('xsd');
    expect(byCode.JW318!.verdict).toBe('xsd');
    expect(byCode.JW317!.verdict).toBe('rules');
    expect(byCode.JW323!.verdict).toBe('rules');
    expect(reports.filter((x) => x.verdict === 'ok')).toHaveLength(10);
    for (const e of byCode.JW323!.errors) expect(Object.keys(e).sort()).toEqual(['line', 'message', 'path', 'retourcode', 'rule']);
    // Retourberichten only for CL2 failures: JW317 → JW318, JW323 → JW325.
    expect(readdirSync(retourDir).sort()).toEqual(['JW317.JW318.xml', 'JW323.JW325.xml']);
    expect(readFileSync(join(retourDir, 'JW323.JW325.xml'), 'utf8')).toContain('<jw325:RetourCode>0001</jw325:RetourCode>');
  });

  it('exits 0 when every file is ok and prints a human report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ijw-ok-'));
    for (const c of ['JW301', 'JW305', 'JW325']) copyFileSync(join(OFFICIAL_EXAMPLES_DIR, `${c}.xml`), join(dir, `${c}.xml`));
    const r = run(['check', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('JW305.xml: ok (JW305)');
  });

  it('prints rule ID, retourcode, line and XPath for a CL2 failure', () => {
    const r = run(['check', join(OFFICIAL_EXAMPLES_DIR, 'JW317.xml')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/JW317\.xml: rules \(JW317\)\n {2}CS003 \[0001\] line \d+ \/jw317:Bericht\//);
  });
});

describe('ijw regio check', () => {
  it('accepts the shipped region files and names file and path of every error in a bad one', () => {
    const ok = run(['regio', 'check', join(REPO_ROOT, 'regions')]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^flevoland: ok \(5 gemeenten/m);
    const dir = mkdtempSync(join(tmpdir(), 'ijw-regio-'));
    const bad = join(dir, 'kapot.json');
    writeFileSync(bad, JSON.stringify({ formaat: 1, id: 'kapot' }));
    const r = run(['regio', 'check', bad]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${bad}: $.naam: is required`);
    expect(run(['regio']).code).toBe(2);
  });
});
