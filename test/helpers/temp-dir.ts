/** A temporary folder for one test file, removed after it; `put` writes a file there and returns its path. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export function tempFolder(prefix: string): { put: (name: string, bytes: Uint8Array | string) => Promise<string>; path: () => string } {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return {
    put: async (name, bytes) => {
      const p = join(dir, name);
      await writeFile(p, bytes);
      return p;
    },
    path: () => dir,
  };
}
