/**
 * Messages parsed at intake, kept for the worker of the same process so that a large message is not
 * decoded, transferred and parsed a second time (a 10,000-prestatie JW323 is 8 MB and ~70 ms to
 * parse). Only an optimisation: the stored raw bytes stay the truth, and a worker that finds
 * nothing here (another instance, a restart, an evicted entry) parses them again, with the same
 * result because parsing is deterministic.
 */
import type { MessageCode } from '../message/model/dsl.js';
import type { Berichten } from '../message/types.generated.js';

export interface Parsed {
  code: MessageCode;
  bericht: Berichten[MessageCode];
  lineOf: (node: object, field?: string) => number | undefined;
}

const MAX_ENTRIES = 256;
const parsed = new Map<number, Parsed>();

export function rememberParsed(id: number, p: Parsed): void {
  if (parsed.size >= MAX_ENTRIES) parsed.delete(parsed.keys().next().value!);
  parsed.set(id, p);
}

/** The parse of message `id`, if this process made it; removed, since a message is processed once. */
export function takeParsed(id: number): Parsed | undefined {
  const p = parsed.get(id);
  if (p) parsed.delete(id);
  return p;
}
