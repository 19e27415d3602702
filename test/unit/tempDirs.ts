/** Temporary folders for tests, removed when the run ends, so that test runs do not fill /tmp. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const made: string[] = [];

/** A new empty folder in the system's temporary folder, named `prefix` and six random characters; removed after the last test. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

// a root hook (this module is loaded with the test files): runs once, after every test
after(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
