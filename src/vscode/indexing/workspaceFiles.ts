/**
 * The extension host's side of reading the workspace: stat and read through Node for local files
 * (off the host's thread in libuv) or through vscode.workspace.fs for other file systems, the
 * editor's unsaved buffers, and the indexing limits from the settings.
 */
import { promises as fs, statSync } from 'node:fs';
import * as vscode from 'vscode';
import { collectArticles, decodeArticle, NO_ARTICLES, NOT_REGULAR, unreadableReason } from '../../corpus/files';
import { joinGlobs, type Settings } from '../config';
import type { Outcome } from '../../workers/pool';
import { yieldToHost } from './writers';

/** Limits of one article's analysis, from the settings. */
export function indexingLimits(): { timeoutMs: number; memoryMB: number } {
  const c = vscode.workspace.getConfiguration('corpusNavigator.indexing');
  return { timeoutMs: Math.max(10, c.get<number>('articleTimeoutSeconds', 20) * 1000), memoryMB: Math.max(64, c.get<number>('workerMemoryMB', 512)) };
}

/**
 * The workspace's article files under the settings' globs, and folders that could not be read.
 * Local folders are walked here (in libuv, with the include/exclude matcher the file watcher and
 * the command line use): VS Code's file search relays its answer through the workbench, which
 * took 4-8 s at 10,000 files on a busy 2-core machine, and a warm start waited for it. Folders of
 * other file systems (a virtual workspace) go through that search. Nested workspace folders give
 * each file once.
 */
export async function findArticles(settings: Settings): Promise<{ files: vscode.Uri[]; problems: Array<{ path: string; reason: string }> }> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.some((f) => f.uri.scheme !== 'file')) return { files: await vscode.workspace.findFiles(joinGlobs(settings.include), joinGlobs(settings.exclude)), problems: [] };
  const { files, problems } = await collectArticles(folders.map((f) => f.uri.fsPath), settings);
  // a pipe or device named like an article goes to the pass, which skips it with its reason, as
  // the file search had it; a folder without articles is no problem here (a new workspace)
  const special = problems.filter((p) => p.reason === NOT_REGULAR).map((p) => p.path);
  const reported = problems.filter((p) => p.reason !== NOT_REGULAR && p.reason !== NO_ARTICLES);
  return { files: await urisOf([...new Set([...files, ...special])]), problems: reported };
}

/** Longest the host parses paths into URIs between two yields, ms. */
const URI_SLICE_MS = 8;

/** File URIs of `paths`, made in the host's turns: 10,164 at once held a cold start's host up for 30-40 ms (its CPU profile). */
async function urisOf(paths: readonly string[]): Promise<vscode.Uri[]> {
  const uris: vscode.Uri[] = [];
  let sliceStart = performance.now();
  for (const p of paths) {
    uris.push(vscode.Uri.file(p));
    if (performance.now() - sliceStart > URI_SLICE_MS) {
      await yieldToHost();
      sliceStart = performance.now();
    }
  }
  return uris;
}

export interface FileStat {
  isFile: boolean;
  size: number;
  mtimeMs: number;
}

/** A file's type, size and modification time, or why there is none (VANISHED when it is gone). */
export async function statOf(uri: vscode.Uri): Promise<FileStat | string> {
  try {
    if (uri.scheme === 'file') {
      const st = await fs.stat(uri.fsPath);
      return { isFile: st.isFile(), size: st.size, mtimeMs: st.mtimeMs };
    }
    const st = await vscode.workspace.fs.stat(uri);
    return { isFile: (st.type & vscode.FileType.File) !== 0, size: st.size, mtimeMs: st.mtime };
  } catch (e) {
    return unreadableReason(e instanceof vscode.FileSystemError ? { code: e.code, message: e.message } : e);
  }
}

/**
 * statOf of a local file (scheme `file`), made at once on the calling thread: a local disk answers
 * in microseconds. Undefined for another file system's.
 */
export function statOfLocal(uri: vscode.Uri): FileStat | string | undefined {
  if (uri.scheme !== 'file') return undefined;
  try {
    const st = statSync(uri.fsPath);
    return { isFile: st.isFile(), size: st.size, mtimeMs: st.mtimeMs };
  } catch (e) {
    return unreadableReason(e);
  }
}

/** The editor's document of this article when it holds unsaved edits: its buffer, not the file, is what counts. */
export const dirtyDocument = (key: string): vscode.TextDocument | undefined => vscode.workspace.textDocuments.find((d) => d.isDirty && d.uri.toString() === key);

/** dirtyDocument for many articles at once: the documents with unsaved edits, by key. */
export const dirtyDocuments = (): Map<string, vscode.TextDocument> => new Map(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => [d.uri.toString(), d]));

/** An article read through VS Code's file system API (a virtual workspace), decoded as the editor shows it. */
export async function readThroughVscode(uri: vscode.Uri, maxBytes: number): Promise<Outcome<string>> {
  try {
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri), maxBytes);
    return decoded.ok ? { ok: true, value: decoded.text } : decoded;
  } catch (e) {
    return { ok: false, reason: unreadableReason(e instanceof vscode.FileSystemError ? { code: e.code, message: e.message } : e) };
  }
}

/** An article's text for the search index, read off the host's thread; '' when it cannot be. */
export async function readText(file: string, maxBytes: number): Promise<string> {
  try {
    const decoded = decodeArticle(await fs.readFile(file), maxBytes);
    return decoded.ok ? decoded.text : '';
  } catch {
    return '';
  }
}
