import { strict as assert } from 'node:assert';
import type * as vscode from 'vscode';
import { SaveAhead, type SaveTarget } from '../../src/vscode/indexing/saveAhead';
import type { FileStat } from '../../src/vscode/indexing/workspaceFiles';

/** A stand-in for the index: counts analyses, numbers jobs as Extraction does, adopts a buffer's analysis when its job is still the latest. */
function fakeIndex(fileText: () => string) {
  const uri = { toString: () => 'file:///corpus/a.txt' } as unknown as vscode.Uri;
  const log: string[] = [];
  let generation = 0;
  let adopted = -1;
  const target: SaveTarget = {
    analyse: async (_uri, text) => {
      generation++;
      log.push(text === undefined ? 'file' : 'buffer');
      await new Promise((r) => setTimeout(r, 5));
    },
    generation: () => generation,
    adopt: (_uri, g) => {
      if (g !== generation) return false;
      adopted = g;
      return true;
    },
    stat: async (): Promise<FileStat> => ({ isFile: true, size: Buffer.byteLength(fileText()), mtimeMs: 1 }),
  };
  return { uri, log, target, adopted: () => adopted };
}

describe('a save analysed ahead of its file (SaveAhead)', () => {
  it('a watcher report that comes before VS Code says the save is done waits for the save, and the save’s analysis stands', async () => {
    const text = '“The quay opens in June,” Governor Tamsin Achebe said.';
    const ix = fakeIndex(() => text);
    const saves = new SaveAhead(ix.target);
    saves.saving(ix.uri, text);
    // the watcher's report of the write arrives first: it must find the save pending
    const pending = saves.pending(ix.uri.toString());
    assert.ok(pending, 'a save under way is pending for the watcher');
    let waited = false;
    const watcher = pending.then(() => (waited = true));
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(waited, false, 'the watcher still waits: the save is not confirmed');
    saves.saved(ix.uri, text);
    await watcher;
    assert.deepEqual(ix.log, ['buffer'], 'one analysis for the save');
    assert.equal(ix.adopted(), 1, 'the analysis ahead stands for the file');
    assert.equal(saves.pending(ix.uri.toString()), undefined, 'nothing pending once confirmed');
  });

  it('a save whose text changed before it was done reads the file, and the watcher waits for that read', async () => {
    const ix = fakeIndex(() => 'formatted text');
    const saves = new SaveAhead(ix.target);
    saves.saving(ix.uri, 'typed text');
    const pending = saves.pending(ix.uri.toString())!;
    saves.saved(ix.uri, 'formatted text');
    await pending;
    assert.deepEqual(ix.log, ['buffer', 'file']);
  });

  it('a save with other bytes on disk than its text in UTF-8 (another encoding) reads the file', async () => {
    const ix = fakeIndex(() => '\ufeffsame words');
    const saves = new SaveAhead(ix.target);
    saves.saving(ix.uri, 'same words');
    const pending = saves.pending(ix.uri.toString())!;
    saves.saved(ix.uri, 'same words');
    await pending;
    assert.deepEqual(ix.log, ['buffer', 'file']);
    assert.equal(ix.adopted(), -1);
  });
});
