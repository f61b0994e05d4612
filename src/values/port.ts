// Ports. A textual input port keeps the text read so far from its source and a position in it; the
// source (a file, standard input) is asked for more only when the text runs out, so reading a datum
// that spans several lines of a terminal just waits for the next line. Output ports collect text and
// hand it to their sink in chunks.

export type StandardStream = 'stdin' | 'stdout' | 'stderr' | null;

export abstract class Port {
  open = true;
  abstract readonly textual: boolean;
  abstract readonly input: boolean;
  constructor(
    /** a file name or a description, for messages */
    readonly name: string,
    /** which standard stream this is, if any (a world reconnects those at boot) */
    readonly standard: StandardStream = null,
  ) {}
  get output(): boolean {
    return !this.input;
  }
  printedForm(): string {
    const kind = `${this.textual ? 'textual' : 'binary'}-${this.input ? 'input' : 'output'}-port`;
    return `#<${kind} ${this.name}${this.open ? '' : ' (closed)'}>`;
  }
  close(): void {
    this.open = false;
  }
}

export class TextInputPort extends Port {
  readonly textual = true;
  readonly input = true;
  /** text read from the source and not yet dropped; `pos` indexes it */
  text: string;
  pos = 0;
  /** line and column of `pos` (1-based), for read's source positions */
  line = 1;
  col = 1;
  /** #!fold-case state carried between calls of read */
  foldCase = false;
  private exhausted: boolean;

  constructor(
    name: string,
    text: string,
    /** more text, or null at end of input; null when the port has all its text already */
    private source: (() => string | null) | null = null,
    standard: StandardStream = null,
  ) {
    super(name, standard);
    this.text = text;
    this.exhausted = source === null;
  }

  /** Whether all the port's text is in hand (a string port, a file read when opened): a world can keep it. */
  get selfContained(): boolean {
    return this.source === null;
  }

  /** Asks the source for more text; false at end of input. */
  fill(): boolean {
    if (this.exhausted || this.source === null) return false;
    const more = this.source();
    if (more === null) {
      this.exhausted = true;
      return false;
    }
    if (this.pos > 65536) {
      this.text = this.text.slice(this.pos);
      this.pos = 0;
    }
    this.text += more;
    return true;
  }

  /** The next character's code point without consuming it, or -1 at end of input. */
  peekCode(): number {
    while (this.pos >= this.text.length) if (!this.fill()) return -1;
    const c = this.text.codePointAt(this.pos) as number;
    if (c >= 0xd800 && c <= 0xdbff && this.pos + 1 >= this.text.length && this.fill()) return this.peekCode();
    return c;
  }

  readCode(): number {
    const c = this.peekCode();
    if (c < 0) return c;
    this.advance(c > 0xffff ? 2 : 1, c);
    return c;
  }

  /** Consumes n UTF-16 units known to hold the characters up to and including `last`. */
  private advance(n: number, last: number): void {
    this.pos += n;
    if (last === 10) {
      this.line++;
      this.col = 1;
    } else {
      this.col++;
    }
  }

  /** Moves to offset `to` of the text (after read consumed a datum), keeping line and column right. */
  moveTo(to: number, line: number, col: number): void {
    this.pos = to;
    this.line = line;
    this.col = col;
  }

  /**
   * The rest of the current line without its end, or null at end of input. A line ends at a linefeed,
   * a carriage return, or the two together (R7RS 6.13.2).
   */
  readLine(): string | null {
    let scanned = 0; // how many units after pos are known to hold no line end
    for (;;) {
      const text = this.text;
      let i = this.pos + scanned;
      while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      scanned = i - this.pos;
      if (i < text.length) {
        const cr = text.charCodeAt(i) === 13;
        // a return at the end of the text so far may be the first half of a CRLF still to come
        if (cr && i + 1 === text.length && this.fill()) continue;
        const line = text.slice(this.pos, i);
        this.pos = cr && this.text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        this.line++;
        this.col = 1;
        return line;
      }
      if (!this.fill()) break;
    }
    if (this.pos >= this.text.length) return null;
    const line = this.text.slice(this.pos);
    this.col += [...line].length;
    this.pos = this.text.length;
    return line;
  }

  /** Up to k characters, or null at end of input. */
  readChars(k: number): string | null {
    let out = '';
    let n = 0;
    while (n < k) {
      const c = this.readCode();
      if (c < 0) break;
      out += String.fromCodePoint(c);
      n++;
    }
    return n === 0 && k > 0 ? null : out;
  }

  /** Whether a character can be read without waiting. */
  charReady(): boolean {
    return this.pos < this.text.length || this.exhausted;
  }
}

export class TextOutputPort extends Port {
  readonly textual = true;
  readonly input = false;
  /** text not yet flushed (all of it, for a string port); V8 keeps repeated += cheap as a rope */
  private buffer = '';
  /** the column the next character goes to (0-based), for fresh-line */
  column = 0;

  constructor(
    name: string,
    /** where flushed text goes; null for a string port, which keeps everything */
    private sink: ((text: string) => void) | null = null,
    /** flush at each newline (a terminal) */
    private lineBuffered = false,
    standard: StandardStream = null,
  ) {
    super(name, standard);
  }

  write(s: string): void {
    if (s.length === 0) return;
    this.buffer += s;
    const nl = s.lastIndexOf('\n');
    this.column = nl >= 0 ? s.length - nl - 1 : this.column + s.length;
    if (this.sink !== null && (this.buffer.length > 8192 || (this.lineBuffered && nl >= 0))) this.flush();
  }

  flush(): void {
    if (this.sink === null || this.buffer.length === 0) return;
    const text = this.buffer;
    this.buffer = '';
    this.sink(text);
  }

  /** Everything written to a string port. */
  contents(): string {
    return this.buffer;
  }

  /** A string port (no sink): its contents are all it is, so a world can keep it. */
  get selfContained(): boolean {
    return this.sink === null;
  }

  /** Puts back what a string port held (when a world boots). */
  restore(contents: string, column: number): void {
    this.buffer = contents;
    this.column = column;
  }

  override close(): void {
    this.flush();
    super.close();
  }
}

export class BinaryInputPort extends Port {
  readonly textual = false;
  readonly input = true;
  pos = 0;
  constructor(
    name: string,
    public bytes: Uint8Array,
  ) {
    super(name);
  }
  peekByte(): number {
    return this.pos < this.bytes.length ? this.bytes[this.pos] : -1;
  }
  readByte(): number {
    return this.pos < this.bytes.length ? this.bytes[this.pos++] : -1;
  }
  readBytes(k: number): Uint8Array | null {
    if (this.pos >= this.bytes.length && k > 0) return null;
    const out = this.bytes.slice(this.pos, this.pos + k);
    this.pos += out.length;
    return out;
  }
}

export class BinaryOutputPort extends Port {
  readonly textual = false;
  readonly input = false;
  private buf = new Uint8Array(64);
  private length = 0;
  constructor(
    name: string,
    private sink: ((bytes: Uint8Array) => void) | null = null,
  ) {
    super(name);
  }
  writeBytes(b: Uint8Array): void {
    if (this.length + b.length > this.buf.length) {
      const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.length + b.length));
      bigger.set(this.buf.subarray(0, this.length));
      this.buf = bigger;
    }
    this.buf.set(b, this.length);
    this.length += b.length;
    if (this.sink !== null && this.length > 65536) this.flush();
  }
  flush(): void {
    if (this.sink === null || this.length === 0) return;
    this.sink(this.buf.slice(0, this.length));
    this.length = 0;
  }
  contents(): Uint8Array {
    return this.buf.slice(0, this.length);
  }

  get selfContained(): boolean {
    return this.sink === null;
  }
  override close(): void {
    this.flush();
    super.close();
  }
}
