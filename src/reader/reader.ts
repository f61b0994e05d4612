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

class ListFrame {
  head: Pair | null = null;
  tail: Pair | null = null;
  /** 0: reading elements; 1: just read the dot; 2: read the datum after the dot */
  dot = 0;
  constructor(
    readonly close: number,
    readonly pos: SrcPos,
  ) {}
}

class VectorFrame {
  readonly items: Value[] = [];
  constructor(readonly pos: SrcPos) {}
}

class BytevectorFrame {
  readonly items: number[] = [];
  constructor(readonly pos: SrcPos) {}
}

class QuoteFrame {
  constructor(
    readonly sym: Sym,
    readonly pos: SrcPos,
  ) {}
}

class LabelFrame {
  constructor(
    readonly entry: LabelEntry,
    readonly pos: SrcPos,
  ) {}
}

/** #; : the next datum is read and dropped. */
class SkipFrame {
  constructor(readonly pos: SrcPos) {}
}

type Frame = ListFrame | VectorFrame | BytevectorFrame | QuoteFrame | LabelFrame | SkipFrame;

/** What a frame is waiting for, for "unexpected end of input in a list". */
function describeFrame(f: Frame): string {
  if (f instanceof ListFrame) return f.dot === 1 ? 'after a dot' : 'in a list';
  if (f instanceof VectorFrame) return 'in a vector';
  if (f instanceof BytevectorFrame) return 'in a bytevector';
  if (f instanceof QuoteFrame) return `after ${abbreviation(f.sym)}`;
  if (f instanceof LabelFrame) return `after #${f.entry.label}=`;
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
}

/**
 * Reads data one after another from a text. A port keeps one Reader over its buffer: `offset` says how
 * far reading has got, and #!fold-case lasts from one read to the next, as R7RS 2.1 asks.
 */
export class Reader {
  private readonly src: SourceText;
  private readonly lexer: Lexer;
  private readonly labels = new Map<string, LabelEntry>();
  private placeholdersUsed = false;

  constructor(text: string, file = '<string>', options: ReaderOptions = {}) {
    const start = options.start ?? { offset: 0, line: 1, col: 1 };
    this.src = new SourceText(text, file, start);
    this.lexer = new Lexer(this.src, start.offset);
    this.lexer.foldCase = options.foldCase ?? false;
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
    const src = this.src;
    const stack: Frame[] = [];
    for (;;) {
      const kind = lexer.next();
      let value: Value;
      // where the datum completed by this token began; computed only when a list needs it
      let pos: SrcPos | null = null;
      switch (kind) {
        case Tok.End:
          if (stack.length === 0) return EOF;
          throw incompleteInput(`unexpected end of input ${describeFrame(stack[stack.length - 1])}`, stack[stack.length - 1].pos);
        case Tok.Open:
          stack.push(new ListFrame(lexer.close, src.posAt(lexer.start)));
          continue;
        case Tok.VectorOpen:
          stack.push(new VectorFrame(src.posAt(lexer.start)));
          continue;
        case Tok.BytevectorOpen:
          stack.push(new BytevectorFrame(src.posAt(lexer.start)));
          continue;
        case Tok.Quote:
          stack.push(new QuoteFrame(lexer.value as Sym, src.posAt(lexer.start)));
          continue;
        case Tok.DatumComment:
          stack.push(new SkipFrame(src.posAt(lexer.start)));
          continue;
        case Tok.LabelDef:
          stack.push(new LabelFrame(this.defineLabel(lexer.label), src.posAt(lexer.start)));
          continue;
        case Tok.Dot: {
          const top = stack[stack.length - 1];
          if (!(top instanceof ListFrame) || top.head === null || top.dot !== 0) throw lexer.error('dot in the wrong place');
          top.dot = 1;
          continue;
        }
        case Tok.Close: {
          const top = stack.pop();
          if (top instanceof ListFrame && top.close === lexer.close) {
            if (top.dot === 1) throw lexer.error('dot in the wrong place');
            value = top.head;
          } else if ((top instanceof VectorFrame || top instanceof BytevectorFrame) && lexer.close === 0x29) {
            value = top instanceof VectorFrame ? top.items : Uint8Array.from(top.items);
          } else {
            throw lexer.error(`unexpected '${String.fromCharCode(lexer.close)}'`);
          }
          pos = top.pos;
          break;
        }
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
          this.addToList(top, value, pos);
          break;
        }
        if (top instanceof VectorFrame) {
          top.items.push(value);
          break;
        }
        if (top instanceof BytevectorFrame) {
          if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 255) {
            throw readError('a bytevector element must be an exact integer from 0 to 255', pos ?? src.posAt(lexer.start));
          }
          top.items.push(value);
          break;
        }
        stack.pop();
        if (top instanceof SkipFrame) break;
        if (top instanceof QuoteFrame) {
          const rest = new Pair(value, null);
          recordPosition(rest, pos ?? src.posAt(lexer.start));
          const quoted = new Pair(top.sym, rest);
          recordPosition(quoted, top.pos);
          value = quoted;
        } else {
          this.finishLabel(top, value);
        }
        pos = top.pos;
      }
    }
  }

  private addToList(frame: ListFrame, value: Value, pos: SrcPos | null): void {
    if (frame.dot === 0) {
      const pair = new Pair(value, null);
      if (frame.tail === null) {
        frame.head = pair;
        recordPosition(pair, frame.pos);
      } else {
        frame.tail.cdr = pair;
        recordPosition(pair, pos ?? this.src.posAt(this.lexer.start));
      }
      frame.tail = pair;
    } else if (frame.dot === 1) {
      (frame.tail as Pair).cdr = value;
      frame.dot = 2;
    } else {
      throw readError('more than one datum after the dot', pos ?? this.src.posAt(this.lexer.start));
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
    if (value === frame.entry.placeholder) throw readError(`datum label #${frame.entry.label}= labels only itself`, frame.pos);
    frame.entry.value = value;
    frame.entry.done = true;
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


