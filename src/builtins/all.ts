// Loads every module of built-ins, so that their registrations are in the table.
import './equivalence.js';
import './numbers.js';
import './lists.js';
import './symbols.js';
import './chars.js';
import './strings.js';
import './vectors.js';
import './control.js';
import './records.js';
import './ports.js';
import './file-ports.js';
import './system.js';
import './eval.js';
// the SRFI libraries' built-ins
import './list-library.js';
import './vector-library.js';
import './string-library.js';
import './hash-tables.js';
import './boxes.js';
import './format.js';
