// Reading and writing world files: the header of format.ts, then the cbor-x body. Saving is atomic:
// the file is written beside the target under a temporary name, synced, and renamed over it, so a
// crash or a full disk never leaves a partial world at the target or damages the one already there.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { MAGIC, SENTINEL, FORMAT_VERSION, HEADER_FIELDS, HEADER_SIZE, headerOffset, type Body } from './format.js';

/** A world file that cannot be booted; the message is the one line the user sees. */
export class WorldFileError extends Error {}

export interface Header {
  formatVersion: number;
  flags: number;
  runtimeVersion: string;
  runtimeFingerprint: Buffer;
  bodyLength: number;
  checksum: Buffer;
}

// cbor-x is loaded when a world is first read or written (it costs start-up time otherwise), with a
// synchronous require, since save-world runs in the middle of a Lisp computation. Booting needs only
// the decoder, whose module loads in a third of the time of the whole package.
const require = createRequire(import.meta.url);
function encoder(): typeof import('cbor-x') {
  return require('cbor-x') as typeof import('cbor-x');
}
function decoder(): { decode: (b: Uint8Array) => unknown } {
  return require('cbor-x/decode-no-eval') as { decode: (b: Uint8Array) => unknown };
}

function sha256(b: Uint8Array): Buffer {
  return createHash('sha256').update(b).digest();
}

function encodeHeader(h: Header): Buffer {
  const buf = Buffer.alloc(HEADER_SIZE);
  buf.write(MAGIC, headerOffset('magic'), 'latin1');
  Buffer.from(SENTINEL).copy(buf, headerOffset('sentinel'));
  buf.writeUInt16LE(h.formatVersion, headerOffset('formatVersion'));
  buf.writeUInt16LE(h.flags, headerOffset('flags'));
  buf.write(h.runtimeVersion.slice(0, 16), headerOffset('runtimeVersion'), 'latin1');
  h.runtimeFingerprint.copy(buf, headerOffset('runtimeFingerprint'), 0, 8);
  buf.writeBigUInt64LE(BigInt(h.bodyLength), headerOffset('bodyLength'));
  h.checksum.copy(buf, headerOffset('checksum'));
  return buf;
}

function field(buf: Buffer, name: (typeof HEADER_FIELDS)[number]['name']): Buffer {
  const f = HEADER_FIELDS.find((x) => x.name === name)!;
  const at = headerOffset(name);
  return buf.subarray(at, at + f.size);
}

/** Writes a world atomically. */
export function writeWorldFile(file: string, body: Body, flags: number, runtimeVersion: string, fingerprint: Buffer): number {
  return writeEncoded(file, encoder().encode(body), flags, runtimeVersion, fingerprint);
}

export function writeEncoded(file: string, bytes: Uint8Array, flags: number, runtimeVersion: string, fingerprint: Buffer): number {
  const header = encodeHeader({
    formatVersion: FORMAT_VERSION,
    flags,
    runtimeVersion,
    runtimeFingerprint: fingerprint,
    bodyLength: bytes.length,
    checksum: sha256(bytes),
  });
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, 'wx', 0o644);
    fs.writeSync(fd, header);
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, Math.min(bytes.length - off, 1 << 24));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, file);
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  try {
    // make the rename itself durable
    const dfd = fs.openSync(dir, 'r');
    fs.fsyncSync(dfd);
    fs.closeSync(dfd);
  } catch {
    // some file systems cannot sync a directory; the data itself is synced
  }
  return header.length + bytes.length;
}

/** Reads and checks a world file: every check names the file and what is wrong with it. */
export function readWorldFile(file: string, runtimeVersion: string, fingerprint: Buffer): { body: Body; flags: number } {
  const fail = (why: string): never => {
    throw new WorldFileError(`${file}: ${why}`);
  };
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a world file' : `cannot read it (${(e as Error).message})`);
  }
  if (buf.length < 8 || field(buf, 'magic').toString('latin1') !== MAGIC) {
    return fail(buf.length === 0 ? 'the file is empty, not a world' : 'not a lisp world file');
  }
  if (buf.length < HEADER_SIZE) return fail('the file is truncated (its header is incomplete)');
  if (!field(buf, 'sentinel').equals(Buffer.from(SENTINEL))) return fail('the file was altered in transfer (line endings or bytes changed)');
  const version = buf.readUInt16LE(headerOffset('formatVersion'));
  if (version !== FORMAT_VERSION) return fail(`world format version ${version}, but this lisp reads version ${FORMAT_VERSION}`);
  const madeBy = field(buf, 'runtimeVersion').toString('latin1').replace(/\0+$/, '');
  if (madeBy !== runtimeVersion) return fail(`made by lisp ${madeBy}, but this is lisp ${runtimeVersion}; make the world again from its sources with this lisp`);
  if (!field(buf, 'runtimeFingerprint').equals(fingerprint.subarray(0, 8))) {
    return fail('made by a different build of this lisp version (its built-ins differ); make the world again from its sources with this build');
  }
  const length = Number(buf.readBigUInt64LE(headerOffset('bodyLength')));
  const body = buf.subarray(HEADER_SIZE);
  if (body.length < length) return fail(`the file is truncated: ${body.length} of ${length} body bytes`);
  if (body.length > length) return fail(`the file has ${body.length - length} bytes of garbage after the world`);
  if (!sha256(body).equals(field(buf, 'checksum'))) return fail('checksum mismatch, the file is damaged');
  const { decode } = decoder();
  let decoded: Body;
  try {
    decoded = decode(body) as Body;
  } catch {
    return fail('the body cannot be decoded, the file is damaged');
  }
  return { body: decoded, flags: buf.readUInt16LE(headerOffset('flags')) };
}
