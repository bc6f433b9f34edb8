/**
 * A minimal serializer from a typed message to XML, driven by the model, for tests only: it lets
 * the fixtures be checked against the XSD (through the project's validating parser) without
 * depending on the production builder.
 */
import { MODELS, messageNamespace, NS_BASIS, type ComplexType, type MessageCode } from '../../src/message/model/index.js';
import { prefixOf } from '../../src/process/rules/engine.js';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function toXml(code: MessageCode, bericht: object): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const p = prefixOf(code);
  const write = (node: Record<string, unknown>, type: ComplexType, indent: string): void => {
    const pfx = prefixOf(type.owner);
    for (const particle of type.sequence) {
      const value = node[particle.name];
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        const tag = `${pfx}:${particle.name}`;
        if (particle.type.kind === 'complex') {
          out.push(`${indent}<${tag}>\n`);
          write(item as Record<string, unknown>, particle.type, `${indent}  `);
          out.push(`${indent}</${tag}>\n`);
        } else {
          out.push(`${indent}<${tag}>${escape(String(item))}</${tag}>\n`);
        }
      }
    }
  };
  out.push(`<${p}:Bericht xmlns:${p}="${messageNamespace(code)}" xmlns:ijw="${NS_BASIS}">\n`);
  write(bericht as Record<string, unknown>, MODELS[code].root, '  ');
  out.push(`</${p}:Bericht>\n`);
  return out.join('');
}
