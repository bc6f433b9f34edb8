/**
 * Every rule, listed explicitly (no filesystem discovery): the list is what runs, and
 * test/rules/registry.test.ts checks it against the rule files and the official ID list.
 */
import type { MessageCode } from '../../message/model/index.js';
import { TR002 } from './TR002.js';
import { TR006 } from './TR006.js';
import { TR018 } from './TR018.js';
import { TR061 } from './TR061.js';
import { TR056 } from './TR056.js';
import { TR019 } from './TR019.js';
import { TR378 } from './TR378.js';
import { TR332 } from './TR332.js';
import { TR337 } from './TR337.js';
import { TR366 } from './TR366.js';
import { TR367 } from './TR367.js';
import { TR371 } from './TR371.js';
import { TR376 } from './TR376.js';
import { TR385 } from './TR385.js';
import { TR381 } from './TR381.js';
import { TR063 } from './TR063.js';
import { TR071 } from './TR071.js';
import { TR074 } from './TR074.js';
import { TR326 } from './TR326.js';
import { TR382 } from './TR382.js';
import { TR413 } from './TR413.js';
import { TR414 } from './TR414.js';
import { TR415 } from './TR415.js';
import { TR333 } from './TR333.js';
import { TR318 } from './TR318.js';
import { TR319 } from './TR319.js';
import { TR314 } from './TR314.js';
import { TR338 } from './TR338.js';
import { TR304 } from './TR304.js';
import { TR384 } from './TR384.js';
import { TR307 } from './TR307.js';
import { TR308 } from './TR308.js';
import { TR387 } from './TR387.js';
import { TR388 } from './TR388.js';
import { TR339 } from './TR339.js';
import { TR340 } from './TR340.js';
import { TR341 } from './TR341.js';
import { TR321 } from './TR321.js';
import { TR322 } from './TR322.js';
import { TR369 } from './TR369.js';
import { TR323 } from './TR323.js';
import { TR390 } from './TR390.js';
import { TR389 } from './TR389.js';
import { TR346 } from './TR346.js';
import { TR418 } from './TR418.js';
import { TR347 } from './TR347.js';
import { TR355 } from './TR355.js';
import { TR359 } from './TR359.js';
import { TR360 } from './TR360.js';
import { TR365 } from './TR365.js';
import { TR374 } from './TR374.js';
import { TR379 } from './TR379.js';
import { TR349 } from './TR349.js';
import { TR350 } from './TR350.js';
import { TR351 } from './TR351.js';
import { TR357 } from './TR357.js';
import { TR361 } from './TR361.js';
import { TR373 } from './TR373.js';
import { TR375 } from './TR375.js';
import { TR411 } from './TR411.js';
import { TR412 } from './TR412.js';
import { TR101 } from './TR101.js';
import { TR134 } from './TR134.js';
import { TR135 } from './TR135.js';
import { TR137 } from './TR137.js';
import { TR302 } from './TR302.js';
import { TR315 } from './TR315.js';
import { TR316 } from './TR316.js';
import { TR335 } from './TR335.js';
import { TR342 } from './TR342.js';
import { TR352 } from './TR352.js';
import { TR353 } from './TR353.js';
import { TR358 } from './TR358.js';
import { TR377 } from './TR377.js';
import { TR380 } from './TR380.js';
import { TR383 } from './TR383.js';
import { TR386 } from './TR386.js';
import { TR409 } from './TR409.js';
import { TR410 } from './TR410.js';
import { TR416 } from './TR416.js';
import { CS002 } from './CS002.js';
import { CS003 } from './CS003.js';
import { CS050 } from './CS050.js';
import { CS058 } from './CS058.js';
import { CS089 } from './CS089.js';
import { CS100 } from './CS100.js';
import { CS139 } from './CS139.js';
import { CS318 } from './CS318.js';
import { CS325 } from './CS325.js';
import { CS335 } from './CS335.js';
import { CS336 } from './CS336.js';
import { CS337 } from './CS337.js';
import { CS338 } from './CS338.js';
import { CS339 } from './CS339.js';
import { CS340 } from './CS340.js';
import { CS343 } from './CS343.js';
import { CD005 } from './CD005.js';
import { CD007 } from './CD007.js';
import { CD009 } from './CD009.js';
import { CD025 } from './CD025.js';
import { CD034 } from './CD034.js';
import { CD041 } from './CD041.js';
import { CD043 } from './CD043.js';
import { CD060 } from './CD060.js';
import { CD066 } from './CD066.js';
import { CD067 } from './CD067.js';
import { CD068 } from './CD068.js';
import { CD075 } from './CD075.js';
import { CD076 } from './CD076.js';
import { CD077 } from './CD077.js';
import { CD078 } from './CD078.js';
import { CD079 } from './CD079.js';
import { CD080 } from './CD080.js';
import { CD085 } from './CD085.js';
import { CD086 } from './CD086.js';
import { CD087 } from './CD087.js';
import { CD095 } from './CD095.js';
import { CD096 } from './CD096.js';
import type { Rule } from './types.js';

const RULES: readonly Rule[] = [
  TR002, TR006, TR018, TR061, TR101, TR134, TR137, TR302,
  TR315, TR316, TR335, TR342, TR352, TR353, TR358, TR377,
  TR380, TR383, TR386, TR409, TR410, TR416, CS002, CS003,
  CS050, CS058, CS089, CS100, CS139, CS318, CS325, CS335,
  CS336, CS337, CS338, CS339, CS340, CS343, CD005, CD007,
  CD009, CD025, CD034, CD041, CD043, CD060, CD066, CD067,
  CD068, CD075, CD076, CD077, CD078, CD079, CD080, CD085,
  CD086, CD087, CD095, CD096,
  // CL3/CL4: they need env (the message store, the system date) and run only when asked for.
  TR056, TR135,
  // What we send: ToewijzingNummer never reused, no deletion over approved prestaties (JW301).
  TR332, TR385,
  // What we send: the JW325 answers its JW323 exactly.
  TR337, TR366, TR367, TR371, TR376,
  // External sources: the CBS list and the region's product code list.
  TR378, TR381,
  // Start and stop (JW305, JW307).
  TR019, TR063, TR071, TR074, TR326, TR382, TR413, TR414, TR415,
  // Declaratie (JW323), judged per prestatie (src/process/rules/declaratie.ts); TR304 also on JW317.
  TR333, TR318, TR319, TR314, TR338, TR304, TR384, TR307, TR308, TR387, TR388,
  TR339, TR340, TR341, TR321, TR322, TR369, TR323, TR390, TR389, TR346, TR418,
  // Requests (JW315, JW317) and what we send on them (JW319, JW301).
  TR347, TR374, TR355, TR359, TR360, TR365, TR379,
  // Verzoek om wijziging (JW317).
  TR349, TR350, TR351, TR357, TR361, TR373, TR375, TR411, TR412,
];

/** All registered rules: the CL2 TRs, CSs and CDs, each in ID order, then the CL3/CL4 rules. */
export function allRules(): readonly Rule[] {
  return RULES;
}

type Direction = 'in' | 'out' | 'all';
const cache = new Map<string, readonly Rule[]>();

/** The rules that apply to a message; with a direction only 'both' rules and that direction's. */
export function rulesFor(code: MessageCode, direction?: 'in' | 'out'): readonly Rule[] {
  const d: Direction = direction ?? 'all';
  const key = `${code}|${d}`;
  let list = cache.get(key);
  if (!list) {
    list = RULES.filter(
      (r) => r.meta.berichten.includes(code) && (d === 'all' || r.meta.direction === 'both' || r.meta.direction === d),
    );
    cache.set(key, list);
  }
  return list;
}

/** A rule by its official ID. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
