/**
 * A watcher's batch of deletions applied to the index: the articles at or under the deleted keys
 * go (a deleted folder takes its articles with it, and a folder matches no article glob), and so
 * do the results of reads under way there. No vscode import: the unit tests drive it.
 */

/** What removing deleted articles needs of the index. */
export interface DeletionParts {
  readonly entries: { keys(): Iterable<string>; has(key: string): boolean };
  readonly skippedFiles: Map<string, string>;
  readonly host: { run(work: () => void): Promise<void> };
  /** Keys of the articles with a worker's job under way. */
  readsUnderWay(): Iterable<string>;
  /** The number of the article's latest job (see ./articleJobs.ts): it grows with each job begun, and when the article is dropped. */
  generationOf(key: string): number;
  /** The article out of the index, and any result still to come for it dropped. */
  drop(key: string): void;
  /** Told when skip reasons went (the status bar counts the files skipped). */
  skipsChanged(): void;
}

/** Whether `key` (a URI string) is one of `deleted` or lies under one of them (a deleted folder). */
export function isUnder(key: string, deleted: ReadonlySet<string>): boolean {
  for (let i = key.length; i > 0; i = key.lastIndexOf('/', i - 1)) if (deleted.has(key.slice(0, i))) return true;
  return false;
}

/**
 * Drops the skip reasons of the files at or under the deleted keys; whether any went (the status
 * bar counts the files skipped: "· ⚠ 4 skipped" must drop a skipped file deleted since).
 */
export function dropSkipped(skipped: Map<string, string>, deleted: ReadonlySet<string>): boolean {
  let dropped = false;
  for (const key of [...skipped.keys()]) if (isUnder(key, deleted)) dropped = skipped.delete(key) || dropped;
  return dropped;
}

/**
 * Drops the articles and skip reasons at or under the deleted keys, and the reads under way there
 * (a pass's job begun before the file went would file the article after this removal), each in a
 * host turn. Each as the batch found it: an article whose job began since then read its file as it
 * is now (gone, or created again with the same name) and is left to that job; dropped anyway, the
 * new file's record would go with the old. Returns the keys of the articles the index held and
 * dropped.
 */
export async function removeDeleted(ix: DeletionParts, deleted: ReadonlySet<string>): Promise<string[]> {
  const under = (key: string): boolean => isUnder(key, deleted);
  if (dropSkipped(ix.skippedFiles, deleted)) ix.skipsChanged();
  const seen = new Map<string, number>();
  for (const key of ix.entries.keys()) if (under(key)) seen.set(key, ix.generationOf(key));
  for (const key of ix.readsUnderWay()) if (under(key)) seen.set(key, ix.generationOf(key));
  const removed: string[] = [];
  await Promise.all(
    [...seen].map(([key, generation]) =>
      ix.host.run(() => {
        if (ix.generationOf(key) !== generation) return;
        if (ix.entries.has(key)) removed.push(key);
        ix.drop(key);
      }),
    ),
  );
  return removed;
}
