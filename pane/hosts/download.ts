/** Browser file hand-off shared by the hosts: base64 for the Apps Script bridge, a download link otherwise. */
import type { SaveResult } from '../host';

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function download(fileName: string, bytes: Uint8Array, type = DOCX): SaveResult {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { downloaded: true };
}
