/**
 * What the rules on our JW325 (TR337, TR366, TR367, TR371, TR376) share: the JW323 it answers, in
 * RuleEnv, and its prestaties by ReferentieNummer. These rules guard what we send (ijw-rules.md §4.8,
 * §9.1 R2): the provider has no retourbericht on a JW325, so a mistake here would go unanswered.
 */
import type { JW323Bericht, JW323Prestatie } from '../../message/types.generated.js';
import type { RuleEnv } from './types.js';

declare module './types.js' {
  interface RuleEnv {
    /** The JW323 a JW325 answers (the heenbericht). */
    declaratie?: JW323Bericht;
  }
}

export function declaratieOf(env: RuleEnv, rule: string): JW323Bericht {
  if (!env.declaratie) throw new Error(`${rule} needs env.declaratie (the JW323 the JW325 answers)`);
  return env.declaratie;
}

const byRef = new WeakMap<JW323Bericht, Map<string, { prestatie: JW323Prestatie; bsn: string }>>();

/** The declaration's prestaties by ReferentieNummer (a JW323 may hold 10,000: built once per message). */
export function prestatiesVan(d: JW323Bericht): Map<string, { prestatie: JW323Prestatie; bsn: string }> {
  let m = byRef.get(d);
  if (!m) {
    m = new Map();
    for (const c of d.Declaratie.Clienten.Client) for (const p of c.Prestaties.Prestatie) m.set(p.ProductReferentie.ReferentieNummer, { prestatie: p, bsn: c.Bsn });
    byRef.set(d, m);
  }
  return m;
}
