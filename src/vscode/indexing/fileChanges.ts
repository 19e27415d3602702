/**
 * The watcher's batches of file changes applied to a CorpusIndex (./watcher.ts gathers them):
 * deleted articles and folders leave the index, changed files are read again unless a save's read
 * of them is under way or an editor holds unsaved edits.
 */
import * as vscode from 'vscode';
import { yieldToHost } from './cache';
import { dirtyDocument, statOf } from './workspaceFiles';
import type { FileChange } from './watcher';
import { keyOf, SLICE_MS, type IndexParts } from './fullPass';
import { dropSkipped, removeDeleted, type DeletionParts } from './deletions';

/** What the change stage needs of the index besides its parts: reads already under way, and the jobs' numbers. */
export interface ChangeParts extends IndexParts, Pick<DeletionParts, 'readsUnderWay' | 'generationOf'> {
  /** Resolves once a read of the article already under way (a save's, or a worker's) is done; undefined when none is. */
  reading(key: string): Promise<void> | undefined;
}

/** A batch of the watcher's file changes: deleted articles (and folders) go, changed ones are read again. */
export async function filesChanged(ix: ChangeParts, items: FileChange[]): Promise<void> {
  /** Each resolves true once its article was read again. */
  const jobs: Promise<boolean>[] = [];
  let sliceStart = performance.now();
  const deleted = new Set(items.filter((i) => i.deleted).map((i) => keyOf(i.uri)));
  // (a skipped file deleted leaves the status bar's count of skipped files: the views are told, as
  // for an article removed, though the index held no article of it)
  const skipsDropped = deleted.size > 0 && dropSkipped(ix.skippedFiles, deleted);
  // called before any wait: what the index holds and reads of the deleted files is taken as the batch came (see removeDeleted)
  const removed = deleted.size > 0 ? await removeDeleted(ix, deleted) : [];
  if (removed.length) ix.log.info(`Removed ${removed.length === 1 ? vscode.workspace.asRelativePath(vscode.Uri.parse(removed[0])) : `${removed.length} articles`}`);
  const changed = removed.length > 0 || skipsDropped;
  const urgent = items.length < 8;
  const reread = (uri: vscode.Uri): Promise<boolean> => ix.extract(uri, { urgent }).then(() => true);
  for (const { uri, deleted: gone } of items) {
    const key = keyOf(uri);
    if (!gone && ix.isArticle(uri) && !dirtyDocument(key)) {
      // a read already under way (a save's, see buffers) is not doubled: once it is done, the file
      // is compared with what it read (a second job would overtake it and the trees wait for both)
      const reading = ix.reading(key);
      if (reading) jobs.push(reading.then(async () => (await stale(ix, uri)) && reread(uri)));
      else if (await stale(ix, uri)) jobs.push(reread(uri));
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToHost();
      sliceStart = performance.now();
    }
  }
  const readAgain = await Promise.all(jobs);
  if (readAgain.some(Boolean) || changed) {
    ix.invalidate(true);
    ix.searchSide.fillBacklog();
  }
}

/** Whether an article's file (an admitted one) differs from what the index holds of it. */
async function stale(ix: IndexParts, uri: vscode.Uri): Promise<boolean> {
  const st = await statOf(uri);
  const known = ix.entries.get(keyOf(uri));
  return ix.admit(uri, st) && (!known || known.fromBuffer || known.size !== st.size || known.mtimeMs !== st.mtimeMs);
}
