import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { VANISHED } from '../../src/corpus/files';
import { statOnThread } from '../../src/vscode/indexing/statThread';

describe('statOnThread: many local files stat\'ed on a thread of their own', () => {
  it('gives each path its type, size and modification time as statSync does, or why it has none, in order', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stat-thread-'));
    try {
      const files = Array.from({ length: 300 }, (_, i) => path.join(dir, `a${i}.txt`));
      files.forEach((f, i) => writeFileSync(f, 'x'.repeat(i)));
      const paths = [...files, dir, path.join(dir, 'gone.txt'), path.join(dir, 'a1.txt', 'below-a-file.txt')];
      const stats = await statOnThread(paths);
      assert.equal(stats.length, paths.length);
      files.forEach((f, i) => {
        const st = statSync(f);
        assert.deepEqual(stats[i], { isFile: true, size: i, mtimeMs: st.mtimeMs });
      });
      assert.deepEqual(stats[files.length], { isFile: false, size: statSync(dir).size, mtimeMs: statSync(dir).mtimeMs });
      assert.equal(stats[files.length + 1], VANISHED);
      assert.match(String(stats[files.length + 2]), /^cannot read \(ENOTDIR/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers an empty list', async () => {
    assert.deepEqual(await statOnThread([]), []);
  });
});
