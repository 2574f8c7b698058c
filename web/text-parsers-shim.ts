/**
 * What readers/csv.ts and readers/html.ts import as papaparse and htmlparser2 in the page: the parsers parsers.js sets
 * (web/parsers-entry.ts), reached when used. readers/index.ts loads that script before either reader runs.
 */
import type PapaType from 'papaparse';
import type { Parser as HtmlParser } from 'htmlparser2';

interface Parsers {
  Papa: typeof PapaType;
  Parser: typeof HtmlParser;
}

const lib = (): Parsers => {
  const p = (globalThis as unknown as { __baoCaoParsers?: Parsers }).__baoCaoParsers;
  if (!p) throw new Error('parsers.js is not loaded');
  return p;
};

/** htmlparser2's Parser: constructing one gives the real parser. */
export class Parser {
  constructor(...args: ConstructorParameters<typeof HtmlParser>) {
    // biome-ignore lint/correctness/noConstructorReturn: the real parser stands in for this shim
    return new (lib().Parser)(...args);
  }
}

/** papaparse as csv.ts uses it: `Papa.parse`. */
const Papa = { parse: ((...args: Parameters<typeof PapaType.parse>) => lib().Papa.parse(...args)) as typeof PapaType.parse };
export default Papa;
