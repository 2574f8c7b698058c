/**
 * The part of JSZip's interface docx-preview uses (`JSZip.loadAsync`, `files[path].async(type)`), over fflate: the
 * .docx writer already brings fflate, so the pane ships one zip library, not two (jszip is 96 KB of the preview).
 * scripts/build-pane.mjs points docx-preview's `import JSZip from 'jszip'` here.
 */
import { strFromU8, unzipSync, zipSync } from 'fflate';

type OutputType = 'string' | 'text' | 'uint8array' | 'arraybuffer' | 'blob';

class ZipEntry {
  constructor(
    readonly name: string,
    private readonly bytes: Uint8Array,
  ) {}

  async(type: OutputType): Promise<string | Uint8Array | ArrayBuffer | Blob> {
    switch (type) {
      case 'string':
      case 'text':
        return Promise.resolve(strFromU8(this.bytes));
      case 'uint8array':
        return Promise.resolve(this.bytes);
      case 'arraybuffer':
        return Promise.resolve(this.bytes.slice().buffer);
      case 'blob':
        return Promise.resolve(new Blob([this.bytes.slice()]));
      default:
        return Promise.reject(new Error(`zip: no output type ${String(type)}`));
    }
  }
}

export default class JSZipOverFflate {
  readonly files: Record<string, ZipEntry> = {};

  static async loadAsync(input: Blob | ArrayBuffer | Uint8Array): Promise<JSZipOverFflate> {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input instanceof Blob ? await input.arrayBuffer() : input);
    const zip = new JSZipOverFflate();
    for (const [name, data] of Object.entries(unzipSync(bytes))) zip.files[name] = new ZipEntry(name, data);
    return zip;
  }

  /** docx-preview's OpenXmlPackage.update: replaces a part (not used by the preview's rendering, kept for the interface). */
  file(name: string, content: string | Uint8Array): this {
    this.files[name] = new ZipEntry(name, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    return this;
  }

  async generateAsync({ type }: { type: OutputType }): Promise<string | Uint8Array | ArrayBuffer | Blob> {
    const parts: Record<string, Uint8Array> = {};
    for (const [name, entry] of Object.entries(this.files)) parts[name] = (await entry.async('uint8array')) as Uint8Array;
    return new ZipEntry('', zipSync(parts)).async(type);
  }
}
