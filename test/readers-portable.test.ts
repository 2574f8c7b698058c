/**
 * The readers stage runs in the browser as it runs in Node (issue 19): no Node module, no Buffer, no process below
 * readers/ (its tests aside), and the stage bundles for the browser with nothing of Node's left to fill in.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './helpers/reference';

const dir = join(REPO_ROOT, 'readers');
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('readers/ is bytes in, host values out, with no Node API', () => {
  it.each(sources)('%s uses no Node API', (f) => {
    const code = readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/from 'node:|require\(|\bBuffer\b|\bprocess\.|__dirname/);
  });

  it('bundles for the browser without a Node built-in', async () => {
    const r = await build({
      entryPoints: [join(dir, 'index.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      logLevel: 'silent',
      // SheetJS is loaded on first use, apart: the web build gives it its own script.
      external: ['@e965/xlsx', '@e965/xlsx/*'],
    });
    expect(r.errors).toEqual([]);
    expect(r.outputFiles[0]!.text).not.toMatch(/require\("(?:node:)?(?:fs|buffer|zlib|path)"\)/);
  });
});
