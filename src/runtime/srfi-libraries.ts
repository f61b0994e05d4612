// The SRFI libraries this lisp provides, as (srfi N), and the names each exports (bound in the core
// environment).
export const SRFI_LIBRARIES: Readonly<Record<number, readonly string[]>> = {
  8: ['receive'],
  23: ['error'],
  26: ['cut', 'cute'],
  39: ['make-parameter', 'parameterize'],
};
