/** Rewrites the part of docs/performance.md between `<!-- bench:<name>:begin -->` and `...:end -->`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writePerformanceSection(root: string, name: string, text: string): void {
  const perf = join(root, 'docs/performance.md');
  const doc = readFileSync(perf, 'utf8');
  const begin = `<!-- bench:${name}:begin -->`;
  const end = `<!-- bench:${name}:end -->`;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`docs/performance.md lacks the bench:${name} markers`);
  writeFileSync(perf, `${doc.slice(0, i + begin.length)}\n${text}${doc.slice(j)}`);
}
