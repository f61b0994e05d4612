// From text to data, one datum at a time (R7RS 7.1.2). The nesting of lists, vectors, abbreviations,
// labels and datum comments is kept on an explicit stack of frames rather than the JS stack, so the depth
// of a datum is limited only by memory. Each token either opens a frame or completes a datum; a completed
// datum is handed to the frame on top, and a frame that is complete in turn (a quote, a label, a datum
// comment) passes its result on down.
import type { Value } from '../values/value.js';
import type { Sym } from '../values/symbol.js';
import type { SrcPos } from '../values/error.js';
import type { EofObject } from '../values/singletons.js';
import { Pair } from '../values/pair.js';
import { SchemeError } from '../values/error.js';
import { EOF } from '../values/singletons.js';
import { Lexer, Tok } from './lexer.js';
import { SourceText, IncompleteInput, incompleteInput, readError } from './source.js';
import type { Cursor } from './source.js';
import { LabelEntry, patchPlaceholders } from './labels.js';
import { recordPosition } from './positions.js';

export { IncompleteInput } from './source.js';
export type { Cursor } from './source.js';

// Every frame knows the offset of the token that opened it, and its position when positions are being
// recorded (worked out as the token is read, so that positions are always asked for in text order).
class FrameBase {
  constructor(
    readonly start: number,
    readonly pos: SrcPos | null,
  ) {}
}

class ListFrame extends FrameBase {
  head: Pair | null = null;
  tail: Pair | null = null;
  /** 0: reading elements; 1: just read the dot; 2: read the datum after the dot */
  dot = 0;
  close = 0;
}

class VectorFrame extends FrameBase {
  readonly items: Value[] = [];
}

class BytevectorFrame extends FrameBase {
  readonly items: number[] = [];
}

class QuoteFrame extends FrameBase {
  sym: Sym | null = null;
}

class LabelFrame extends FrameBase {
  entry: LabelEntry | null = null;
}

/** #; : the next datum is read and dropped. */
class SkipFrame extends FrameBase {}

type Frame = ListFrame | VectorFrame | BytevectorFrame | QuoteFrame | LabelFrame | SkipFrame;

/** What a frame is waiting for, for "unexpected end of input in a list". */
function describeFrame(f: Frame): string {
  if (f instanceof ListFrame) return f.dot === 1 ? 'after a dot' : 'in a list';
  if (f instanceof VectorFrame) return 'in a vector';
  if (f instanceof BytevectorFrame) return 'in a bytevector';
  if (f instanceof QuoteFrame) return `after ${abbreviation(f.sym as Sym)}`;
  if (f instanceof LabelFrame) return `after #${(f.entry as LabelEntry).label}=`;
  return 'after #;';
}

function abbreviation(sym: Sym): string {
  switch (sym.name) {
    case 'quote':
      return "'";
    case 'quasiquote':
      return '`';
    case 'unquote':
      return ',';
    default:
      return ',@';
  }
}

export interface ReaderOptions {
  /** where in the text to start, with that offset's line and column (default: the beginning, 1:1) */
  start?: Cursor;
  /** start with #!fold-case in effect */
  foldCase?: boolean;
  /** record where each list was read, for positionOf (default true; `read` on data can do without) */
  positions?: boolean;
}

/**
 * Reads data one after another from a text. A port keeps one Reader over its buffer: `offset` says how
 * far reading has got, and #!fold-case lasts from one read to the next, as R7RS 2.1 asks.
 */
export class Reader {
  private readonly src: SourceText;
  private readonly lexer: Lexer;
  private readonly positions: boolean;
  private readonly labels = new Map<string, LabelEntry>();
  private placeholdersUsed = false;

  constructor(text: string, file = '<string>', options: ReaderOptions = {}) {
    const start = options.start ?? { offset: 0, line: 1, col: 1 };
    this.src = new SourceText(text, file, start);
    this.lexer = new Lexer(this.src, start.offset);
    this.lexer.foldCase = options.foldCase ?? false;
    this.positions = options.positions ?? true;
  }

  /** How far reading has got: the offset just after the last datum read. */
  get offset(): number {
    return this.lexer.pos;
  }

  /** `offset` with its line and column. */
  get cursor(): Cursor {
    return this.src.cursorAt(this.lexer.pos);
  }

  get foldCase(): boolean {
    return this.lexer.foldCase;
  }
  set foldCase(on: boolean) {
    this.lexer.foldCase = on;
  }

  /** Adds text at the end, for input that arrives a line at a time (the REPL, a console port). */
  append(text: string): void {
    this.src.text += text;
  }

  /** Gives up on the rest of the text: the next read returns the EOF object. */
  skipRest(): void {
    this.lexer.pos = this.src.length;
  }

  /**
   * The next datum, or the EOF object when only atmosphere is left. Throws a read error (a SchemeError
   * with a position) on bad syntax, and an IncompleteInput when the text ends inside a datum; then the
   * reader is left where the datum began, so that after append() the same read can be tried again.
   */
  read(): Value | EofObject {
    const begin = this.lexer.pos;
    const foldCase = this.lexer.foldCase;
    try {
      return this.readDatum();
    } catch (e) {
      if (e instanceof IncompleteInput) {
        this.lexer.pos = begin;
        this.lexer.foldCase = foldCase;
      }
      if (e instanceof SchemeError) throw e;
      throw readError(`internal reader error: ${e instanceof Error ? e.message : String(e)}`, this.src.posAt(this.lexer.start));
    } finally {
      this.labels.clear();
      this.placeholdersUsed = false;
    }
  }

  private readDatum(): Value | EofObject {
    const lexer = this.lexer;
    const stack: Frame[] = [];
    for (;;) {
      const kind = lexer.next();
      let value: Value;
      // where the text of the datum this token completes began
      let start = lexer.start;
      switch (kind) {
        case Tok.End: {
          const top = stack[stack.length - 1];
          if (top === undefined) return EOF;
          throw incompleteInput(`unexpected end of input ${describeFrame(top)}`, this.framePos(top));
        }
        case Tok.Open: {
          const frame = new ListFrame(start, this.openPos(start));
          frame.close = lexer.close;
          stack.push(frame);
          continue;
        }
        case Tok.VectorOpen:
          stack.push(new VectorFrame(start, null));
          continue;
        case Tok.BytevectorOpen:
          stack.push(new BytevectorFrame(start, null));
          continue;
        case Tok.Quote: {
          const frame = new QuoteFrame(start, this.openPos(start));
          frame.sym = lexer.value as Sym;
          stack.push(frame);
          continue;
        }
        case Tok.DatumComment:
          stack.push(new SkipFrame(start, null));
          continue;
        case Tok.LabelDef: {
          const frame = new LabelFrame(start, null);
          frame.entry = this.defineLabel(lexer.label);
          stack.push(frame);
          continue;
        }
        case Tok.Dot: {
          const top = stack[stack.length - 1];
          if (!(top instanceof ListFrame) || top.head === null || top.dot !== 0) throw lexer.error('dot in the wrong place');
          top.dot = 1;
          continue;
        }
        case Tok.Close:
          value = this.close(stack.pop());
          start = this.lastClosed;
          break;
        case Tok.LabelRef:
          value = this.labelValue(lexer.label);
          break;
        default:
          value = lexer.value;
      }
      // Hand the datum to the frames below, as far as it completes them.
      for (;;) {
        const top = stack[stack.length - 1];
        if (top === undefined) return this.placeholdersUsed ? patchPlaceholders(value) : value;
        if (top instanceof ListFrame) {
          this.addToList(top, value, start);
          break;
        }
        if (top instanceof VectorFrame) {
          top.items.push(value);
          break;
        }
        if (top instanceof BytevectorFrame) {
          if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 255) {
            throw readError('a bytevector element must be an exact integer from 0 to 255', this.src.posAt(start));
          }
          top.items.push(value);
          break;
        }
        stack.pop();
        if (top instanceof SkipFrame) break;
        if (top instanceof QuoteFrame) {
          const quoted = new Pair(top.sym, new Pair(value, null));
          if (top.pos !== null) recordPosition(quoted, top.pos);
          value = quoted;
        } else {
          this.finishLabel(top as LabelFrame, value);
        }
        start = top.start;
      }
    }
  }

  /** the start of the list or vector the last close ended */
  private lastClosed = 0;

  private close(top: Frame | undefined): Value {
    const lexer = this.lexer;
    let value: Value;
    if (top instanceof ListFrame && top.close === lexer.close) {
      if (top.dot === 1) throw lexer.error('dot in the wrong place');
      value = top.head;
    } else if (top instanceof VectorFrame && lexer.close === 0x29) {
      value = top.items;
    } else if (top instanceof BytevectorFrame && lexer.close === 0x29) {
      value = Uint8Array.from(top.items);
    } else {
      throw lexer.error(`unexpected '${String.fromCharCode(lexer.close)}'`);
    }
    this.lastClosed = top.start;
    return value;
  }

  private openPos(offset: number): SrcPos | null {
    return this.positions ? this.src.posAt(offset) : null;
  }

  private framePos(f: Frame): SrcPos {
    return f.pos ?? this.src.posAt(f.start);
  }

  private addToList(frame: ListFrame, value: Value, start: number): void {
    if (frame.dot === 0) {
      const pair = new Pair(value, null);
      if (frame.tail === null) {
        frame.head = pair;
        if (frame.pos !== null) recordPosition(pair, frame.pos);
      } else {
        frame.tail.cdr = pair;
      }
      frame.tail = pair;
    } else if (frame.dot === 1) {
      (frame.tail as Pair).cdr = value;
      frame.dot = 2;
    } else {
      throw readError('more than one datum after the dot', this.src.posAt(start));
    }
  }

  private defineLabel(label: string): LabelEntry {
    if (this.labels.has(label)) throw this.lexer.error(`datum label #${label}= is defined twice`);
    const entry = new LabelEntry(label);
    this.labels.set(label, entry);
    return entry;
  }

  private labelValue(label: string): Value {
    const entry = this.labels.get(label);
    if (entry === undefined) throw this.lexer.error(`datum label #${label}# is not defined`);
    if (entry.done) return entry.value;
    this.placeholdersUsed = true;
    return entry.placeholder;
  }

  private finishLabel(frame: LabelFrame, value: Value): void {
    const entry = frame.entry as LabelEntry;
    if (value === entry.placeholder) throw readError(`datum label #${entry.label}= labels only itself`, this.framePos(frame));
    entry.value = value;
    entry.done = true;
  }
}

/** Every datum in a text, in order. */
export function readAll(text: string, file = '<string>'): Value[] {
  const reader = new Reader(text, file);
  const out: Value[] = [];
  for (;;) {
    const datum = reader.read();
    if (datum === EOF) return out;
    out.push(datum);
  }
}

/** Whether a text holds only whole data, so a REPL can tell when to stop asking for lines. Text with a
 *  syntax error counts as complete: reading it will report the error. */
export function isComplete(text: string): boolean {
  try {
    readAll(text, '<input>');
    return true;
  } catch (e) {
    return !(e instanceof IncompleteInput);
  }
}

/** Blanks out a "#!/usr/bin/env lisp" first line, keeping its line ending so line numbers stay true. */
export function skipShebang(text: string): string {
  if (!text.startsWith('#!/') && !text.startsWith('#! /')) return text;
  const end = text.search(/[\r\n]/);
  return end < 0 ? '' : text.slice(end);
}


