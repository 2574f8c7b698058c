/**
 * The text readers' parsers (papaparse, htmlparser2), made ready before a CSV or HTML file is read. In Node they load
 * with readers/csv.ts and readers/html.ts, which are imported on first use: nothing to do here. The web build
 * replaces this module with web/text-parsers-lib.ts, which loads parsers.js, so the page's first script holds neither.
 */
export async function loadTextParsers(): Promise<void> {}
