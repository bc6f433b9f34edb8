/**
 * Offsets to 1-based line numbers, computed only when an error or lineOf needs one. Line ends
 * are LF, CR LF and a lone CR (XML end-of-line handling, which libxml2 counts the same way).
 */
export class LineIndex {
  private starts: Int32Array | undefined;

  constructor(private readonly s: string) {}

  private build(): Int32Array {
    const s = this.s;
    const out: number[] = [0];
    let lf = s.indexOf('\n');
    let cr = s.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        if (s.charCodeAt(cr + 1) === 0x0a) {
          out.push(cr + 2);
          lf = s.indexOf('\n', cr + 2);
        } else {
          out.push(cr + 1);
        }
        cr = s.indexOf('\r', cr + 1);
      } else {
        out.push(lf + 1);
        lf = s.indexOf('\n', lf + 1);
      }
    }
    return Int32Array.from(out);
  }

  lineOf(offset: number): number {
    const starts = (this.starts ??= this.build());
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
