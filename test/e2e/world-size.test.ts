// Worlds holding large and deep data: neither saving nor booting may recurse over the data's depth.
import * as path from 'node:path';
import { lisp, scratchDir, removeScratch } from './run.js';

let dir: string;
beforeAll(() => {
  dir = scratchDir();
});
afterAll(() => removeScratch(dir));

test('a 10^6-element list and a 10^6-deep nested list survive saving and booting', () => {
  const world = path.join(dir, 'big.world');
  const made = lisp(
    [
      'save-world',
      world,
      '--eval',
      '(define long (iota 1000000))',
      '--eval',
      "(define deep (let loop ((i 0) (acc '())) (if (= i 1000000) acc (loop (+ i 1) (list acc)))))",
      '--eval',
      '(define deep-vector (let loop ((i 0) (acc #())) (if (= i 100000) acc (loop (+ i 1) (vector acc)))))',
    ],
    { timeout: 60000 },
  );
  expect(made).toEqual({ status: 0, stdout: '', stderr: '' });

  const booted = lisp(
    ['--world', world],
    {
      input: `(length long)
              (list (car long) (list-ref long 999999))
              (let loop ((d deep) (n 0)) (if (null? d) n (loop (car d) (+ n 1))))
              (let loop ((v deep-vector) (n 0)) (if (= (vector-length v) 0) n (loop (vector-ref v 0) (+ n 1))))`,
      timeout: 60000,
    },
  );
  expect(booted).toEqual({ status: 0, stdout: '1000000\n(0 999999)\n1000000\n100000\n', stderr: '' });
});
