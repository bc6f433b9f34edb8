/**
 * The terms through `ijw simulate`, with a clock that passes deadlines while nobody acts: the
 * service answers a request "in onderzoek" before its 5 working days lapse, escalates it before its
 * 8 weeks lapse, answers every heenbericht at once, and flags the provider's missing JW302.
 */
import { describe, expect, it } from 'vitest';
import type { Berichten } from '../../src/message/types.generated.js';
import { AGB } from '../fixtures/berichten.js';
import { Scenario, clientGegevens } from './support.js';

type Open = { termijn: string; partij: string; uiterlijk: string; verlopen: boolean; geescaleerdOp?: string | null; verzoek?: { status: string } };

describe('terms (ijw simulate)', () => {
  it('nobody decides a VOT: JW319 "in onderzoek" on the morning before day 5, escalation 5 working days before 8 weeks', async () => {
    const run = await new Scenario()
      // Thu 2 April 2026: day 5 is Mon 13 April (Good Friday and Easter Monday do not count).
      .klok('2026-04-02T10:00:00')
      .bericht('jw315', 'JW315', (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct.splice(1); })
      .klok('2026-04-20T09:00:00')
      .klok('2026-06-01T09:00:00')
      .actie('termijnen', 'GET', '/termijnen')
      .run();
    const [jw316] = run.berichten('jw315');
    expect(jw316!.code).toBe('JW316');
    const open315 = run.stap('jw315').openTermijnen as Open[];
    expect(open315.map((o) => o.termijn).sort()).toEqual(['eindAntwoord', 'verzoekAntwoord', 'woonplaatsbeginsel']);
    // OP359: a rejection on the woonplaatsbeginsel within 2 weeks of receipt, Thu 16 April.
    expect(open315.find((o) => o.termijn === 'woonplaatsbeginsel')).toMatchObject({ uiterlijk: '2026-04-16T21:59:59.999Z', verlopen: false });

    // The clock passed Fri 10 April with the request undecided: the service answered then.
    const [jw319] = run.berichten('klok-2026-04-20T0900');
    expect(jw319!.code).toBe('JW319');
    const b = jw319!.bericht as Berichten['JW319'];
    expect(b.Antwoord).toEqual({ ReferentieAanbieder: '40A12341234', VerzoekAntwoord: '2' });
    expect(b.Header.BerichtIdentificatie.Dagtekening).toBe('2026-04-10');
    const na = run.stap('klok-2026-04-20T0900').openTermijnen as Open[];
    expect(na.filter((o) => o.partij === 'G')).toEqual([
      expect.objectContaining({ termijn: 'eindAntwoord', uiterlijk: '2026-05-28T21:59:59.999Z', verlopen: false, geescaleerdOp: null, verzoek: expect.objectContaining({ status: 'in_onderzoek' }) }),
    ]);

    // Only a person can give the final answer: escalated on Wed 20 May (Whit Monday skipped), and
    // overdue once 28 May has passed, with nothing sent on the way.
    const later = run.stap('klok-2026-06-01T0900');
    expect(later.berichten).toEqual([]);
    expect((later.openTermijnen as Open[]).filter((o) => o.partij === 'G')).toEqual([
      expect.objectContaining({ termijn: 'eindAntwoord', verlopen: true, geescaleerdOp: '2026-05-19T22:00:00.000Z' }),
    ]);
    // Every answer we gave was in time.
    expect((run.stap('termijnen').antwoord as { stand: unknown[] }).stand).toEqual([{ termijn: 'retourbericht', beantwoord: 1, opTijd: 1 }]);
  }, 60_000);

  it('a decision in time leaves nothing for the bewaker', async () => {
    const run = await new Scenario()
      .klok('2026-04-02T10:00:00')
      .bericht('jw315', 'JW315', (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct.splice(1); })
      .klok('2026-04-08T10:00:00')
      .actie('afwijzen', 'POST', '/verzoeken/1/afwijzen', { reden: '3' })
      .klok('2026-07-01T09:00:00')
      .run();
    expect(run.berichten('afwijzen').map((m) => m.code)).toEqual(['JW319']);
    expect(run.stap('klok-2026-07-01T0900').berichten).toEqual([]);
    expect((run.stap('klok-2026-07-01T0900').openTermijnen as Open[]).filter((o) => o.partij === 'G')).toEqual([]);
  }, 60_000);

  it("flags the provider's JW302 as overdue 3 working days after our JW301 (OP090)", async () => {
    const run = await new Scenario()
      .klok('2026-04-01T09:00:00')
      .actie('toewijzing', 'POST', '/toewijzingen', {
        aanbieder: AGB, client: clientGegevens(), product: { Categorie: '55', Code: '55A11' },
        ingangsdatum: '2026-04-01', einddatum: '2026-12-31', omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
      })
      .klok('2026-04-03T17:00:00')
      .klok('2026-04-09T09:00:00')
      .run();
    const open = (stap: string) => (run.stap(stap).openTermijnen as Open[]).find((o) => o.termijn === 'retourberichtVerwacht');
    // Wed 1 April + 3 working days = end of Wed 8 April (Good Friday and Easter Monday do not count).
    expect(open('klok-2026-04-03T1700')).toMatchObject({ partij: 'P', verlopen: false, uiterlijk: '2026-04-08T21:59:59.999Z' });
    expect(open('klok-2026-04-09T0900')).toMatchObject({ verlopen: true });
  }, 60_000);
});
