// Characters are Unicode code points. They are interned, so eq? works on them as it does in Chibi.
export class Char {
  constructor(readonly code: number) {}
}

const small: Char[] = [];
const large = new Map<number, Char>();

export function charOf(code: number): Char {
  if (code < 0x800) {
    let c = small[code];
    if (c === undefined) small[code] = c = new Char(code);
    return c;
  }
  let c = large.get(code);
  if (c === undefined) {
    c = new Char(code);
    large.set(code, c);
  }
  return c;
}
