// Symbols are interned by name, so eq? on symbols is JS identity. A world stores symbols by name and
// re-interns them at boot, which keeps that identity across the round trip.
export class Sym {
  constructor(
    readonly name: string,
    /** false for the uninterned symbols made by gensym and string->uninterned-symbol */
    readonly interned: boolean = true,
  ) {}
}

const table = new Map<string, Sym>();

export function intern(name: string): Sym {
  let s = table.get(name);
  if (s === undefined) {
    s = new Sym(name);
    table.set(name, s);
  }
  return s;
}

let gensymCounter = 0;

export function gensym(prefix = 'g'): Sym {
  gensymCounter++;
  return new Sym(`${prefix}${gensymCounter}`, false);
}

/** Gensym numbering continues after a boot, so that new names never repeat names in the world. */
export function gensymCount(): number {
  return gensymCounter;
}
export function setGensymCount(n: number): void {
  if (n > gensymCounter) gensymCounter = n;
}
