// lisp save-world and lisp build-base-world.
import { reportError, exitProcess } from './driver.js';

export function saveWorldCommand(_root: string, _file: string, _opts: unknown): void {
  reportError('lisp save-world: not available yet');
  exitProcess(1);
}

export function buildBaseWorld(_root: string): void {
  // filled in with the world stage
}
