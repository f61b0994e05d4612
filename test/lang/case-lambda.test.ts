// R7RS 4.2.9: case-lambda.
import { newSession, evalString, errorOf } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('case-lambda', () => {
  beforeAll(() => {
    ev(`(define range
          (case-lambda
            ((e) (range 0 e))
            ((b e) (do ((r '() (cons e r)) (e (- e 1) (- e 1))) ((< e b) r)))))`);
    ev(`(define plus
          (case-lambda
            (() 0)
            ((x) x)
            ((x y) (+ x y))
            ((x y z) (+ (+ x y) z))
            (args (apply + args))))`);
  });

  test('chooses the clause by the number of arguments', () => {
    expect(ev('(range 3)')).toBe('(0 1 2)');
    expect(ev('(range 3 5)')).toBe('(3 4)');
    expect(ev('(list (plus) (plus 1) (plus 1 2) (plus 1 2 3) (plus 1 2 3 4 5))')).toBe('(0 1 3 6 15)');
  });

  test('the first clause that accepts the arguments wins, including rest clauses', () => {
    expect(ev("(define first-fit (case-lambda ((a . rest) (list 'rest a rest)) ((a b) 'never))) (first-fit 1 2)")).toBe('(rest 1 (2))');
    expect(ev("((case-lambda ((a) 'one) ((a b . c) (list 'many c))) 1 2 3)")).toBe('(many (3))');
  });

  test('no clause accepting the count is an error', () => {
    expect(errorOf(session, "((case-lambda ((x) 'one)) 1 2)")).toMatch(/expected an argument count that one of its clauses accepts, got 2/);
  });

  test('the clauses are closures over the surrounding scope', () => {
    expect(ev('(define (make-acc n) (case-lambda (() n) ((k) (set! n (+ n k)) n))) (let ((a (make-acc 10))) (a 5) (a 1) (a))')).toBe('16');
  });

  test('a case-lambda is a procedure usable with apply and map', () => {
    expect(ev("(list (procedure? plus) (apply plus '(1 2 3)) (map plus '(1 2) '(10 20)))")).toBe('(#t 6 (11 22))');
  });
});
