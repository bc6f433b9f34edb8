/**
 * XSD validation with libxml2 (compiled to WebAssembly, in process). This is the reference
 * engine: the differential tests run our generated schemas and the official ones through it, and
 * `ijw check --engine libxml2` uses it instead of the model-compiled validator.
 *
 * Hardening: libxml2 may open no file and no URL except the XSDs of the schema set it was given
 * (an input provider that serves only those buffers); documents are parsed with NONET and NO_XXE.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ParseOption, XmlDocument, XmlParseError, XmlValidateError, XsdValidator,
  closeBuffer, openBuffer, readBuffer, xmlRegisterInputProvider,
} from 'libxml2-wasm';

export interface Libxml2Error {
  line: number;
  path?: string;
  message: string;
}
export interface Libxml2Result {
  valid: boolean;
  errors: Libxml2Error[];
}

const PARSE_OPTIONS = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_BIG_LINES;

/** All registered schema files (absolute path → bytes); the only files libxml2 can open. */
const served = new Map<string, Uint8Array>();
let providerRegistered = false;

function registerProvider(): void {
  if (providerRegistered) return;
  providerRegistered = true;
  xmlRegisterInputProvider({
    match: (name: string) => served.has(name),
    open: (name: string) => openBuffer(served.get(name)!),
    read: readBuffer,
    close: (fd: number) => {
      closeBuffer(fd);
      return true;
    },
  });
}

/** A set of XSDs in one directory (basisschema.xsd + JWnnn.xsd); validators compiled on first use. */
export class Libxml2SchemaSet {
  private readonly dir: string;
  private readonly validators = new Map<string, XsdValidator>();

  constructor(dir: string) {
    this.dir = resolve(dir);
    registerProvider();
    for (const f of readdirSync(this.dir)) {
      if (f.endsWith('.xsd')) served.set(join(this.dir, f), readFileSync(join(this.dir, f)));
    }
  }

  private validator(code: string): XsdValidator {
    let v = this.validators.get(code);
    if (!v) {
      const file = join(this.dir, `${code}.xsd`);
      const bytes = served.get(file);
      if (!bytes) throw new Error(`no schema ${code}.xsd in ${this.dir}`);
      const xsd = XmlDocument.fromBuffer(bytes, { url: file });
      try {
        v = XsdValidator.fromDoc(xsd);
      } finally {
        xsd.dispose();
      }
      this.validators.set(code, v);
    }
    return v;
  }

  /** Validates `xml` against message schema `code` (e.g. 'JW323'). */
  validate(code: string, xml: Uint8Array | string): Libxml2Result {
    const validator = this.validator(code);
    let doc: XmlDocument;
    try {
      doc = typeof xml === 'string'
        ? XmlDocument.fromString(xml, { option: PARSE_OPTIONS })
        : XmlDocument.fromBuffer(xml, { option: PARSE_OPTIONS });
    } catch (e) {
      if (e instanceof XmlParseError) {
        return { valid: false, errors: e.details.map((d) => ({ line: d.line, message: d.message.trim() })) };
      }
      throw e;
    }
    try {
      if (doc.dtd) return { valid: false, errors: [{ line: 1, message: 'DOCTYPE not allowed' }] };
      validator.validate(doc);
      return { valid: true, errors: [] };
    } catch (e) {
      if (e instanceof XmlValidateError) {
        return {
          valid: false,
          errors: e.details.map((d) => ({ line: d.line, path: d.xpath ?? undefined, message: d.message.trim() })),
        };
      }
      throw e;
    } finally {
      doc.dispose();
    }
  }
}
