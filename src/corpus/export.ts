/**
 * Exports of a built corpus for use elsewhere: JSON Lines, CSV (RFC 4180, via csv-stringify) and
 * OpenSearch/Elasticsearch `_bulk` bodies. Shared by `corpus-nav export` and the editor's
 * "Export…" command, so both write the same records.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import type { CorpusResult, Span } from '../extractor/types';
import { aboutOf } from './about';
import { takeEventId } from './corpusEvents';
import { IdPool } from './ids';
import { eventTitle } from './eventTitle';
import { withoutControls } from './shownText';
import { dateInFileName } from './files';

export type ExportFormat = 'jsonl' | 'csv' | 'opensearch';
export type ExportTable = 'quotes' | 'actors' | 'events';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'opensearch'];
export const EXPORT_TABLES: readonly ExportTable[] = ['quotes', 'actors', 'events'];

export interface QuoteRecord {
  type: 'quote';
  id: string;
  path: string;
  title: string | null;
  published: string | null;
  /** The article's date: its published date, else a YYYY-MM-DD in its file name (as the views and citations show it); null when neither. */
  date: string | null;
  start: number;
  end: number;
  kind: string;
  text: string;
  pieces: Span[] | null;
  continuation: boolean;
  speaker: string | null;
  speakerName: string | null;
  speakerMention: string | null;
  cue: string | null;
  about: string[];
  aboutNames: string[];
}

export interface ActorRecord {
  type: 'actor';
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  roles: string[];
  mentionCount: number;
  quoteCount: number;
}

export interface EventRecord {
  type: 'event';
  id: string;
  label: string;
  kind: string;
  date: string | null;
  dateText: string | null;
  place: string | null;
  participants: string[];
  participantNames: string[];
  sources: Array<{ path: string; start: number; end: number }>;
}

export type ExportRecord = QuoteRecord | ActorRecord | EventRecord;

/** A quote's id: stable across runs and machines for the same article path and span (16 hex digits of SHA-1). */
export function quoteId(path: string, start: number, end: number): string {
  return 'q-' + createHash('sha1').update(`${path}\u0000${start}\u0000${end}`).digest('hex').slice(0, 16);
}

/**
 * Every quote, then every actor, then every event of a built corpus, as flat records. `pathOf`
 * turns an article's key into the path the export shows (the editor's keys are `file:` URIs, which
 * would put the user's own folders into a shared index); quote ids and event ids are then made from
 * that path, so the same article gives the same ids wherever it was exported from.
 */
export function* exportRecords(result: CorpusResult, tables: readonly ExportTable[] = EXPORT_TABLES, pathOf?: (key: string) => string): Generator<ExportRecord> {
  const shown = pathOf ?? ((key: string) => key);
  const actors = new Map(result.actors.map((a) => [a.id, a]));
  const nameOf = (id: string): string => actors.get(id)?.name ?? id;
  if (tables.includes('quotes')) {
    for (const d of result.documents) {
      const path = shown(d.path);
      for (const q of d.quotes) {
        const about = q.about ?? aboutOf(q.pieces ?? [q], d.mentions, q.speaker);
        yield {
          type: 'quote',
          id: quoteId(path, q.start, q.end),
          path,
          title: d.title,
          published: d.published,
          date: d.published ?? dateInFileName(d.path),
          start: q.start,
          end: q.end,
          kind: q.kind,
          text: q.pieces ? q.pieces.map((p) => p.text).join(' … ') : q.text,
          pieces: q.pieces ?? null,
          continuation: q.continuation === true,
          speaker: q.speaker,
          speakerName: q.speaker ? nameOf(q.speaker) : null,
          speakerMention: q.speakerMention?.text ?? null,
          cue: q.cue?.text ?? null,
          about,
          aboutNames: about.map(nameOf),
        };
      }
    }
  }
  if (tables.includes('actors')) {
    for (const a of result.actors) {
      yield { type: 'actor', id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, roles: a.roles, mentionCount: a.mentionCount, quoteCount: a.quoteCount };
    }
  }
  if (tables.includes('events')) {
    const ids = pathOf ? new IdPool() : undefined;
    for (const e of result.events) {
      yield {
        type: 'event',
        id: ids ? takeEventId(ids, e, shown(e.sources[0].path)) : e.id,
        // the holder named as in the actors table (the id is made from the label as extracted)
        label: eventTitle(e, (id) => actors.get(id)),
        kind: e.kind,
        date: e.date,
        dateText: e.dateText,
        place: e.place,
        participants: e.participants,
        participantNames: e.participants.map(nameOf),
        sources: e.sources.map((s) => ({ path: shown(s.path), start: s.start, end: s.end })),
      };
    }
  }
}

/** JSON Lines: one record a line, each ending in "\n". */
export function* toJsonl(records: Iterable<ExportRecord>): Generator<string> {
  for (const r of records) yield JSON.stringify(r) + '\n';
}

/**
 * OpenSearch / Elasticsearch `_bulk` body: for each record an `index` action line with a stable
 * `_id` (the record's type and id) and then the document line; every line ends in "\n", as the
 * bulk API requires. Load with `curl -H 'Content-Type: application/x-ndjson' --data-binary @FILE`.
 */
export function* toOpenSearchBulk(records: Iterable<ExportRecord>, index: string): Generator<string> {
  for (const r of records) {
    yield JSON.stringify({ index: { _index: index, _id: `${r.type}:${r.id}` } }) + '\n';
    yield JSON.stringify(r) + '\n';
  }
}

const LIST_SEPARATOR = '; ';

/**
 * The UTF-8 byte-order mark a CSV opens with: without it, Excel on Windows reads a CSV in the
 * system's code page and mangles 'Côté'. (JSON Lines and OpenSearch bodies go without: JSON
 * readers may refuse one.)
 */
export const CSV_BOM = '\uFEFF';

/** One table as CSV (RFC 4180: a header row, CRLF line ends, fields quoted where needed; formulas defused), opening with CSV_BOM; lists are joined by "; ". */
export function toCsv(records: Iterable<ExportRecord>, table: ExportTable): string {
  const rows: unknown[][] = [];
  for (const r of records) {
    if (r.type === 'quote' && table === 'quotes') {
      rows.push([r.id, r.path, r.title, r.published, r.date, r.start, r.end, r.kind, r.speaker, r.speakerName, r.about.join(LIST_SEPARATOR), r.aboutNames.join(LIST_SEPARATOR), r.cue, r.text]);
    } else if (r.type === 'actor' && table === 'actors') {
      rows.push([r.id, r.name, r.kind, r.aliases.join(LIST_SEPARATOR), r.roles.join(LIST_SEPARATOR), r.mentionCount, r.quoteCount]);
    } else if (r.type === 'event' && table === 'events') {
      rows.push([r.id, r.label, r.kind, r.date, r.place, r.participantNames.join(LIST_SEPARATOR), r.sources.map((s) => `${s.path}:${s.start}-${s.end}`).join(LIST_SEPARATOR)]);
    }
  }
  // with CRLF rows, csv-stringify quotes a field holding CRLF but not a lone LF or CR (a file name
  // may hold one, a quotation over paragraphs does): quoted, a spreadsheet keeps it in its cell
  return CSV_BOM + stringify(rows.map((row) => row.map(defuseFormula)), { header: true, columns: CSV_COLUMNS[table], record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/**
 * Corpus text is untrusted: a cell that starts with =, +, -, @, a tab or a carriage return would
 * run as a formula in a spreadsheet ("CSV injection", OWASP), so it gets a leading apostrophe,
 * which spreadsheets show as text and hide; control characters are taken out.
 */
export function defuseFormula(cell: unknown): unknown {
  if (typeof cell !== 'string') return cell;
  // (control characters, ESC first, would reach a terminal the CSV is printed to as commands)
  const text = withoutControls(cell);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}


const CSV_COLUMNS: Record<ExportTable, string[]> = {
  quotes: ['id', 'path', 'title', 'published', 'date', 'start', 'end', 'kind', 'speaker_id', 'speaker_name', 'about_ids', 'about_names', 'cue', 'text'],
  actors: ['id', 'name', 'kind', 'aliases', 'roles', 'mention_count', 'quote_count'],
  events: ['id', 'label', 'kind', 'date', 'place', 'participants', 'sources'],
};

/** What an export wrote: its records of each type and the articles they come from. */
export interface ExportCounts {
  quotes: number;
  actors: number;
  events: number;
  /** Distinct articles the quotes and events were taken from. */
  articles: number;
}

/** Counts `records` (each read once, passed on unchanged) into `counts`, as they are written. */
export function* countingExport(records: Iterable<ExportRecord>, counts: ExportCounts): Generator<ExportRecord> {
  const paths = new Set<string>();
  for (const r of records) {
    if (r.type === 'quote') {
      counts.quotes++;
      paths.add(r.path);
    } else if (r.type === 'actor') counts.actors++;
    else {
      counts.events++;
      for (const s of r.sources) paths.add(s.path);
    }
    counts.articles = paths.size;
    yield r;
  }
}

const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * The editor's message after Export…: the rows written of each table exported (quotes, actors,
 * events), the articles the quotes and events come from, and where: "exported 3,412 quotes from 812
 * articles to corpus-quotes.csv". Never the number of articles alone (a user read "exported 924"
 * as rows).
 */
export function exportSummary(counts: ExportCounts, tables: readonly ExportTable[], where: string): string {
  const rows = tables.map((t) => count(counts[t], t.slice(0, -1)));
  const listed = rows.length > 1 ? `${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}` : rows[0];
  const from = tables.includes('quotes') || tables.includes('events') ? ` from ${count(counts.articles, 'article')}` : '';
  return `exported ${listed}${from} to ${where}`;
}
