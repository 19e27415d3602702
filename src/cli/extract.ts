/** corpus-nav extract: the spec's JSON, or a readable summary of who said what, about whom, and when. */
import { analyzeOptions, parseArgs, workerThreads } from './args';
import { loadCorpus } from './load';
import { applyCuration } from './curation';
import { countQuotes, TOOL, type Corpus } from '../corpus/corpus';
import type { CorpusResult } from '../extractor/types';
import { shownText } from '../corpus/shownText';
import { CHUNK_BYTES, Utf8Chunks } from '../corpus/utf8Chunks';

export { CHUNK_BYTES };

export async function runExtract(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['--curation', '--jobs']);
  if (!args.paths.length) {
    process.stderr.write('corpus-nav extract: name at least one file or folder\n');
    return 2;
  }
  const { corpus } = await loadCorpus(args.paths, analyzeOptions(args), undefined, undefined, workerThreads(args));
  applyCuration(corpus, args);
  if (corpus.size === 0) {
    process.stderr.write('corpus-nav extract: no article could be read\n');
    return 1;
  }
  if (args.flags.has('--json')) {
    writeCorpusJson(corpus, (chunk) => process.stdout.write(chunk));
  } else {
    process.stdout.write(summary(corpus.build().result));
  }
  return 0;
}

/**
 * Writes the UTF-8 of `JSON.stringify(corpus.build().result)` and a newline through `write` (as
 * writeJson does), each document made from its record as it is written and dropped after: the
 * documents of a large corpus are never all held at once (kept, the garbage collector copies them
 * as they age). Fields in build()'s order, each made after the one before.
 */
export function writeCorpusJson(corpus: Corpus, write: (chunk: Buffer) => void): void {
  const paths = corpus.sortedPaths();
  writeJson(
    {
      tool: TOOL,
      documents: new Streamed(function* () {
        for (const p of paths) yield corpus.document(p);
      }),
      actors: new Streamed(() => corpus.actors()),
      events: new Streamed(() => corpus.events()),
    },
    write,
  );
}

/** A value of writeJson's object that is an array made only when written: its items are made (`items()`) after the fields before it, and written one at a time. */
export class Streamed<T> {
  constructor(readonly items: () => Iterable<T>) {}
}


/**
 * Writes the UTF-8 of `JSON.stringify(value)` and a newline through `write`, in chunks of at most
 * CHUNK_BYTES (an item longer than that alone): each item of the object's arrays is stringified on
 * its own and encoded straight into the chunk, so that no string of the whole corpus (tens of MB,
 * and its copy as UTF-8) is ever made, nor a string of a chunk. The bytes are the same as those of
 * the whole text, with a Streamed value written as the array of its items. A chunk handed to
 * `write` is never touched again (a pipe's stream may hold it until the reader catches up).
 */
export function writeJson(value: object, write: (chunk: Buffer) => void): void {
  const out = new Utf8Chunks(write);
  out.add('{');
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    // what JSON.stringify leaves out of an object
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    out.add(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    const streamed = v instanceof Streamed;
    if (!streamed && !Array.isArray(v)) {
      out.add(JSON.stringify(v));
      continue;
    }
    const items: Iterable<unknown> = streamed ? v.items() : v;
    out.add('[');
    let i = 0;
    for (const item of items) {
      if (i++) out.add(',');
      // an array's undefined, function or symbol item is null in JSON.stringify's text
      out.add(JSON.stringify(item) ?? 'null');
    }
    out.add(']');
  }
  out.add('}\n');
  out.flush();
}

/** How many actors the readable summary lists. */
const SUMMARY_ACTORS = 40;

export function summary(r: CorpusResult): string {
  const out: string[] = [];
  const name = new Map(r.actors.map((a) => [a.id, a.name]));
  out.push(`${r.documents.length} articles, ${r.actors.length} actors, ${countQuotes(r)} quotes, ${r.events.length} events`, '');
  const named = r.actors.filter((x) => x.mentionCount + x.quoteCount > 0);
  out.push(`ACTORS (mentions / quotes)${named.length > SUMMARY_ACTORS ? `, the first ${SUMMARY_ACTORS} of ${named.length}` : ''}`);
  for (const a of named.slice(0, SUMMARY_ACTORS)) {
    out.push(`  ${oneLine(a.name).padEnd(40)} ${a.kind.padEnd(13)} ${String(a.mentionCount).padStart(4)} / ${String(a.quoteCount).padStart(3)}${a.roles.length ? '   ' + a.roles.slice(0, 2).join('; ') : ''}`);
  }
  // the rest are in the JSON: say so, where the list stops
  if (named.length > SUMMARY_ACTORS) out.push(`  … ${named.length - SUMMARY_ACTORS} more (corpus-nav extract --json lists them all)`);
  out.push('', 'WHO SAID WHAT');
  for (const d of r.documents) {
    if (!d.quotes.length) continue;
    out.push(`  ${oneLine(d.path)}${d.published ? ` (${d.published})` : ''}`);
    for (const q of d.quotes) {
      const who = q.speaker ? name.get(q.speaker) : q.speakerMention ? `? (${oneLine(q.speakerMention.text)})` : '?';
      // a quote of two pieces or more is its pieces, not the cue and narration between them
      const said = oneLine(q.pieces && q.pieces.length >= 2 ? q.pieces.map((x) => x.text).join(' … ') : q.text);
      // (never half of a surrogate pair, an emoji, at the cut)
      const cut = said.length > 100 ? (/[\uD800-\uDBFF]/.test(said.charAt(96)) ? 96 : 97) : -1;
      const text = cut >= 0 ? said.slice(0, cut) + '...' : said;
      out.push(`    ${String(who).padEnd(28)} ${q.kind.padEnd(8)} ${q.kind === 'direct' ? `“${text}”` : text}`);
    }
  }
  out.push('', 'EVENTS BY DATE');
  for (const e of r.events) {
    const who = e.participants.map((p) => name.get(p) ?? p).slice(0, 4).join(', ');
    out.push(`  ${(e.date ?? 'undated').padEnd(10)} ${oneLine(e.label)}${who ? ` — ${who}` : ''} (${e.sources.length} passage${e.sources.length === 1 ? '' : 's'})`);
  }
  return out.join('\n') + '\n';
}

/** Article text as one terminal line: as views show it (../corpus/shownText: no control characters, which would drive the terminal), a hard-wrapped quote's line breaks as spaces. */
function oneLine(text: string): string {
  return shownText(text).replace(/\s+/g, ' ').trim();
}
