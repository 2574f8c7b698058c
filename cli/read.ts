/**
 * The command line's file reading: opens the file (read-only: it is never written) and hands its bytes to the readers
 * stage (readers/), which the web page runs on the files the user picks. Only what needs the file system is here: its
 * errors, and a too-large file refused before it is read whole.
 */
import { promises as fsp } from 'node:fs';
import type { Workbook } from '../core/grid/types';
import { accessError, DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_BYTES, fail, readWorkbookBytes, sniff, tooLarge, type ReadOptions } from '../readers';
import { baseName } from '../readers/sniff';

export { readWorkbookBytes, WorkbookReadError, type ReadErrorCode, type ReadOptions } from '../readers';

export async function readWorkbookFile(path: string, opts?: ReadOptions): Promise<Workbook> {
  const name = baseName(path);
  const maxBytes = opts?.maxBytes ?? DEFAULT_MAX_BYTES;
  let stat: Awaited<ReturnType<typeof fsp.stat>>;
  try {
    stat = await fsp.stat(path);
  } catch (e) {
    throw accessError(e, name);
  }
  if (stat.isDirectory()) throw fail('is-directory', name);
  if (!stat.isFile()) throw fail('unsupported-type', name);
  if (stat.size === 0) throw fail('empty-file', name);
  // Checked before reading so a huge file is refused without loading it into memory.
  if (stat.size > maxBytes) throw tooLarge(name, stat.size, maxBytes);
  // A text file past its cap is refused from its head, without reading 200 MB first.
  const maxText = opts?.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
  if (stat.size > maxText && sniff(await readHead(path, name)) === 'text') throw tooLarge(name, stat.size, maxText);
  let bytes: Uint8Array;
  try {
    bytes = await fsp.readFile(path, { flag: 'r' });
  } catch (e) {
    throw accessError(e, name);
  }
  return readWorkbookBytes(bytes, path, opts);
}

async function readHead(path: string, name: string): Promise<Uint8Array> {
  try {
    const f = await fsp.open(path, 'r');
    try {
      const buf = new Uint8Array(64 * 1024);
      const { bytesRead } = await f.read(buf, 0, buf.length, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await f.close();
    }
  } catch (e) {
    throw accessError(e, name);
  }
}
