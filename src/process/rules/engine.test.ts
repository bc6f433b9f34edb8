import { describe, expect, it } from 'vitest';
import type { MessageCode } from '../../message/model/index.js';
import { fixture, largeJW323 } from '../../../test/fixtures/berichten.js';
import { P } from '../../../test/rules/table.js';
import { RuleViolationError, assertSendable, runRules } from './engine.js';
import type { Rule, RuleContext, RuleDirection } from './types.js';

/** A rule that reports whatever `pick` returns, for exercising the engine. */
function probe(
  berichten: MessageCode[],
  pick: (ctx: RuleContext) => Array<[object, string | undefined]>,
  direction: RuleDirection = 'both',
): Rule {
  return {
    meta: { id: 'XX001', level: 2, retourcode: '0001', berichten, direction, description: 'engine probe' },
    check(ctx) {
      for (const [node, field] of pick(ctx)) ctx.report(node, field, 'probe');
    },
  };
}

const paths = (code: MessageCode, b: object, rule: Rule): string[] =>
  runRules(code, b as never, { rules: [rule] }).map((v) => v.path);

describe('XPath of reported nodes', () => {
  it('indexes unbounded elements (1-based), never the others; message prefix for message types, ijw for CDT children', () => {
    const b = fixture('JW323');
    const c2 = b.Declaratie.Clienten.Client[1]!;
    const p3 = c2.Prestaties.Prestatie[2]!;
    const rule = probe(['JW323'], () => [
      [p3.ProductReferentie, 'ReferentieNummer'],
      [p3, undefined],
      [c2, 'Bsn'],
      [b.Declaratie.DeclaratiePeriode, 'Einddatum'],
      [b.Declaratie, 'DeclaratieNummer'],
    ]);
    expect(paths('JW323', b, rule)).toEqual([
      '/jw323:Bericht/jw323:Declaratie/jw323:Clienten/jw323:Client[2]/jw323:Prestaties/jw323:Prestatie[3]/jw323:ProductReferentie/ijw:ReferentieNummer',
      P.jw323Prestatie(2, 3),
      '/jw323:Bericht/jw323:Declaratie/jw323:Clienten/jw323:Client[2]/jw323:Bsn',
      '/jw323:Bericht/jw323:Declaratie/jw323:DeclaratiePeriode/ijw:Einddatum',
      '/jw323:Bericht/jw323:Declaratie/jw323:DeclaratieNummer',
    ]);
  });

  it('follows CDTs nested in CDTs, the header, and the root itself', () => {
    const b = fixture('JW301');
    const rule = probe(['JW301'], () => [
      [b.Client.Naam.Geslachtsnaam, 'Achternaam'],
      [b.Client.Relaties!.Relatie[1]!.Contact.Telefoon!.Telefoon01, 'Telefoonnummer'],
      [b.Header.BerichtIdentificatie, 'Dagtekening'],
      [b, 'Header'],
      [b, undefined],
    ]);
    expect(paths('JW301', b, rule)).toEqual([
      '/jw301:Bericht/jw301:Client/jw301:Naam/ijw:Geslachtsnaam/ijw:Achternaam',
      '/jw301:Bericht/jw301:Client/jw301:Relaties/jw301:Relatie[2]/jw301:Contact/jw301:Telefoon/ijw:Telefoon01/ijw:Telefoonnummer',
      '/jw301:Bericht/jw301:Header/jw301:BerichtIdentificatie/ijw:Dagtekening',
      '/jw301:Bericht/jw301:Header',
      '/jw301:Bericht',
    ]);
  });

  it('names RetourCodes wrappers of retourberichten', () => {
    const b = fixture('JW318');
    const rule = probe(['JW318'], () => [[b.Client!.Verzoek.RetourCodes, 'RetourCode'], [b.Client!.Verzoek.NieuweProducten!.NieuwProduct[0]!, 'RetourCodes']]);
    expect(paths('JW318', b, rule)).toEqual([
      '/jw318:Bericht/jw318:Client/jw318:Verzoek/jw318:RetourCodes/jw318:RetourCode',
      '/jw318:Bericht/jw318:Client/jw318:Verzoek/jw318:NieuweProducten/jw318:NieuwProduct[1]/jw318:RetourCodes',
    ]);
  });

  it('reports the same node twice, and falls back to the root for a node outside the message', () => {
    const b = fixture('JW319');
    const rule = probe(['JW319'], () => [[b.Antwoord, 'VerzoekAntwoord'], [b.Antwoord, 'VerzoekAntwoord'], [{}, 'X']]);
    expect(paths('JW319', b, rule)).toEqual([
      '/jw319:Bericht/jw319:Antwoord/jw319:VerzoekAntwoord',
      '/jw319:Bericht/jw319:Antwoord/jw319:VerzoekAntwoord',
      '/jw319:Bericht/jw319:X',
    ]);
  });

  it('carries rule ID, retourcode, level and message into the violation', () => {
    const b = fixture('JW319');
    expect(runRules('JW319', b, { rules: [probe(['JW319'], () => [[b.Antwoord, undefined]])] })).toEqual([
      { rule: 'XX001', retourcode: '0001', level: 2, path: '/jw319:Bericht/jw319:Antwoord', message: 'probe' },
    ]);
  });
});

describe('lineOf passthrough', () => {
  it('asks lineOf for the reported node and field, and sets line only when it answers', () => {
    const b = fixture('JW305');
    const start = b.Client.StartProducten.StartProduct[1]!;
    const asked: Array<[object, string | undefined]> = [];
    const lineOf = (node: object, field?: string): number | undefined => {
      asked.push([node, field]);
      return node === start ? 42 : undefined;
    };
    const rule = probe(['JW305'], () => [[start, 'Begindatum'], [b.Client, 'Bsn']]);
    const [v1, v2] = runRules('JW305', b, { rules: [rule], lineOf });
    expect(v1).toMatchObject({ path: `${P.jw305Start(2)}/jw305:Begindatum`, line: 42 });
    expect(v2).not.toHaveProperty('line');
    expect(asked).toEqual([[start, 'Begindatum'], [b.Client, 'Bsn']]);
  });

  it('is not called when nothing is reported', () => {
    let calls = 0;
    runRules('JW305', fixture('JW305'), { lineOf: () => ++calls });
    expect(calls).toBe(0);
  });
});

describe('rule selection', () => {
  const b = fixture('JW319');
  const pick = (): Array<[object, string | undefined]> => [[b.Antwoord, undefined]];
  const out = probe(['JW319'], pick, 'out');
  const inn = { ...probe(['JW319'], pick, 'in'), meta: { ...probe(['JW319'], pick, 'in').meta, id: 'XX002' } };
  const both = { ...probe(['JW319'], pick, 'both'), meta: { ...probe(['JW319'], pick, 'both').meta, id: 'XX003' } };
  const other = { ...probe(['JW301'], pick, 'both'), meta: { ...probe(['JW301'], pick, 'both').meta, id: 'XX004' } };
  const rules = [out, inn, both, other];
  const ids = (direction?: 'in' | 'out'): string[] => runRules('JW319', b, { rules, direction }).map((v) => v.rule);

  it('runs only rules for the message; by direction when asked, else all', () => {
    expect(ids()).toEqual(['XX001', 'XX002', 'XX003']);
    expect(ids('out')).toEqual(['XX001', 'XX003']);
    expect(ids('in')).toEqual(['XX002', 'XX003']);
  });

  it('passes env to the rules', () => {
    let seen: unknown;
    const rule: Rule = { meta: { ...out.meta, id: 'XX005' }, check: (ctx) => { seen = ctx.env; } };
    const env = {};
    runRules('JW319', b, { rules: [rule], env });
    expect(seen).toBe(env);
  });

  it('narrows ctx.bericht by ctx.code', () => {
    const rule: Rule<'JW305' | 'JW307'> = {
      meta: { id: 'XX006', level: 2, retourcode: '0001', berichten: ['JW305', 'JW307'], direction: 'in', description: 'narrowing' },
      check(ctx) {
        const n = ctx.code === 'JW305' ? ctx.bericht.Client.StartProducten.StartProduct.length : ctx.bericht.Client.StopProducten.StopProduct.length;
        ctx.report(ctx.bericht.Client, undefined, `n=${n}`);
      },
    };
    expect(runRules('JW307', fixture('JW307'), { rules: [rule as unknown as Rule] })[0]!.message).toBe('n=2');
  });
});

describe('assertSendable', () => {
  it('passes our valid outgoing baselines', () => {
    expect(() => assertSendable('JW301', fixture('JW301'))).not.toThrow();
    expect(() => assertSendable('JW319', fixture('JW319'))).not.toThrow();
    expect(() => assertSendable('JW325', fixture('JW325'))).not.toThrow();
  });

  it('throws RuleViolationError with the violations', () => {
    const b = fixture('JW325');
    b.DeclaratieAntwoord!.TotaalToegekendBedrag.TotaalBedrag = 1;
    try {
      assertSendable('JW325', b);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleViolationError);
      const err = e as RuleViolationError;
      expect(err.code).toBe('JW325');
      expect(err.violations.map((v) => v.rule)).toEqual(['TR342']);
      expect(err.message).toContain('TR342 at /jw325:Bericht/jw325:DeclaratieAntwoord/jw325:TotaalToegekendBedrag');
    }
  });
});

describe('large declarations', () => {
  it('checks 10,000 prestaties, and finds a duplicate at the very end', () => {
    const b = largeJW323(10_000);
    expect(runRules('JW323', b)).toEqual([]);
    const last = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie.at(-1)!;
    last.ProductReferentie.ReferentieNummer = 'RN0';
    const v = runRules('JW323', b);
    expect(v.map((x) => x.rule)).toEqual(['TR101']);
    expect(v[0]!.path).toBe(`${P.jw323Prestatie(1, 3334)}/jw323:ProductReferentie`);
  });
});
