/**
 * The committed generated files (schemas/ijw-3.2/*.xsd, src/message/types.generated.ts) are
 * exactly what the model generates, and our XSDs judge the official examples as the official
 * XSDs do. (The thorough comparison is test/differential.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedFiles } from '../src/message/generated-files.js';
import { MESSAGE_CODES } from '../src/message/model/index.js';
import { Libxml2SchemaSet } from '../src/message/xsd/libxml2.js';
import { OFFICIAL_EXAMPLES_DIR, OFFICIAL_XSD_DIR, OUR_XSD_DIR, REPO_ROOT, describeShared } from './support/shared.js';

/** Where two texts first differ, for a failure message that does not dump whole files. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) {
      return `line ${i + 1}:\n  on disk:   ${JSON.stringify(a[i] ?? '(end of file)')}\n  generated: ${JSON.stringify(e[i] ?? '(end of file)')}`;
    }
  }
  return 'no line differs (line endings?)';
}

describe('generated files are up to date', () => {
  const files = generatedFiles();

  it('generates a schema for basisschema and every message, and there is no other XSD', () => {
    const expected = ['basisschema', ...MESSAGE_CODES].map((n) => `schemas/ijw-3.2/${n}.xsd`).sort();
    expect([...files.keys()].filter((p) => p.endsWith('.xsd')).sort()).toEqual(expected);
    const onDisk = readdirSync(OUR_XSD_DIR).filter((f) => f.endsWith('.xsd')).map((f) => `schemas/ijw-3.2/${f}`).sort();
    expect(onDisk, 'stale or missing XSDs in schemas/ijw-3.2: run npm run generate').toEqual(expected);
  });

  for (const [path, content] of files) {
    it(path, () => {
      const abs = join(REPO_ROOT, path);
      expect(existsSync(abs), `${path} is missing: run npm run generate`).toBe(true);
      const onDisk = readFileSync(abs, 'utf8');
      if (onDisk !== content) {
        expect.fail(`${path} differs from what the model generates: run npm run generate\n${firstDifference(onDisk, content)}`);
      }
    });
  }
});

describeShared('our XSDs judge the official examples as the official XSDs do', () => {
  // Built in beforeAll: the callback of a skipped describe still runs, and ../shared may be absent.
  let official: Libxml2SchemaSet;
  let ours: Libxml2SchemaSet;
  beforeAll(() => {
    official = new Libxml2SchemaSet(OFFICIAL_XSD_DIR);
    ours = new Libxml2SchemaSet(OUR_XSD_DIR);
  });
  for (const code of MESSAGE_CODES) {
    it(code, () => {
      const xml = readFileSync(join(OFFICIAL_EXAMPLES_DIR, `${code}.xml`));
      const want = official.validate(code, xml);
      const got = ours.validate(code, xml);
      expect({ valid: got.valid, firstErrorLine: got.errors[0]?.line }).toEqual({
        valid: want.valid,
        firstErrorLine: want.errors[0]?.line,
      });
    });
  }
  it('rejects exactly JW315 and JW318 as shipped (so the comparison above is not vacuous)', () => {
    const invalid = MESSAGE_CODES.filter((code) => !official.validate(code, readFileSync(join(OFFICIAL_EXAMPLES_DIR, `${code}.xml`))).valid);
    expect(invalid).toEqual(['JW315', 'JW318']);
  });
});
