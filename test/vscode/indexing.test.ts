/**
 * Indexing in the real extension host (the main phase, after extension.test.ts): offsets that match
 * what the editor shows, incremental updates, a worker stopped on a slow article, bursts of files,
 * files that are no articles. Ends by writing the cache the reload phase starts from.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../src/vscode/extension';
import { SHARDS } from '../../src/vscode/indexing/cache';
import { activated, changeWhere, folder, hoverAt, seed } from './helpers';

let api: CorpusNavigatorApi;
const hasActor = (name: string): boolean => api.index.lookup.result.actors.some((a) => a.name === name);
const write = (uri: vscode.Uri, text: string | Uint8Array): Thenable<void> => vscode.workspace.fs.writeFile(uri, typeof text === "string" ? Buffer.from(text) : text);

/**
 * A new folder in the workspace, given the file watcher a moment to watch it: files written the
 * instant a folder appears can be missed by the watcher (VS Code's and ours alike).
 */
async function freshFolder(name: string): Promise<vscode.Uri> {
  const dir = vscode.Uri.joinPath(folder(), name);
  await vscode.workspace.fs.createDirectory(dir);
  await new Promise((r) => setTimeout(r, 500));
  return dir;
}

/**
 * Waits until no extraction has settled for `quietMs` (at most `limitMs`): the watcher can report
 * an earlier test's write a second time (a truncation, then the bytes), and that late job must not
 * count as this test's.
 */
async function quiet(quietMs = 1000, limitMs = 10_000): Promise<void> {
  const end = performance.now() + limitMs;
  let count = api.index.totals.extracted;
  let since = performance.now();
  while (performance.now() - since < quietMs && performance.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    if (api.index.totals.extracted !== count) {
      count = api.index.totals.extracted;
      since = performance.now();
    }
  }
}

/** Opens `file` and adds a quote of Governor Tamsin Achebe at its end: the editor, its text before and the extraction count before. */
async function addAchebeQuote(file: vscode.Uri): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; original: string; before: number }> {
  await quiet();
  const doc = await vscode.workspace.openTextDocument(file);
  const editor = await vscode.window.showTextDocument(doc);
  const original = doc.getText();
  const before = api.index.totals.extracted;
  await editor.edit((e) => e.insert(doc.positionAt(original.length), '\n“The quay opens in June,” Governor Tamsin Achebe said.\n'));
  return { doc, editor, original, before };
}

/** The article analysed from a saved buffer now counts as the file's (so the cache keeps it). */
async function assertCountsAsFile(file: vscode.Uri): Promise<void> {
  const entry = (api.index as unknown as { entries: Map<string, { fromBuffer: boolean; size: number }> }).entries.get(file.toString());
  assert.deepEqual({ fromBuffer: entry?.fromBuffer, size: entry?.size }, { fromBuffer: false, size: (await fs.stat(file.fsPath)).size });
}

/** Puts the original text back, saves it, waits for Achebe to leave the index and closes the editor. */
async function restoreAndClose(doc: vscode.TextDocument, editor: vscode.TextEditor, original: string): Promise<void> {
  await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original));
  await doc.save();
  await changeWhere(api, () => !hasActor('Tamsin Achebe'));
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
}

/** Longest gap (ms) between ticks of a 10 ms timer while `work` runs: how long the host stalled. */
async function longestStall(work: () => Promise<void>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(probe);
  }
  return worst;
}

describe('Indexing in VS Code', function () {
  before(async () => {
    api = await activated();
  });

  after(async () => {
    // the reload phase starts from this cache; this extension host then stays idle
    await api.index.close();
  });

  it('offsets match the editor: mixed CRLF and LF lines, and lone CR, hover and go to the right name', async () => {
    const dir = await freshFolder('eol');
    // 30 line ends before the quote grow by one character in the editor: raw offsets would put a
    // hover on "Petrov" onto "Hanna Lindgren"
    const quote = '“We act now,” President Zoran Petrov told Prime Minister Hanna Lindgren on Monday.';
    const lines = (n: number, word: string): string[] => Array.from({ length: n }, (_, i) => `${word} ${i}.`);
    // CRLF ends most lines (32 of 63), so the editor makes the 30 LF ones CRLF too
    const mixed = ['Talks in Geneva', ...lines(31, 'Note')].join('\r\n') + '\r\n' + lines(30, 'Aside').join('\n') + '\n' + quote + '\n';
    // lone CR everywhere: the editor shows CRLF
    const loneCr = lines(30, 'Line').join('\r') + '\r' + quote + '\r';
    await write(vscode.Uri.joinPath(dir, 'mixed.txt'), mixed);
    await write(vscode.Uri.joinPath(dir, 'lone-cr.txt'), loneCr);
    await changeWhere(api, () => !!api.index.article(vscode.Uri.joinPath(dir, 'mixed.txt').toString()) && !!api.index.article(vscode.Uri.joinPath(dir, 'lone-cr.txt').toString()));
    for (const name of ['mixed.txt', 'lone-cr.txt']) {
      const uri = vscode.Uri.joinPath(dir, name);
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.notEqual(doc.getText().length, (name === 'mixed.txt' ? mixed : loneCr).length, 'the editor changed the line ends');
      const card = await hoverAt(uri, 'Petrov told');
      assert.match(card, /Zoran Petrov/, `${name}: the hover on Petrov is his card`);
      const defs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', uri, doc.positionAt(doc.getText().indexOf('Petrov told') + 2));
      assert.ok(defs.length, `${name}: a definition`);
      const target = await vscode.workspace.openTextDocument(defs[0].uri);
      assert.match(target.getText(defs[0].range), /Petrov/, `${name}: the definition is Petrov's, its range the name in the editor's text`);
    }
    await vscode.workspace.fs.delete(dir, { recursive: true });
    await changeWhere(api, () => !hasActor('Zoran Petrov'));
  });

  it('a change on disk re-extracts that article only', async () => {
    const before = api.index.totals.extracted;
    const size = api.index.size;
    const file = seed('001_e4d1f78a36f286c7.txt');
    const original = await vscode.workspace.fs.readFile(file);
    await write(file, Buffer.concat([original, Buffer.from('\n“The ferry runs again,” Governor Ivo Brandt said.\n')]));
    await changeWhere(api, () => hasActor('Ivo Brandt'));
    assert.equal(api.index.size, size);
    assert.ok(api.index.totals.extracted - before <= 2, `${api.index.totals.extracted - before} extractions for one changed file`);
    await write(file, original);
    await changeWhere(api, () => !hasActor('Ivo Brandt'));
  });

  it('an article edited and saved in the editor is read once: the watcher’s report of the same save starts no second job', async () => {
    const file = seed('003_d13e6262becc2b5e.txt');
    const { doc, editor, original, before } = await addAchebeQuote(file);
    try {
      await doc.save();
      await changeWhere(api, () => hasActor('Tamsin Achebe'));
      // the file watcher's event for the save comes within its batch time (100 ms) and a stat
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(api.index.totals.extracted - before, 1, 'extractions for one save');
      await assertCountsAsFile(file);
    } finally {
      await restoreAndClose(doc, editor, original);
    }
  });

  it('an edit shown in the trees before its save is not analysed again by the save', async () => {
    const file = seed('003_d13e6262becc2b5e.txt');
    const { doc, editor, original, before } = await addAchebeQuote(file);
    try {
      await changeWhere(api, () => hasActor('Tamsin Achebe'));
      // the pause after the edit passes: its analysis stands, the buffer is not analysed again
      await new Promise((r) => setTimeout(r, 600));
      await doc.save();
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(api.index.totals.extracted - before, 1, 'extractions for one edit and its save');
      await assertCountsAsFile(file);
    } finally {
      await restoreAndClose(doc, editor, original);
    }
  });

  it('a save whose text another will-save participant changes (format on save) is read again from the file', async () => {
    const file = seed('003_d13e6262becc2b5e.txt');
    const doc = await vscode.workspace.openTextDocument(file);
    const editor = await vscode.window.showTextDocument(doc);
    const original = doc.getText();
    // registered after the extension's own listener: it edits the text after the extension took it
    const participant = vscode.workspace.onWillSaveTextDocument((e) => {
      if (e.document.uri.toString() === file.toString()) e.waitUntil(Promise.resolve([vscode.TextEdit.insert(e.document.positionAt(e.document.getText().length), '\n“The tide tables are wrong,” Admiral Petra Lindqvist said.\n')]));
    });
    try {
      await editor.edit((e) => e.insert(doc.positionAt(original.length), '\n“The quay opens in June,” Governor Tamsin Achebe said.\n'));
      await doc.save();
      await changeWhere(api, () => hasActor('Petra Lindqvist') && hasActor('Tamsin Achebe'));
    } finally {
      participant.dispose();
    }
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original));
    await doc.save();
    await changeWhere(api, () => !hasActor('Tamsin Achebe') && !hasActor('Petra Lindqvist'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('a worker that runs past the time limit is stopped, its article skipped with the reason, the others indexed', async () => {
    const config = vscode.workspace.getConfiguration('corpusNavigator.indexing');
    await config.update('articleTimeoutSeconds', 0.25, vscode.ConfigurationTarget.Workspace);
    const dir = await freshFolder('slow');
    const slow = vscode.Uri.joinPath(dir, 'slow.txt');
    const fine = vscode.Uri.joinPath(dir, 'fine.txt');
    try {
      // ~3 MB of ordinary reporting, each paragraph its own (repeated lines are read as page furniture):
      // seconds of analysis, far over a quarter of a second
      const paragraph = (i: number): string => `“Bridge ${i} will reopen in May,” Mayor Tomas Lind said on Tuesday, adding that the council had approved repairs worth ${i} dollars.\n`;
      await write(slow, Array.from({ length: Math.ceil((3 << 20) / paragraph(0).length) }, (_, i) => paragraph(i)).join(''));
      await write(fine, '“We stand ready,” Admiral Ines Okafor said.');
      await changeWhere(api, () => hasActor('Ines Okafor') && /stopped after/.test(api.index.skippedFiles.get(slow.toString()) ?? ''), 40_000);
      assert.match(api.index.skippedFiles.get(slow.toString())!, /^stopped after 250 ms/);
      assert.ok(!api.index.article(slow.toString()));
      assert.ok(api.index.totals.stopped >= 1);
      // the replacement worker goes on indexing
      await write(vscode.Uri.joinPath(dir, 'after.txt'), '“All clear,” Captain Rui Moreau said.');
      await changeWhere(api, () => hasActor('Rui Moreau'));
    } finally {
      await config.update('articleTimeoutSeconds', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(dir, { recursive: true });
    }
    await changeWhere(api, () => !hasActor('Ines Okafor') && !api.index.skippedFiles.has(slow.toString()));
  });

  it('a FIFO named .txt is skipped as no regular file, without wedging the index', async () => {
    const dir = await freshFolder('pipes');
    const fifo = vscode.Uri.joinPath(dir, 'feed.txt');
    execFileSync('mkfifo', [fifo.fsPath]);
    await write(vscode.Uri.joinPath(dir, 'next.txt'), '“Doors open at nine,” Senator Mina Adeyemi said.');
    await changeWhere(api, () => hasActor('Mina Adeyemi'));
    assert.ok(!api.index.article(fifo.toString()));
    const reason = api.index.skippedFiles.get(fifo.toString());
    assert.ok(reason === undefined || /not a regular file/.test(reason), reason);
    await api.index.reindex();
    assert.match(api.index.skippedFiles.get(fifo.toString()) ?? 'not listed', /not a regular file|not listed/);
    await vscode.workspace.fs.delete(dir, { recursive: true });
    await changeWhere(api, () => !hasActor('Mina Adeyemi'));
  });

  it('2,000 files created at once are indexed without stalling the extension host', async function () {
    this.timeout(120_000);
    const dir = (await freshFolder('burst')).fsPath;
    const size = api.index.size;
    const stall = await longestStall(async () => {
      for (let i = 0; i < 2000; i += 100) {
        await Promise.all(Array.from({ length: 100 }, (_, j) => fs.writeFile(path.join(dir, `n${i + j}.txt`), `Councillor Eda Vale${i + j} said the library would open on Monday.`)));
      }
      await changeWhere(api, () => api.index.size === size + 2000, 90_000);
    });
    console.log(`burst of 2,000 files: longest extension-host stall ${stall.toFixed(0)} ms`);
    // a rebuild of the corpus view is the largest single step; nothing like the seconds of a freeze
    assert.ok(stall < 500, `the host stalled ${stall.toFixed(0)} ms`);
    await fs.rm(dir, { recursive: true });
    await changeWhere(api, () => api.index.size === size, 60_000);
  });

  it('writes the cache: every indexed article is in it', async () => {
    await api.index.flushCache();
    const dir = api.index.cacheDir;
    assert.ok(dir, 'a workspace has a cache folder');
    const files = await fs.readdir(dir);
    assert.ok(files.includes('manifest.json'));
    const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8'));
    assert.equal(manifest.shards.reduce((n: number, s: { count: number }) => n + s.count, 0), api.index.size);
    // the manifest, the shards (heads and tails), their string table, the search index's snapshot and the settled corpus's
    assert.ok(files.includes(manifest.strings), 'the string table the manifest names is there');
    for (const s of manifest.shards as Array<{ file: string }>) assert.ok(files.includes(s.file.replace(/^shard-/, 'tails-').replace(/\.jsonl\.gz$/, '.bin')), `the tails of ${s.file}`);
    assert.ok(files.includes('search.jsonl.gz'), 'the search index is saved');
    assert.ok(files.includes('settled.jsonl.gz'), 'the settled corpus is saved');
    assert.ok(files.length <= 4 + 2 * SHARDS, `${files.length} files`);
  });
});
