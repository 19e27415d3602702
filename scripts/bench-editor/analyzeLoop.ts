/**
 * The extractor alone over the 10k archive in one thread (session 38, speed38): does an article
 * cost more as a worker goes on through thousands of them (memos and tables keyed by names that
 * grow, caches emptied and refilled, late deoptimisations on the copies' new names)? Reads and
 * analyses every article (`analyzeToRecord`, as a worker does before its record is sent) in path
 * order and prints, per block of `--every` articles, the main thread's CPU ms (Linux's 10 ms
 * ticks) and, with `--heap` (and node's `--expose-gc`), the heap's spaces after a full collection.
 * Blocks after the first few that stay flat say that a worker's steady cost does not grow.
 *
 *   node esbuild.config.mjs analyzeLoop
 *   flock /tmp/bench-editor.lock node [--expose-gc] dist/analyzeLoop.js [--archive DIR] [--n 10164] [--every 924] [--heap]
 */
import { readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { archiveFiles, flag, option, threadCpuMs } from './replayTools';

const files = archiveFiles();
const every = Number(option('--every', '924'));
const gc = (globalThis as { gc?: () => void }).gc;

/** The heap's spaces over 1 MB, used MB each, after a full collection when node's --expose-gc allows one. */
function heap(): Record<string, number> {
  gc?.();
  const out: Record<string, number> = {};
  for (const s of getHeapSpaceStatistics()) if (s.space_used_size > 1 << 20) out[s.space_name] = Math.round(s.space_used_size / 104857.6) / 10;
  return out;
}

const blocks: Array<{ articles: number; cpuMs: number; heapMB?: Record<string, number> }> = [];
let from = threadCpuMs(process.pid);
for (let i = 0; i < files.length; i++) {
  analyzeToRecord(readFileSync(files[i], 'utf8'), {}, files[i]);
  if ((i + 1) % every && i + 1 < files.length) continue;
  const cpuMs = threadCpuMs(process.pid) - from;
  blocks.push(flag('--heap') ? { articles: i + 1, cpuMs, heapMB: heap() } : { articles: i + 1, cpuMs });
  from = threadCpuMs(process.pid);
}
console.log(JSON.stringify({ args: process.argv.slice(2).join(' '), cpuMs: blocks.map((b) => b.cpuMs), blocks }));
