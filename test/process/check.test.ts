import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseMessage } from '../../src/message/xml/parse.js';
import { Libxml2SchemaSet } from '../../src/message/xsd/libxml2.js';
import { checkMessage } from '../../src/process/check.js';
import { OFFICIAL_EXAMPLES_DIR, OFFICIAL_XSD_DIR, describeShared } from '../support/shared.js';

const example = (code: string): Buffer => readFileSync(join(OFFICIAL_EXAMPLES_DIR, `${code}.xml`));

describeShared('official examples through the whole check (intake → CL1 → CL2)', () => {
  const official = new Libxml2SchemaSet(OFFICIAL_XSD_DIR);

  it('rejects JW315 at CL1: impossible date 2027-06-31, with its line, and sends no retourbericht', () => {
    const { report, retour } = checkMessage(example('JW315'), { retour: true });
    expect(report.verdict).toBe('xsd');
    expect(report.berichtcode).toBe('JW315');
    const e = report.errors.find((x) => x.message.includes('2027-06-31'));
    expect(e).toBeDefined();
    expect(e!.path).toContain('ToewijzingEinddatum');
    expect(e!.line).toBeGreaterThan(1);
    expect(e!.retourcode).toBeNull();
    expect(retour).toBeUndefined();
  });

  it('rejects JW318 at CL1: RetourCode where the schema does not allow it', () => {
    const { report } = checkMessage(example('JW318'));
    expect(report.verdict).toBe('xsd');
    expect(report.errors.some((x) => (x.path ?? '').includes('RetourCode') || x.message.includes('RetourCode'))).toBe(true);
  });

  it('rejects JW317 at CL2 by CS003 (NieuwProduct ends before it starts) and answers with a header-only JW318, code 0001', () => {
    const { report, retour } = checkMessage(example('JW317'), { retour: true });
    expect(report.verdict).toBe('rules');
    expect(report.errors.map((e) => e.rule)).toContain('CS003');
    expect(report.errors.every((e) => e.retourcode === '0001')).toBe(true);
    const cs003 = report.errors.find((e) => e.rule === 'CS003')!;
    expect(cs003.path).toContain('NieuwProduct');
    expect(cs003.line).toBeGreaterThan(1);

    expect(retour?.code).toBe('JW318');
    expect(official.validate('JW318', retour!.xml)).toEqual({ valid: true, errors: [] });
    const heen = parseMessage(example('JW317').toString('utf8'));
    const back = parseMessage(retour!.xml);
    if (!heen.ok || !back.ok || heen.code !== 'JW317' || back.code !== 'JW318') throw new Error('parse failed');
    const h = heen.bericht.Header;
    const r = back.bericht.Header;
    // IV028: header copied from the heenbericht, Afzender and Ontvanger NOT swapped.
    expect(r.Afzender).toBe(h.Afzender);
    expect(r.Ontvanger).toBe(h.Ontvanger);
    expect(r.BerichtIdentificatie).toEqual(h.BerichtIdentificatie);
    expect(r.XsdVersie).toEqual(h.XsdVersie);
    expect(r.IdentificatieRetour).toMatch(/^[0-9A-Z]{12}$/);
    expect(r.DagtekeningRetour).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.XsdVersieRetour).toEqual({ BasisschemaXsdVersie: '0.1.0', BerichtXsdVersie: '0.1.0' });
    expect(r.RetourCodes?.RetourCode).toEqual(['0001']);
    expect(back.bericht.Client).toBeUndefined();
  });

  it('rejects JW323 at CL2 by TR101 (ReferentieNummer RN004 twice) and answers with a JW325: header 0001, no DeclaratieAntwoord', () => {
    const { report, retour } = checkMessage(example('JW323'), { retour: true });
    expect(report.verdict).toBe('rules');
    expect([...new Set(report.errors.map((e) => e.rule))]).toEqual(['TR101']);
    expect(report.errors[0]!.path).toContain('Prestatie[');
    expect(retour?.code).toBe('JW325');
    expect(official.validate('JW325', retour!.xml)).toEqual({ valid: true, errors: [] });
    const back = parseMessage(retour!.xml);
    const heen = parseMessage(example('JW323').toString('utf8'));
    if (!back.ok || back.code !== 'JW325' || !heen.ok || heen.code !== 'JW323') throw new Error('parse failed');
    expect(back.bericht.Header.RetourCodes.RetourCode).toEqual(['0001']);
    expect(back.bericht.DeclaratieAntwoord).toBeUndefined();
    // A JW325 is not a retourbericht: the gemeente sends it, so Afzender is the gemeente.
    expect(back.bericht.Header.Afzender).toBe(heen.bericht.Header.Ontvanger);
    expect(back.bericht.Header.Ontvanger).toBe(heen.bericht.Header.Afzender);
    expect(back.bericht.Header.DeclaratieIdentificatie).toEqual(heen.bericht.Header.BerichtIdentificatie);
    expect(back.bericht.Header.XsdVersieDeclaratie).toEqual(heen.bericht.Header.XsdVersie);
  });

  it.each(['JW301', 'JW302', 'JW305', 'JW306', 'JW307', 'JW308', 'JW316', 'JW319', 'JW320', 'JW325'])(
    'accepts the official %s example at CL1 and CL2',
    (code) => {
      const { report, retour } = checkMessage(example(code), { retour: true });
      expect(report).toMatchObject({ berichtcode: code, verdict: 'ok', errors: [] });
      expect(retour).toBeUndefined();
    },
  );
});

it('reports intake failures as CL1 with the rule that forbids them and no retourcode', () => {
  const bom = checkMessage(Buffer.from('\uFEFF<?xml version="1.0" encoding="UTF-8"?><a/>', 'utf8'));
  expect(bom.report).toMatchObject({ verdict: 'xsd', berichtcode: null });
  expect(bom.report.errors[0]).toMatchObject({ rule: 'OP192', retourcode: null });
  const doctype = checkMessage(Buffer.from('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'));
  expect(doctype.report.errors[0]!.rule).toBe('INTAKE-DOCTYPE');
  expect(JSON.stringify(doctype.report)).not.toContain('root:');
  const big = checkMessage(Buffer.alloc(2048, 0x20), { maxBytes: 1024 });
  expect(big.report.errors[0]!.rule).toBe('INTAKE-SIZE');
});
