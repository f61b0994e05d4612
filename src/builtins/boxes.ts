// Boxes (SRFI 111): box, box?, unbox, set-box!.
import type { Value } from '../values/value.js';
import { Box } from '../values/box.js';
import { typeError } from '../values/error.js';
import { UNSPECIFIED } from '../values/singletons.js';
import { primitive } from './registry.js';

function checkBox(who: string, x: Value): Box {
  if (x instanceof Box) return x;
  throw typeError(who, 'a box', x);
}

primitive('box', 1, 1, (v: Value) => new Box(v));
primitive('box?', 1, 1, (x: Value) => x instanceof Box);
primitive('unbox', 1, 1, (b: Value) => checkBox('unbox', b).value);
primitive('set-box!', 2, 2, (b: Value, v: Value) => {
  checkBox('set-box!', b).value = v;
  return UNSPECIFIED;
});
