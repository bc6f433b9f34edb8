/**
 * Translation of XSD regular expressions (XML Schema Part 2, appendix F) to JavaScript RegExp
 * with the `u` flag. Only the constructs the iJw schemas need are translated; anything else
 * throws when the model is compiled, so a new pattern can never be silently misread.
 *
 * Differences handled: XSD patterns are implicitly anchored (no ^/$ metacharacters), `.` is
 * [^\n\r], `\s` is exactly [ \t\n\r] and `\S` its complement, `\d` is \p{Nd}.
 */

export class XsdRegexError extends Error {}

const WS_CLASS = '\\t\\n\\r ';

/** A code point as a JS regex literal that is safe both inside and outside a class (u mode). */
function lit(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) {
    return String.fromCodePoint(cp);
  }
  return `\\u{${cp.toString(16)}}`;
}

const SINGLE_ESCAPES: Record<string, number> = {
  n: 0x0a, r: 0x0d, t: 0x09, '\\': 0x5c, '|': 0x7c, '.': 0x2e, '?': 0x3f, '*': 0x2a, '+': 0x2b,
  '(': 0x28, ')': 0x29, '{': 0x7b, '}': 0x7d, '-': 0x2d, '[': 0x5b, ']': 0x5d, '^': 0x5e,
};

class Translator {
  private i = 0;
  private readonly cps: number[];

  constructor(private readonly src: string) {
    this.cps = Array.from(src, (ch) => ch.codePointAt(0)!);
  }

  private fail(what: string): never {
    throw new XsdRegexError(`XSD pattern '${this.src}': ${what} at position ${this.i} is not supported`);
  }

  private peek(): number | undefined { return this.cps[this.i]; }

  translate(): string {
    const body = this.regExp();
    if (this.i < this.cps.length) this.fail(`unexpected '${String.fromCodePoint(this.cps[this.i]!)}'`);
    return `^(?:${body})$`;
  }

  private regExp(): string {
    const branches = [this.branch()];
    while (this.peek() === 0x7c) { this.i++; branches.push(this.branch()); }
    return branches.join('|');
  }

  private branch(): string {
    let out = '';
    for (let c = this.peek(); c !== undefined && c !== 0x7c && c !== 0x29; c = this.peek()) {
      out += this.atom() + this.quantifier();
    }
    return out;
  }

  private quantifier(): string {
    const c = this.peek();
    if (c === 0x3f || c === 0x2a || c === 0x2b) { this.i++; return String.fromCodePoint(c); }
    if (c !== 0x7b) return '';
    this.i++;
    const min = this.digits();
    if (min === undefined) this.fail('quantifier without a minimum');
    let out = `{${min}`;
    if (this.peek() === 0x2c) {
      this.i++;
      const max = this.digits();
      out += max === undefined ? ',' : `,${max}`;
      if (max !== undefined && Number(max) < Number(min)) this.fail('quantifier {n,m} with m < n');
    }
    if (this.peek() !== 0x7d) this.fail('unterminated quantifier');
    this.i++;
    return out + '}';
  }

  private digits(): string | undefined {
    let s = '';
    for (let c = this.peek(); c !== undefined && c >= 0x30 && c <= 0x39; c = this.peek()) {
      s += String.fromCodePoint(c);
      this.i++;
    }
    return s === '' ? undefined : s;
  }

  private atom(): string {
    const c = this.peek()!;
    switch (c) {
      case 0x28: { // (
        this.i++;
        const inner = this.regExp();
        if (this.peek() !== 0x29) this.fail('unbalanced parenthesis');
        this.i++;
        return `(?:${inner})`;
      }
      case 0x5b: return this.charClassExpr();
      case 0x2e: this.i++; return '[^\\n\\r]';
      case 0x5c: return this.escapeOutsideClass();
      case 0x3f: case 0x2a: case 0x2b: case 0x7b: case 0x7d: case 0x5d:
        return this.fail(`metacharacter '${String.fromCodePoint(c)}'`);
      default:
        this.i++;
        return lit(c); // includes ^ and $, which are ordinary characters in XSD
    }
  }

  private escapeOutsideClass(): string {
    this.i++;
    const e = this.peek();
    if (e === undefined) this.fail('trailing backslash');
    this.i++;
    const ch = String.fromCodePoint(e);
    if (ch in SINGLE_ESCAPES) return lit(SINGLE_ESCAPES[ch]!);
    if (ch === 's') return `[${WS_CLASS}]`;
    if (ch === 'S') return `[^${WS_CLASS}]`;
    if (ch === 'd') return '\\p{Nd}';
    if (ch === 'D') return '\\P{Nd}';
    this.i -= 2;
    return this.fail(`escape '\\${ch}'`);
  }

  /** '[' charGroup ']' ; no class subtraction. */
  private charClassExpr(): string {
    this.i++;
    let negated = false;
    if (this.peek() === 0x5e) { negated = true; this.i++; }
    let items = '';
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('unterminated character class');
      if (c === 0x5d && !first) { this.i++; break; }
      if (c === 0x5b) this.fail('unescaped [ in a character class');
      if (c === 0x2d && this.cps[this.i + 1] === 0x5b) this.fail('character class subtraction');
      first = false;
      if (c === 0x5c) {
        const e = this.cps[this.i + 1];
        if (e === 0x73) { this.i += 2; items += WS_CLASS; continue; }              // \s
        if (e === 0x64) { this.i += 2; items += '\\p{Nd}'; continue; }             // \d
        if (e === 0x53 || e === 0x44) this.fail('a negated escape inside a character class');
      }
      const from = this.classChar();
      // a '-' that is not first/last starts a range
      if (this.peek() === 0x2d && this.cps[this.i + 1] !== 0x5d && this.cps[this.i + 1] !== undefined) {
        this.i++;
        const to = this.classChar();
        if (to < from) this.fail('a reversed range');
        items += `${lit(from)}-${lit(to)}`;
      } else {
        items += lit(from);
      }
    }
    if (items === '') this.fail('an empty character class');
    return `[${negated ? '^' : ''}${items}]`;
  }

  private classChar(): number {
    const c = this.peek();
    if (c === undefined) this.fail('unterminated character class');
    this.i++;
    if (c !== 0x5c) return c;
    const e = this.peek();
    if (e === undefined) this.fail('trailing backslash');
    const ch = String.fromCodePoint(e);
    if (!(ch in SINGLE_ESCAPES)) this.fail(`escape '\\${ch}' in a character class`);
    this.i++;
    return SINGLE_ESCAPES[ch]!;
  }
}

/** The JS source (anchored, for the `u` flag) of an XSD pattern; throws on unsupported syntax. */
export function xsdPatternSource(pattern: string): string {
  return new Translator(pattern).translate();
}

/** Compiles an XSD pattern to an anchored JS RegExp. */
export function xsdPatternToRegExp(pattern: string): RegExp {
  return new RegExp(xsdPatternSource(pattern), 'u');
}
