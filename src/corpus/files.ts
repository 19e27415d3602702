/**
 * Which files are articles and how to read them safely: include/exclude globs (the same rules in
 * the extension and the command line), and decoding that turns binary, non-UTF-8, empty and huge
 * files into a clear reason to skip instead of an exception.
 */
import { closeSync, constants, fstatSync, openSync, promises as fs, readSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

export const DEFAULT_INCLUDE = ['**/*.{txt,md}'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**', '**/build/**', '**/.vscode-test/**', '**/test-results/**'];
/** Larger files are skipped: a news article is a few kilobytes; 5 MB is a book, a dump, or a mistake. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** One decoder for every article: decode() without `stream` starts afresh each call, and a decoder per file cost more than decoding. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes an article as VS Code's editor shows it (UTF-8, BOM dropped, line ends normalised as in
 * `normaliseLineEnds`), so every offset the extractor reports is an offset into
 * `TextDocument.getText()`; or says why the bytes cannot be an article.
 */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { ok: false, reason: 'empty file' };
  return { ok: true, text: normaliseLineEnds(text) };
}

/**
 * Line ends as VS Code's text buffer leaves them when it opens a file: it counts lone CR, lone LF
 * and CRLF, takes CRLF when CR and CRLF end more than half the lines, else LF, and rewrites every
 * line end to that one (PieceTreeTextBufferFactory._getEOL and create() in
 * src/vs/editor/common/model/pieceTreeTextBuffer/pieceTreeTextBufferBuilder.ts, VS Code 1.100).
 * A file with one kind only comes back unchanged; a lone-CR file becomes CRLF, as in the editor.
 */
export function normaliseLineEnds(text: string): string {
  let cr = 0;
  let lf = 0;
  let crlf = 0;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  if (cr === 0 && crlf === 0) return text;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++;
  lf -= crlf;
  const eol = cr + crlf > (cr + lf + crlf) / 2 ? '\r\n' : '\n';
  if (eol === '\r\n' ? cr === 0 && lf === 0 : cr === 0 && crlf === 0) return text;
  return text.replace(/\r\n|\r|\n/g, eol);
}

/**
 * A date in a file's name ("wash-post_2016-07-13_….txt"): news archives often name files by the day
 * they ran. Not the article's `published` (the spec takes that from the text), but the reference for
 * its relative dates when the text gives none.
 */
export function dateInFileName(file: string): string | null {
  const m = /(?:^|\D)((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/.exec(path.basename(file));
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export interface FileFilter {
  include: string[];
  exclude: string[];
}

export interface Matcher {
  file(relativePath: string): boolean;
  /** A folder whose every file is excluded ("node_modules"): not walked at all. */
  skipsFolder(relativePath: string): boolean;
}

export function makeMatcher(filter: FileFilter): Matcher {
  const inc = picomatch(filter.include, { dot: false });
  const exc = picomatch(filter.exclude, { dot: true });
  return { file: (rel) => inc(rel) && !exc(rel), skipsFolder: (rel) => exc(`${rel}/any-file`) };
}

export interface WalkResult {
  files: string[];
  problems: Array<{ path: string; reason: string }>;
}

/** Expands files and folders into article files; a folder is walked with the filter. */
export async function collectArticles(inputs: string[], filter: FileFilter = { include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE }): Promise<WalkResult> {
  const matches = makeMatcher(filter);
  const files: string[] = [];
  const problems: WalkResult['problems'] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      problems.push({ path: input, reason: 'no such file or folder' });
      continue;
    }
    if (stat.isFile()) {
      files.push(input);
      continue;
    }
    if (!stat.isDirectory()) {
      problems.push({ path: input, reason: NOT_REGULAR });
      continue;
    }
    const found: string[] = [];
    const walked: Walk = { matches, out: found, problems, visited: new Set(), links: [] };
    await walk(input, '', await realOf(input), walked);
    // linked folders after every real one: a folder reached both ways is filed under its own path
    for (let i = 0; i < walked.links.length; i++) await walk(walked.links[i].dir, walked.links[i].rel, await realOf(walked.links[i].dir), walked);
    if (!found.length) problems.push({ path: input, reason: NO_ARTICLES });
    files.push(...found.sort());
  }
  // a file named and also found in a named folder is reported once
  const seen = new Set<string>();
  return { files, problems: problems.filter((p) => !seen.has(path.resolve(p.path)) && seen.add(path.resolve(p.path))) };
}

/** One walk's matcher, findings and the real folders it has been in. */
interface Walk {
  matches: Matcher;
  out: string[];
  problems: WalkResult['problems'];
  visited: Set<string>;
  /** Links to folders, walked once the real folders are done. */
  links: Array<{ dir: string; rel: string }>;
}

const realOf = (dir: string): Promise<string> => fs.realpath(dir).catch(() => dir);

/**
 * Walks folder `dir`, `rel` its path from the named folder ('' for that folder itself, forward
 * slashes), `real` its real path: a subfolder's is this one's and its name, as only links lead
 * elsewhere (a realpath per folder is a lookup per path segment, 2 minutes at 2,000 levels). An
 * entry's name is one path segment, never '.' or '..': its path is the folder's `path.join`
 * prefix and its name, its relative path `rel` and its name, with no path.join or path.relative
 * per file (a thousand of each, before they are optimised, took 20-30 ms).
 */
async function walk(dir: string, rel: string, real: string, w: Walk): Promise<void> {
  // each real folder once: a linked folder may be reached twice, or hold a link to a folder above
  if (w.visited.has(real)) return;
  w.visited.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    w.problems.push({ path: dir, reason: `cannot read folder (${(e as Error).message})` });
    return;
  }
  // what path.join(dir, name) puts before the name: 'a/b/' from 'a/b' or './a/b/', '' from '.', '/' from '/'
  const prefix = path.join(dir, 'x').slice(0, -1);
  for (const entry of entries) {
    const full = prefix + entry.name;
    const entryRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (w.matches.skipsFolder(entryRel)) continue;
      await walk(full, entryRel, path.join(real, entry.name), w);
    } else if (entry.isSymbolicLink() && !w.matches.skipsFolder(entryRel) && (await fs.stat(full).catch(() => null))?.isDirectory()) {
      // a link to a folder is walked, as the editor's file search follows it
      w.links.push({ dir: full, rel: entryRel });
    } else if (entry.isFile() && w.matches.file(entryRel)) {
      w.out.push(full);
    } else if (!entry.isFile() && w.matches.file(entryRel)) {
      // a link to an article is an article, as in the editor; anything else matching is named, not silently dropped
      const target = await fs.stat(full).catch(() => null);
      if (target?.isFile()) w.out.push(full);
      else w.problems.push({ path: full, reason: target ? NOT_REGULAR : 'a link to nothing' });
    }
  }
}

function tooLarge(size: number, maxBytes: number): { ok: false; reason: string } {
  return { ok: false, reason: `too large (${(size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB)` };
}

/** Why a file system error means a file cannot be read; a vanished file says so. */
export function unreadableReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'FileNotFound' ? VANISHED : `cannot read (${(e as Error).message})`;
}

/** The reason given for a file deleted between being listed and being read: not counted as skipped. */
export const VANISHED = 'file vanished before it could be read';
export const NOT_REGULAR = 'not a regular file (a pipe, socket or device)';
/** What collectArticles says of a folder it found no article in. */
export const NO_ARTICLES = 'folder has no articles (.txt, .md)';

/** How files not trusted to be regular ones are opened: read-only and without blocking (a FIFO would otherwise wait for a writer forever). */
export const NON_BLOCKING_READ = constants.O_RDONLY | constants.O_NONBLOCK;

/** A decoded article with the size and modification time (ms) its bytes had when read. */
export type ReadArticle = (Decoded & { ok: false }) | { ok: true; text: string; size: number; mtimeMs: number };

/**
 * Reads and decodes one article. The file is opened without blocking (a FIFO named .txt would
 * otherwise wait for a writer forever) and checked from its own descriptor: only a regular file no
 * larger than `maxBytes` is read, so a huge file is refused before a byte of it is. Synchronous: the
 * command line and the indexing workers read one small file after another.
 */
export function readArticleSync(file: string, maxBytes = DEFAULT_MAX_BYTES): ReadArticle {
  let fd: number;
  try {
    fd = openSync(file, NON_BLOCKING_READ);
  } catch (e) {
    return { ok: false, reason: unreadableReason(e) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: NOT_REGULAR };
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    const decoded = decodeArticle(bytes.subarray(0, read), maxBytes);
    return decoded.ok ? { ok: true, text: decoded.text, size: stat.size, mtimeMs: stat.mtimeMs } : decoded;
  } catch (e) {
    return { ok: false, reason: unreadableReason(e) };
  } finally {
    closeSync(fd);
  }
}
