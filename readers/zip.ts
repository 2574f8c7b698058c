/**
 * The zip container of an .xlsx, read by hand: the central directory gives every entry's place and
 * sizes, and only the entries asked for are ever inflated, in chunks, each under a size cap.
 */
import { Inflate, inflateSync, zipSync } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is not read. */
  method: number;
  /** General purpose flags (bit 0: encrypted). */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of a zip's central directory by name (a leading "/" dropped); 'truncated' when the end
 * record is missing (a download cut short); undefined when the directory is unreadable.
 */
export function zipDirectory(b: Uint8Array): Map<string, ZipEntry> | 'truncated' | undefined {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const len = b.length;
  let eocd = -1;
  // The end record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let i = len - 22; i >= 0 && i >= len - 22 - 0xffff; i--) {
    if (dv.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'truncated';
  let count = dv.getUint16(eocd + 10, true);
  let offset = dv.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && dv.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    // Zip64: the real numbers live in the zip64 end record.
    const rec = Number(dv.getBigUint64(eocd - 12, true));
    if (rec + 56 > len || dv.getUint32(rec, true) !== EOCD64) return undefined;
    count = Number(dv.getBigUint64(rec + 32, true));
    offset = Number(dv.getBigUint64(rec + 48, true));
  }
  const entries = new Map<string, ZipEntry>();
  const dec = new TextDecoder('utf-8');
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > len || dv.getUint32(p, true) !== CENTRAL) return undefined;
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let uncompressedSize = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let localOffset = dv.getUint32(p + 42, true);
    const extraStart = p + 46 + nameLen;
    if (extraStart + extraLen > len) return undefined;
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // Zip64 extended information: only the fields saturated above are present, in this order.
      let q = extraStart;
      while (q + 4 <= extraStart + extraLen) {
        const id = dv.getUint16(q, true);
        const size = dv.getUint16(q + 2, true);
        if (id === 0x0001) {
          let f = q + 4;
          const end = f + size;
          const next = (): number | undefined => {
            if (f + 8 > end) return undefined;
            const v = Number(dv.getBigUint64(f, true));
            f += 8;
            return v;
          };
          if (uncompressedSize === 0xffffffff) uncompressedSize = next() ?? uncompressedSize;
          if (compressedSize === 0xffffffff) compressedSize = next() ?? compressedSize;
          if (localOffset === 0xffffffff) localOffset = next() ?? localOffset;
          break;
        }
        q += 4 + size;
      }
    }
    let name = dec.decode(b.subarray(p + 46, p + 46 + nameLen));
    if (name.startsWith('/')) name = name.slice(1);
    if (!entries.has(name)) entries.set(name, { name, method, flags, compressedSize, uncompressedSize, localOffset });
    p = extraStart + extraLen + commentLen;
  }
  return entries;
}

/** Why an entry could not be inflated. */
export class ZipPartError extends Error {
  constructor(
    public readonly reason: 'too-large' | 'corrupt' | 'encrypted' | 'method',
    public readonly entry: string,
    /** The cap that was exceeded, for 'too-large'. */
    public readonly cap = 0,
  ) {
    super(`${reason}: ${entry}`);
    this.name = 'ZipPartError';
  }
}

/** Thrown by a consumer to stop inflating an entry early: what it needs has been read. */
export class StopInflating extends Error {
  constructor() {
    super('stop');
    this.name = 'StopInflating';
  }
}

/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most ~1032×, so one push yields
 * at most ~66 MB: the most a part can overshoot its cap before it is stopped.
 */
const FEED = 64 * 1024;
/** Stored entries, and parts inflated whole, are handed over in slices of this size. */
const STORED_SLICE = 1024 * 1024;

/**
 * Inflates a part whole: raw deflate data in, at most `maxOut` bytes out; 'too-large' when there is more. The
 * readers' own is fflate's; the command line gives Node's zlib (cli/read.ts), two to three times faster in Node. No
 * Node API here: the platform hands its inflater in.
 */
export interface WholeInflater {
  /** Parts the directory states no larger than this are inflated whole; larger ones go through the capped stream. */
  maxWhole: number;
  inflate(data: Uint8Array, maxOut: number): Uint8Array | 'too-large';
  /**
   * The platform's native inflater, when it is asynchronous (a browser's DecompressionStream): the parts a workbook
   * reads are inflated with it before reading (preInflate), the rest as above. 'too-large' also for damaged data.
   */
  inflateAsync?(data: Uint8Array, maxOut: number): Promise<Uint8Array | 'too-large'>;
}

/** Deflate expands at most about 1032 times: more than this from a part's compressed size, its directory lies. */
const MAX_RATIO = 1032;

/** Parts compressed to no more than this are inflated whole by fflate: the most a lying one costs is ~66 MB of work. */
const WHOLE_COMPRESSED_MAX = 64 * 1024;

/** The readers' own whole-part inflater (fflate); a platform may widen it or add its native one (web/inflate.ts). */
export const FFLATE_WHOLE: WholeInflater = {
  // fflate's stream allocates and copies per push (128 KB each): whole is faster, up to a size worth holding.
  maxWhole: 16 * 1024 * 1024,
  inflate(data, maxOut) {
    // fflate's whole inflate does not stop at the end of its buffer: it decodes on and drops the rest. A large part
    // goes through the stream, which stops at maxOut.
    if (data.length > WHOLE_COMPRESSED_MAX) return streamInto(data, maxOut);
    try {
      const out = inflateSync(data, { out: new Uint8Array(maxOut) });
      return out.length >= maxOut ? 'too-large' : out;
    } catch (e) {
      // A stored block past the buffer's end: more than stated.
      if (e instanceof RangeError) return 'too-large';
      throw e;
    }
  },
};

const TOO_LARGE = new Error('too large');
const INTO_FEED = 8 * 1024;

/** fflate's stream into one buffer of maxOut bytes, stopped as soon as there is more. */
function streamInto(data: Uint8Array, maxOut: number): Uint8Array | 'too-large' {
  const out = new Uint8Array(maxOut);
  let n = 0;
  try {
    const inf = new Inflate((chunk) => {
      if (n + chunk.length >= maxOut) throw TOO_LARGE;
      out.set(chunk, n);
      n += chunk.length;
    });
    // Small pushes: one is decoded whole before its output is seen, and 8 KB of a bomb is at most 8 MB.
    for (let i = 0; i < data.length; i += INTO_FEED) inf.push(data.subarray(i, Math.min(data.length, i + INTO_FEED)), i + INTO_FEED >= data.length);
  } catch (e) {
    if (e === TOO_LARGE) return 'too-large';
    throw e;
  }
  return out.subarray(0, n);
}

/** Whether the size a directory states for an entry can be true of its compressed bytes (a bomb's often cannot). */
const plausible = (e: ZipEntry) => e.uncompressedSize <= Math.max(1, e.compressedSize) * MAX_RATIO;

let whole: WholeInflater = FFLATE_WHOLE;

/** Together, the parts inflated ahead of reading may not pass this (they are held until the workbook is read). */
const PRE_INFLATE_BUDGET = 256 * 1024 * 1024;

/**
 * The entries `wanted` inflated ahead with the platform's asynchronous inflater, each to exactly the size the
 * directory states: what is missing from the map (no such inflater, a part too large or lying about its size, damaged
 * data) is read the usual way, capped.
 */
export async function preInflate(b: Uint8Array, dir: ReadonlyMap<string, ZipEntry>, wanted: (e: ZipEntry) => boolean): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  const inflateAsync = whole.inflateAsync?.bind(whole);
  if (!inflateAsync) return out;
  let left = PRE_INFLATE_BUDGET;
  for (const e of dir.values()) {
    if (e.method !== 8 || e.flags & 1 || !wanted(e) || e.uncompressedSize > whole.maxWhole || e.uncompressedSize > left || !plausible(e)) continue;
    const data = entryData(b, e);
    if (!data || data.length === 0) continue;
    const got = await inflateAsync(data, e.uncompressedSize + 1);
    if (got === 'too-large' || got.length !== e.uncompressedSize) continue;
    out.set(e.name, got);
    left -= got.length;
  }
  return out;
}

/** An entry's stored bytes (compressed or not), found through its local header; undefined when they are not there. */
function entryData(b: Uint8Array, e: ZipEntry): Uint8Array | undefined {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const h = e.localOffset;
  if (h + 30 > b.length || dv.getUint32(h, true) !== LOCAL) return undefined;
  const start = h + 30 + dv.getUint16(h + 26, true) + dv.getUint16(h + 28, true);
  const end = start + e.compressedSize;
  return end > b.length ? undefined : b.subarray(start, end);
}

/** A part inflated ahead (preInflate), handed over as inflateEntry hands its output: in slices, or whole. */
export function emitInflated(out: Uint8Array, onData: (chunk: Uint8Array) => void, asOne = false): void {
  try {
    emitSlices(out, onData, asOne);
  } catch (err) {
    if (!(err instanceof StopInflating)) throw err;
  }
}

/** Bytes held whole to `onData`: as one piece when the reader takes them so (`asOne`), else in slices of STORED_SLICE. */
function emitSlices(out: Uint8Array, onData: (chunk: Uint8Array) => void, asOne: boolean): void {
  if (asOne) {
    if (out.length > 0) onData(out);
    return;
  }
  for (let i = 0; i < out.length; i += STORED_SLICE) onData(out.subarray(i, Math.min(out.length, i + STORED_SLICE)));
}

/** The platform's faster whole-part inflater (Node's zlib for the command line); the readers' own by default. */
export function useWholeInflater(w: WholeInflater | undefined): void {
  whole = w ?? FFLATE_WHOLE;
}

/**
 * Inflates one entry, handing each piece of output to `onData` as it comes, never holding the whole
 * output. Throws ZipPartError('too-large') as soon as more than `cap` bytes have come out; a consumer
 * may throw StopInflating to end early (not an error).
 */
export function inflateEntry(b: Uint8Array, e: ZipEntry, cap: number, onData: (chunk: Uint8Array) => void, asOne = false): void {
  if (e.flags & 1) throw new ZipPartError('encrypted', e.name);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const h = e.localOffset;
  if (h + 30 > b.length || dv.getUint32(h, true) !== LOCAL) throw new ZipPartError('corrupt', e.name);
  const start = h + 30 + dv.getUint16(h + 26, true) + dv.getUint16(h + 28, true);
  const end = start + e.compressedSize;
  if (end > b.length) throw new ZipPartError('corrupt', e.name);
  const data = b.subarray(start, end);
  try {
    if (e.method === 0) {
      if (data.length > cap) throw new ZipPartError('too-large', e.name, cap);
      emitSlices(data, onData, asOne);
      return;
    }
    if (e.method !== 8) throw new ZipPartError('method', e.name);
    if (data.length === 0) throw new ZipPartError('corrupt', e.name);
    // A part whose size the directory states is inflated at once, allowed that size and one byte more: the stream below
    // allocates and copies per push, which for a thousand small workbooks was most of the time. Past the stated size,
    // the directory lied, and the part goes through the capped stream instead.
    if (e.uncompressedSize <= whole.maxWhole && e.uncompressedSize <= cap && plausible(e)) {
      const out = whole.inflate(data, e.uncompressedSize + 1);
      if (out !== 'too-large') {
        emitSlices(out, onData, asOne);
        return;
      }
    }
    let total = 0;
    const inf = new Inflate((chunk) => {
      total += chunk.length;
      if (total > cap) throw new ZipPartError('too-large', e.name, cap);
      if (chunk.length) onData(chunk);
    });
    for (let i = 0; i < data.length; i += FEED) {
      const j = Math.min(data.length, i + FEED);
      inf.push(data.subarray(i, j), j === data.length);
    }
  } catch (err) {
    if (err instanceof StopInflating) return;
    if (err instanceof ZipPartError) throw err;
    // fflate's own errors (invalid block type, distance too far, unexpected EOF): damaged data.
    if (err instanceof Error && typeof (err as { code?: unknown }).code === 'number') throw new ZipPartError('corrupt', e.name);
    throw err;
  }
}

/**
 * The entries `wanted` of a zip, inflated through inflateEntry under one budget for all of them together, and
 * packed again as a stored (uncompressed) zip: what a library that unzips everything itself (SheetJS, for .ods and
 * .xlsb) is handed, so a bomb in a part it reads is stopped at the budget and a part nobody reads is never inflated.
 * Throws ZipPartError('too-large') past the budget.
 */
export function repackZip(b: Uint8Array, dir: ReadonlyMap<string, ZipEntry>, wanted: (name: string) => boolean, budget: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  let left = budget;
  for (const e of dir.values()) {
    if (e.name.endsWith('/') || !wanted(e.name)) continue;
    const chunks: Uint8Array[] = [];
    let size = 0;
    inflateEntry(b, e, left, (chunk) => {
      // fflate may hand over a view of its window: kept as a copy.
      chunks.push(chunk.slice());
      size += chunk.length;
    });
    left -= size;
    if (left < 0) throw new ZipPartError('too-large', e.name, budget);
    files[e.name] = chunks.length === 1 ? chunks[0]! : concat(chunks, size);
  }
  return zipSync(files, { level: 0 });
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
