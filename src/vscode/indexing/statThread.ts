/**
 * Many local files stat'ed at once on a thread of their own, for a warm start's check of every
 * cached file: 10,164 `statSync` calls on the extension host's thread took 170-200 ms of a warm
 * start's profile on a busy 2-core machine (its largest item once the cache and snapshot were
 * parsed), and through libuv each one queued for, and woke, a thread of the pool (0.6 s of the
 * host's thread, see ./fullPass.ts statBatches). The thread gets the paths in one message and
 * answers with one array of numbers, and ends. No vscode import.
 */
import { Worker } from 'node:worker_threads';
import { unreadableReason } from '../../corpus/files';
import type { FileStat } from './workspaceFiles';

/** Numbers per path in the answer: 1 for a file, 0 for anything else, -1 for an error (its code and message apart); size; modification time. */
const STRIDE = 3;

/**
 * The thread's code (plain JavaScript, no bundle): one message of paths in, one answer out: the
 * numbers (transferred) and the errors by index.
 */
const THREAD = `
const { parentPort } = require('node:worker_threads');
const { statSync } = require('node:fs');
parentPort.once('message', (paths) => {
  const out = new Float64Array(paths.length * ${STRIDE});
  const errors = [];
  for (let i = 0; i < paths.length; i++) {
    try {
      const st = statSync(paths[i]);
      out[i * ${STRIDE}] = st.isFile() ? 1 : 0;
      out[i * ${STRIDE} + 1] = st.size;
      out[i * ${STRIDE} + 2] = st.mtimeMs;
    } catch (e) {
      out[i * ${STRIDE}] = -1;
      errors.push([i, String(e && e.code), String(e && e.message)]);
    }
  }
  parentPort.postMessage({ out, errors }, [out.buffer]);
});
`;

/**
 * The stats of `paths` (local file system paths), each a FileStat or why there is none (as
 * ./workspaceFiles.ts statOfLocal says it), in their order; rejects when the thread cannot run
 * or answers otherwise (the caller then stats them as before).
 */
export function statOnThread(paths: readonly string[]): Promise<Array<FileStat | string>> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(THREAD, { eval: true, stdout: false, stderr: false });
    } catch (e) {
      return reject(e);
    }
    let answered = false;
    worker.once('message', (m: { out?: unknown; errors?: unknown }) => {
      answered = true;
      void worker.terminate();
      const { out, errors } = m ?? {};
      if (!(out instanceof Float64Array) || out.length !== paths.length * STRIDE || !Array.isArray(errors)) return reject(new Error('stat thread: a bad answer'));
      const why = new Map<number, string>();
      for (const e of errors as Array<[number, string, string]>) why.set(e[0], unreadableReason({ code: e[1], message: e[2] }));
      const stats: Array<FileStat | string> = [];
      for (let i = 0; i < paths.length; i++) {
        const kind = out[i * STRIDE];
        stats.push(kind < 0 ? (why.get(i) ?? unreadableReason(new Error('no stat'))) : { isFile: kind === 1, size: out[i * STRIDE + 1], mtimeMs: out[i * STRIDE + 2] });
      }
      resolve(stats);
    });
    worker.once('error', (e) => answered || ((answered = true), reject(e)));
    worker.once('exit', (code) => answered || ((answered = true), reject(new Error(`stat thread exited (${code})`))));
    worker.postMessage(paths);
  });
}
