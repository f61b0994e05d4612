// The text a reader reads from, and the line and column of any offset in it. The lexer moves through
// the text by offset alone; line and column are worked out only when a position is wanted (a pair's
// opening parenthesis, an error), by scanning forward from the last offset asked about. The reader asks
// in increasing order, so the scanning adds up to one pass over the text.
import type { SrcPos } from '../values/error.js';
import { ErrorObject, SchemeError, makeError } from '../values/error.js';
import { MString } from '../values/string.js';

/** Where reading starts or stands: an offset into the text (UTF-16 units) and its line and column. */
export interface Cursor {
  readonly offset: number;
  /** 1-based */
  readonly line: number;
  /** 1-based, counted in characters (code points) */
  readonly col: number;
}

export class SourceText {
  private atOffset: number;
  private atLine: number;
  private atCol: number;

  constructor(
    public text: string,
    readonly file: string,
    private base: Cursor = { offset: 0, line: 1, col: 1 },
  ) {
    this.atOffset = base.offset;
    this.atLine = base.line;
    this.atCol = base.col;
  }

  get length(): number {
    return this.text.length;
  }

  code(i: number): number {
    return this.text.charCodeAt(i);
  }

  /** The full code point at offset i (a surrogate pair counts as one character). */
  codePoint(i: number): number {
    return this.text.codePointAt(i) as number;
  }

  cursorAt(offset: number): Cursor {
    if (offset < this.atOffset) {
      // Only an error or a retry after incomplete input looks backwards; start again from the base.
      this.atOffset = this.base.offset;
      this.atLine = this.base.line;
      this.atCol = this.base.col;
    }
    const text = this.text;
    let line = this.atLine;
    let col = this.atCol;
    for (let i = this.atOffset; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
        line++;
        col = 1;
      } else if (c !== 0x0d && (c < 0xdc00 || c > 0xdfff)) {
        // the second half of a surrogate pair is part of the character before it
        col++;
      }
    }
    this.atOffset = offset;
    this.atLine = line;
    this.atCol = col;
    return { offset, line, col };
  }

  posAt(offset: number): SrcPos {
    const { line, col } = this.cursorAt(offset);
    return { file: this.file, line, col };
  }
}

/**
 * A read error that more text could cure: the input ended inside a list, a string, a block comment, or
 * after a quote. The REPL catches it to ask for another line; everyone else treats it as a read error.
 */
export class IncompleteInput extends SchemeError {}

export function readError(message: string, pos: SrcPos): SchemeError {
  return makeError('read', message, [], pos);
}

export function incompleteInput(message: string, pos: SrcPos): IncompleteInput {
  return new IncompleteInput(new ErrorObject('read', new MString(message), null, pos));
}
