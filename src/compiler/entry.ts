// Procedure entry: check the argument count, make the frame [caller frame, return point, environment,
// arguments..., temporaries...], make the environment vector when parameters are captured, and run
// the body. There is one entry per small argument count so that calls need no argument array.
import type { Value } from '../values/value.js';
import { arrayToList } from '../values/pair.js';
import { arityError, describeArity, type SchemeError } from '../values/error.js';
import { spendFuel, type Closure, type Frame, type ReturnPoint, type Signal } from '../machine/kernel.js';
import type { Machine } from '../machine/machine.js';
import type { Lambda } from '../expander/ir.js';
import type { Entries } from './code.js';

export type Step = (m: Machine, fr: Frame) => Signal;

export function makeEntries(lam: Lambda, body: Step, frameSize: number): Entries {
  const nreq = lam.params.length;
  const hasRest = lam.rest !== null;
  const name = lam.name || 'anonymous procedure';
  const arity = describeArity(nreq, hasRest ? Infinity : nreq);
  const captured: number[] = [];
  (hasRest ? [...lam.params, lam.rest!] : lam.params).forEach((p, i) => {
    if (p.captured) captured.push(3 + i);
  });

  const wrongCount = (rf: Frame, got: number): SchemeError => {
    const e = arityError(name, arity, got);
    e.frame = rf;
    return e;
  };

  // Runs the body on a frame whose argument slots are filled in.
  let run: (m: Machine, c: Closure, fr: Frame) => Signal;
  if (captured.length === 0) {
    run = (m, c, fr) => {
      fr[2] = c.env;
      return body(m, fr);
    };
  } else {
    run = (m, c, fr) => {
      const env: Value[] = [c.env];
      for (let i = 0; i < captured.length; i++) env.push(fr[captured[i]]);
      fr[2] = env;
      return body(m, fr);
    };
  }

  const general = (m: Machine, c: Closure, rf: Frame, rp: ReturnPoint, args: Value[]): Signal => {
    if (spendFuel()) return m.bounceCall(c, rf, rp, args);
    const n = args.length;
    if (n < nreq || (n > nreq && !hasRest)) throw wrongCount(rf, n);
    const fr: Frame = new Array(frameSize);
    fr[0] = rf;
    fr[1] = rp;
    for (let i = 0; i < nreq; i++) fr[3 + i] = args[i];
    if (hasRest) fr[3 + nreq] = n > nreq ? arrayToList(args.slice(nreq)) : null;
    return run(m, c, fr);
  };

  // Fixed-arity procedures get entries that fill the frame straight from the JS arguments.
  const fixed = !hasRest;
  if (fixed && captured.length === 0) return plainEntries(nreq, body, frameSize, general);
  return {
    e0:
      fixed && nreq === 0
        ? (m, c, rf, rp) => {
            if (spendFuel()) return m.bounceCall(c, rf, rp, []);
            const fr: Frame = new Array(frameSize);
            fr[0] = rf;
            fr[1] = rp;
            return run(m, c, fr);
          }
        : (m, c, rf, rp) => general(m, c, rf, rp, []),
    e1:
      fixed && nreq === 1
        ? (m, c, rf, rp, a) => {
            if (spendFuel()) return m.bounceCall(c, rf, rp, [a]);
            const fr: Frame = new Array(frameSize);
            fr[0] = rf;
            fr[1] = rp;
            fr[3] = a;
            return run(m, c, fr);
          }
        : (m, c, rf, rp, a) => general(m, c, rf, rp, [a]),
    e2:
      fixed && nreq === 2
        ? (m, c, rf, rp, a, b) => {
            if (spendFuel()) return m.bounceCall(c, rf, rp, [a, b]);
            const fr: Frame = new Array(frameSize);
            fr[0] = rf;
            fr[1] = rp;
            fr[3] = a;
            fr[4] = b;
            return run(m, c, fr);
          }
        : (m, c, rf, rp, a, b) => general(m, c, rf, rp, [a, b]),
    e3:
      fixed && nreq === 3
        ? (m, c, rf, rp, a, b, d) => {
            if (spendFuel()) return m.bounceCall(c, rf, rp, [a, b, d]);
            const fr: Frame = new Array(frameSize);
            fr[0] = rf;
            fr[1] = rp;
            fr[3] = a;
            fr[4] = b;
            fr[5] = d;
            return run(m, c, fr);
          }
        : (m, c, rf, rp, a, b, d) => general(m, c, rf, rp, [a, b, d]),
    eN: general,
  };
}

/** Entries of a fixed-arity procedure none of whose parameters is captured: the common, fast case. */
function plainEntries(nreq: number, body: Step, frameSize: number, general: Entries['eN']): Entries {
  return {
    e0:
      nreq === 0
        ? (m, c, rf, rp) => {
            if (spendFuel()) return m.bounceCall(c, rf, rp, []);
            const fr: Frame = new Array(frameSize);
            fr[0] = rf;
            fr[1] = rp;
            fr[2] = c.env;
            return body(m, fr);
          }
        : (m, c, rf, rp) => general(m, c, rf, rp, []),
    e1:
      nreq === 1
        ? (m, c, rf, rp, a) => {
            if (spendFuel()) return m.bounceCall(c, rf, rp, [a]);
            const fr: Frame = new Array(frameSize);
            fr[0] = rf;
            fr[1] = rp;
            fr[2] = c.env;
            fr[3] = a;
            return body(m, fr);
          }
        : (m, c, rf, rp, a) => general(m, c, rf, rp, [a]),
    e2:
      nreq === 2
        ? (m, c, rf, rp, a, b) => {
            if (spendFuel()) return m.bounceCall(c, rf, rp, [a, b]);
            const fr: Frame = new Array(frameSize);
            fr[0] = rf;
            fr[1] = rp;
            fr[2] = c.env;
            fr[3] = a;
            fr[4] = b;
            return body(m, fr);
          }
        : (m, c, rf, rp, a, b) => general(m, c, rf, rp, [a, b]),
    e3:
      nreq === 3
        ? (m, c, rf, rp, a, b, d) => {
            if (spendFuel()) return m.bounceCall(c, rf, rp, [a, b, d]);
            const fr: Frame = new Array(frameSize);
            fr[0] = rf;
            fr[1] = rp;
            fr[2] = c.env;
            fr[3] = a;
            fr[4] = b;
            fr[5] = d;
            return body(m, fr);
          }
        : (m, c, rf, rp, a, b, d) => general(m, c, rf, rp, [a, b, d]),
    eN: general,
  };
}
