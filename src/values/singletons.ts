// Values that exist once. Each is its own class so that the printer and the world format can tell them
// apart by type, and a world can map them back to the one instance at boot.
export class Unspecified {}
export class EofObject {}
/** The value of an optional argument that was not supplied (as #!default in Chibi and Guile). */
export class DefaultObject {}

export const UNSPECIFIED = new Unspecified();
export const EOF = new EofObject();
export const DEFAULT = new DefaultObject();

import type { Value } from './value.js';

/** What (values a b ...) returns when it is not given exactly one value. */
export class MultipleValues {
  constructor(readonly values: Value[]) {}
}
