import * as B from './basisschema.js';
import type { ComplexType, MessageModel, SimpleType } from './dsl.js';

/**
 * Every named type of the basisschema, sorted by name. (Module namespace objects list exports in
 * an order that differs between native ESM and vitest's runner, so we never rely on it.)
 */
export function basisTypes(): { simple: SimpleType[]; complex: ComplexType[] } {
  const all = (Object.values(B) as Array<SimpleType | ComplexType>)
    .slice()
    .sort((a, b) => (a.name! < b.name! ? -1 : a.name! > b.name! ? 1 : 0));
  return {
    simple: all.filter((t): t is SimpleType => t.kind === 'simple'),
    complex: all.filter((t): t is ComplexType => t.kind === 'complex'),
  };
}

/** The complex types a message declares itself, each once, children before parents. */
export function messageTypes(m: MessageModel): ComplexType[] {
  const out: ComplexType[] = [];
  const seen = new Set<ComplexType>();
  const visit = (t: ComplexType): void => {
    if (seen.has(t) || t.owner !== m.code) return;
    seen.add(t);
    for (const p of t.sequence) if (p.type.kind === 'complex') visit(p.type);
    out.push(t);
  };
  visit(m.root);
  return out;
}
