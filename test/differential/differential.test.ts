/**
 * The differential XSD test: every mutation of the official examples (see mutations.ts) gets a
 * verdict from libxml2 with the OFFICIAL schemas, which is the truth, and must get the same
 * verdict from libxml2 with OUR generated schemas and from our in-process parser.
 */
import { beforeAll, expect, it } from 'vitest';
import { parseMessage } from '../../src/message/xml/parse.js';
import { Libxml2SchemaSet, type Libxml2Result } from '../../src/message/xsd/libxml2.js';
import { MESSAGE_CODES } from '../../src/message/model/index.js';
import { OFFICIAL_EXAMPLES_DIR, OFFICIAL_XSD_DIR, OUR_XSD_DIR, describeShared } from '../support/shared.js';
import { MUTATION_KINDS, generateMutationSet, type Mutation } from './mutations.js';

type Verdict = { verdict: 'valid' | 'invalid' | 'threw'; first?: string };
interface Row {
  m: Mutation;
  official: Verdict;
  ours: Verdict;
  parser: Verdict;
}

const fromLibxml2 = (r: Libxml2Result): Verdict =>
  r.valid
    ? { verdict: 'valid' }
    : { verdict: 'invalid', first: r.errors[0] ? `line ${r.errors[0].line}: ${r.errors[0].message}` : '(no error message)' };

function fromParser(m: Mutation): Verdict {
  try {
    const r = parseMessage(m.xml, { expect: m.code });
    if (r.ok) {
      return r.code === m.code ? { verdict: 'valid' } : { verdict: 'valid', first: `accepted as ${r.code}, not ${m.code}` };
    }
    const e = r.errors[0];
    return { verdict: 'invalid', first: e ? `${e.kind} line ${e.line}: ${e.message}` : '(no error message)' };
  } catch (e) {
    return { verdict: 'threw', first: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

const same = (a: Verdict, b: Verdict): boolean => a.verdict === b.verdict && !(b.first?.startsWith('accepted as'));

/** One readable failure listing every disagreement: kind, message, what was changed, both verdicts. */
function report(title: string, rows: Row[], other: 'ours' | 'parser', total: number): string {
  const shown = rows.slice(0, 80);
  const byKind = new Map<string, number>();
  for (const r of rows) byKind.set(r.m.kind, (byKind.get(r.m.kind) ?? 0) + 1);
  const lines = [
    `${rows.length} of ${total} mutations: ${title}`,
    `by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`,
    '',
  ];
  for (const r of shown) {
    const o = r[other];
    lines.push(
      `- [${r.m.kind}] ${r.m.code}: ${r.m.description}  (${r.m.id}, designed to be ${r.m.expectValid ? 'valid' : 'invalid'})`,
      `    official XSD: ${r.official.verdict}${r.official.first ? ` — ${r.official.first}` : ''}`,
      `    ${other === 'ours' ? 'our XSD     ' : 'parseMessage'}: ${o.verdict}${o.first ? ` — ${o.first}` : ''}`,
    );
  }
  if (rows.length > shown.length) lines.push(`… and ${rows.length - shown.length} more`);
  return lines.join('\n');
}

describeShared('differential: our XSDs and parseMessage against the official XSDs (libxml2)', () => {
  let mutations: Mutation[] = [];
  let offered = new Set<string>();
  let rows: Row[] = [];

  beforeAll(() => {
    ({ mutations, offered } = generateMutationSet(OFFICIAL_EXAMPLES_DIR));
    // Each schema set compiles a message's schema once, on first use.
    const official = new Libxml2SchemaSet(OFFICIAL_XSD_DIR);
    const ours = new Libxml2SchemaSet(OUR_XSD_DIR);
    rows = mutations.map((m) => ({
      m,
      official: fromLibxml2(official.validate(m.code, m.xml)),
      ours: fromLibxml2(ours.validate(m.code, m.xml)),
      parser: fromParser(m),
    }));
  }, 60_000);

  it('has at least 300 mutations, every kind and every message well represented, deterministically', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(300);
    for (const kind of MUTATION_KINDS) {
      expect(mutations.filter((m) => m.kind === kind).length, `kind ${kind}`).toBeGreaterThanOrEqual(14);
    }
    for (const code of MESSAGE_CODES) {
      expect(mutations.filter((m) => m.code === code && m.kind !== 'original').length, `message ${code}`).toBeGreaterThanOrEqual(30);
    }
    expect(new Set(mutations.map((m) => m.id)).size).toBe(mutations.length);
    expect(new Set(mutations.map((m) => m.xml)).size).toBe(mutations.length);
    // Every case some message offers is used at least once.
    const drawn = new Set(mutations.map((m) => `${m.kind} ${m.variant}`));
    expect([...offered].filter((v) => !drawn.has(v))).toEqual([]);
    const again = generateMutationSet(OFFICIAL_EXAMPLES_DIR).mutations;
    expect(again.map((m) => `${m.id} ${m.description}`)).toEqual(mutations.map((m) => `${m.id} ${m.description}`));
    expect(again.every((m, i) => m.xml === mutations[i]!.xml)).toBe(true);
  });

  it('gets both verdicts from the official XSDs in good numbers, each as the mutation was designed', () => {
    const valid = rows.filter((r) => r.official.verdict === 'valid').length;
    const invalid = rows.filter((r) => r.official.verdict === 'invalid').length;
    for (const [what, n] of [['valid', valid], ['invalid', invalid]] as const) {
      expect(n, `${what} mutations`).toBeGreaterThanOrEqual(300);
      expect(n, `${what} mutations`).toBeGreaterThanOrEqual(Math.floor(rows.length * 0.15));
    }
    expect(valid + invalid).toBe(rows.length);
    // A mutation whose official verdict is not the designed one tests something else than its label says.
    const off = rows.filter((r) => r.official.verdict !== (r.m.expectValid ? 'valid' : 'invalid'));
    if (off.length) {
      expect.fail(
        report('official verdict differs from the designed one (generator bug, or a rule misread)', off, 'ours', rows.length),
      );
    }
  });

  it('our generated XSDs give the official verdict on every mutation', () => {
    const bad = rows.filter((r) => !same(r.official, r.ours));
    if (bad.length) expect.fail(report('libxml2 with OUR XSDs disagrees with the official XSDs', bad, 'ours', rows.length));
  });

  it('parseMessage gives the official verdict on every mutation', () => {
    const bad = rows.filter((r) => !same(r.official, r.parser));
    if (bad.length) expect.fail(report('parseMessage disagrees with libxml2 + the official XSDs', bad, 'parser', rows.length));
  });
});
