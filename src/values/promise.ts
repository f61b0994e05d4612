// Promises (delay, delay-force, make-promise). The state is a box [done?, value-or-thunk] that
// promises can come to share: forcing a delay-force chain makes each promise share the box of the
// one it forced, which is how R7RS keeps an iterative lazy algorithm in constant space.
import type { Value } from './value.js';

export class Promise {
  constructor(public box: [boolean, Value]) {}
  printedForm(): string {
    return '#<promise>';
  }
}
