// The world file format, in one place for the writer (dump.ts, file.ts) and the reader (boot.ts).
//
// A world file is a fixed header followed by a body. The header is checked field by field before
// anything else is trusted, as Lua checks a precompiled chunk: a foreign file, one mangled by a
// text-mode transfer, one from another format version or another build of lisp, a truncated one and a
// damaged one are each told apart and named in the error.
//
// The body is the heap flattened into a table (cbor-x encodes it): every object reachable from the
// roots gets an id in the order a breadth-first walk meets it; each object has a kind, and its fields
// are stored one after another in two columns, a tag and a number. So neither writing nor reading ever
// recurses over the depth of the data.

export const MAGIC = 'LISPWRLD';
/** Bytes that a text-mode transfer would change (as in PNG's signature): CR LF, Ctrl-Z, LF. */
export const SENTINEL = [0x0d, 0x0a, 0x1a, 0x0a];
/** Bumped whenever the layout of the header or body changes. */
export const FORMAT_VERSION = 3;

export const FLAG_HAS_TOPLEVEL = 1;

/** The header, field by field: the writer and the reader both walk this list. */
export const HEADER_FIELDS = [
  { name: 'magic', size: 8 },
  { name: 'sentinel', size: 4 },
  { name: 'formatVersion', size: 2 },
  { name: 'flags', size: 2 },
  /** the lisp version that wrote the world, NUL-padded ASCII */
  { name: 'runtimeVersion', size: 16 },
  /** a hash of what a world depends on in the runtime (built-in names, object kinds) */
  { name: 'runtimeFingerprint', size: 8 },
  { name: 'bodyLength', size: 8 },
  /** SHA-256 of the body */
  { name: 'checksum', size: 32 },
] as const;

export const HEADER_SIZE = HEADER_FIELDS.reduce((n, f) => n + f.size, 0);

export function headerOffset(name: (typeof HEADER_FIELDS)[number]['name']): number {
  let off = 0;
  for (const f of HEADER_FIELDS) {
    if (f.name === name) return off;
    off += f.size;
  }
  throw new Error(`no header field ${name}`);
}

/** How a field value is stored: the tag column says what the number column means. */
export const enum Tag {
  /** an object: the number is its id */
  Ref = 0,
  /** a JS number: an exact integer, or a double inside a flonum */
  Num = 1,
  True = 2,
  False = 3,
  Null = 4,
  /** an unbound variable or an uninitialised slot */
  Undefined = 5,
  /** a string of the string table: the number is its index */
  Str = 6,
  /** a bigint, as decimal digits in the string table */
  Big = 7,
  /** a byte array of the blob table: the number is its index */
  Blob = 8,
}

/** The body as cbor-x encodes it. */
export interface Body {
  /** kind of each object, by id */
  kinds: Uint8Array;
  /** object i's fields are fieldTags/fieldNums[fieldStart[i] .. fieldStart[i+1]) */
  fieldStart: Uint32Array;
  fieldTags: Uint8Array;
  fieldNums: Float64Array;
  strings: string[];
  blobs: Uint8Array[];
  /** id of the root vector */
  root: number;
}
