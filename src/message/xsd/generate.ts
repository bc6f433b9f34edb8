/**
 * Writes the XSD text of the basisschema and of each message from the declarative model.
 * The output is committed in schemas/ijw-3.2; test/schemas.test.ts fails when it is stale.
 */
import {
  NS_BASIS, XSD_VERSION, messageNamespace,
  type ComplexType, type Facets, type MessageModel, type Particle, type SimpleType,
} from '../model/dsl.js';
import { basisTypes, messageTypes } from '../model/walk.js';

const XS_BASE = { string: 'xs:string', integer: 'xs:integer', date: 'xs:date', time: 'xs:time' } as const;

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function doc(text: string | undefined, indent: string): string {
  return text ? `${indent}<xs:annotation><xs:documentation>${esc(text)}</xs:documentation></xs:annotation>\n` : '';
}

function facets(f: Facets, indent: string): string {
  let s = '';
  for (const c of f.enumeration ?? []) {
    s += `${indent}<xs:enumeration value="${esc(c.value)}">`;
    s += c.description ? `<xs:annotation><xs:documentation>${esc(c.description)}</xs:documentation></xs:annotation>` : '';
    s += '</xs:enumeration>\n';
  }
  if (f.minLength !== undefined) s += `${indent}<xs:minLength value="${f.minLength}"/>\n`;
  if (f.maxLength !== undefined) s += `${indent}<xs:maxLength value="${f.maxLength}"/>\n`;
  if (f.minInclusive !== undefined) s += `${indent}<xs:minInclusive value="${f.minInclusive}"/>\n`;
  if (f.maxInclusive !== undefined) s += `${indent}<xs:maxInclusive value="${f.maxInclusive}"/>\n`;
  for (const p of f.patterns ?? []) s += `${indent}<xs:pattern value="${esc(p)}"/>\n`;
  return s;
}

function baseOf(t: SimpleType): string {
  return t.restricts ? `ijw:${t.restricts.name}` : XS_BASE[t.base];
}

function restriction(t: SimpleType, indent: string): string {
  return `${indent}<xs:restriction base="${baseOf(t)}">\n${facets(t.facets, indent + '\t')}${indent}</xs:restriction>\n`;
}

function typeName(t: SimpleType | ComplexType, own: string): string {
  if (t.kind === 'complex') return t.owner === 'basisschema' ? `ijw:${t.name}` : `${own}:${t.name}`;
  return `ijw:${t.name}`;
}

function element(p: Particle, own: string, indent: string): string {
  const occurs = (p.minOccurs === 0 ? ' minOccurs="0"' : '') + (p.maxOccurs === 'unbounded' ? ' maxOccurs="unbounded"' : '');
  if (p.type.kind === 'simple' && !p.type.name) {
    return `${indent}<xs:element name="${p.name}"${occurs}>\n${doc(p.documentation, indent + '\t')}` +
      `${indent}\t<xs:simpleType>\n${restriction(p.type, indent + '\t\t')}${indent}\t</xs:simpleType>\n${indent}</xs:element>\n`;
  }
  const d = doc(p.documentation, indent + '\t');
  return d
    ? `${indent}<xs:element name="${p.name}" type="${typeName(p.type, own)}"${occurs}>\n${d}${indent}</xs:element>\n`
    : `${indent}<xs:element name="${p.name}" type="${typeName(p.type, own)}"${occurs}/>\n`;
}

function complexType(t: ComplexType, own: string): string {
  return `\t<xs:complexType name="${t.name}">\n${doc(t.documentation, '\t\t')}\t\t<xs:sequence>\n` +
    t.sequence.map((p) => element(p, own, '\t\t\t')).join('') + '\t\t</xs:sequence>\n\t</xs:complexType>\n';
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generated from src/message/model by `npm run generate`; do not edit. -->\n';

export function basisschemaXsd(): string {
  const { simple, complex } = basisTypes();
  let s = HEAD + `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ijw="${NS_BASIS}" targetNamespace="${NS_BASIS}" elementFormDefault="qualified">\n`;
  s += `\t<xs:annotation>\n\t\t<xs:appinfo>\n\t\t\t<ijw:standaard>ijw</ijw:standaard>\n\t\t\t<ijw:bericht>basisschema</ijw:bericht>\n` +
    `\t\t\t<ijw:release>${XSD_VERSION.release}</ijw:release>\n\t\t\t<ijw:BasisschemaXsdVersie>${XSD_VERSION.basisschema}</ijw:BasisschemaXsdVersie>\n` +
    '\t\t</xs:appinfo>\n\t</xs:annotation>\n';
  for (const t of complex) s += complexType(t, 'ijw');
  for (const t of simple) {
    s += `\t<xs:simpleType name="${t.name}">\n${doc(t.documentation, '\t\t')}${restriction(t, '\t\t')}\t</xs:simpleType>\n`;
  }
  return s + '</xs:schema>\n';
}

export function messageXsd(m: MessageModel): string {
  const own = m.code.toLowerCase();
  let s = HEAD + `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ijw="${NS_BASIS}" xmlns:${own}="${messageNamespace(m.code)}" targetNamespace="${messageNamespace(m.code)}" elementFormDefault="qualified">\n`;
  s += `\t<xs:import namespace="${NS_BASIS}" schemaLocation="basisschema.xsd"/>\n`;
  s += `\t<xs:annotation>\n\t\t<xs:appinfo>\n\t\t\t<ijw:standaard>ijw</ijw:standaard>\n\t\t\t<ijw:bericht>${own}</ijw:bericht>\n` +
    `\t\t\t<ijw:release>${XSD_VERSION.release}</ijw:release>\n\t\t\t<ijw:BerichtXsdVersie>${XSD_VERSION.bericht}</ijw:BerichtXsdVersie>\n` +
    `\t\t\t<ijw:BasisschemaXsdVersie>${XSD_VERSION.basisschema}</ijw:BasisschemaXsdVersie>\n\t\t</xs:appinfo>\n\t</xs:annotation>\n`;
  s += `\t<xs:element name="Bericht" type="${own}:${m.root.name}"/>\n`;
  for (const t of messageTypes(m)) s += complexType(t, own);
  return s + '</xs:schema>\n';
}
