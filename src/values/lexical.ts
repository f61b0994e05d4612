// The one description of Scheme's lexical syntax that the reader and the printer share, so that what
// `write` prints is what `read` reads back: which characters end a token, the character names, the
// one-letter escapes of strings and |symbols|, and which characters a bare symbol may be spelled with.

/** #\name -> code point (R7RS 6.6). */
export const CHAR_NAMES: ReadonlyMap<string, number> = new Map([
  ['alarm', 0x07],
  ['backspace', 0x08],
  ['delete', 0x7f],
  ['escape', 0x1b],
  ['newline', 0x0a],
  ['null', 0x00],
  ['return', 0x0d],
  ['space', 0x20],
  ['tab', 0x09],
]);

/** code point -> the name `write` uses for it */
export const CHAR_NAME_OF: ReadonlyMap<number, string> = new Map([...CHAR_NAMES].map(([name, code]) => [code, name]));

/** The letter after a backslash in a string or |symbol| -> the character it stands for (R7RS 6.7). */
export const MNEMONIC_ESCAPES: ReadonlyMap<number, number> = new Map([
  [0x61, 0x07], // \a
  [0x62, 0x08], // \b
  [0x74, 0x09], // \t
  [0x6e, 0x0a], // \n
  [0x72, 0x0d], // \r
]);

/** The characters `write` escapes with a letter rather than \xHH; (the reader accepts \a and \b too). */
export const WRITE_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x09, '\\t'],
  [0x0a, '\\n'],
  [0x0d, '\\r'],
]);

const UNICODE_SPACE = /\s/;

export function isWhitespace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code > 0x7f && UNICODE_SPACE.test(String.fromCharCode(code));
}

/**
 * Whether a character ends a bare token (a symbol, number, #t, #\name ...). R7RS lists whitespace, |, (, ),
 * " and ; ; we add the brackets, which we read as parentheses, and the braces, which R7RS reserves.
 */
export function isDelimiter(code: number): boolean {
  switch (code) {
    case 0x28: // (
    case 0x29: // )
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case 0x22: // "
    case 0x3b: // ;
    case 0x7c: // |
      return true;
    default:
      return isWhitespace(code);
  }
}

const PLAIN_SYMBOL = /^[A-Za-z0-9!$%&*/:<=>?@^_~+\-.]+$/;

/**
 * Whether a symbol's name can be written without |bars| as far as its characters go: ASCII letters,
 * digits and R7RS's extended identifier characters only. (R7RS 6.13.3 asks for bars around any non-ASCII
 * character.) A name that reads as a number or as the dot still needs bars; the printer checks that.
 */
export function hasPlainSymbolChars(name: string): boolean {
  return PLAIN_SYMBOL.test(name);
}
