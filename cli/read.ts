/**
 * The command line's file reading: opens the file (read-only: it is never written) and hands its bytes to the readers
 * stage (readers/), which the web page runs on the files the user picks. Only what needs the file system is here: its
 * errors, and a too-large file refused before it is read whole.
 */
import { promises as fsp, readFileSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import type { Workbook } from '../core/grid/types';
import { accessError, DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_BYTES, fail, readWorkbookBytes, sniff, tooLarge, type ReadOptions } from '../readers';
import { baseName } from '../readers/sniff';
import { useWholeInflater } from '../readers/zip';

/**
 * Node's zlib inflates a workbook's parts two to three times faster than fflate in Node; `maxOutputLength` holds it
 * to the size the zip's directory states (a part that is more is read through the readers' capped stream). Parts
 * past 128 MB stream instead, so memory stays as measured (a 95 MB sheet part whole: 425 MB peak for 200.000 rows).
 */
useWholeInflater({
  maxWhole: 128 * 1024 * 1024,
  inflate(data, maxOut) {
    try {
      // Output in one chunk of the stated size, not zlib's 16 KB ones: zlib then hands that chunk back as it is, where
      // many would be gathered and copied into a new buffer at the end (a 95 MB sheet part: 400 ms and its size again).
      // The chunk is allocated, not filled: a size stated larger than the part costs address space, not memory.
      return inflateRawSync(data, { maxOutputLength: maxOut, chunkSize: Math.max(64, maxOut) });
    } catch (e) {
      if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return 'too-large';
      // Damaged data: fflate's stream says so in the readers' own words.
      return 'too-large';
    }
  },
});

export { readWorkbookBytes, WorkbookReadError, type ReadErrorCode, type ReadOptions } from '../readers';

export async function readWorkbookFile(path: string, opts?: ReadOptions): Promise<Workbook> {
  return readWorkbookBytes(await readFileBytes(path, opts), path, opts);
}

/** A workbook file's bytes, refused as the reader would (not found, a folder, empty, too large) before it is read whole. */
export async function readFileBytes(path: string, opts?: ReadOptions): Promise<Uint8Array> {
  const name = baseName(path);
  const maxBytes = opts?.maxBytes ?? DEFAULT_MAX_BYTES;
  // Synchronous: for the small files a roll-up reads by the thousand, Node's promise file calls cost seven times the
  // read itself (1.224 cached workbooks: 32 ms read so, 262 ms through fs.promises), and nothing else waits on them.
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
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
    bytes = readFileSync(path, { flag: 'r' });
  } catch (e) {
    throw accessError(e, name);
  }
  return bytes;
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
