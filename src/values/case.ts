// Unicode case mappings of code points and strings. JS gives the full, locale-independent mappings of
// whole strings (toUpperCase, toLowerCase); the simple one-character mappings that R7RS wants for
// characters, and case folding, which JS lacks, are derived from those here. The reader's #!fold-case
// and the -ci procedures fold through the same functions.

/** The code point s consists of, or -1 when s is not exactly one code point. */
function single(s: string): number {
  const c = s.codePointAt(0);
  if (c === undefined) return -1;
  return s.length === (c > 0xffff ? 2 : 1) ? c : -1;
}

/** Greek small letters with ypogegrammeni: the full uppercase is two letters, the simple one a titlecase letter. */
function greekIotaUpcase(c: number): number {
  if ((c >= 0x1f80 && c <= 0x1f87) || (c >= 0x1f90 && c <= 0x1f97) || (c >= 0x1fa0 && c <= 0x1fa7)) return c + 8;
  if (c === 0x1fb3 || c === 0x1fc3 || c === 0x1ff3) return c + 9;
  return c;
}

/** The simple uppercase mapping (char-upcase): ß stays ß, since its uppercase is two letters. */
export function upcaseCode(c: number): number {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
  const u = single(String.fromCodePoint(c).toUpperCase());
  return u >= 0 ? u : greekIotaUpcase(c);
}

/** The simple lowercase mapping (char-downcase). */
export function downcaseCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  // capital I with dot above: the full mapping adds a combining dot, the simple one is plain i
  if (c === 0x130) return 0x69;
  const l = single(String.fromCodePoint(c).toLowerCase());
  return l >= 0 ? l : c;
}

function isCherokee(c: number): boolean {
  return (c >= 0x13a0 && c <= 0x13fd) || (c >= 0xab70 && c <= 0xabbf);
}

/**
 * The full case folding of one code point, as a JS string (ß -> "ss", final ς -> σ). Lowering, raising
 * and lowering again reaches the folded form through every letter that has one (ẞ -> ß -> SS -> ss,
 * ϑ -> Θ -> θ); Cherokee folds to upper case, and dotless ı has no folding at all.
 */
function foldCodeFull(c: number): string {
  const s = String.fromCodePoint(c);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 0x20) : s;
  if (isCherokee(c)) return s.toUpperCase();
  if (c === 0x131) return s;
  return s.toLowerCase().toUpperCase().toLowerCase();
}

/** The simple case folding (char-foldcase): the full folding when that is one character. */
export function foldcaseCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  const f = single(foldCodeFull(c));
  if (f >= 0) return f;
  // folds to several letters (ß -> ss, ᾈ -> ἀι): the simple folding is the lowercase letter, if any
  const l = single(String.fromCodePoint(c).toLowerCase());
  return l >= 0 ? l : c;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Full case folding of a string (string-foldcase), character by character: no final-sigma context. */
export function foldcaseString(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += foldCodeFull(ch.codePointAt(0) as number);
  return out;
}
