/**
 * The scaling check of `corpus-nav bench` (issue 8, "No article takes it down"): each
 * pathological input, as one file beside a few ordinary articles, goes through the whole command
 * line (`corpus-nav extract --json`) in a child process with a timeout and a memory cap, at size S
 * and 2S. Time is wall-clock, net of the ordinary articles alone; linear work shows a ratio near 2
 * and the same seconds per MB at both sizes. A blow-up is reported (timeout, out of memory, crash,
 * the file dropped, the neighbours' quotes changed), never waited out.
 */
import type * as ChildProcess from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { collectArticles } from '../corpus/files';

/**
 * node:child_process, loaded when a bench first spawns: imported at the top, every command (extract
 * too) loaded it at start for nothing (28 M instructions, with net and the rest it loads).
 */
export const childProcess = (): typeof ChildProcess => require('node:child_process') as typeof ChildProcess;

/** One input kind: its file's text for about `bytes` bytes. */
interface Pathological {
  label: string;
  make(bytes: number): string;
}

const repeat = (unit: string, bytes: number): string => unit.repeat(Math.max(1, Math.round(bytes / unit.length)));
/** `i` in lower-case letters ("a", "b", …, "ba"): a name word for every number, with no figure in it. */
const lettered = (i: number): string => {
  let out = '';
  do {
    out = String.fromCharCode(97 + (i % 26)) + out;
    i = Math.floor(i / 26);
  } while (i > 0);
  return out;
};

/** Paragraphs made by `unit(i)` for i = 0, 1, … up to about `bytes` characters: numbered, so that no line repeats (repeated lines are read as page furniture). */
const numbered = (unit: (i: number) => string, bytes: number): string => {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < bytes; i++) n += (parts[i] = unit(i)).length;
  return parts.join('');
};

/** The shapes of issue 8, each grown to a size by repetition (wording of our own where the issue gives none). */
export const PATHOLOGICAL: Pathological[] = [
  { label: "'U.S. ' * n", make: (b) => repeat('U.S. ', b) },
  { label: "'Delegates came from ' + 'France ' * n", make: (b) => 'Delegates came from ' + repeat('France ', b - 20) },
  { label: "'Alpha Bravo ' * n, one line", make: (b) => repeat('Alpha Bravo ', b) },
  { label: "'said ' * n", make: (b) => repeat('said ', b) },
  { label: 'short lines without "("', make: (b) => repeat('The council met again today\n', b) },
  { label: 'one paragraph of “…,” he said.', make: (b) => repeat('“We will keep going,” he said. ', b) },
  { label: 'lines ending "…to the office of Secretary of"', make: (b) => repeat('Last spring she was sworn in to the office of Secretary of\n', b) },
  { label: 'numbered paragraphs with "Later that day"', make: (b) => numbered((i) => `“We are ready ${i},” Mayor Ana Kowal told a news conference in Oslo on Monday. Later that day she met the council in Bergen.\n\n`, b) },
  // one person under thousands of spellings: each new one was checked against every alias so far
  { label: 'one surname under numbered middle names', make: (b) => numbered((i) => `Mary ${i.toString(36).toUpperCase()}ina Smith said the plan was fine.\n\n`, b) },
  // a quotation after a colon going on over many paragraphs: each a continuation of the first (was quadratic in the paragraphs)
  { label: 'a speech after "was blunt:" over numbered paragraphs', make: (b) => 'Mayor Ana Ruiz was blunt: “We begin.\n\n' + numbered((i) => `“Paragraph ${i} of the speech goes on here.\n\n`, b) },
  // people placed in places within places before a cue: each cue looks back a few places, not to the sentence's start
  { label: 'one sentence of places within places, then "said"', make: (b) => 'Nurses' + repeat(' in the ward at the clinic', b - 40) + ' said the wait was long.' },
  // a role one person holds opening sentence after sentence beside ever more people: the holder is looked up once per role
  { label: 'numbered sentences "The mayor left" beside new people', make: (b) => 'Mayor Ana Ruiz spoke.\n' + numbered((i) => `The mayor left room ${i}. Officer Ben Q${[...i.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('')} arrived. `, b) },
  // a role no one fits as the source of each sentence: its holder is sought among the latest mentions only
  { label: 'a role no one fits, "The premier said", beside one person', make: (b) => repeat('John Smith arrived. The premier said it was fine. ', b) },
  // a body's name of thousands of words that a person's name opens: looked up by binary search, not by keying every opening
  // a name whose every other word is a head word ("School"): its openings are nodes of a word trie, not keys made of every opening
  { label: 'one name of n words, every other one "School"', make: (b) => 'The ' + repeat('Alpha School ', b - 80) + 'Institute said it was fine. Alpha School spokesman Bob Lee agreed.' },
  { label: 'one body\'s name of n words, opened by a name', make: (b) => 'The ' + repeat('Alpha Bravo ', b - 80) + 'Institute said it was fine. Alpha Bravo spokesman Bob Lee agreed.' },
  // thousands of people sharing a surname, each followed by the lone surname: past 32 namesakes a lone use names none of them
  { label: 'numbered people "X Lee" each followed by a lone "Lee"', make: (b) => numbered((i) => `${[...(i + 700).toString(26)].map((c, k) => (k ? '' : 'Q') + String.fromCharCode(97 + parseInt(c, 26))).join('')} Lee said it. Lee agreed. `, b) },
  // one person given a new role in every sentence: a person keeps 24 roles at most
  { label: 'one person with a new role in every sentence', make: (b) => numbered((i) => `Senator Bob Lee, the ${i.toString(36)} committee chair, said it. `, b) },
  // a father and son named in every sentence: whether another person of the article has the name is looked up, not scanned for
  { label: 'numbered "X Lee Jr. and X Lee Sr." (fathers and sons)', make: (b) => numbered((i) => `Qa${i.toString(36)} Lee Jr. and Qa${i.toString(36)} Lee Sr. arrived. The younger Lee said it. `, b) },
  // a new mayor in every sentence, then "the mayor of" that place: a role phrase looks over the first 512 actors for its holder
  { label: 'numbered mayors, each then "The mayor of X said"', make: (b) => numbered((i) => `Ann Q${i.toString(36)} is mayor of Q${i.toString(36)}ville. The mayor of Q${i.toString(36)}ville said it. `, b) },
  // thousands of bodies by capital names, each the source of a cue: a body named short ("the Post") is looked up by its name's end word, not scanned for among all actors
  { label: 'numbered "The BAY and the BAZ said it."', make: (b) => numbered((i) => `The ${[i, i + 1].map((k) => [...(k + 700).toString(26)].map((c) => String.fromCharCode(65 + parseInt(c, 26))).join('')).join(' and the ')} said it. `, b) },
  // one quote naming thousands of people: its "about" list keeps a Set beside it once long
  { label: 'one sentence "Ann Qa said that Ann Qb said that …"', make: (b) => numbered((i) => `Ann Q${[...(i + 700).toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('')} said that `, b) + 'it rained.' },
  // one run-on sentence of "according to his spokesperson" (session 37's breaker): "his" found the last
  // spokesperson and linked a new one to it, names of a thousand links; now one spokesperson, links stop at three
  { label: 'one run-on sentence "X, according to his spokesperson, has asked …, and …"', make: (b) => numbered(() => 'Mr Holt, according to his spokesperson, has asked for a recount, and ', b) + 'that was all.' },
  // a block tag inside each sentence (session 37's breaker): read as a space, the line is not cut at it
  { label: 'numbered "X Lee met Y Lee in Oslo. Then <img src=x> happened."', make: (b) => numbered((i) => `Ann Q${i.toString(36)} Lee met Bo Q${i.toString(36)} Lee in Oslo. Then <img src=x> happened. `, b) },
  // joined speakers (session 38's breaker): a list of thousands of names before "said" walks back once, and makes no group past six
  { label: 'one list "Ann Qa, Ann Qb, … and Ann Qz said it."', make: (b) => numbered((i) => `Ann Q${i.toString(36)} Lee, `, b) + 'and Bo Lee said it.' },
  { label: 'numbered "Ann X and Bo X said it." (a joint pair in every sentence)', make: (b) => numbered((i) => `Ann Q${i.toString(36)} and Bo Q${i.toString(36)} said it. `, b) },
  // one line of thousands of wire datelines: each token is checked against the one credit ("(AP)") opening before it, not all
  { label: 'one line of "PARIS (AP) — X Lee said it."', make: (b) => numbered((i) => `PARIS (AP) — Ann Q${i.toString(36)} Lee said it. `, b) },
  // session 39's breaker: each new name looked up among the article's bodies, not scanned against them all
  // (names of letters only, `lettered`: a figure in a word makes it no name)
  { label: 'numbered "Ann X Canada spoke." (national arms)', make: (b) => numbered((i) => `Ann${lettered(i)} Canada spoke. `, b) },
  { label: 'numbered "The Toronto Xets won. He scored for the Xets."', make: (b) => numbered((i) => `The Toronto Q${lettered(i)}ets won. He scored for the Q${lettered(i)}ops. `, b) },
  { label: 'numbered "Fort X beat Port X 3-2." (towns in scores)', make: (b) => numbered((i) => `Fans in Fort Q${lettered(i)} cheered. Fort Q${lettered(i)} beat Port R${lettered(i)} 3-2 on Saturday. `, b) },
  { label: 'one team, numbered bodies, "“…,” Toronto said." repeated', make: (b) => 'The Toronto Maple Leafs won. ' + numbered((i) => `Q${lettered(i)} Holdings grew. "Fine," Toronto said. `, b) },
  { label: 'one introduction of "X coaches. She talked to the Herald." before a Q&A', make: (b) => numbered((i) => `Mary Q${lettered(i)} coaches. She talked to the Herald. `, b) + '\n\nQ: Why coach?\n\nA: I love the game.\n\nA: And the players.\n' },
  { label: 'numbered people "X Lee, 40," then "the N-year-old said" for many ages', make: (b) => numbered((i) => `Ann Q${lettered(i)} Lee, ${20 + (i % 60)}, spoke. The ${20 + ((i * 7) % 60)}-year-old said it was fine. `, b) },
  // found by session 41's breaker: one line of a compound given name's tail, and run-on sentences
  // whose every pronoun or cue read the sentence back to its start
  { label: "'Kabbashi al-Din ' * n (a compound given name's tail, one line)", make: (b) => repeat('Kabbashi al-Din ', b) },
  { label: "one sentence: 'and he said it was fine, ' * n", make: (b) => 'The council met. ' + repeat('and he said it was fine, ', b - 20) + 'end.' },
  { label: "one sentence: 'A Grade 5 student …' then 'and she said it was fine, ' * n", make: (b) => 'A Grade 5 student spoke up, ' + repeat('and she said it was fine, ', b - 30) + 'end.' },
  { label: "one sentence: 'Mrs. Okafor said …, and Ms. Okafor said …, and' * n", make: (b) => 'Mary Okafor and Grace Okafor met. ' + repeat('Mrs. Okafor said it was fine, and Ms. Okafor said it was not, and ', b - 40) + 'end.' },
  // session 42's breaker: thousands of bodies, each "X's chief executive said" (a holder named later is sought within a budget per article)
  { label: "numbered 'Qab’s chief executive said it was fine.'", make: (b) => numbered((i) => `Q${lettered(i)}’s chief executive said it was fine.\n\n`, b) },
  // and one compound given name of thousands of hyphenated parts (two parts only are read as one given name)
  { label: "'Anne-' * n + 'Tremblay said it.'", make: (b) => repeat('Anne-', b - 20) + 'Tremblay said it.' },
];

/** Size S in bytes; each input also runs at 2S. */
const SIZE = 512 * 1024;
/** Per child process: enough for 2S at ten times the issue's 3 s per MB, plus start-up. */
const TIMEOUT_MS = 20_000;
/** The whole check stops starting children after this long (the bench must end). */
const BUDGET_MS = 150_000;
const MAX_OLD_SPACE_MB = 3072;
const NEIGHBOURS = 3;

interface Outcome {
  seconds: number;
  problem?: string;
  /** Quote counts per neighbour article, by file name. */
  quotes?: Map<string, number>;
  /** What the command line said on stderr about the pathological file, if anything. */
  skipped?: string;
}

const PATHOLOGICAL_FILE = 'zz-pathological.txt';

/** Runs `extract --json` over a folder in a child process; seconds are wall-clock, the better of two when a run is short (a shared machine only ever adds time). */
function extract(cli: string, dir: string): Outcome {
  const once = extractOnce(cli, dir);
  if (once.problem || once.seconds > 3) return once;
  const again = extractOnce(cli, dir);
  return again.problem || again.seconds >= once.seconds ? once : again;
}

function extractOnce(cli: string, dir: string): Outcome {
  const t0 = process.hrtime.bigint();
  const r = childProcess().spawnSync(process.execPath, [`--max-old-space-size=${MAX_OLD_SPACE_MB}`, cli, 'extract', '--json', dir], { encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { seconds, problem: `timed out after ${TIMEOUT_MS / 1000} s` };
  if (r.status !== 0) {
    const oom = /heap out of memory|Allocation failed/.test(r.stderr);
    return { seconds, problem: oom ? `out of memory (${MAX_OLD_SPACE_MB} MB heap)` : `exit ${r.status ?? r.signal}: ${r.stderr.trim().split('\n').at(-1)?.slice(0, 120)}` };
  }
  try {
    const out = JSON.parse(r.stdout) as { documents: Array<{ path: string; quotes: unknown[] }> };
    const skipped = r.stderr.split('\n').find((l) => l.includes(PATHOLOGICAL_FILE));
    return { seconds, skipped, quotes: new Map(out.documents.map((d) => [path.basename(d.path), d.quotes.length])) };
  } catch (e) {
    return { seconds, problem: `output is not JSON (${(e as Error).message.slice(0, 80)})` };
  }
}

/**
 * The check's report lines. `cli` is the built command line (dist/cli.js); the neighbours are the
 * first few articles found under `paths`. Pure reporting: it never throws for a bad input.
 */
export async function scalingCheck(cli: string, paths: string[]): Promise<string[]> {
  const { files } = await collectArticles(paths);
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-nav-scaling-'));
  const started = Date.now();
  try {
    for (const f of files.slice(0, NEIGHBOURS)) copyFileSync(f, path.join(dir, path.basename(f)));
    const base = extract(cli, dir);
    if (base.problem || !base.quotes) return [`scaling check: the ${NEIGHBOURS} ordinary articles alone failed: ${base.problem}`];
    const lines = [
      `pathological inputs: each as one file beside ${base.quotes.size} ordinary articles through \`extract --json\` in a child process (timeout ${TIMEOUT_MS / 1000} s, heap ${MAX_OLD_SPACE_MB} MB); seconds net of those articles alone (${base.seconds.toFixed(2)} s); linear: ratio ≈ 2, ≤ 3 s/MB`,
      `${'input'.padEnd(46)} ${'KB'.padStart(6)} ${'seconds'.padStart(8)} ${'s/MB'.padStart(7)} ${'2S/S'.padStart(6)}  result`,
    ];
    const target = path.join(dir, PATHOLOGICAL_FILE);
    for (const kind of PATHOLOGICAL) {
      let first: number | null = null;
      for (const size of [SIZE, 2 * SIZE]) {
        if (Date.now() - started > BUDGET_MS) {
          lines.push(`${kind.label.padEnd(46)} ${String(size / 1024).padStart(6)} skipped: the check's ${BUDGET_MS / 1000} s budget is spent`);
          continue;
        }
        writeFileSync(target, kind.make(size));
        const mb = statSync(target).size / 1e6;
        const run = extract(cli, dir);
        const net = Math.max(0, run.seconds - base.seconds);
        let result = run.problem ?? 'ok';
        if (!run.problem) {
          if (!run.quotes!.has(PATHOLOGICAL_FILE)) result = `the file was dropped${run.skipped ? `: ${run.skipped.slice(run.skipped.indexOf(PATHOLOGICAL_FILE) + PATHOLOGICAL_FILE.length).replace(/^[:\s]+/, '').slice(0, 90)}` : ''}`;
          const changed = [...base.quotes].filter(([f, n]) => run.quotes!.get(f) !== n).map(([f]) => f);
          if (changed.length) result = `neighbours' quotes changed: ${changed.join(', ')}`;
          if (net / mb > 3) result += ' (over 3 s/MB)';
        }
        const ratio = first !== null && !run.problem ? (first > 0.02 ? (net / first).toFixed(2) : 'fast') : '';
        lines.push(`${(size === SIZE ? kind.label : '').padEnd(46)} ${String(Math.round(size / 1024)).padStart(6)} ${(run.problem ? `>${run.seconds.toFixed(1)}` : net.toFixed(2)).padStart(8)} ${(run.problem ? '' : (net / mb).toFixed(2)).padStart(7)} ${ratio.padStart(6)}  ${result}`);
        // a blow-up at S would only repeat itself, slower, at 2S
        if (run.problem) break;
        first = net;
      }
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
