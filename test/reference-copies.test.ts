/**
 * The project carries its own copy of the reference reports (test/reference) so that a clone passes its tests with
 * nothing beside it. Where the team's folder is beside the repository, the copies must still equal it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR, SHARED_REFERENCE_DIR } from './helpers/reference';

const copied = readdirSync(REFERENCE_DIR).filter((f) => f !== 'README.md');

describe('the reference copies', () => {
  it('hold the report texts and their figures', () => {
    expect(copied).toContain('seed-figures.md');
    expect(copied.filter((f) => f.endsWith('.txt'))).toHaveLength(5);
  });
  it.runIf(existsSync(SHARED_REFERENCE_DIR))('equal ../shared/reference, byte for byte', () => {
    for (const f of copied) expect(readFileSync(join(REFERENCE_DIR, f)).equals(readFileSync(join(SHARED_REFERENCE_DIR, f))), f).toBe(true);
  });
});
