/** parsers.js: papaparse and htmlparser2's Parser as a script of their own (web/text-parsers-lib.ts loads it); sets __baoCaoParsers. */
import Papa from 'papaparse';
import { Parser } from 'htmlparser2';

(globalThis as unknown as { __baoCaoParsers: unknown }).__baoCaoParsers = { Papa, Parser };
