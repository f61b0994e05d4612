// Open-coded primitives. A call to a global still bound to the built-in of the same name, such as
// (car x) or (+ n 1), compiles to a JS expression that tests for the common case (a pair, two fixnums)
// and does the work inline; anything else goes to the slow path in support.ts, which runs the
// built-in itself. Operands are bound to temporaries first, so each is evaluated once, left to right.

/** What an emitter needs from the function being generated. */
export interface EmitContext {
  /** a fresh JS temporary of the current function */
  temp(): string;
}

/**
 * args are the operands' JS expressions; `site` is the JS for the slow path's last two arguments,
 * the frame and the source position an error should carry.
 */
type Emitter = (args: string[], site: string, cx: EmitContext) => string;

interface Inliner {
  min: number;
  max: number;
  emit: Emitter;
}

const inliners = new Map<string, Inliner>();

function define(name: string, min: number, max: number, emit: Emitter): void {
  inliners.set(name, { min, max, emit });
}

export function canInline(name: string, argc: number): boolean {
  const i = inliners.get(name);
  return i !== undefined && argc >= i.min && argc <= i.max;
}

/** The JS expression for an open-coded call. */
export function emitInline(name: string, args: string[], site: string, cx: EmitContext): string {
  return (inliners.get(name) as Inliner).emit(args, site, cx);
}

/** Binds each operand to a temporary, in order: "(t0 = A, t1 = B, " and the names. */
function bind(args: string[], cx: EmitContext): [string, string[]] {
  const names = args.map(() => cx.temp());
  return [names.map((t, i) => `${t} = ${args[i]}`).join(', '), names];
}

const predicate = (test: (x: string) => string): Emitter => ([a], _p, cx) => {
  const t = cx.temp();
  return `(${t} = ${a}, ${test(t)})`;
};

// ---- pairs and lists
define('car', 1, 1, ([a], p, cx) => {
  const t = cx.temp();
  return `((${t} = ${a}) instanceof Pair ? ${t}.car : slow.car(${t}, ${p}))`;
});
define('cdr', 1, 1, ([a], p, cx) => {
  const t = cx.temp();
  return `((${t} = ${a}) instanceof Pair ? ${t}.cdr : slow.cdr(${t}, ${p}))`;
});
for (const name of ['caar', 'cadr', 'cdar', 'cddr']) {
  // c[ad]{2}r: the letters apply right to left
  define(name, 1, 1, ([a], p, cx) => {
    const t = cx.temp();
    const u = cx.temp();
    const first = name[2] === 'a' ? 'car' : 'cdr';
    const second = name[1] === 'a' ? 'car' : 'cdr';
    return `((${t} = ${a}) instanceof Pair && (${u} = ${t}.${first}) instanceof Pair ? ${u}.${second} : slow.cxr('${name}', ${t}, ${p}))`;
  });
}
define('cons', 2, 2, ([a, b]) => `new Pair(${a}, ${b})`);
define('set-car!', 2, 2, (args, p, cx) => {
  const [init, [x, v]] = bind(args, cx);
  return `(${init}, ${x} instanceof Pair && !Object.isFrozen(${x}) ? (${x}.car = ${v}, UNSPECIFIED) : slow.setCar(${x}, ${v}, ${p}))`;
});
define('set-cdr!', 2, 2, (args, p, cx) => {
  const [init, [x, v]] = bind(args, cx);
  return `(${init}, ${x} instanceof Pair && !Object.isFrozen(${x}) ? (${x}.cdr = ${v}, UNSPECIFIED) : slow.setCdr(${x}, ${v}, ${p}))`;
});
define('list', 0, 8, (args) => args.reduceRight((rest, a) => `new Pair(${a}, ${rest})`, 'null'));

// ---- predicates
define('pair?', 1, 1, ([a]) => `(${a} instanceof Pair)`);
define('null?', 1, 1, ([a]) => `(${a} === null)`);
define('not', 1, 1, ([a]) => `(${a} === false)`);
define('symbol?', 1, 1, ([a]) => `(${a} instanceof Sym)`);
define('string?', 1, 1, ([a]) => `(${a} instanceof MString)`);
define('char?', 1, 1, ([a]) => `(${a} instanceof Char)`);
define('vector?', 1, 1, ([a]) => `Array.isArray(${a})`);
define('procedure?', 1, 1, ([a]) => `(${a} instanceof Procedure)`);
define('boolean?', 1, 1, predicate((t) => `${t} === true || ${t} === false`));
define('number?', 1, 1, ([a]) => `isNumber(${a})`);
define('eq?', 2, 2, ([a, b]) => `(${a} === ${b})`);
define('eqv?', 2, 2, (args, _p, cx) => {
  const [init, [x, y]] = bind(args, cx);
  return `(${init}, ${x} === ${y} || slow.eqv(${x}, ${y}))`;
});
define('char=?', 2, 2, (args, p, cx) => {
  const [init, [x, y]] = bind(args, cx);
  return `(${init}, ${x} === ${y} && ${x} instanceof Char || slow.charEq(${x}, ${y}, ${p}))`;
});

// ---- arithmetic on fixnums (in 53 bits) and on two flonums; anything else (bigints, rationals,
// mixed exactness, overflow) goes slow
function arithmetic(op: '+' | '-' | '*', slowName: string): Emitter {
  return (args, p, cx) => {
    let acc = args[0];
    for (let i = 1; i < args.length; i++) {
      const [init, [x, y]] = bind([acc, args[i]], cx);
      const r = cx.temp();
      const result = op === '*' ? `${r} + 0` : r; // + 0: an exact product is never -0
      acc = `(${init}, typeof ${x} === 'number' && typeof ${y} === 'number' && (${r} = ${x} ${op} ${y}) <= MAX_FIX && ${r} >= MIN_FIX ? ${result} : ${x} instanceof Flonum && ${y} instanceof Flonum ? new Flonum(${x}.value ${op} ${y}.value) : slow.${slowName}(${x}, ${y}, ${p}))`;
    }
    return acc;
  };
}
define('+', 0, 8, (args, p, cx) => {
  if (args.length === 0) return '0';
  if (args.length === 1) return `slow.number('+', ${args[0]}, ${p})`;
  return arithmetic('+', 'add')(args, p, cx);
});
define('*', 0, 8, (args, p, cx) => {
  if (args.length === 0) return '1';
  if (args.length === 1) return `slow.number('*', ${args[0]}, ${p})`;
  return arithmetic('*', 'mul')(args, p, cx);
});
define('-', 1, 8, (args, p, cx) => arithmetic('-', 'sub')(args.length === 1 ? ['0', args[0]] : args, p, cx));

function comparison(who: string, op: string, slowName: string): Emitter {
  return (args, p, cx) => {
    if (args.length === 1) return `(slow.number('${who}', ${args[0]}, ${p}), true)`;
    const [init, ts] = bind(args, cx);
    const tests: string[] = [];
    for (let i = 0; i + 1 < ts.length; i++) {
      const [x, y] = [ts[i], ts[i + 1]];
      tests.push(`(typeof ${x} === 'number' && typeof ${y} === 'number' ? ${x} ${op} ${y} : ${x} instanceof Flonum && ${y} instanceof Flonum ? ${x}.value ${op} ${y}.value : slow.${slowName}(${x}, ${y}, ${p}))`);
    }
    // every comparison runs (each checks its operands' types), then the results are combined
    if (tests.length === 1) return `(${init}, ${tests[0]})`;
    const rs = tests.map(() => cx.temp());
    return `(${init}, ${rs.map((r, i) => `${r} = ${tests[i]}`).join(', ')}, ${rs.join(' && ')})`;
  };
}
define('=', 1, 8, comparison('=', '===', 'numEq'));
define('<', 1, 8, comparison('<', '<', 'numLt'));
define('>', 1, 8, comparison('>', '>', 'numGt'));
define('<=', 1, 8, comparison('<=', '<=', 'numLe'));
define('>=', 1, 8, comparison('>=', '>=', 'numGe'));
define('zero?', 1, 1, ([a], p, cx) => {
  const t = cx.temp();
  return `((${t} = ${a}) === 0 || (typeof ${t} !== 'number' && slow.isZero(${t}, ${p})))`;
});

function division(name: string, slowName: string, fast: (x: string, y: string) => string): Emitter {
  return (args, p, cx) => {
    const [init, [x, y]] = bind(args, cx);
    return `(${init}, typeof ${x} === 'number' && typeof ${y} === 'number' && (${x} | 0) === ${x} && (${y} | 0) === ${y} && ${y} !== 0 ? ${fast(x, y)} : slow.${slowName}(${x}, ${y}, ${p}))`;
  };
}
define('quotient', 2, 2, division('quotient', 'quotient', (x, y) => `(Math.trunc(${x} / ${y}) + 0)`));
define('remainder', 2, 2, division('remainder', 'remainder', (x, y) => `((${x} % ${y}) + 0)`));
define('modulo', 2, 2, (args, p, cx) => {
  const [init, [x, y]] = bind(args, cx);
  const r = cx.temp();
  return `(${init}, typeof ${x} === 'number' && typeof ${y} === 'number' && (${x} | 0) === ${x} && (${y} | 0) === ${y} && ${y} !== 0 ? ((${r} = ${x} % ${y}) !== 0 && (${r} < 0) !== (${y} < 0) ? ${r} + ${y} : ${r} + 0) : slow.modulo(${x}, ${y}, ${p}))`;
});

// ---- vectors, strings, characters. A fixnum is always an integer, so a range test is enough.
define('vector-ref', 2, 2, (args, p, cx) => {
  const [init, [v, k]] = bind(args, cx);
  return `(${init}, Array.isArray(${v}) && typeof ${k} === 'number' && ${k} >= 0 && ${k} < ${v}.length ? ${v}[${k}] : slow.vectorRef(${v}, ${k}, ${p}))`;
});
define('vector-set!', 3, 3, (args, p, cx) => {
  const [init, [v, k, x]] = bind(args, cx);
  return `(${init}, Array.isArray(${v}) && typeof ${k} === 'number' && ${k} >= 0 && ${k} < ${v}.length && !Object.isFrozen(${v}) ? (${v}[${k}] = ${x}, UNSPECIFIED) : slow.vectorSet(${v}, ${k}, ${x}, ${p}))`;
});
define('vector-length', 1, 1, ([a], p, cx) => {
  const t = cx.temp();
  return `(Array.isArray(${t} = ${a}) ? ${t}.length : slow.vectorLength(${t}, ${p}))`;
});
define('string-ref', 2, 2, (args, p, cx) => {
  const [init, [s, k]] = bind(args, cx);
  return `(${init}, ${s} instanceof MString && typeof ${k} === 'number' && ${k} >= 0 && ${k} < ${s}.length ? charOf(${s}.codeAt(${k})) : slow.stringRef(${s}, ${k}, ${p}))`;
});
define('string-length', 1, 1, ([a], p, cx) => {
  const t = cx.temp();
  return `((${t} = ${a}) instanceof MString ? ${t}.length : slow.stringLength(${t}, ${p}))`;
});
define('char->integer', 1, 1, ([a], p, cx) => {
  const t = cx.temp();
  return `((${t} = ${a}) instanceof Char ? ${t}.code : slow.charToInteger(${t}, ${p}))`;
});
