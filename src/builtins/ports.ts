// Ports (R7RS 6.13): the port predicates, string and bytevector ports, reading and writing characters,
// lines, strings, bytes and data. File ports are in file-ports.ts, the standard ports in stdio.ts.
import type { Value } from '../values/value.js';
import { MString } from '../values/string.js';
import { charOf } from '../values/char.js';
import { EOF, EofObject, UNSPECIFIED } from '../values/singletons.js';
import { typeError, makeError } from '../values/error.js';
import { writeTo, type PrintMode } from '../values/printer.js';
import { Port, TextInputPort, TextOutputPort, BinaryInputPort, BinaryOutputPort } from '../values/port.js';
import { Reader, IncompleteInput, type Cursor } from '../reader/reader.js';
import { Parameter, parameterValue } from '../machine/parameter.js';
import { activeMachine } from '../machine/machine.js';
import { primitive, wellKnown } from './registry.js';
import { checkString, checkChar, checkBytevector, checkRange, checkByte, checkCount } from './check.js';
import { stdinPort, stdoutPort, stderrPort } from './stdio.js';

export const CURRENT_INPUT = wellKnown(new Parameter(stdinPort, false), 'current-input-port');
export const CURRENT_OUTPUT = wellKnown(new Parameter(stdoutPort, false), 'current-output-port');
export const CURRENT_ERROR = wellKnown(new Parameter(stderrPort, false), 'current-error-port');

function current(p: Parameter): Value {
  return parameterValue(activeMachine(), p);
}

export function textInput(who: string, port: Value): TextInputPort {
  const p = port === undefined ? current(CURRENT_INPUT) : port;
  if (!(p instanceof TextInputPort)) throw typeError(who, 'a textual input port', p);
  if (!p.open) throw makeError('error', `${who}: the port is closed`, [p]);
  return p;
}

export function textOutput(who: string, port: Value): TextOutputPort {
  const p = port === undefined ? current(CURRENT_OUTPUT) : port;
  if (!(p instanceof TextOutputPort)) throw typeError(who, 'a textual output port', p);
  if (!p.open) throw makeError('error', `${who}: the port is closed`, [p]);
  return p;
}

function binaryInput(who: string, port: Value): BinaryInputPort {
  const p = port === undefined ? current(CURRENT_INPUT) : port;
  if (!(p instanceof BinaryInputPort)) throw typeError(who, 'a binary input port', p);
  if (!p.open) throw makeError('error', `${who}: the port is closed`, [p]);
  return p;
}

function binaryOutput(who: string, port: Value): BinaryOutputPort {
  const p = port === undefined ? current(CURRENT_OUTPUT) : port;
  if (!(p instanceof BinaryOutputPort)) throw typeError(who, 'a binary output port', p);
  if (!p.open) throw makeError('error', `${who}: the port is closed`, [p]);
  return p;
}

function checkPort(who: string, x: Value): Port {
  if (x instanceof Port) return x;
  throw typeError(who, 'a port', x);
}

// ---- predicates and closing

primitive('port?', 1, 1, (x) => x instanceof Port);
primitive('input-port?', 1, 1, (x) => x instanceof Port && x.input);
primitive('output-port?', 1, 1, (x) => x instanceof Port && x.output);
primitive('textual-port?', 1, 1, (x) => x instanceof Port && x.textual);
primitive('binary-port?', 1, 1, (x) => x instanceof Port && !x.textual);
primitive('input-port-open?', 1, 1, (x) => checkPort('input-port-open?', x).input && (x as Port).open);
primitive('output-port-open?', 1, 1, (x) => checkPort('output-port-open?', x).output && (x as Port).open);
primitive('close-port', 1, 1, (x) => {
  checkPort('close-port', x).close();
  return UNSPECIFIED;
});
primitive('close-input-port', 1, 1, (x) => {
  if (!checkPort('close-input-port', x).input) throw typeError('close-input-port', 'an input port', x);
  (x as Port).close();
  return UNSPECIFIED;
});
primitive('close-output-port', 1, 1, (x) => {
  if (!checkPort('close-output-port', x).output) throw typeError('close-output-port', 'an output port', x);
  (x as Port).close();
  return UNSPECIFIED;
});
primitive('eof-object', 0, 0, () => EOF);
primitive('eof-object?', 1, 1, (x) => x instanceof EofObject);

// ---- string and bytevector ports

primitive('open-input-string', 1, 1, (s) => new TextInputPort('string', checkString('open-input-string', s).toString()));
primitive('open-output-string', 0, 0, () => new TextOutputPort('string'));
primitive('get-output-string', 1, 1, (p) => {
  if (!(p instanceof TextOutputPort)) throw typeError('get-output-string', 'a string output port', p);
  return new MString(p.contents());
});
primitive('open-input-bytevector', 1, 1, (b) => new BinaryInputPort('bytevector', checkBytevector('open-input-bytevector', b).slice()));
primitive('open-output-bytevector', 0, 0, () => new BinaryOutputPort('bytevector'));
primitive('get-output-bytevector', 1, 1, (p) => {
  if (!(p instanceof BinaryOutputPort)) throw typeError('get-output-bytevector', 'a bytevector output port', p);
  return p.contents();
});

// ---- textual input

primitive('read-char', 0, 1, (port) => {
  const c = textInput('read-char', port).readCode();
  return c < 0 ? EOF : charOf(c);
});
primitive('peek-char', 0, 1, (port) => {
  const c = textInput('peek-char', port).peekCode();
  return c < 0 ? EOF : charOf(c);
});
primitive('read-line', 0, 1, (port) => {
  const line = textInput('read-line', port).readLine();
  return line === null ? EOF : new MString(line);
});
primitive('read-string', 1, 2, (k, port) => {
  // R7RS order is (read-string k [port]); accept Chibi's older (read-string port k) too
  if (k instanceof Port) [k, port] = [port, k];
  const count = checkCount('read-string', k);
  const s = textInput('read-string', port).readChars(count);
  return s === null ? EOF : new MString(s);
});
primitive('char-ready?', 0, 1, (port) => textInput('char-ready?', port).charReady());

/**
 * Reads one datum from a textual input port (the `read` procedure). The port's text so far is read;
 * when it runs out before a datum is complete, or a datum reaches its very end (a token could go on
 * in text not yet arrived), the port asks its source for more and reads again.
 */
export function readDatum(p: TextInputPort): Value {
  for (;;) {
    const reader = new Reader(p.text, p.name, { start: { offset: p.pos, line: p.line, col: p.col }, foldCase: p.foldCase });
    let d: Value;
    try {
      d = reader.read();
    } catch (e) {
      if (e instanceof IncompleteInput && p.fill()) continue;
      // Bad syntax is consumed up to where the reader found it, so the next read goes on after it
      // instead of failing on the same text for ever.
      if (!(e instanceof IncompleteInput)) skipPast(p, reader.cursor);
      throw e;
    }
    const at = reader.cursor;
    if (at.offset >= p.text.length && p.fill()) continue;
    p.moveTo(at.offset, at.line, at.col);
    p.foldCase = reader.foldCase;
    return d;
  }
}
function skipPast(p: TextInputPort, at: Cursor): void {
  if (at.offset > p.pos) p.moveTo(at.offset, at.line, at.col);
  else p.readCode();
}

primitive('read', 0, 1, (port) => readDatum(textInput('read', port)));

// ---- binary input

primitive('read-u8', 0, 1, (port) => {
  const b = binaryInput('read-u8', port).readByte();
  return b < 0 ? EOF : b;
});
primitive('peek-u8', 0, 1, (port) => {
  const b = binaryInput('peek-u8', port).peekByte();
  return b < 0 ? EOF : b;
});
primitive('u8-ready?', 0, 1, (port) => {
  binaryInput('u8-ready?', port);
  return true;
});
primitive('read-bytevector', 1, 2, (k, port) => {
  const count = checkCount('read-bytevector', k);
  const b = binaryInput('read-bytevector', port).readBytes(count);
  return b === null ? EOF : b;
});
primitive('read-bytevector!', 1, 4, (bv, port, start, end) => {
  const target = checkBytevector('read-bytevector!', bv);
  const [s, e] = checkRange('read-bytevector!', target.length, start, end);
  const got = binaryInput('read-bytevector!', port).readBytes(e - s);
  if (got === null) return e > s ? EOF : 0;
  target.set(got, s);
  return got.length;
});

// ---- output

function print(who: string, mode: PrintMode) {
  return (x: Value, port: Value) => {
    const p = textOutput(who, port);
    writeTo(x, mode, (chunk) => p.write(chunk));
    return UNSPECIFIED;
  };
}
primitive('write', 1, 2, print('write', 'write'));
primitive('write-shared', 1, 2, print('write-shared', 'shared'));
primitive('write-simple', 1, 2, print('write-simple', 'simple'));
primitive('display', 1, 2, print('display', 'display'));

primitive('newline', 0, 1, (port) => {
  textOutput('newline', port).write('\n');
  return UNSPECIFIED;
});
primitive('write-char', 1, 2, (c, port) => {
  const code = checkChar('write-char', c).code;
  textOutput('write-char', port).write(String.fromCodePoint(code));
  return UNSPECIFIED;
});
primitive('write-string', 1, 4, (s, port, start, end) => {
  const str = checkString('write-string', s);
  const p = textOutput('write-string', port);
  if (start === undefined && end === undefined) p.write(str.toString());
  else {
    const [a, b] = checkRange('write-string', str.length, start, end);
    p.write(str.substring(a, b).toString());
  }
  return UNSPECIFIED;
});
primitive('write-u8', 1, 2, (b, port) => {
  binaryOutput('write-u8', port).writeBytes(Uint8Array.of(checkByte('write-u8', b)));
  return UNSPECIFIED;
});
primitive('write-bytevector', 1, 4, (bv, port, start, end) => {
  const b = checkBytevector('write-bytevector', bv);
  const [s, e] = checkRange('write-bytevector', b.length, start, end);
  binaryOutput('write-bytevector', port).writeBytes(b.subarray(s, e));
  return UNSPECIFIED;
});
primitive('flush-output-port', 0, 1, (port) => {
  const p = port === undefined ? current(CURRENT_OUTPUT) : port;
  if (p instanceof TextOutputPort || p instanceof BinaryOutputPort) p.flush();
  else throw typeError('flush-output-port', 'an output port', p);
  return UNSPECIFIED;
});
/** (fresh-line [port]): a newline unless the port is at the start of a line (Chibi, Guile). */
primitive('fresh-line', 0, 1, (port) => {
  const p = textOutput('fresh-line', port);
  if (p.column !== 0) p.write('\n');
  return UNSPECIFIED;
});
