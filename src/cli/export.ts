/** corpus-nav export: quotes, actors and events as JSON Lines, CSV or OpenSearch bulk bodies. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { analyzeOptions, parseArgs, workerThreads } from './args';
import { exportPaths, loadCorpus } from './load';
import { applyCuration } from './curation';
import { EXPORT_FORMATS, EXPORT_TABLES, exportRecords, toCsv, toJsonl, toOpenSearchBulk, type ExportFormat, type ExportTable } from '../corpus/export';

export const EXPORT_USAGE = `  corpus-nav export PATH... --format jsonl|csv|opensearch [--out FILE] [--records quotes|actors|events] [--curation FILE]
                        [--index NAME]
      jsonl and opensearch hold every quote, actor and event (a "type" field tells them apart);
      csv holds one table, --records (default quotes); opensearch writes _bulk bodies for index
      NAME (default corpus-navigator), see opensearch/mapping.json; an article's path is the named
      folder's name and its path inside it (seeds/a.txt), a named file's its name, wherever you run it`;

export async function runExport(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['--format', '--out', '--records', '--index', '--curation', '--jobs']);
  const format = (args.values.get('--format') ?? '') as ExportFormat;
  const records = args.values.get('--records') as ExportTable | undefined;
  if (!EXPORT_FORMATS.includes(format)) return usage(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (records !== undefined && !EXPORT_TABLES.includes(records)) return usage(`--records must be one of ${EXPORT_TABLES.join(', ')}`);
  if (!args.paths.length) return usage('name at least one file or folder');
  // paths (and so every id built from them) from the folders named, not from where we run
  const { corpus } = await loadCorpus(args.paths, analyzeOptions(args), undefined, exportPaths(args.paths), workerThreads(args));
  applyCuration(corpus, args);
  if (corpus.size === 0) {
    process.stderr.write('corpus-nav export: no article could be read\n');
    return 1;
  }
  const { result } = corpus.build();
  const tables = records ? [records] : EXPORT_TABLES;
  const out = args.values.get('--out');
  const sink: Writable = out ? createWriteStream(out) : process.stdout;
  try {
    if (format === 'csv') await write(sink, [toCsv(exportRecords(result, [records ?? 'quotes']), records ?? 'quotes')]);
    else if (format === 'jsonl') await write(sink, toJsonl(exportRecords(result, tables)));
    else await write(sink, toOpenSearchBulk(exportRecords(result, tables), args.values.get('--index') || 'corpus-navigator'));
    if (out) {
      sink.end();
      await once(sink, 'finish');
      // (a file written says so: fresh64b waited on a silent prompt for 16 s and could not tell it was done)
      process.stderr.write(`corpus-nav export: ${result.documents.length} articles written to ${out}\n`);
    }
  } catch (e) {
    // standard output's own failures are reported in main.ts, in the same words
    if (!out) throw e;
    process.stderr.write(`corpus-nav: cannot write ${out}: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}

/** Writes the chunks in order, waiting for 'drain' so a large corpus never piles up in memory. */
async function write(sink: Writable, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) if (!sink.write(chunk)) await once(sink, 'drain');
}

function usage(problem: string): number {
  process.stderr.write(`corpus-nav export: ${problem}\nusage:\n${EXPORT_USAGE}\n`);
  return 2;
}
