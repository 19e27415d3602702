import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { ownCompiles } from '../../src/vscode/indexing/workerCompiles';

// run as a child process under --trace-opt (below): a worker made between ownCompiles' before and
// after, and the main thread's own code after it, each made hot enough for V8's optimising compiler
const CHILD = 'CORPUS_NAV_OWN_COMPILES_CHILD';
const HELPER_GRACE_MS = 500;
// (the worker's many more times: under load a worker that ends early may go without any optimising compile, and the test would then prove nothing)
const hot = (name: string, calls = 3000): string => `function ${name}(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s } for (let i = 0; i < ${calls}; i++) ${name}(1000);`;

if (process.env[CHILD]) {
  ownCompiles.before();
  const worker = new Worker(`${hot('workerHot', 30_000)} require('node:worker_threads').parentPort.postMessage('done');`, { eval: true });
  // ('online' and the worker's message come over different ports, so under load the message may
  // come first: the host's function is made hot once both have, after ownCompiles.after, never
  // skipped by a worker already ended)
  let online = false;
  let done = false;
  const heatHostThenEnd = (): void => {
    if (!online || !done) return;
    (0, eval)(hot('hostHot'));
    // (the process stays a moment after the worker ends: under load V8's helper threads may not yet
    // have started the host's concurrent compile, and an exit then leaves no trace of it)
    void worker.terminate().then(() => setTimeout(() => undefined, HELPER_GRACE_MS));
  };
  worker.once('online', () => {
    ownCompiles.after();
    online = true;
    heatHostThenEnd();
  });
  worker.once('message', () => {
    done = true;
    heatHostThenEnd();
  });
} else {
  describe('indexing workers: their optimising compiler', () => {
    it('runs on the worker\'s own thread (synchronous in its isolate), while the host\'s isolate goes on compiling on V8\'s helper threads', function () {
      this.timeout(20_000);
      const run = spawnSync(process.execPath, ['--trace-opt', __filename], { env: { ...process.env, [CHILD]: '1' }, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const modes = (fn: string): string[] => [...run.stdout.matchAll(new RegExp(`compiling method .*<JSFunction ${fn} .*mode: ConcurrencyMode::(\\w+)`, 'g'))].map((m) => m[1]);
      assert.ok(modes('workerHot').length > 0 && modes('workerHot').every((m) => m === 'kSynchronous'), `the worker's: ${modes('workerHot')}`);
      // (on a loaded machine V8 may also compile one of the host's on-stack replacements synchronously;
      // had the worker's setting reached the host's isolate, none of its compiles would be concurrent)
      assert.ok(modes('hostHot').includes('kConcurrent'), `the host's: ${modes('hostHot')}`);
    });
  });
}
