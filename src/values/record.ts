// Record types made by define-record-type. A record's fields are a plain array, in the order the type
// declares them, so a world can store a record like a vector with a type tag.
import type { Value } from './value.js';
import type { Sym } from './symbol.js';
import { Primitive } from './procedure.js';
import { UNSPECIFIED } from './singletons.js';
import { typeError, makeError, arityError, describeArity } from './error.js';

export class RecordType {
  constructor(
    readonly name: Sym,
    readonly fields: Sym[],
    /** a printable name without the conventional angle brackets: <point> prints as point */
    readonly printName: string = name.name.replace(/^<(.*)>$/, '$1'),
  ) {}
}

export class Record {
  constructor(
    readonly type: RecordType,
    readonly fields: Value[],
  ) {}
}

/**
 * The procedures define-record-type makes. Each is described by plain data (what it does, for which
 * type and fields), so a world stores that and rebuilds the function at boot.
 */
export type RecordProcedureKind = 'constructor' | 'predicate' | 'accessor' | 'modifier';

export class RecordProcedure extends Primitive {
  constructor(
    readonly kind: RecordProcedureKind,
    readonly type: RecordType,
    /** field indexes: the constructor's arguments in order, or the one field accessed */
    readonly fieldIndexes: number[],
    /** the name the program gave it in define-record-type, for messages */
    readonly givenName: string | null = null,
  ) {
    const name = givenName ?? defaultName(kind, type, fieldIndexes);
    super(name, recordFunction(kind, type, fieldIndexes, name), ...recordArity(kind, fieldIndexes));
  }
}

function defaultName(kind: RecordProcedureKind, type: RecordType, idx: number[]): string {
  const t = type.printName;
  switch (kind) {
    case 'constructor':
      return `make-${t}`;
    case 'predicate':
      return `${t}?`;
    case 'accessor':
      return `${t}-${type.fields[idx[0]].name}`;
    case 'modifier':
      return `${t}-${type.fields[idx[0]].name}-set!`;
  }
}

function recordArity(kind: RecordProcedureKind, idx: number[]): [number, number] {
  switch (kind) {
    case 'constructor':
      return [idx.length, idx.length];
    case 'predicate':
    case 'accessor':
      return [1, 1];
    case 'modifier':
      return [2, 2];
  }
}

function recordFunction(kind: RecordProcedureKind, type: RecordType, idx: number[], who: string): (...args: Value[]) => Value {
  const check = (r: Value): Record => {
    if (r instanceof Record && r.type === type) return r;
    throw typeError(who, `a ${type.printName} record`, r);
  };
  switch (kind) {
    case 'constructor': {
      const n = type.fields.length;
      return (...args: Value[]) => {
        if (args.length !== idx.length) throw arityError(who, describeArity(idx.length, idx.length), args.length);
        const fields: Value[] = new Array(n).fill(false);
        for (let i = 0; i < idx.length; i++) fields[idx[i]] = args[i];
        return new Record(type, fields);
      };
    }
    case 'predicate':
      return (r: Value) => r instanceof Record && r.type === type;
    case 'accessor': {
      const i = idx[0];
      return (r: Value) => check(r).fields[i];
    }
    case 'modifier': {
      const i = idx[0];
      return (r: Value, v: Value) => {
        check(r).fields[i] = v;
        return UNSPECIFIED;
      };
    }
  }
}

/** The index of a field in a record type, or an error naming the type. */
export function fieldIndex(who: string, type: RecordType, field: Sym): number {
  const i = type.fields.indexOf(field);
  if (i < 0) throw makeError('syntax', `${who}: ${type.printName} has no field ${field.name}`, [field]);
  return i;
}
