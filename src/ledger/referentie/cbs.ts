/**
 * The CBS list of municipality codes (reference/cbs-gemeenten.json) for TR378: a gemeente code
 * must exist on the CBS list that is actual on the relevant date; after a herindeling an older list
 * may be used for toewijzingen that began before it. The file is validated when first read; an
 * error names the file and the entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../paths.js';

export interface CbsGemeente {
  code: string;
  naam: string;
  /** First day the code exists; absent = before the list's peildatum too (not known otherwise). */
  van?: string;
  /** Last day the code exists (a dissolved municipality). */
  tot?: string;
}

export interface CbsLijst {
  peildatum: string;
  gemeenten: CbsGemeente[];
  opgeheven: CbsGemeente[];
}

export const CBS_FILE = join(PROJECT_ROOT, 'reference/cbs-gemeenten.json');

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateCbs(data: unknown, file: string): CbsLijst {
  const fail = (where: string, what: string): never => {
    throw new Error(`${file}: ${where}: ${what}`);
  };
  if (!data || typeof data !== 'object') fail('/', 'not an object');
  const d = data as Record<string, unknown>;
  if (typeof d.peildatum !== 'string' || !DATE.test(d.peildatum)) fail('/peildatum', 'must be a date YYYY-MM-DD');
  for (const list of ['gemeenten', 'opgeheven'] as const) {
    if (!Array.isArray(d[list])) fail(`/${list}`, 'must be an array');
    (d[list] as unknown[]).forEach((g, i) => {
      const e = g as Record<string, unknown>;
      if (typeof e?.code !== 'string' || !/^[0-9]{4}$/.test(e.code)) fail(`/${list}/${i}/code`, 'must be four digits');
      if (typeof e.naam !== 'string' || !e.naam) fail(`/${list}/${i}/naam`, 'must be a name');
      for (const k of ['van', 'tot'] as const) if (e[k] !== undefined && (typeof e[k] !== 'string' || !DATE.test(e[k] as string))) fail(`/${list}/${i}/${k}`, 'must be a date YYYY-MM-DD');
      if (list === 'opgeheven' && e.tot === undefined) fail(`/${list}/${i}/tot`, 'a dissolved municipality needs its last day');
    });
  }
  return d as unknown as CbsLijst;
}

let cached: CbsLijst | undefined;
export function cbsLijst(): CbsLijst {
  cached ??= validateCbs(JSON.parse(readFileSync(CBS_FILE, 'utf8')), 'reference/cbs-gemeenten.json');
  return cached;
}

const perCode = new WeakMap<CbsLijst, Map<string, CbsGemeente[]>>();

/** Whether `code` is a CBS municipality code on `datum`. Every incoming message asks (TR378): one map lookup. */
export function gemeenteBestaatOp(code: string, datum: string, lijst: CbsLijst = cbsLijst()): boolean {
  let index = perCode.get(lijst);
  if (!index) {
    index = new Map();
    for (const g of [...lijst.gemeenten, ...lijst.opgeheven]) index.set(g.code, [...(index.get(g.code) ?? []), g]);
    perCode.set(lijst, index);
  }
  return (index.get(code) ?? []).some((g) => (g.van === undefined || g.van <= datum) && (g.tot === undefined || datum <= g.tot));
}
