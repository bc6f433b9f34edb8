import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { OFFICIAL_EXAMPLES_DIR, describeShared } from '../support/shared.js';

const app = buildApp({ maxBytes: 64 * 1024, logLevel: 'silent' });
afterAll(() => app.close());

describe('HTTP API', () => {
  it('GET /health', async () => {
    const r = await app.inject({ method: 'GET', url: '/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok' });
  });

  it('POST /check refuses a body that is not XML', async () => {
    const r = await app.inject({ method: 'POST', url: '/check', headers: { 'content-type': 'application/json' }, payload: '{}' });
    expect(r.statusCode).toBe(415);
  });

  it('POST /check names the size limit when the body is too large', async () => {
    const r = await app.inject({ method: 'POST', url: '/check', headers: { 'content-type': 'application/xml' }, payload: Buffer.alloc(70 * 1024, 0x20) });
    expect(r.statusCode).toBe(413);
    expect(r.json().error).toContain('65536');
  });

  it('POST /check reports a BOM as an OP192 failure', async () => {
    const r = await app.inject({ method: 'POST', url: '/check', headers: { 'content-type': 'application/xml' }, payload: Buffer.from('\uFEFF<a/>') });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ verdict: 'xsd', errors: [{ rule: 'OP192', retourcode: null }] });
  });
});

describeShared('HTTP /check on the official examples', () => {
  it('returns the JSON report of a CL2 failure and, on request, the retourbericht', async () => {
    const body = readFileSync(join(OFFICIAL_EXAMPLES_DIR, 'JW323.xml'));
    const r = await app.inject({ method: 'POST', url: '/check?retour=1', headers: { 'content-type': 'text/xml' }, payload: body });
    expect(r.statusCode).toBe(200);
    const report = r.json();
    expect(report).toMatchObject({ berichtcode: 'JW323', verdict: 'rules' });
    expect(report.errors[0]).toMatchObject({ rule: 'TR101', retourcode: '0001' });
    expect(report.retour.code).toBe('JW325');
    expect(report.retour.xml).toContain('<jw325:RetourCode>0001</jw325:RetourCode>');
  });

  it('returns ok for a valid message', async () => {
    const body = readFileSync(join(OFFICIAL_EXAMPLES_DIR, 'JW305.xml'));
    const r = await app.inject({ method: 'POST', url: '/check', headers: { 'content-type': 'application/xml' }, payload: body });
    expect(r.json()).toEqual({ berichtcode: 'JW305', verdict: 'ok', errors: [] });
  });
});
