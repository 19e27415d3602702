/**
 * A Markdown article's front matter: the block of YAML between two "---" lines that opens the file,
 * as static-site generators (Jekyll, Hugo, Eleventy) and newsroom exports write it. Its lines are
 * metadata, not the article's words: layout (./text) starts after it, and its title and date are
 * the article's.
 */
import { load, CORE_SCHEMA } from 'js-yaml';

export interface FrontMatter {
  /** UTF-16 offset just after the closing line's break: where the article's text begins. */
  end: number;
  /** The `title` (or `headline`) value, trimmed, when it is a non-empty string. */
  title: string | null;
  /** The day of the first date field (`date`, `published`, …) that opens with `YYYY-MM-DD`. */
  date: string | null;
}

/** The most a front matter may hold: a longer block is no front matter (nor parsed at length). */
const MAX_LENGTH = 16_384;
const OPENING = /^---[ \t]*\r?\n/;
/** The closing line: "---" or YAML's document end "...". */
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
/** Lines of fields: each line that starts in its first column opens a field ("title:") or a comment; others are a field's list or its folded value. */
const FIELD_LINES = /^(?:(?:[A-Za-z_][\w.-]{0,40}[ \t]*:(?:[ \t][^\r\n]*)?|#[^\r\n]*|[ \t-][^\r\n]*)?\r?\n)*$/;
/** Control characters and directional controls, which a title never needs. */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const TITLE_KEYS = ['title', 'headline'];
/** Date fields in the order they are asked: the publication's before an update's. */
const DATE_KEYS = ['date', 'published', 'publishdate', 'pubdate', 'published_at', 'date_published', 'publication_date', 'created'];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;

/**
 * The front matter opening `text`, or null when it opens with none (no "---" first line, no closing
 * line within MAX_LENGTH, a line between them that is no field). YAML that does not parse (or is not a mapping) still ends where its
 * closing line is, with no title or date. Parsed with js-yaml's core schema, so dates stay text
 * and no YAML tag runs code. Never throws.
 */
export function frontMatter(text: string): FrontMatter | null {
  const open = OPENING.exec(text);
  if (!open) return null;
  const head = text.slice(0, MAX_LENGTH);
  CLOSING.lastIndex = open[0].length;
  const close = CLOSING.exec(head);
  if (!close) return null;
  const block = head.slice(open[0].length, close.index);
  // an article that opens with a rule ("---") and has another later is prose, not metadata
  if (!FIELD_LINES.test(block)) return null;
  const end = close.index + close[0].length;
  let fields: unknown;
  try {
    fields = load(block, { schema: CORE_SCHEMA, json: true });
  } catch {
    return { end, title: null, date: null };
  }
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return { end, title: null, date: null };
  const byKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(fields)) byKey.set(key.toLowerCase(), value);
  return { end, title: firstTitle(byKey), date: firstDate(byKey) };
}

function firstTitle(byKey: Map<string, unknown>): string | null {
  for (const key of TITLE_KEYS) {
    const value = byKey.get(key);
    // (a YAML escape can write any character: none that drives a terminal or turns the text around)
    const title = typeof value === 'string' ? value.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim() : '';
    if (title) return title;
  }
  return null;
}

function firstDate(byKey: Map<string, unknown>): string | null {
  for (const key of DATE_KEYS) {
    const value = byKey.get(key);
    const m = typeof value === 'string' ? ISO_DAY.exec(value.trim()) : null;
    if (m && validDay(+m[1], +m[2], +m[3])) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}

/** Whether year, month and day make a day of the calendar ("2024-02-30" does not). */
function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
