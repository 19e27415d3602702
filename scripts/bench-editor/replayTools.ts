/** What the plain-Node replays of the editor's passes (./coldPass.ts, ./warmStart.ts) share. */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const args = process.argv.slice(2);

/** The value after `name` on the command line, or `fallback` when the name is absent. */
export function option(name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
}

/** Whether `name` stands on the command line. */
export const flag = (name: string): boolean => args.includes(name);

/** The benchmark archive's article files (`--archive`, by default the one `npm run bench:editor` makes), in path order, the first `--n` of them. */
export function archiveFiles(): string[] {
  const archive = option('--archive', path.join(tmpdir(), 'corpus-nav-bench-archive-11'));
  const files: string[] = [];
  for (const d of readdirSync(archive).filter((n) => n.startsWith('copy-')).sort()) for (const f of readdirSync(path.join(archive, d)).sort()) files.push(path.join(archive, d, f));
  files.length = Math.min(files.length, Number(option('--n', String(files.length))));
  return files;
}

/** CPU ms (user + system, Linux's 10 ms ticks from /proc/self/task/ID/stat) one thread of this process has used; throws when it has ended. */
export function threadCpuMs(tid: string | number): number {
  const st = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}
