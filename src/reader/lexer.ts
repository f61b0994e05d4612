// The tokens of R7RS's lexical syntax (7.1.1). next() skips the atmosphere (whitespace, comments,
// #!fold-case directives) and scans one token; a simple datum (number, symbol, string, character,
// boolean) comes back whole as an Atom token carrying its value, so the reader above only assembles
// lists, vectors, abbreviations and labels.
import type { Value } from '../values/value.js';
import type { Sym } from '../values/symbol.js';
import { intern } from '../values/symbol.js';
import { charOf } from '../values/char.js';
import { MString, codesToString } from '../values/string.js';
import { SchemeError } from '../values/error.js';
import { EOF, DEFAULT, UNSPECIFIED } from '../values/singletons.js';
import { parseNumber, isComplexSyntax } from '../values/number-syntax.js';
import { CHAR_NAMES, MNEMONIC_ESCAPES, isDelimiter, isWhitespace } from '../values/lexical.js';
import { SourceText, incompleteInput, readError } from './source.js';

export const Tok = {
  End: 0,
  /** ( or [; `close` is the character that ends it */
  Open: 1,
  /** ) or ]; `close` is which */
  Close: 2,
  VectorOpen: 3,
  BytevectorOpen: 4,
  /** ' ` , ,@ ; `value` is the symbol the abbreviation stands for */
  Quote: 5,
  Dot: 6,
  Atom: 7,
  /** #n= ; `label` is n */
  LabelDef: 8,
  /** #n# */
  LabelRef: 9,
  DatumComment: 10,
} as const;
export type TokKind = (typeof Tok)[keyof typeof Tok];

const QUOTE = intern('quote');
const QUASIQUOTE = intern('quasiquote');
const UNQUOTE = intern('unquote');
const UNQUOTE_SPLICING = intern('unquote-splicing');

const DIRECTIVE_VALUES: ReadonlyMap<string, Value> = new Map<string, Value>([
  ['#!eof', EOF],
  ['#!default', DEFAULT],
  ['#!unspecific', UNSPECIFIED],
]);

const NUMBER_PREFIX = /^#[eibodx]/i;
const HEX = /^[0-9a-fA-F]+$/;

export class Lexer {
  pos: number;
  /** where the last token began */
  start = 0;
  value: Value = null;
  label = '';
  close = 0;
  /** set by #!fold-case, cleared by #!no-fold-case */
  foldCase = false;

  constructor(readonly src: SourceText, offset = 0) {
    this.pos = offset;
  }

  next(): TokKind {
    this.skipAtmosphere();
    const src = this.src;
    const p = (this.start = this.pos);
    if (p >= src.length) return Tok.End;
    const c = src.code(p);
    switch (c) {
      case 0x28: // (
      case 0x5b: // [
        this.pos++;
        this.close = c === 0x28 ? 0x29 : 0x5d;
        return Tok.Open;
      case 0x29:
      case 0x5d:
        this.pos++;
        this.close = c;
        return Tok.Close;
      case 0x7b:
      case 0x7d:
        throw this.error(`'${String.fromCharCode(c)}' is reserved syntax`);
      case 0x27: // '
        return this.quote(QUOTE, 1);
      case 0x60: // `
        return this.quote(QUASIQUOTE, 1);
      case 0x2c: // ,
        return src.code(p + 1) === 0x40 ? this.quote(UNQUOTE_SPLICING, 2) : this.quote(UNQUOTE, 1);
      case 0x22: // "
        this.value = new MString(codesToString(this.scanQuoted(0x22, 'string')));
        return Tok.Atom;
      case 0x7c: // |
        this.value = intern(codesToString(this.scanQuoted(0x7c, '|symbol|')));
        return Tok.Atom;
      case 0x23: // #
        return this.hash();
      default:
        return this.bare();
    }
  }

  private quote(sym: Sym, width: number): TokKind {
    this.pos += width;
    this.value = sym;
    return Tok.Quote;
  }

  /** A token with no quotes or # in front: a number, a symbol or the dot. */
  private bare(): TokKind {
    let text = this.scanToken(this.pos);
    if (text === '.') return Tok.Dot;
    if (this.foldCase) text = text.toLowerCase();
    const n = this.number(text);
    if (n === null && isComplexSyntax(text)) throw this.error(`complex numbers are not supported: ${text}`);
    this.value = n !== null ? n : intern(text);
    return Tok.Atom;
  }

  private hash(): TokKind {
    const src = this.src;
    const p = this.pos;
    const c = src.code(p + 1);
    switch (c) {
      case 0x28: // #(
        this.pos += 2;
        return Tok.VectorOpen;
      case 0x3b: // #;
        this.pos += 2;
        return Tok.DatumComment;
      case 0x5c: // #\
        this.value = this.character();
        return Tok.Atom;
    }
    if (c >= 0x30 && c <= 0x39) {
      let i = p + 1;
      while (i < src.length && src.code(i) >= 0x30 && src.code(i) <= 0x39) i++;
      const after = src.code(i);
      if (after === 0x3d || after === 0x23) {
        this.label = src.text.slice(p + 1, i).replace(/^0+(?=.)/, '');
        this.pos = i + 1;
        return after === 0x3d ? Tok.LabelDef : Tok.LabelRef;
      }
    }
    if ((c === 0x75 || (c === 0x55 && this.foldCase)) && src.text.startsWith('8(', p + 2)) {
      this.pos += 4;
      return Tok.BytevectorOpen;
    }
    const text = this.scanToken(p);
    const folded = this.foldCase ? text.toLowerCase() : text;
    const lower = text.toLowerCase();
    if (lower === '#t' || lower === '#true') this.value = true;
    else if (lower === '#f' || lower === '#false') this.value = false;
    else if (DIRECTIVE_VALUES.has(folded)) this.value = DIRECTIVE_VALUES.get(folded);
    else if (NUMBER_PREFIX.test(text)) {
      const n = this.number(text);
      if (n === null) throw this.error(`bad number ${text}`);
      this.value = n;
    } else throw this.error(`bad syntax ${text}`);
    return Tok.Atom;
  }

  private number(text: string): Value | null {
    try {
      return parseNumber(text, 10);
    } catch (e) {
      if (e instanceof SchemeError) throw this.error(`bad number ${text}`);
      throw e;
    }
  }

  /** #\a, #\space, #\x41. The character right after #\ is taken even if it is a delimiter: #\( #\ . */
  private character(): Value {
    const src = this.src;
    const first = this.start + 2;
    if (first >= src.length) throw incompleteInput('unexpected end of input after #\\', src.posAt(this.start));
    const code = src.codePoint(first);
    const width = code > 0xffff ? 2 : 1;
    if (isDelimiter(code)) {
      this.pos = first + width;
      return charOf(code);
    }
    const text = this.scanToken(first);
    if (text.length === width) return charOf(code);
    const name = this.foldCase ? text.toLowerCase() : text;
    const named = CHAR_NAMES.get(name);
    if (named !== undefined) return charOf(named);
    if ((name.charCodeAt(0) === 0x78 || name.charCodeAt(0) === 0x58) && HEX.test(name.slice(1))) {
      const hex = scalarValue(name.slice(1));
      if (hex !== null) return charOf(hex);
    }
    throw this.error(`bad character name #\\${text}`);
  }

  /** The text from `from` to the next delimiter; the lexer moves past it. */
  private scanToken(from: number): string {
    const src = this.src;
    let i = from;
    while (i < src.length && !isDelimiter(src.code(i))) i++;
    this.pos = i;
    return src.text.slice(from, i);
  }

  /**
   * The code points of a string ("...") or |symbol| body, escapes decoded; `this.start` is at the opening
   * quote. A line ending in a string reads as one newline, whichever convention the file uses.
   */
  private scanQuoted(quote: number, what: string): number[] {
    const src = this.src;
    const out: number[] = [];
    let i = this.start + 1;
    for (;;) {
      if (i >= src.length) throw incompleteInput(`unterminated ${what}`, src.posAt(this.start));
      const c = src.codePoint(i);
      if (c === quote) {
        this.pos = i + 1;
        return out;
      }
      if (c === 0x5c) {
        i = this.escape(i, out, what);
      } else if (c === 0x0d) {
        out.push(0x0a);
        i += src.code(i + 1) === 0x0a ? 2 : 1;
      } else {
        out.push(c);
        i += c > 0xffff ? 2 : 1;
      }
    }
  }

  /** Decodes the escape at `at` (a backslash) into `out`; returns the offset after it. */
  private escape(at: number, out: number[], what: string): number {
    const src = this.src;
    const unterminated = `unterminated ${what}`;
    if (at + 1 >= src.length) throw incompleteInput(unterminated, src.posAt(this.start));
    const c = src.code(at + 1);
    const mnemonic = MNEMONIC_ESCAPES.get(c);
    if (mnemonic !== undefined) {
      out.push(mnemonic);
      return at + 2;
    }
    if (c === 0x22 || c === 0x5c || c === 0x7c) {
      out.push(c);
      return at + 2;
    }
    if (c === 0x78 || c === 0x58) {
      const semi = src.text.indexOf(';', at + 2);
      const digits = semi < 0 ? '' : src.text.slice(at + 2, semi);
      const code = HEX.test(digits) ? scalarValue(digits) : null;
      if (code === null) {
        if (semi < 0 && HEX.test(src.text.slice(at + 2))) throw incompleteInput(unterminated, src.posAt(this.start));
        throw readError(`bad hex escape in a ${what}`, src.posAt(at));
      }
      out.push(code);
      return semi + 1;
    }
    // \ <spaces> <line ending> <spaces>: a line continuation, which stands for nothing
    let i = at + 1;
    while (i < src.length && isIntraline(src.code(i))) i++;
    const e = src.code(i);
    if (e === 0x0a || e === 0x0d) {
      i += e === 0x0d && src.code(i + 1) === 0x0a ? 2 : 1;
      while (i < src.length && isIntraline(src.code(i))) i++;
      return i;
    }
    if (i >= src.length) throw incompleteInput(unterminated, src.posAt(this.start));
    throw readError(`unknown escape \\${String.fromCodePoint(src.codePoint(at + 1))} in a ${what}`, src.posAt(at));
  }

  /** Whitespace, ; comments, #| |# comments and the #!fold-case directives. */
  private skipAtmosphere(): void {
    const src = this.src;
    for (;;) {
      const i = this.pos;
      if (i >= src.length) return;
      const c = src.code(i);
      if (isWhitespace(c)) {
        this.pos++;
      } else if (c === 0x3b) {
        this.skipLine();
      } else if (c === 0x23 && src.code(i + 1) === 0x7c) {
        this.skipBlockComment();
      } else if (c === 0x23 && src.code(i + 1) === 0x21) {
        if (!this.directive()) return;
      } else {
        return;
      }
    }
  }

  private skipLine(): void {
    const src = this.src;
    let i = this.pos;
    while (i < src.length && src.code(i) !== 0x0a && src.code(i) !== 0x0d) i++;
    this.pos = i;
  }

  private skipBlockComment(): void {
    const src = this.src;
    const text = src.text;
    const start = this.pos;
    let depth = 0;
    let i = start;
    for (;;) {
      const open = text.indexOf('#|', i);
      const close = text.indexOf('|#', i);
      if (close < 0) throw incompleteInput('unterminated block comment', src.posAt(start));
      if (open >= 0 && open < close) {
        depth++;
        i = open + 2;
      } else {
        depth--;
        i = close + 2;
        if (depth === 0) break;
      }
    }
    this.pos = i;
  }

  /** At #!: consumes #!fold-case or #!no-fold-case and says so; leaves other #! tokens to hash(). */
  private directive(): boolean {
    const save = this.pos;
    const text = this.scanToken(this.pos);
    const name = text.toLowerCase();
    if (name === '#!fold-case') this.foldCase = true;
    else if (name === '#!no-fold-case') this.foldCase = false;
    else {
      this.pos = save;
      if (!DIRECTIVE_VALUES.has(this.foldCase ? name : text)) {
        this.start = save;
        throw this.error(`unknown directive ${text}`);
      }
      return false;
    }
    return true;
  }

  /** A read error at the start of the current token. */
  error(message: string): SchemeError {
    return readError(message, this.src.posAt(this.start));
  }
}

function isIntraline(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** The code point a run of hex digits names, or null when it is not a Unicode scalar value. */
function scalarValue(hex: string): number | null {
  if (hex.length > 8) return null;
  const code = parseInt(hex, 16);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return code;
}
