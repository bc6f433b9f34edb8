/**
 * ijw simulate <scenario-dir> --out <dir> [--regio <file>]
 *
 * Deterministic replay on a fresh embedded database, through the real service (inbox, workers,
 * ledger, outbox, backoffice API), under a clock that only the scenario moves. Steps run in
 * file-name order:
 *   *.xml   an incoming message, received at the current clock from the party that sends it;
 *   *.json  {"klok": "2026-05-06T09:00:00"} moves the clock forward (Europe/Amsterdam wall time),
 *           and every term that falls due on the way is handled as the running service would;
 *           or a backoffice action in the API's own JSON: {"method": "POST", "url": "/verzoeken/1/toewijzen",
 *           "body": {...}, "gemeente": "0384"} ("gemeente" may be left out when the scenario has only one).
 * Every outgoing message is written to the out dir as <seq>-<JWnnn>.xml (0001-JW316.xml …) and counts
 * as delivered at that moment; summary.json lists per step its outcome, the messages it produced and
 * the open obligations with their due moments.
 *
 * The clock starts at 09:00 on the Dagtekening of the first message, unless the first step sets it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { createClient, type Party } from '../auth/clients.js';
import type { Config } from '../config.js';
import { PROJECT_ROOT } from '../paths.js';
import { amsterdamInstant } from '../process/terms/index.js';
import { volgendeMoment } from '../process/terms/bewaker.js';
import { startService, type Service } from '../service.js';

export interface SimulateOptions {
  scenarioDir: string;
  outDir: string;
  /** One region file to use instead of the project's regions/. */
  regioFile?: string;
}

export interface StepSummary {
  stap: string;
  soort: 'bericht' | 'actie' | 'klok';
  /** The clock during the step (Europe/Amsterdam, ISO with offset). */
  klok: string;
  /** bericht: what the service did with it. */
  berichtcode?: string;
  verdict?: string;
  retourcodes?: string[];
  fouten?: { rule: string; retourcode?: string; path?: string; message: string }[];
  /** actie: the API's answer. */
  status?: number;
  antwoord?: unknown;
  /** Files written for the messages this step produced (for a klok step: what the terms that fell due on the way produced). */
  berichten: string[];
  /** Open obligations after the step, per gemeente (GET /termijnen), earliest first. */
  openTermijnen: unknown[];
}

export class ScenarioError extends Error {}

interface Action {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  gemeente?: string;
}

const LOCAL = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset',
});
/** '2026-05-06T09:00:00+02:00': readable in the summary and still one instant. */
export function localIso(d: Date): string {
  const p = Object.fromEntries(LOCAL.formatToParts(d).map((x) => [x.type, x.value]));
  const offset = (p.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

const tag = (xml: string, name: string): string | undefined => new RegExp(`<(?:[\\w-]+:)?${name}>\\s*([^<\\s]+)\\s*</`).exec(xml)?.[1];

export async function simulate(opts: SimulateOptions): Promise<StepSummary[]> {
  const steps = readdirSync(opts.scenarioDir)
    .filter((f) => ['.xml', '.json'].includes(extname(f).toLowerCase()))
    .sort();
  if (!steps.length) throw new ScenarioError(`${opts.scenarioDir}: no .xml or .json steps`);
  const read = (f: string): string => readFileSync(join(opts.scenarioDir, f), 'utf8');

  let clock = startClock(steps, read);
  let regionsDir = join(PROJECT_ROOT, 'regions');
  let tmpRegions: string | undefined;
  if (opts.regioFile) {
    tmpRegions = regionsDir = mkdtempSync(join(tmpdir(), 'ijw-simulate-regio-'));
    copyFileSync(opts.regioFile, join(regionsDir, basename(opts.regioFile)));
  }
  mkdirSync(opts.outDir, { recursive: true });

  const config: Config = {
    host: '127.0.0.1',
    port: 0,
    maxBytes: 25 * 1024 * 1024,
    logLevel: 'silent',
    dataDir: 'memory://',
    workers: 1,
    regionsDir,
  };
  let service: Service | undefined;
  try {
    service = await startService(config, { background: false, now: () => clock });
    const s = service;
    const keys = new Map<string, string>();
    const keyOf = async (party: Party): Promise<string> => {
      const k = `${party.kind}:${party.code}`;
      let key = keys.get(k);
      if (!key) keys.set(k, (key = (await createClient(s.db.sql, party, 'ijw simulate')).apiKey));
      return key;
    };
    const gemeenten = new Set<string>();
    let lastOut = 0;
    let seq = 0;

    /** Processes everything due, then writes what went out and counts it as delivered now. */
    const settle = async (): Promise<string[]> => {
      // What is due at this moment: the termijnbewaker's actions, then the inbox.
      await s.bewaker.drain();
      while ((await s.workers.drain()) > 0);
      const out = await s.db.sql<{ id: number; berichtcode: string; raw: Buffer }[]>`
        select id, berichtcode, raw from bericht where direction = 'out' and id > ${lastOut} order by id`;
      const files: string[] = [];
      for (const m of out) {
        const name = `${String(++seq).padStart(4, '0')}-${m.berichtcode}.xml`;
        writeFileSync(join(opts.outDir, name), m.raw);
        files.push(name);
        lastOut = m.id;
      }
      if (out.length) {
        const ids = out.map((m) => m.id);
        await s.db.sql`update bericht set state = 'sent', processed_at = ${clock} where id in ${s.db.sql(ids)}`;
        await s.db.sql`update outbox set state = 'delivered', delivered_at = ${clock}, lease_until = null where bericht_id in ${s.db.sql(ids)}`;
      }
      return files;
    };
    const openTermijnen = async (): Promise<unknown[]> => {
      const all: unknown[] = [];
      for (const g of [...gemeenten].sort()) {
        const r = await s.app.inject({ method: 'GET', url: '/termijnen', headers: { authorization: `Bearer ${await keyOf({ kind: 'gemeente', code: g })}` } });
        for (const o of (r.json() as { open?: unknown[] }).open ?? []) all.push({ gemeente: g, ...(o as object) });
      }
      return all;
    };

    const summary: StepSummary[] = [];
    for (const stap of steps) {
      const text = read(stap);
      let entry: Omit<StepSummary, 'berichten' | 'openTermijnen' | 'klok'>;
      if (extname(stap).toLowerCase() === '.xml') {
        entry = await receive(s, stap, text, keyOf, gemeenten);
      } else {
        const json = parseJson(stap, text);
        if ('klok' in json) {
          const next = amsterdamInstant(String(json.klok));
          if (next < clock) throw new ScenarioError(`${stap}: the clock only moves forward (${localIso(clock)} → ${json.klok})`);
          // Stop at every moment a term falls due on the way, so the service acts then, not later.
          const gevuurd: string[] = [];
          for (let due = await volgendeMoment(s.db.sql, clock, s.termijnen, s.calendar); due && due <= next; due = await volgendeMoment(s.db.sql, clock, s.termijnen, s.calendar)) {
            clock = due;
            gevuurd.push(...(await settle()));
          }
          clock = next;
          entry = { stap, soort: 'klok', ...(gevuurd.length ? { onderweg: gevuurd } : {}) };
        } else {
          entry = await act(s, stap, json as unknown as Action, keyOf, gemeenten);
        }
      }
      const onderweg = (entry as { onderweg?: string[] }).onderweg ?? [];
      delete (entry as { onderweg?: string[] }).onderweg;
      const berichten = [...onderweg, ...(await settle())];
      summary.push({ ...entry, klok: localIso(clock), berichten, openTermijnen: await openTermijnen() });
    }
    writeFileSync(join(opts.outDir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
    return summary;
  } finally {
    await service?.close();
    if (tmpRegions) rmSync(tmpRegions, { recursive: true, force: true });
  }
}

function startClock(steps: string[], read: (f: string) => string): Date {
  const first = steps[0]!;
  if (first.toLowerCase().endsWith('.json')) {
    const json = parseJson(first, read(first));
    if ('klok' in json) return amsterdamInstant(String(json.klok));
  }
  const xml = steps.find((f) => f.toLowerCase().endsWith('.xml'));
  const dag = xml ? tag(read(xml), 'Dagtekening') : undefined;
  if (!dag) throw new ScenarioError('the scenario sets no clock: start with {"klok": "YYYY-MM-DDTHH:MM:SS"} or a message with a Dagtekening');
  return amsterdamInstant(`${dag}T09:00:00`);
}

function parseJson(stap: string, text: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ScenarioError(`${stap}: not JSON: ${(e as Error).message}`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new ScenarioError(`${stap}: expected a JSON object`);
  const o = json as Record<string, unknown>;
  if ('klok' in o) {
    if (typeof o.klok !== 'string') throw new ScenarioError(`${stap}: "klok" must be a local time YYYY-MM-DDTHH:MM:SS`);
    try {
      amsterdamInstant(o.klok);
    } catch (e) {
      throw new ScenarioError(`${stap}: ${(e as Error).message}`);
    }
  } else if (typeof o.method !== 'string' || typeof o.url !== 'string' || !o.url.startsWith('/')) {
    throw new ScenarioError(`${stap}: a step is {"klok": …} or an API call {"method", "url", "body"?, "gemeente"?}`);
  }
  return o;
}

/** An incoming message: sent by the party whose code is an AGB (the provider; also for its retours). */
async function receive(
  s: Service,
  stap: string,
  xml: string,
  keyOf: (p: Party) => Promise<string>,
  gemeenten: Set<string>,
): Promise<Omit<StepSummary, 'berichten' | 'openTermijnen' | 'klok'>> {
  const afzender = tag(xml, 'Afzender');
  const ontvanger = tag(xml, 'Ontvanger');
  const agb = [afzender, ontvanger].find((c) => c && /^\d{8}$/.test(c));
  const gemeente = [afzender, ontvanger].find((c) => c && /^\d{4}$/.test(c));
  if (!agb) throw new ScenarioError(`${stap}: no AGB code in Afzender or Ontvanger: who sends it?`);
  if (gemeente) gemeenten.add(gemeente);
  const r = await s.app.inject({
    method: 'POST',
    url: '/berichten',
    headers: { 'content-type': 'application/xml', authorization: `Bearer ${await keyOf({ kind: 'agb', code: agb })}` },
    payload: xml,
  });
  const body = r.json() as { id?: number; error?: string; report?: { errors?: StepSummary['fouten'] } };
  if (r.statusCode !== 202 || body.id === undefined) {
    // Refused at the door (CL1: XSD, size, sender): no retourbericht exists for it (IV028).
    return { stap, soort: 'bericht', verdict: 'xsd', status: r.statusCode, fouten: body.report?.errors ?? [{ rule: 'intake', message: body.error ?? `HTTP ${r.statusCode}` }] };
  }
  while ((await s.workers.drain()) > 0);
  const [m] = await s.db.sql<{ berichtcode: string; verdict: string | null; retourcodes: string[] | null; errors: StepSummary['fouten'] | null }[]>`
    select berichtcode, verdict, retourcodes, errors from bericht where id = ${body.id}`;
  return {
    stap,
    soort: 'bericht',
    berichtcode: m!.berichtcode,
    verdict: m!.verdict ?? 'niet verwerkt',
    retourcodes: m!.retourcodes ?? [],
    fouten: m!.errors ?? [],
  };
}

async function act(
  s: Service,
  stap: string,
  a: Action,
  keyOf: (p: Party) => Promise<string>,
  gemeenten: Set<string>,
): Promise<Omit<StepSummary, 'berichten' | 'openTermijnen' | 'klok'>> {
  let gemeente = a.gemeente;
  if (gemeente === undefined) {
    if (gemeenten.size !== 1) throw new ScenarioError(`${stap}: say which "gemeente" acts (the scenario has ${gemeenten.size === 0 ? 'none yet' : [...gemeenten].join(', ')})`);
    gemeente = [...gemeenten][0]!;
  }
  if (!/^\d{4}$/.test(gemeente)) throw new ScenarioError(`${stap}: "gemeente" must be a CBS code of four digits`);
  gemeenten.add(gemeente);
  const r = await s.app.inject({
    method: a.method,
    url: a.url,
    headers: { authorization: `Bearer ${await keyOf({ kind: 'gemeente', code: gemeente })}` },
    ...(a.body !== undefined ? { payload: a.body as object } : {}),
  });
  let antwoord: unknown = r.body;
  try {
    antwoord = r.json();
  } catch {
    // not JSON: keep the text
  }
  return { stap, soort: 'actie', status: r.statusCode, antwoord };
}
