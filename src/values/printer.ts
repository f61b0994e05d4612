// The one printer: write, write-shared, write-simple and display (R7RS 6.13.3), and the form every
// error message shows a value in. It walks data with an explicit stack of tasks, never the JS stack,
// so a list a million long or a million deep prints like any other. What it writes, the reader reads
// back: both take their lexical rules from lexical.ts.
import type { Value } from './value.js';
import { Pair, listToArray } from './pair.js';
import { Sym } from './symbol.js';
import { Char } from './char.js';
import { MString } from './string.js';
import { Flonum, Ratnum } from './number.js';
import { Record } from './record.js';
import { Procedure } from './procedure.js';
import { ErrorObject, makeError, setValueDescriber } from './error.js';
import { Unspecified, EofObject, DefaultObject, MultipleValues } from './singletons.js';
import { formatNumber, parseNumber } from './number-syntax.js';
import { CHAR_NAME_OF, WRITE_ESCAPES, hasPlainSymbolChars } from './lexical.js';

/**
 * write: datum labels only where a cycle needs them. shared (write-shared): labels for everything that
 * occurs twice. simple (write-simple): never labels. display: as write, but strings, characters and
 * symbols appear as their plain text.
 */
export type PrintMode = 'write' | 'shared' | 'simple' | 'display';

/** The printed form of `v`. */
export function writeString(v: Value, mode: PrintMode = 'write'): string {
  const chunks: string[] = [];
  let total = 0;
  writeTo(v, mode, (chunk) => {
    total += chunk.length;
    if (total > MAX_STRING) throw makeError('range', `${mode}: the printed form is too long to hold in a string`);
    chunks.push(chunk);
  });
  return chunks.join('');
}

/** Prints `v` to `out` in pieces of a few kilobytes, for ports that pass output on as it comes. */
export function writeTo(v: Value, mode: PrintMode, out: (chunk: string) => void): void {
  new Printer(mode, out).print(v);
}

export function displayString(v: Value): string {
  return writeString(v, 'display');
}

setValueDescriber((v) => writeString(v, 'write'));

// Below V8's longest string (2^29 - 24 units), so that an enormous print fails as a Lisp error.
const MAX_STRING = 2 ** 28;
const CHUNK = 8192;
// write-simple on a circular structure would print forever; after this many containers it looks for a
// cycle once and, finding one, stops with an error instead of filling memory.
const SIMPLE_CYCLE_CHECK = 1_000_000;

/** On the task stack, says that the task under it is the rest of a list, from a cdr on: " b c)". */
const LIST_TAIL = new (class ListTail {})();

type Task = Value | string;

class Printer {
  private buf = '';
  /** the containers that get a #n= label; null for write-simple */
  private labelled: Set<object> | null = null;
  private readonly numbers = new Map<object, number>();
  private containers = 0;
  private root: Value = null;

  constructor(
    private readonly mode: PrintMode,
    private readonly out: (chunk: string) => void,
  ) {}

  print(root: Value): void {
    this.root = root;
    if (this.mode !== 'simple' && isContainer(root)) {
      const labelled = findLabels(root, this.mode === 'shared');
      if (labelled.size > 0) this.labelled = labelled;
    }
    // Tasks are popped from the end: a JS string is text to emit, LIST_TAIL marks the task under it as
    // the rest of a list, anything else is a value to print. (A JS string is never a Lisp value: Lisp
    // strings are MStrings.)
    const tasks: Task[] = [root];
    while (tasks.length > 0) {
      const t = tasks.pop();
      if (typeof t === 'string') this.emit(t);
      else if (t === LIST_TAIL) this.listTail(tasks.pop() as Value, tasks);
      else this.value(t, tasks);
    }
    if (this.buf.length > 0) this.out(this.buf);
  }

  private emit(s: string): void {
    this.buf += s;
    if (this.buf.length >= CHUNK) {
      this.out(this.buf);
      this.buf = '';
    }
  }

  private value(v: Value, tasks: Task[]): void {
    if (typeof v !== 'object' || v === null) {
      this.emit(this.atom(v));
      return;
    }
    if (this.labelled !== null && this.labelled.has(v)) {
      const n = this.numbers.get(v);
      if (n !== undefined) {
        this.emit(`#${n}#`);
        return;
      }
      this.emit(`#${this.numbers.size}=`);
      this.numbers.set(v, this.numbers.size);
    }
    if (this.mode === 'simple' && isContainer(v)) this.countContainer();
    if (v instanceof Pair) {
      this.emit('(');
      tasks.push(v.cdr, LIST_TAIL, v.car);
    } else if (Array.isArray(v)) {
      this.sequence('#(', v, ')', tasks);
    } else if (v instanceof Record) {
      this.sequence(`#<${v.type.printName}`, v.fields, '>', tasks, true);
    } else if (v instanceof MultipleValues) {
      this.sequence('', v.values, '', tasks);
    } else if (v instanceof ErrorObject) {
      const irritants = listToArray(v.irritants) ?? [v.irritants];
      this.sequence('#<error', [v.message, ...irritants], '>', tasks, true);
    } else {
      this.emit(this.atom(v));
    }
  }

  /** open, the items separated by spaces, close; `spaceFirst` puts a space before the first item too. */
  private sequence(open: string, items: readonly Value[], close: string, tasks: Task[], spaceFirst = false): void {
    this.emit(open);
    tasks.push(close);
    for (let i = items.length - 1; i >= 0; i--) {
      tasks.push(items[i]);
      if (i > 0 || spaceFirst) tasks.push(' ');
    }
  }

  private listTail(rest: Value, tasks: Task[]): void {
    if (rest === null) {
      this.emit(')');
    } else if (rest instanceof Pair && (this.labelled === null || !this.labelled.has(rest))) {
      this.countContainer();
      this.emit(' ');
      tasks.push(rest.cdr, LIST_TAIL, rest.car);
    } else {
      // an improper tail, or a pair that needs its own label and so must be printed as a datum
      this.emit(' . ');
      tasks.push(')', rest);
    }
  }

  private countContainer(): void {
    if (this.mode !== 'simple' || ++this.containers !== SIMPLE_CYCLE_CHECK) return;
    if (findLabels(this.root, false).size > 0) {
      throw makeError('error', 'write-simple: the datum is circular, so its printed form never ends');
    }
  }

  private atom(v: Value): string {
    if (v === null) return '()';
    if (v === true) return '#t';
    if (v === false) return '#f';
    if (typeof v === 'number' || typeof v === 'bigint' || v instanceof Flonum || v instanceof Ratnum) return formatNumber(v, 10);
    const display = this.mode === 'display';
    if (v instanceof Sym) return display ? v.name : writeSymbol(v.name);
    if (v instanceof MString) return display ? v.toString() : writeStringLiteral(v.toString());
    if (v instanceof Char) return display ? String.fromCodePoint(v.code) : writeChar(v.code);
    if (v instanceof Uint8Array) return v.length === 0 ? '#u8()' : `#u8(${v.join(' ')})`;
    if (v instanceof Procedure) return v.name === '' ? '#<procedure>' : `#<procedure ${v.name}>`;
    if (v instanceof Unspecified) return '#<unspecified>';
    if (v instanceof EofObject) return '#<eof>';
    if (v instanceof DefaultObject) return '#<default>';
    if (v === undefined) return '#<undefined>';
    if (typeof v === 'object' && typeof (v as { printedForm?: unknown }).printedForm === 'function') {
      return String((v as { printedForm(): unknown }).printedForm());
    }
    return '#<object>';
  }
}

/** The values whose printed form contains other values, and which can therefore be shared or circular. */
function isContainer(v: Value): v is object {
  return v instanceof Pair || Array.isArray(v) || v instanceof Record || v instanceof MultipleValues || v instanceof ErrorObject;
}

function pushChildren(v: object, depth: number, work: Value[]): void {
  if (v instanceof Pair) {
    work.push(v.cdr, depth, v.car, depth);
  } else if (Array.isArray(v) || v instanceof Record || v instanceof MultipleValues) {
    const items: readonly Value[] = Array.isArray(v) ? v : v instanceof Record ? v.fields : v.values;
    for (let i = items.length - 1; i >= 0; i--) work.push(items[i], depth);
  } else if (v instanceof ErrorObject) {
    work.push(v.irritants, depth);
  }
}

/**
 * The containers that need a datum label: with `all`, every one reached twice (write-shared); otherwise
 * only those a cycle returns to, found as the targets of the back edges of a depth-first walk in the
 * order the printer visits them (write). Every cycle has such a target, so labelling them is enough for
 * the printer to stop, and nothing is labelled when there is no cycle.
 */
function findLabels(root: Value, all: boolean): Set<object> {
  const labelled = new Set<object>();
  // Each container seen, with its depth in the walk. The walk's current path is path[0 .. depth-1], so
  // a container seen before is an ancestor (a cycle) exactly when it still stands at its depth there.
  const depthOf = new Map<object, number>();
  const path: object[] = [];
  // pairs of (value, depth)
  const work: Value[] = [root, 0];
  while (work.length > 0) {
    const depth = work.pop() as number;
    const v = work.pop();
    if (!isContainer(v)) continue;
    const seenAt = depthOf.get(v);
    if (seenAt !== undefined) {
      if (all || (seenAt < depth && path[seenAt] === v)) labelled.add(v);
      continue;
    }
    depthOf.set(v, depth);
    path[depth] = v;
    pushChildren(v, depth + 1, work);
  }
  return labelled;
}

/** A symbol as `write` prints it: bare when it reads back as the same symbol and is plain ASCII. */
export function writeSymbol(name: string): string {
  if (name !== '.' && hasPlainSymbolChars(name) && parseNumber(name, 10) === null) return name;
  return `|${name.replace(/[|\\\x00-\x1f\x7f-\x9f]/g, escapeChar)}|`;
}

/** A string as `write` prints it, in double quotes with \" \\ \n \t \r and \xHH; escapes. */
export function writeStringLiteral(s: string): string {
  return `"${s.replace(/["\\\x00-\x1f\x7f-\x9f]/g, escapeChar)}"`;
}

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  const letter = WRITE_ESCAPES.get(code);
  if (letter !== undefined) return letter;
  if (c === '"' || c === '\\' || c === '|') return '\\' + c;
  return `\\x${hex2(code)};`;
}

const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Z}\p{Cs}\p{Co}\p{Cn}]$/u;

/** A character as `write` prints it: #\a, #\space, or #\xHH for the invisible ones. */
export function writeChar(code: number): string {
  const name = CHAR_NAME_OF.get(code);
  if (name !== undefined) return `#\\${name}`;
  const c = String.fromCodePoint(code);
  return INVISIBLE.test(c) ? `#\\x${hex2(code)}` : `#\\${c}`;
}

function hex2(code: number): string {
  return code.toString(16).padStart(2, '0');
}
