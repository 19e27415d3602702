/**
 * Opening the index's own files (cache, snapshots) only when they are regular files, without
 * blocking: a FIFO put in one's place would otherwise wait for a writer forever, on the host's
 * thread (a synchronous open) or holding one of libuv's four threads (an asynchronous one). No
 * vscode import.
 */
import { closeSync, fstatSync, openSync, promises as fs } from 'node:fs';
import { NON_BLOCKING_READ, NOT_REGULAR } from '../../corpus/files';

const notRegular = (path: string): Error => new Error(`${path}: ${NOT_REGULAR}`);

/** A descriptor of the regular file at `path`; throws for anything else or when it cannot be opened. */
export function openRegular(path: string): number {
  const fd = openSync(path, NON_BLOCKING_READ);
  if (fstatSync(fd).isFile()) return fd;
  closeSync(fd);
  throw notRegular(path);
}

/** A handle of the regular file at `path` (the caller closes it); rejects for anything else. */
export async function openRegularHandle(path: string): Promise<fs.FileHandle> {
  const handle = await fs.open(path, NON_BLOCKING_READ);
  if ((await handle.stat()).isFile()) return handle;
  await handle.close();
  throw notRegular(path);
}

/** The bytes of the regular file at `path`; rejects for anything else or when it cannot be read. */
export async function readRegular(path: string): Promise<Buffer> {
  const handle = await openRegularHandle(path);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
