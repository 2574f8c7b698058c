/**
 * Reads a spreadsheet file into the
 * plain grids the core works on. Read-only: the input file is opened for reading and never written.
 * Every failure surfaces as a WorkbookReadError with one Vietnamese sentence the user can act on.
 */
import { promises as fsp } from 'node:fs';
import type { Workbook } from '../../core/grid/types';
import { readCsv } from './csv';
import { accessError, fail, tooLarge, unsupported, WorkbookReadError } from './errors';
import { baseName, extension, FOREIGN_EXT, looksLikeHtml, OTHER_SHEET_EXT, sniff, XLSX_EXT } from './sniff';
import { readZip } from './xlsx';

export { WorkbookReadError, type ReadErrorCode } from './errors';

export interface ReadOptions {
  /** Largest file accepted, in bytes (default 200 MB). */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;


// ---------------------------------------------------------------------------
// Entry points

export async function readWorkbookFile(path: string, opts?: ReadOptions): Promise<Workbook> {
  const name = baseName(path);
  const maxBytes = opts?.maxBytes ?? DEFAULT_MAX_BYTES;
  let stat;
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
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(path, { flag: 'r' });
  } catch (e) {
    throw accessError(e, name);
  }
  return readWorkbookBytes(bytes, path, opts);
}

export async function readWorkbookBytes(bytes: Uint8Array, fileName: string, opts?: ReadOptions): Promise<Workbook> {
  const name = baseName(fileName);
  const ext = extension(name);
  const maxBytes = opts?.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw fail('empty-file', name);
  if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
  try {
    return await readKnownSize(bytes, name, ext);
  } catch (e) {
    // The caller only ever sees our errors: anything else thrown by the libraries means unreadable content.
    if (e instanceof WorkbookReadError) throw e;
    throw fail('corrupt', name);
  }
}

async function readKnownSize(bytes: Uint8Array, name: string, ext: string): Promise<Workbook> {
  // Content decides first (people rename files), the extension only settles what content cannot.
  const kind = sniff(bytes);
  switch (kind) {
    case 'zip':
      return readZip(bytes, name, ext);
    case 'cfb':
      if (FOREIGN_EXT[ext]) throw unsupported(name, FOREIGN_EXT[ext]);
      throw fail('legacy-or-encrypted', name);
    case 'pdf':
      throw unsupported(name, 'tài liệu PDF');
    case 'image':
      throw unsupported(name, 'tệp ảnh');
    case 'archive':
      throw unsupported(name, 'tệp nén');
    case 'binary':
      // Bytes that are no spreadsheet under a spreadsheet's name: the file is damaged or mislabelled.
      if (XLSX_EXT.has(ext)) throw fail('corrupt', name);
      throw unsupported(name, FOREIGN_EXT[ext]);
    case 'text':
      if (XLSX_EXT.has(ext)) throw fail('not-xlsx', name);
      if (ext === 'xls') throw unsupported(name, looksLikeHtml(bytes) ? 'trang HTML được đặt đuôi .xls' : undefined, true);
      if (FOREIGN_EXT[ext] || OTHER_SHEET_EXT[ext]) throw unsupported(name, FOREIGN_EXT[ext] ?? OTHER_SHEET_EXT[ext], !!OTHER_SHEET_EXT[ext]);
      return readCsv(bytes, name, ext);
  }
}

