/**
 * The VOT flows of berichtstromen.md through `ijw simulate`: direct toewijzing, toewijzing after
 * onderzoek, direct rejection, rejection after onderzoek, and rejection on the woonplaatsbeginsel.
 * Each starts with a JW315 for one product, answered by a JW316 at once.
 */
import { describe, expect, it } from 'vitest';
import type { Berichten } from '../../src/message/types.generated.js';
import { Scenario, clientGegevens, type Run } from './support.js';

function vot(): Scenario {
  return new Scenario().klok('2026-04-02T10:00:00').bericht('jw315', 'JW315', (b) => {
    b.Client.AangevraagdeProducten.AangevraagdProduct.splice(1);
  });
}

const jw319 = (run: Run, stap: string): Berichten['JW319']['Antwoord'] => {
  const [m] = run.berichten(stap);
  expect(m!.code).toBe('JW319');
  return (m!.bericht as Berichten['JW319']).Antwoord;
};

function expectAccepted(run: Run): void {
  const s = run.stap('jw315');
  expect(s).toMatchObject({ verdict: 'ok', retourcodes: [] });
  const [jw316] = run.berichten('jw315');
  expect(jw316!.code).toBe('JW316');
  expect((jw316!.bericht as Berichten['JW316']).Header.RetourCodes).toBeUndefined();
}

function expectToegewezen(run: Run, stap: string): void {
  const [m] = run.berichten(stap);
  expect(m!.code).toBe('JW301');
  const [p] = (m!.bericht as Berichten['JW301']).Client.ToegewezenProducten.ToegewezenProduct;
  // The first JW301 honouring the product carries its ReferentieAanbieder (TR379, IV094).
  expect(p).toMatchObject({ ReferentieAanbieder: '40A12341234', Product: { Categorie: '55', Code: '55A11' }, Ingangsdatum: '2026-04-01' });
}

describe('VOT flows (ijw simulate)', () => {
  it('direct toewijzing: JW315, JW301', async () => {
    const run = await vot().actie('toewijzen', 'POST', '/verzoeken/1/toewijzen', { client: clientGegevens() }).actie('verzoek', 'GET', '/verzoeken/1').run();
    expectAccepted(run);
    expect(run.stap('toewijzen').status).toBe(200);
    expectToegewezen(run, 'toewijzen');
    expect(run.stap('verzoek').antwoord).toMatchObject({ status: 'toegewezen', antwoorden: [] });
    // Nothing left to answer; we wait for the provider's JW302.
    expect(run.stap('toewijzen').openTermijnen).toEqual([expect.objectContaining({ termijn: 'retourberichtVerwacht', partij: 'P' })]);
  }, 60_000);

  it('toewijzing after onderzoek: JW315, JW319 (onderzoek), JW301', async () => {
    const run = await vot()
      .actie('onderzoek', 'POST', '/verzoeken/1/in-onderzoek')
      .actie('toewijzen', 'POST', '/verzoeken/1/toewijzen', { client: clientGegevens() })
      .run();
    expectAccepted(run);
    expect(jw319(run, 'onderzoek')).toEqual({ ReferentieAanbieder: '40A12341234', VerzoekAntwoord: '2' });
    // In onderzoek: only the final answer is still owed, within 8 weeks of the Dagtekening; a
    // rejection on the woonplaatsbeginsel is possible within 2 weeks of receipt (OP359).
    expect(run.stap('onderzoek').openTermijnen.filter((o) => (o as { partij: string }).partij === 'G')).toEqual([
      expect.objectContaining({ termijn: 'woonplaatsbeginsel', uiterlijk: '2026-04-16T21:59:59.999Z' }),
      expect.objectContaining({ termijn: 'eindAntwoord', uiterlijk: '2026-05-28T21:59:59.999Z' }),
    ]);
    expectToegewezen(run, 'toewijzen');
  }, 60_000);

  it('direct rejection: JW315, JW319 (afwijzen)', async () => {
    const run = await vot().actie('afwijzen', 'POST', '/verzoeken/1/afwijzen', { reden: '3' }).actie('nogmaals', 'POST', '/verzoeken/1/in-onderzoek').run();
    expect(jw319(run, 'afwijzen')).toEqual({ ReferentieAanbieder: '40A12341234', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '3' });
    // After a rejection nothing can follow (TR365).
    expect(run.stap('nogmaals')).toMatchObject({ status: 409, berichten: [] });
    expect(JSON.stringify(run.stap('nogmaals').antwoord)).toMatch(/TR36[05]/);
  }, 60_000);

  it('rejection after onderzoek: JW315, JW319 (onderzoek), JW319 (afwijzen)', async () => {
    const run = await vot()
      .actie('onderzoek', 'POST', '/verzoeken/1/in-onderzoek')
      .actie('afwijzen', 'POST', '/verzoeken/1/afwijzen', { reden: '6' })
      .run();
    expect(jw319(run, 'onderzoek').VerzoekAntwoord).toBe('2');
    expect(jw319(run, 'afwijzen')).toEqual({ ReferentieAanbieder: '40A12341234', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '6' });
    expect(run.stap('afwijzen').openTermijnen.filter((o) => (o as { partij: string }).partij === 'G')).toEqual([]);
  }, 60_000);

  it('rejection on the woonplaatsbeginsel: JW315, JW319 (onderzoek), JW319 (reden 8 with the responsible gemeente)', async () => {
    const run = await vot()
      .actie('onderzoek', 'POST', '/verzoeken/1/in-onderzoek')
      .actie('afwijzen', 'POST', '/verzoeken/1/afwijzen', { reden: '8', gemeente: '0363' })
      .run();
    expect(jw319(run, 'afwijzen')).toEqual({ ReferentieAanbieder: '40A12341234', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '8', Woonplaatsbeginsel: { Gemeente: '0363' } });
    expect((run.stap('afwijzen').openTermijnen as { termijn: string }[]).filter((o) => o.termijn === 'woonplaatsbeginsel')).toEqual([]);
  }, 60_000);

  it('the woonplaatsbeginsel only within its 2 weeks (OP359): after them reden 8 is refused and the gemeente decides itself', async () => {
    const run = await vot()
      .actie('onderzoek', 'POST', '/verzoeken/1/in-onderzoek')
      .klok('2026-04-16T17:00:00')
      .actie('verzoek', 'GET', '/verzoeken/1')
      .klok('2026-04-17T09:00:00')
      .actie('te-laat', 'POST', '/verzoeken/1/afwijzen', { reden: '8', gemeente: '0363' })
      .actie('afwijzen', 'POST', '/verzoeken/1/afwijzen', { reden: '5' })
      .actie('termijnen', 'GET', '/termijnen')
      .run();
    expect(run.stap('verzoek').antwoord).toMatchObject({ woonplaatsUiterlijk: '2026-04-16T21:59:59.999Z' });
    expect(run.stap('te-laat')).toMatchObject({ status: 409, berichten: [] });
    expect(JSON.stringify(run.stap('te-laat').antwoord)).toContain('OP359');
    expect(jw319(run, 'afwijzen')).toEqual({ ReferentieAanbieder: '40A12341234', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '5' });
    // No rejection on the woonplaatsbeginsel was given, so none was late.
    expect((run.stap('termijnen').antwoord as { stand: { termijn: string }[] }).stand.map((t) => t.termijn)).not.toContain('woonplaatsbeginsel');
  }, 60_000);
});
