/**
 * The stages talk through their public faces (issue 19): the roll-up and the jobs take tables from the tables stage
 * (read-tables, table, context) and the report's public index, never the detector's or the composer's internals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/reference';

const INTERNALS = [/\.\.\/tables\/(?:detect|rows|map-columns|periods|types)'/, /\.\.\/report\/(?:compose|figures|text|template|appendix|citations)'/];

describe('stage boundaries', () => {
  for (const dir of ['core/rollup', 'core/jobs']) {
    const files = readdirSync(join(REPO_ROOT, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    it.each(files)(`${dir}/%s imports no internals of the tables or report stages`, (f) => {
      const imports = readFileSync(join(REPO_ROOT, dir, f), 'utf8').match(/from '[^']+'/g) ?? [];
      for (const i of imports) for (const bad of INTERNALS) expect(i, `${dir}/${f}`).not.toMatch(bad);
      // Nor does it make tables of its own (a one-row table of counts): the indicators' API takes counts.
      expect(readFileSync(join(REPO_ROOT, dir, f), 'utf8'), `${dir}/${f}`).not.toMatch(/\bmeasures:\s*\[/);
    });
  }
});
