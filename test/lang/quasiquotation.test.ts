// R7RS 4.2.8: quasiquote, unquote, unquote-splicing, at depth 1 and nested.
// The printer writes (quasiquote x) in full rather than as `x, so nested results are spelled out.
import { newSession, evalString } from './helpers.js';

const session = newSession();
const ev = (text: string) => evalString(session, text);

describe('quasiquote at depth 1', () => {
  test('without unquotes it is quote', () => {
    expect(ev('`(list 3 4)')).toBe('(list 3 4)');
    expect(ev('`sym')).toBe('sym');
  });

  test('unquote evaluates', () => {
    expect(ev('`(list ,(+ 1 2) 4)')).toBe('(list 3 4)');
    expect(ev("(let ((name 'a)) `(list ,name ',name))")).toBe('(list a (quote a))');
  });

  test('unquote-splicing splices a list, anywhere in the list', () => {
    expect(ev("`(a ,(+ 1 2) ,@(map abs '(4 -5 6)) b)")).toBe('(a 3 4 5 6 b)');
    expect(ev("`(,@'(1 2) middle ,@'(3))")).toBe('(1 2 middle 3)');
    expect(ev("`(,@'() x)")).toBe('(x)');
  });

  test('in the tail of a dotted list', () => {
    expect(ev("`((foo ,(- 10 3)) ,@(cdr '(c)) . ,(car '(cons)))")).toBe('((foo 7) . cons)');
    expect(ev('`(1 . ,(+ 1 1))')).toBe('(1 . 2)');
  });

  test('in vectors', () => {
    expect(ev("`#(10 5 ,(sqrt 4) ,@(map sqrt '(16 9)) 8)")).toBe('#(10 5 2 4 3 8)');
    expect(ev('`#(,@(list) ,(* 2 3))')).toBe('#(6)');
  });

  test('the long forms mean the same as the abbreviations', () => {
    expect(ev('(quasiquote (list (unquote (+ 1 2)) 4))')).toBe('(list 3 4)');
    expect(ev("(quasiquote (1 (unquote-splicing (list 2 3))))")).toBe('(1 2 3)');
  });

  test('each evaluation makes fresh structure where something was unquoted', () => {
    expect(ev('(define (fresh x) `(a ,x)) (eq? (fresh 1) (fresh 1))')).toBe('#f');
  });

  test('the spliced list is copied, not shared, unless it is last', () => {
    expect(ev("(let* ((l (list 1 2)) (q `(,@l 3))) (set-car! l 'changed) q)")).toBe('(1 2 3)');
  });
});

describe('nested quasiquote (depth 2)', () => {
  test('inner unquotes stay unevaluated; the innermost at depth 0 is evaluated', () => {
    expect(ev('`(a `(b ,(c ,(+ 1 2))))')).toBe('(a (quasiquote (b (unquote (c 3)))))');
    expect(ev('`(a `(b ,(+ 1 2) ,(foo ,(+ 1 3) d) e) f)')).toBe('(a (quasiquote (b (unquote (+ 1 2)) (unquote (foo 4 d)) e)) f)');
  });

  test('unquote of unquote, and unquote of a quoted unquote', () => {
    expect(ev("(let ((name1 'x) (name2 'y)) `(a `(b ,,name1 ,',name2 d) e))")).toBe('(a (quasiquote (b (unquote x) (unquote (quote y)) d)) e)');
  });

  test('unquote-splicing at depth 0 inside a nested quasiquote splices', () => {
    expect(ev('`(1 `(2 ,(3 ,@(list 4 5))))')).toBe('(1 (quasiquote (2 (unquote (3 4 5)))))');
    expect(ev('`(1 `(2 ,@(3 ,@(list 4 5))))')).toBe('(1 (quasiquote (2 (unquote-splicing (3 4 5)))))');
  });

  test('nested inside vectors', () => {
    expect(ev('`#(a `#(b ,(c ,@(list 1 2))))')).toBe('#(a (quasiquote #(b (unquote (c 1 2)))))');
  });
});
