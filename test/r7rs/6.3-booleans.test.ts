// R7RS 6.3 Booleans: #t and #f, not, boolean?, boolean=?.
import { newSession, reportExamples, examples, errors } from './report.js';

const s = newSession();

describe('boolean constants', () => {
  reportExamples(s, [
    ['#t', '#t'],
    ['#f', '#f'],
    ["'#f", '#f'],
  ]);
  examples(s, [
    ['#true', '#t'],
    ['#false', '#f'],
    ["(if '() 'true 'false)", 'true'],
    ["(if 0 'true 'false)", 'true'],
    ["(if 'nil 'true 'false)", 'true'],
    ["(if #f 'true 'false)", 'false'],
  ]);
});

describe('not', () => {
  reportExamples(s, [
    ['(not #t)', '#f'],
    ['(not 3)', '#f'],
    ['(not (list 3))', '#f'],
    ['(not #f)', '#t'],
    ["(not '())", '#f'],
    ['(not (list))', '#f'],
    ["(not 'nil)", '#f'],
  ]);
  examples(s, [
    ['(not 0)', '#f'],
    ['(not "")', '#f'],
  ]);
});

describe('boolean?', () => {
  reportExamples(s, [
    ['(boolean? #f)', '#t'],
    ['(boolean? 0)', '#f'],
    ["(boolean? '())", '#f'],
  ]);
  examples(s, [
    ['(boolean? #t)', '#t'],
    ["(boolean? 'nil)", '#f'],
  ]);
});

describe('boolean=?', () => {
  examples(s, [
    ['(boolean=? #t #t)', '#t'],
    ['(boolean=? #f #f)', '#t'],
    ['(boolean=? #t #f)', '#f'],
    ['(boolean=? #f #t)', '#f'],
    ['(boolean=? #t #t #t)', '#t'],
    ['(boolean=? #f #f #f #f)', '#t'],
    ['(boolean=? #f #f #t)', '#f'],
    ['(boolean=? #t #f #f)', '#f'],
  ]);
  errors(s, [
    ['(boolean=? 1 1)', /^boolean=\?: /],
    ["(boolean=? #t 'a)", /^boolean=\?: /],
    ['(boolean=? #t #f 1)', /^boolean=\?: /],
  ]);
});
