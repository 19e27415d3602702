import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

describe('npm start with a folder of the user’s own', () => {
  it('refuses a path that is no folder with a message that says what to give, before building anything', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), path.join(ROOT, 'no-such-folder')], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /no-such-folder is no folder: give a folder of articles/);
    assert.doesNotMatch(run.stdout, /Building/);
  });
});
