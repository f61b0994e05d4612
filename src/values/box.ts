// SRFI 111 boxes: one mutable cell. A world stores a box as its one field, `value`.
import type { Value } from './value.js';

export class Box {
  constructor(public value: Value) {}

  printedForm(): string {
    return '#<box>';
  }
}
