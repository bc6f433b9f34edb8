/**
 * Scenario tests through `ijw simulate`: a scenario is written as files (messages built from the
 * valid baselines of test/fixtures/berichten.ts, backoffice actions in the API's JSON, clock steps),
 * replayed on a fresh embedded database, and its outgoing messages are read back parsed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate, type StepSummary } from '../../src/cli/simulate.js';
import type { MessageCode } from '../../src/message/model/dsl.js';
import type { Berichten } from '../../src/message/types.generated.js';
import { buildMessage } from '../../src/message/xml/build.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { BSN, GEMEENTE, fixture } from '../fixtures/berichten.js';

export interface Run {
  summary: StepSummary[];
  /** The step of this name (the file name without its number prefix), e.g. stap('jw315'). */
  stap(naam: string): StepSummary;
  /** An outgoing message by file name, parsed. */
  bericht<C extends MessageCode>(file: string): Berichten[C];
  /** The outgoing messages of a step, parsed, with their code. */
  berichten(naam: string): { code: MessageCode; bericht: Berichten[MessageCode] }[];
}

export class Scenario {
  private readonly steps: { naam: string; ext: 'xml' | 'json'; content: string }[] = [];
  private datum = '';
  private seq = 0;

  klok(local: string): this {
    this.datum = local.slice(0, 10);
    this.steps.push({ naam: `klok-${local.slice(0, 16).replace(':', '')}`, ext: 'json', content: JSON.stringify({ klok: local }) });
    return this;
  }

  /** An incoming message: the baseline of `code`, a fresh Identificatie and today's Dagtekening, then `mutate`. */
  bericht<C extends MessageCode>(naam: string, code: C, mutate?: (b: Berichten[C]) => void): this {
    const b = fixture(code);
    const h = (b as { Header: { BerichtIdentificatie: { Identificatie: string; Dagtekening: string } } }).Header;
    h.BerichtIdentificatie = { Identificatie: `SC${++this.seq}`, Dagtekening: this.datum || h.BerichtIdentificatie.Dagtekening };
    mutate?.(b);
    this.steps.push({ naam, ext: 'xml', content: buildMessage(code, b) });
    return this;
  }

  actie(naam: string, method: 'GET' | 'POST' | 'PATCH', url: string, body?: object): this {
    this.steps.push({ naam, ext: 'json', content: JSON.stringify({ method, url, gemeente: GEMEENTE, ...(body ? { body } : {}) }) });
    return this;
  }

  async run(opts: { regioFile?: string } = {}): Promise<Run> {
    const dir = mkdtempSync(join(tmpdir(), 'ijw-scenario-'));
    const out = mkdtempSync(join(tmpdir(), 'ijw-scenario-out-'));
    const names = new Map<string, string>();
    this.steps.forEach((s, i) => {
      const file = `${String(i + 1).padStart(2, '0')}-${s.naam}.${s.ext}`;
      names.set(s.naam, file);
      writeFileSync(join(dir, file), s.content);
    });
    const summary = await simulate({ scenarioDir: dir, outDir: out, ...opts });
    const read = <C extends MessageCode>(file: string): Berichten[C] => {
      const parsed = parseMessage(readFileSync(join(out, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors)}`);
      return parsed.bericht as Berichten[C];
    };
    const stap = (naam: string): StepSummary => {
      const s = summary.find((x) => x.stap === names.get(naam));
      if (!s) throw new Error(`no step ${naam}`);
      return s;
    };
    return {
      summary,
      stap,
      bericht: read,
      berichten: (naam) => stap(naam).berichten.map((f) => ({ code: f.slice(5, 10) as MessageCode, bericht: read(f) })),
    };
  }
}

/** The client data a gemeente sends in a JW301 (for toewijzen when it has not sent this client before). */
export function clientGegevens(bsn: string = BSN.A): object {
  const { ToegewezenProducten: _, ...client } = fixture('JW301').Client;
  return { ...client, Bsn: bsn };
}
