// format: SRFI 28 and the subset of Guile's and Chibi's directives programs commonly use.
//   (format #f control arg ...)    the output, as a string      (format control arg ...) too (SRFI 28)
//   (format #t control arg ...)    to the current output port   (format port control arg ...) to port
// Directives: ~a display, ~s and ~w write, ~d decimal, ~x hex, ~o octal, ~b binary, ~c a character,
// ~% and ~n newline, ~& newline unless at the start of a line, ~~ a tilde, and ~ at the end of a
// line skips that line break and the blanks after it.
import type { Value } from '../values/value.js';
import { MString } from '../values/string.js';
import { Char } from '../values/char.js';
import { isNumber } from '../values/number.js';
import { formatNumber } from '../values/number-syntax.js';
import { writeString } from '../values/printer.js';
import { makeError, typeError } from '../values/error.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { primitive } from './registry.js';
import { textOutput } from './ports.js';

const RADIX: { [directive: string]: number } = { d: 10, x: 16, o: 8, b: 2 };

/** The text control makes of args; `column` is where the output starts, for ~&. */
function formatText(control: string, args: Value[], column: number): string {
  let out = '';
  let next = 0;
  const arg = (directive: string): Value => {
    if (next >= args.length) throw makeError('error', `format: no argument left for ~${directive}`, [new MString(control)]);
    return args[next++];
  };
  const atLineStart = () => (out.length === 0 ? column === 0 : out.endsWith('\n'));
  for (let i = 0; i < control.length; i++) {
    const c = control[i];
    if (c !== '~') {
      out += c;
      continue;
    }
    const d = control[++i];
    if (d === undefined) throw makeError('error', 'format: the control string ends with ~', [new MString(control)]);
    switch (d.toLowerCase()) {
      case 'a':
        out += writeString(arg(d), 'display');
        break;
      case 's':
      case 'w':
        out += writeString(arg(d), 'write');
        break;
      case 'd':
      case 'x':
      case 'o':
      case 'b': {
        const x = arg(d);
        out += isNumber(x) ? formatNumber(x, RADIX[d.toLowerCase()]) : writeString(x, 'display');
        break;
      }
      case 'c': {
        const x = arg(d);
        if (!(x instanceof Char)) throw typeError('format', 'a character for ~c', x);
        out += String.fromCodePoint(x.code);
        break;
      }
      case '%':
      case 'n':
        out += '\n';
        break;
      case '&':
        if (!atLineStart()) out += '\n';
        break;
      case '~':
        out += '~';
        break;
      case '\n':
        while (i + 1 < control.length && (control[i + 1] === ' ' || control[i + 1] === '\t')) i++;
        break;
      default:
        throw makeError('error', `format: unknown directive ~${d}`, [new MString(control)]);
    }
  }
  if (next < args.length) throw makeError('error', `format: ${args.length - next} more arguments than the directives use`, [new MString(control)]);
  return out;
}

function checkControl(x: Value): string {
  if (x instanceof MString) return x.toString();
  throw typeError('format', 'a control string', x);
}

primitive('format', 1, Infinity, (destination: Value, ...rest: Value[]) => {
  if (destination instanceof MString) return new MString(formatText(destination.toString(), rest, 0));
  if (rest.length === 0) throw makeError('arity', 'format: expected a control string after the destination', [destination]);
  const control = checkControl(rest[0]);
  if (destination === false) return new MString(formatText(control, rest.slice(1), 0));
  const port = textOutput('format', destination === true ? undefined : destination);
  port.write(formatText(control, rest.slice(1), port.column));
  return UNSPECIFIED;
});
