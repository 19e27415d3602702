import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { oneWriterAtATime, writeGzipLines } from '../../src/vscode/indexing/writers';

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

describe('indexing: lines written through gzip', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'cn-gz-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // short and long lines, characters of one to four UTF-8 bytes, lines longer than a chunk, pauses (null) between them
  const lines = (): Array<string | null> => {
    const out: Array<string | null> = [];
    for (let i = 0; i < 3000; i++) {
      out.push(`{"n":${i},"name":"Zoë Ñúñez 東京 𝄞 ${'x'.repeat(i % 300)}"}`);
      if (i % 7 === 0) out.push(null);
      if (i % 1000 === 999) out.push('é'.repeat(200_000) + '𝄞'.repeat(70_000));
    }
    return out;
  };
  const text = (newline: 'between' | 'after'): string => {
    const real = lines().filter((l): l is string => l !== null);
    return newline === 'after' ? real.map((l) => l + '\n').join('') : real.join('\n');
  };

  for (const newline of ['between', 'after'] as const) {
    it(`gives back exactly the lines joined (${newline}), whatever their length and characters`, async () => {
      const file = path.join(dir, `${newline}.gz`);
      await writeGzipLines(file, lines(), newline);
      assert.equal(gunzipSync(readFileSync(file)).toString('utf8'), text(newline));
    });
  }

  it('no lines: an empty file’s gzip', async () => {
    const file = path.join(dir, 'empty.gz');
    await writeGzipLines(file, [null, null], 'between');
    assert.equal(gunzipSync(readFileSync(file)).toString('utf8'), '');
  });
});
