import { strict as assert } from 'node:assert';
import { oneWriterAtATime } from '../../src/vscode/indexing/writers';

const tick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('indexing: the cache folder writers take turns', () => {
  it('a job starts only when the one handed in before it has ended, resolved or rejected, and each answers as its own', async () => {
    const log: string[] = [];
    const job = (name: string, ms: number, fail = false) => async (): Promise<string> => {
      log.push(`${name} starts`);
      await tick(ms);
      log.push(`${name} ends`);
      if (fail) throw new Error(`${name} failed`);
      return name;
    };
    const first = oneWriterAtATime(job('cache', 30, true));
    const second = oneWriterAtATime(job('settled', 5));
    const third = oneWriterAtATime(job('search', 1));
    await assert.rejects(first, /cache failed/);
    assert.equal(await second, 'settled');
    assert.equal(await third, 'search');
    assert.deepEqual(log, ['cache starts', 'cache ends', 'settled starts', 'settled ends', 'search starts', 'search ends']);
  });

  it('a job handed in after the others ended starts at once (in the next microtasks, not behind a timer)', async () => {
    await oneWriterAtATime(async () => 1);
    let started = false;
    const run = oneWriterAtATime(async () => (started = true));
    await tick(0);
    assert.ok(started);
    await run;
  });
});
