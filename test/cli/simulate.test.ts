/**
 * ijw simulate: a scenario replayed on a fresh embedded database under its own clock writes every
 * outgoing message and a summary, the same bytes every run; bad steps are named.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioError, simulate } from '../../src/cli/simulate.js';
import type { Berichten } from '../../src/message/types.generated.js';
import { buildMessage } from '../../src/message/xml/build.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { AGB, GEMEENTE, fixture } from '../fixtures/berichten.js';

function scenario(steps: Record<string, string | object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ijw-scenario-'));
  for (const [name, content] of Object.entries(steps)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

const { ToegewezenProducten: _, ...client } = fixture('JW301').Client;
const start = (() => {
  const b = fixture('JW305');
  b.Header.BerichtIdentificatie.Dagtekening = '2026-04-15';
  b.Client.StartProducten.StartProduct = [{ ToewijzingNummer: 1, Product: { Categorie: '55', Code: '55A11' }, ToewijzingIngangsdatum: '2026-04-01', Begindatum: '2026-04-03', StatusAanlevering: '1' }];
  return buildMessage('JW305', b);
})();

const STEPS = {
  '01-klok.json': { klok: '2026-03-30T09:00:00' },
  '02-toewijzing.json': {
    method: 'POST', url: '/toewijzingen', gemeente: GEMEENTE,
    body: { aanbieder: AGB, client, product: { Categorie: '55', Code: '55A11' }, ingangsdatum: '2026-04-01', einddatum: '2026-12-31', omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' } },
  },
  '03-klok.json': { klok: '2026-04-15T10:00:00' },
  '04-start.xml': start,
  '05-start-nogmaals.xml': start.replace('ST2026041501', 'ST2026041502'),
  'README.md': 'not a step',
};

describe('ijw simulate', () => {
  it('replays the steps under the scenario clock and writes each outgoing message and the summary', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ijw-sim-out-'));
    const summary = await simulate({ scenarioDir: scenario(STEPS), outDir: out });
    expect(readdirSync(out).sort()).toEqual(['0001-JW301.xml', '0002-JW306.xml', '0003-JW306.xml', 'summary.json']);
    expect(summary.map((s) => [s.stap, s.soort, s.berichten])).toEqual([
      ['01-klok.json', 'klok', []],
      ['02-toewijzing.json', 'actie', ['0001-JW301.xml']],
      ['03-klok.json', 'klok', []],
      ['04-start.xml', 'bericht', ['0002-JW306.xml']],
      ['05-start-nogmaals.xml', 'bericht', ['0003-JW306.xml']],
    ]);
    expect(summary[1]).toMatchObject({ status: 201, klok: '2026-03-30T09:00:00+02:00' });
    expect(summary[3]).toMatchObject({ berichtcode: 'JW305', verdict: 'ok', retourcodes: [] });
    expect(summary[4]).toMatchObject({ verdict: 'ledger', retourcodes: expect.arrayContaining(['9074', '9326']) });
    // The JW301 carries the scenario's time, not the machine's.
    const jw301 = parseMessage(readFileSync(join(out, '0001-JW301.xml'), 'utf8'));
    if (!jw301.ok) throw new Error('JW301 unreadable');
    const p = (jw301.bericht as Berichten['JW301']).Client.ToegewezenProducten.ToegewezenProduct[0]!;
    expect([p.Toewijzingsdatum, p.Toewijzingstijd]).toEqual(['2026-03-30', '09:00:00']);
    // The provider's JW302 on that JW301 is overdue once the clock passed 3 working days.
    expect(summary[2]!.openTermijnen).toEqual([expect.objectContaining({ gemeente: GEMEENTE, termijn: 'retourberichtVerwacht', verlopen: true })]);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(summary)));
  }, 60_000);

  it('is deterministic: the same scenario gives the same bytes', async () => {
    const dir = scenario(STEPS);
    const a = mkdtempSync(join(tmpdir(), 'ijw-sim-a-'));
    const b = mkdtempSync(join(tmpdir(), 'ijw-sim-b-'));
    await simulate({ scenarioDir: dir, outDir: a });
    await simulate({ scenarioDir: dir, outDir: b });
    for (const f of readdirSync(a)) expect(readFileSync(join(b, f)), f).toEqual(readFileSync(join(a, f)));
  }, 60_000);

  it('names the step that cannot run', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ijw-sim-bad-'));
    await expect(simulate({ scenarioDir: scenario({ '01.json': { klok: '2026-05-01T09:00:00' }, '02.json': { klok: '2026-04-01T09:00:00' } }), outDir: out }))
      .rejects.toThrow(/02\.json: the clock only moves forward/);
    await expect(simulate({ scenarioDir: scenario({ '01.json': { klok: '2026-05-01T09:00:00' }, '02.json': { url: 'toewijzingen' } }), outDir: out }))
      .rejects.toThrow(ScenarioError);
    await expect(simulate({ scenarioDir: scenario({ '01.json': { klok: '2026-02-30T09:00:00' } }), outDir: out })).rejects.toThrow(/01\.json/);
    await expect(simulate({ scenarioDir: scenario({ 'a.txt': 'x' }), outDir: out })).rejects.toThrow(/no \.xml or \.json steps/);
  }, 60_000);

  it('answers a message refused at the door (CL1) with nothing and says so', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ijw-sim-xsd-'));
    const summary = await simulate({ scenarioDir: scenario({ '01.json': { klok: '2026-05-01T09:00:00' }, '02.xml': start.replace('<jw305:Geslacht>1</jw305:Geslacht>', '<jw305:Geslacht>7</jw305:Geslacht>') }), outDir: out });
    expect(summary[1]).toMatchObject({ soort: 'bericht', verdict: 'xsd', berichten: [] });
    expect(JSON.stringify(summary[1]!.fouten)).toContain('Geslacht');
  }, 60_000);
});
