/**
 * Which files are articles and how to read them safely: include/exclude globs (the same rules in
 * the extension and the command line), and decoding that turns binary, non-UTF-8, empty and huge
 * files into a clear reason to skip instead of an exception.
 */
import { promises as fs, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

export const DEFAULT_INCLUDE = ['**/*.{txt,md}'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**', '**/build/**', '**/.vscode-test/**', '**/test-results/**'];
/** Larger files are skipped: a news article is a few kilobytes; 5 MB is a book, a dump, or a mistake. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Decodes an article as VS Code would (UTF-8, BOM dropped), or says why it cannot be one. */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) return { ok: false, reason: `too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB)` };
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { ok: false, reason: 'empty file' };
  return { ok: true, text };
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
    const found: string[] = [];
    await walk(input, input, matches, found, problems);
    if (!found.length) problems.push({ path: input, reason: 'folder has no articles (.txt, .md)' });
    files.push(...found.sort());
  }
  return { files, problems };
}

async function walk(root: string, dir: string, matches: Matcher, out: string[], problems: WalkResult['problems']): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: dir, reason: `cannot read folder (${(e as Error).message})` });
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (entry.isDirectory()) {
      if (matches.skipsFolder(rel)) continue;
      await walk(root, full, matches, out, problems);
    } else if (entry.isFile() && matches.file(rel)) {
      out.push(full);
    }
  }
}

const tooLarge = (size: number, maxBytes: number): Decoded => ({ ok: false, reason: `too large (${(size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB)` });
const unreadable = (e: unknown): Decoded => {
  const code = (e as NodeJS.ErrnoException).code;
  return { ok: false, reason: code === 'ENOENT' ? 'file vanished before it could be read' : `cannot read (${(e as Error).message})` };
};

/** Reads and decodes one article; a file that vanished or cannot be read is a reason, not a crash. */
export async function readArticle(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Decoded> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    return decodeArticle(await fs.readFile(file), maxBytes);
  } catch (e) {
    return unreadable(e);
  }
}

/** The same, synchronously: the command line reads thousands of small files one after another. */
export function readArticleSync(file: string, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  try {
    const size = statSync(file).size;
    if (size > maxBytes) return tooLarge(size, maxBytes);
    return decodeArticle(readFileSync(file), maxBytes);
  } catch (e) {
    return unreadable(e);
  }
}
