// Scheme strings are mutable sequences of Unicode code points. JS strings are immutable UTF-16, so an
// MString keeps a JS string while it is only read (the common case: literals, string-append, ports),
// and switches to an array of code points once it is mutated or indexed while it holds characters
// outside the BMP. Either way indexes are by code point: (string-length "\x1F600;") is 1.
const SURROGATE = /[\uD800-\uDFFF]/;

export class MString {
  /** the text, or null when `codes` changed since it was last built */
  private js: string | null;
  /** code points; null while `js` is authoritative and has no surrogate pairs */
  private codes: number[] | null;

  constructor(text: string, public mutable = true) {
    this.js = text;
    this.codes = SURROGATE.test(text) ? Array.from(text, (c) => c.codePointAt(0)!) : null;
  }

  static fromCodes(codes: number[]): MString {
    const s = new MString('');
    s.js = null;
    s.codes = codes;
    return s;
  }

  get length(): number {
    return this.codes !== null ? this.codes.length : (this.js as string).length;
  }

  codeAt(i: number): number {
    return this.codes !== null ? this.codes[i] : (this.js as string).charCodeAt(i);
  }

  setCodeAt(i: number, code: number): void {
    this.ensureCodes()[i] = code;
    this.js = null;
  }

  fill(code: number, start: number, end: number): void {
    this.ensureCodes().fill(code, start, end);
    this.js = null;
  }

  /** Copies code points [start, end) of `from` to position `at` (string-copy!; overlap allowed). */
  copyFrom(at: number, from: MString, start: number, end: number): void {
    const src = from.codeArray(start, end);
    const dst = this.ensureCodes();
    for (let i = 0; i < src.length; i++) dst[at + i] = src[i];
    this.js = null;
  }

  /** Code points [start, end) as a fresh array. */
  codeArray(start = 0, end = this.length): number[] {
    if (this.codes !== null) return this.codes.slice(start, end);
    const s = this.js as string;
    const out = new Array<number>(end - start);
    for (let i = start; i < end; i++) out[i - start] = s.charCodeAt(i);
    return out;
  }

  substring(start: number, end: number): MString {
    if (this.codes === null) return new MString((this.js as string).slice(start, end));
    return MString.fromCodes(this.codes.slice(start, end));
  }

  toString(): string {
    if (this.js === null) this.js = codesToString(this.codes as number[]);
    return this.js;
  }

  private ensureCodes(): number[] {
    if (this.codes === null) this.codes = this.codeArray();
    return this.codes;
  }
}

export function codesToString(codes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) {
    out += String.fromCodePoint(...codes.slice(i, i + 4096));
  }
  return out;
}
