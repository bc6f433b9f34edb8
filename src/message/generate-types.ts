/**
 * Writes src/message/types.generated.ts from the declarative model: one interface per complex
 * type, code lists as string unions, integers as number (amounts in eurocent), dates and times
 * as ISO strings, repeating elements as arrays.
 */
import { MESSAGE_CODES, type ComplexType, type MessageModel, type Particle, type SimpleType } from './model/dsl.js';
import { MODELS } from './model/index.js';
import { basisTypes, messageTypes } from './model/walk.js';

const LITERAL = /^[0-9A-Za-z]+$/;

function simpleTs(t: SimpleType): string {
  const enumeration = t.facets.enumeration;
  if (enumeration && !t.restricts) return t.name!;
  const p = t.facets.patterns;
  if (t.restricts && p?.length === 1 && LITERAL.test(p[0]!)) return t.base === 'integer' ? p[0]! : `'${p[0]}'`;
  if (t.restricts) return simpleTs(t.restricts);
  if (t.name) return t.name;
  return t.base === 'integer' ? 'number' : 'string';
}

export function tsTypeName(t: ComplexType): string {
  return t.owner === 'basisschema' ? t.name : `${t.owner}${t.name === 'Root' ? 'Bericht' : t.name}`;
}

function fieldTs(p: Particle): string {
  const base = p.type.kind === 'complex' ? tsTypeName(p.type) : simpleTs(p.type);
  const type = p.maxOccurs === 'unbounded' ? `${base}[]` : base;
  return `  ${p.name}${p.minOccurs === 0 ? '?' : ''}: ${type};\n`;
}

function iface(t: ComplexType): string {
  const d = t.documentation ? `/** ${t.documentation} */\n` : '';
  return `${d}export interface ${tsTypeName(t)} {\n${t.sequence.map(fieldTs).join('')}}\n`;
}

export function typesTs(): string {
  const { simple, complex } = basisTypes();
  let s = '// Generated from src/message/model by `npm run generate`; do not edit.\n/* eslint-disable */\n\n';
  for (const t of simple) {
    const d = t.documentation ? `/** ${t.documentation} */\n` : '';
    if (t.facets.enumeration) {
      s += `${d}export type ${t.name} =\n${t.facets.enumeration.map((c) => `  | '${c.value}' // ${c.description}`).join('\n')};\n`;
    } else {
      s += `${d}export type ${t.name} = ${t.base === 'integer' ? 'number' : 'string'};\n`;
    }
  }
  s += '\n';
  for (const t of complex) s += iface(t);
  for (const code of MESSAGE_CODES) {
    const m: MessageModel = MODELS[code];
    s += `\n// ---- ${code} (BerichtCode ${m.berichtCode}): ${m.documentation}\n`;
    for (const t of messageTypes(m)) s += iface(t);
  }
  s += '\n/** The root (`Bericht`) type of every message, by name. */\nexport interface Berichten {\n';
  for (const code of MESSAGE_CODES) s += `  ${code}: ${code}Bericht;\n`;
  return s + '}\n';
}
