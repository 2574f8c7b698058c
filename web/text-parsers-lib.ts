/** The web build's text parsers (replacing readers/text-parsers-lib.ts): parsers.js, loaded the first time a CSV or HTML file comes. */
import { loadScriptFile } from './scripts';

export async function loadTextParsers(): Promise<void> {
  await loadScriptFile('parsers');
  if (!(globalThis as unknown as { __baoCaoParsers?: unknown }).__baoCaoParsers) throw new Error('parsers.js did not set its parsers');
}
