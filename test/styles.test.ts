/** The stylesheets as written: a rule left open swallows every rule after it, and no browser says so. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/reference';

describe.each(['pane/styles.css', 'web/styles.css'])('%s', (file) => {
  it('closes every block it opens, each at the depth it was opened', () => {
    const css = readFileSync(join(REPO_ROOT, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""');
    let depth = 0;
    const lines = css.split('\n');
    lines.forEach((line, i) => {
      for (const ch of line) {
        if (ch === '{') depth++;
        if (ch === '}') depth--;
        expect(depth, `line ${i + 1}`).toBeGreaterThanOrEqual(0);
      }
      // A rule's selector starts a line at depth 0 (or 1 inside @media): a selector met deeper means a block left open.
      if (/^[.#a-z[*:@][^;]*\{\s*$/i.test(line) && !line.startsWith('  ')) expect(depth, `line ${i + 1}: ${line}`).toBeLessThanOrEqual(1);
    });
    expect(depth).toBe(0);
  });
});
