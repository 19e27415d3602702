/**
 * The extension in a real VS Code: trees, hovers, search, navigation and live updates over a copy
 * of the seeds (plus a few bad files) that the runner opened as the workspace.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../src/vscode/extension';
import type { ActorNode } from '../../src/vscode/views/actorsTree';
import { speakerItems } from '../../src/vscode/commands/search';
import { activated, changeWhere as changeWhereIn, folder, hoverText, markdownParts, seed, SEED0 } from './helpers';
import { SKIPPED_SOURCE } from '../../src/vscode/skippedProblems';

let api: CorpusNavigatorApi;
const changeWhere = (test: () => boolean, ms?: number): Promise<void> => changeWhereIn(api, test, ms);

const label = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

async function actorChildren(kindLabel: string): Promise<Array<{ node: ActorNode; item: vscode.TreeItem }>> {
  const tree = api.actorsTree;
  const groups = await tree.getChildren();
  const group = groups.find((g) => label(tree.getTreeItem(g)) === kindLabel);
  assert.ok(group, `group ${kindLabel} exists`);
  return (await tree.getChildren(group)).map((node) => ({ node, item: tree.getTreeItem(node) }));
}

/** Whether `test` holds within `ms`, asked every 50 ms: for what the views make in slices after a change. */
async function eventually(test: () => Promise<boolean>, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await test()) return true;
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function offsetOf(uri: vscode.Uri, phrase: string): Promise<{ doc: vscode.TextDocument; pos: vscode.Position }> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const at = doc.getText().indexOf(phrase);
  assert.ok(at >= 0, `${phrase} is in ${uri.path}`);
  return { doc, pos: doc.positionAt(at + 2) };
}

describe('Corpus Navigator in VS Code', function () {
  before(async () => {
    api = await activated();
  });

  it('indexes the five seed articles and skips the bad files with a reason', () => {
    assert.equal(api.index.size, 5);
    const reasons = [...api.index.skippedFiles.entries()].map(([k, r]) => `${k.slice(k.lastIndexOf('/') + 1)}: ${r}`).sort();
    assert.deepEqual(reasons.map((r) => r.split(':')[0]), ['big.txt', 'binary.txt', 'empty.txt', 'latin1.txt']);
    assert.ok(reasons.some((r) => r.startsWith('big.txt: too large')));
  });

  it('lists each skipped file in the Problems panel with its reason, and no indexed article there', () => {
    const problems = vscode.languages.getDiagnostics().filter(([, ds]) => ds.some((d) => d.source === SKIPPED_SOURCE));
    const shown = problems.map(([uri, ds]) => `${uri.path.slice(uri.path.lastIndexOf('/') + 1)}: ${ds[0].message}`).sort();
    assert.deepEqual(shown.map((r) => r.split(':')[0]), ['big.txt', 'binary.txt', 'empty.txt', 'latin1.txt']);
    assert.ok(shown.some((r) => r.startsWith('big.txt: Not indexed: too large')), shown.join(' | '));
    assert.ok(problems.every(([, ds]) => ds.every((d) => d.severity === vscode.DiagnosticSeverity.Warning)));
  });

  it('lists Jens Stoltenberg among People, with his quotes', async () => {
    const people = await actorChildren('People');
    const jens = people.find((p) => label(p.item) === 'Jens Stoltenberg');
    assert.ok(jens, 'Jens Stoltenberg is in People');
    assert.match(String(jens.item.description), /^\d+ quotes · .* · \d+ mentions$/);
    // a row never says "0 quotes" (a narrow sidebar showed "0 quote…" and nothing else); the mentions come last
    for (const p of people) assert.match(String(p.item.description), /^(?!0 quotes)(?:.* · )?\d+ mentions?$/, `${label(p.item)}: ${String(p.item.description)}`);
    const [quotesNode] = await api.actorsTree.getChildren(jens.node);
    assert.match(label(api.actorsTree.getTreeItem(quotesNode)), /^Quotes \(\d+\)$/);
    const quotes = await api.actorsTree.getChildren(quotesNode);
    assert.ok(quotes.length >= 15);
    const first = api.actorsTree.getTreeItem(quotes[0]);
    assert.equal(first.command?.command, 'corpusNavigator.openSpan');
  });

  it('lists a source the article does not name ("senior US official") under Unnamed sources, not among People', async () => {
    const unnamed = await actorChildren('Unnamed sources');
    const official = unnamed.find((p) => label(p.item) === 'senior US official');
    assert.ok(official, 'the senior US official is among Unnamed sources');
    assert.match(String(official.item.description), /^\d+ quotes? · /);
    assert.equal(api.actorsTree.getParent(official.node), (await api.actorsTree.getChildren()).find((g) => label(api.actorsTree.getTreeItem(g)) === 'Unnamed sources'));
    const people = await actorChildren('People');
    assert.ok(!people.some((p) => /^[a-z]/.test(label(p.item))), 'People lists named people only');
  });

  it('names the article of each group (a group is an actor of one article) in its row', async () => {
    const groups = await actorChildren('Groups');
    let named = 0;
    for (const { node, item } of groups) {
      if (node.type !== 'actor') continue;
      const articles = api.index.lookup.articles(node.id);
      if (articles.length !== 1) continue;
      const name = articles[0].slice(articles[0].lastIndexOf('/') + 1);
      // what tells two groups apart comes before the mentions: the end of a row is cut in a narrow sidebar
      assert.match(String(item.description), new RegExp(`^(\\d+ quotes? · )?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `), `${label(item)}: ${String(item.description)}`);
      named++;
    }
    assert.ok(named > 0, 'some group is of one article');
  });

  it('lists a speaker’s quotes newest article first, each article’s in text order', () => {
    const stoltenberg = api.index.lookup.actorList().find((a) => a.name === 'Jens Stoltenberg')!;
    const listed = api.index.lookup.newestFirst(api.index.lookup.quotes(stoltenberg.id));
    const dates = listed.map((q) => api.index.lookup.date(q.path) ?? '');
    assert.ok(new Set(dates).size > 1, `quotes from articles of several dates: ${[...new Set(dates)].join(', ')}`);
    for (let i = 1; i < listed.length; i++) {
      assert.ok(dates[i - 1] >= dates[i], `${dates[i - 1]} before ${dates[i]}`);
      if (listed[i - 1].path === listed[i].path) assert.ok(listed[i - 1].item.start < listed[i].item.start);
    }
  });

  it('the speaker pick says when no speaker matches, and that row picks nothing', () => {
    const speakers = api.index.lookup.actorList().filter((a) => a.quoteCount > 0);
    const found = speakerItems(speakers, 'Stoltenberg');
    assert.equal(found[0].description, 'Jens Stoltenberg');
    assert.match(String(found[0].detail), /^person · \d+ quotes/);
    assert.ok(found[0].id);
    // a label of an icon alone: VS Code's own filter finds no text there, so it keeps our ranking
    assert.ok(speakerItems(speakers, 'a').every((item) => /^\$\([a-z-]+\)$/.test(item.label)));
    const none = speakerItems(speakers, 'Zzyzx Qwerty $(zap)');
    assert.equal(none.length, 1);
    assert.equal(none[0].id, '');
    assert.match(String(none[0].label), /^\$\(circle-slash\) No speaker matches “Zzyzx Qwerty \\\$\(zap\)”$/);
  });

  it('the speaker pick tells apart speakers of one name by their article, and only those', () => {
    const actor = (id: string, name: string, quoteCount: number) => ({ id, name, kind: 'person' as const, aliases: [], roles: [], mentionCount: quoteCount, quoteCount });
    const speakers = [actor('s1', 'spokesman', 3), actor('s2', 'spokesman', 1), actor('r', 'Ana Roy', 2), actor('c1', 'city officials', 1), actor('c2', 'City officials', 1)];
    const articles: Record<string, string> = { s1: 'Port Reopens After Strike', s2: 'Ferry $(zap) Fares Rise', r: 'Port Reopens After Strike', c1: 'Bridge Repairs Delayed', c2: 'Budget Vote' };
    const rows = speakerItems(speakers, '', (id) => articles[id]);
    const detail = (id: string) => String(rows.find((row) => row.id === id)?.detail);
    assert.equal(detail('s1'), 'person · 3 quotes · in Port Reopens After Strike');
    assert.equal(detail('s2'), 'person · 1 quote · in Ferry \\$(zap) Fares Rise');
    assert.equal(detail('r'), 'person · 2 quotes');
    // (one name whatever its capitals)
    assert.equal(detail('c1'), 'person · 1 quote · in Bridge Repairs Delayed');
    assert.equal(detail('c2'), 'person · 1 quote · in Budget Vote');
  });

  it('lists the 2024 Washington summit among Events with its date', () => {
    // the tree groups events by year and month: collect the event rows under the groups
    const walk = (nodes: ReturnType<typeof api.eventsTree.getChildren>): typeof nodes => nodes.flatMap((n) => (n.type === 'event' ? [n] : n.type === 'year' || n.type === 'month' ? walk(api.eventsTree.getChildren(n)) : []));
    const events = walk(api.eventsTree.getChildren()).map((n) => api.eventsTree.getTreeItem(n));
    const summit = events.find((e) => /summit/i.test(label(e)) && /Washington/.test(label(e) + e.description));
    assert.ok(summit, `a Washington summit in: ${events.map((e) => label(e)).join(' | ')}`);
    assert.match(String(summit.description), /^2024-07-09/);
  });

  it('the passage rows of an event show the words of the article at their spans', async () => {
    const walk = (nodes: ReturnType<typeof api.eventsTree.getChildren>): typeof nodes => nodes.flatMap((n) => (n.type === 'event' ? [n] : n.type === 'year' || n.type === 'month' ? walk(api.eventsTree.getChildren(n)) : []));
    const passages = walk(api.eventsTree.getChildren()).flatMap((n) => api.eventsTree.getChildren(n)).filter((n) => n.type === 'source');
    assert.ok(passages.length >= 10, `${passages.length} passage rows`);
    for (const node of passages.slice(0, 10)) {
      if (node.type !== 'source') continue;
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(node.path));
      const words = doc.getText().slice(node.start, node.end);
      const item = api.eventsTree.getTreeItem(node);
      assert.ok(words.trim().length > 0);
      assert.ok(String(item.tooltip).startsWith(`${words}\n`), `${String(item.tooltip)} | ${words}`);
      assert.equal(label(item).replace(/…$/, '').slice(0, 20), words.replace(/\s+/g, ' ').trim().slice(0, 20));
    }
  });

  it('the hover on “the NATO chief” names Jens Stoltenberg and shows his quotes', async () => {
    const { doc, pos } = await offsetOf(seed(SEED0), 'the NATO chief');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = hoverText(hovers);
    assert.match(text, /Jens Stoltenberg/);
    assert.match(text, /China/, 'a quote is shown');
    assert.match(text, /command:corpusNavigator\.openSpan/);
  });

  it('hovering inside a quotation says who said it', async () => {
    const { doc, pos } = await offsetOf(seed(SEED0), 'threatening its neighbours');
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
    assert.match(text, /Jens Stoltenberg/);
  });

  it('hovering a name inside a quotation shows its card and who said the quotation', async () => {
    const { doc, pos } = await offsetOf(seed(SEED0), 'China, in particular');
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
    assert.match(text, /\*\*China\*\*/, 'the card of the name hovered');
    // the cue in brackets: "wrote by Jens Stoltenberg" would read the wrong way round
    assert.match(text, /In a quote\* by Jens Stoltenberg \\?\(\w+, direct\\?\)/, 'who said the quotation it stands in');
    // above the card's own lines, where a long card cannot hide it
    assert.ok(text.indexOf('In a quote') < text.indexOf('**China**'), 'the quote line before the card');
  });

  it('search finds a phrase, and Enter opens the right article with the match selected', async () => {
    const phrase = 'alliance of dictators';
    void vscode.commands.executeCommand('corpusNavigator.search', phrase);
    await new Promise((r) => setTimeout(r, 800));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('003_d13e6262becc2b5e.txt') ? vscode.window.activeTextEditor : undefined);
    assert.equal(editor.document.getText(editor.selection), phrase);
  });

  it('references on “Stoltenberg” span several articles', async () => {
    const { doc, pos } = await offsetOf(seed(SEED0), 'Stoltenberg reasoned');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, pos);
    const files = new Set(refs.map((r) => r.uri.path.slice(r.uri.path.lastIndexOf('/') + 1)));
    assert.ok(files.size >= 4, `references in ${[...files].join(', ')}`);
  });

  it('Go to Definition, workspace symbols and the article outline', async () => {
    const { doc, pos } = await offsetOf(seed(SEED0), 'Stoltenberg reasoned');
    const defs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, pos);
    assert.equal(defs.length, 1);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Kishida');
    assert.ok(symbols.some((s) => s.name === 'Fumio Kishida' || s.name === 'Kishida Fumio'));
    const outline = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const quotes = outline.find((s) => s.name === 'Quotes');
    assert.ok(quotes && quotes.children.length >= 12, `outline quotes: ${quotes?.children.length}`);
    assert.ok(quotes.children.some((q) => q.detail === 'quote by Jens Stoltenberg'));
  });

  it('the trees follow an edit, a new file and a deletion', async () => {
    const added = vscode.Uri.joinPath(folder(), 'seeds', 'added.txt');
    try {
      await vscode.workspace.fs.writeFile(added, Buffer.from('“The dam will hold,” Governor Petra Lindqvist said on Monday.'));
      await changeWhere(() => api.index.lookup.result.actors.some((a) => a.name === 'Petra Lindqvist'));
      // the Actors tree makes its lists in slices after the index changes: it shows her a moment later
      assert.ok(await eventually(async () => (await actorChildren('People')).some((p) => label(p.item) === 'Petra Lindqvist')), 'Petra Lindqvist in the People tree');

      await vscode.workspace.fs.writeFile(added, Buffer.from('“The dam will hold,” Governor Petra Lindqvist-Berg said on Monday.'));
      await changeWhere(() => api.index.lookup.result.actors.some((a) => a.name === 'Petra Lindqvist-Berg'));
    } finally {
      // left behind, the file is counted by the phases after this one
      await vscode.workspace.fs.delete(added).then(undefined, () => undefined);
    }
    await changeWhere(() => !api.index.lookup.result.actors.some((a) => a.name.startsWith('Petra')));
    assert.equal(api.index.size, 5);
  });

  it('corpus text in a hover card is escaped, shows no theme icons and cannot reach a command link', async () => {
    const evil = vscode.Uri.joinPath(folder(), 'evil.txt');
    const text = '“Read [this](command:workbench.action.terminal.new) and <img src=x onerror=alert(1)> now $(zap) $(bell~spin),” Minister Zora Quill said.';
    await vscode.workspace.fs.writeFile(evil, Buffer.from(text));
    try {
      await changeWhere(() => api.index.lookup.result.actors.some((a) => a.name === 'Zora Quill'));
      const { doc, pos } = await offsetOf(evil, 'Zora Quill');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
      const md = hoverText(hovers);
      assert.match(md, /Zora Quill/);
      // VS Code turns `$(zap)` into an icon in a MarkdownString with theme icons on, escaped or not
      const parts = markdownParts(hovers);
      const withQuote = parts.filter((p) => p.value.includes('zap'));
      assert.ok(withQuote.length > 0, 'the quote is in the card');
      assert.ok(parts.some((p) => p.value.includes('$(references)') && p.supportThemeIcons), 'the card’s own icons still show');
      for (const p of withQuote) assert.ok(!p.supportThemeIcons, `theme icons off where corpus text is: ${p.value.slice(0, 80)}`);
      assert.match(md, /\\\$\\\(zap\\\)/, 'the icon syntax kept as escaped text');
      assert.ok(!md.includes('](command:workbench'), 'no link to a workbench command');
      assert.ok(!/(^|[^\\])</.test(md), 'no raw HTML');
      assert.match(md, /\\\[this\\\]/, 'brackets escaped');

      // the card inside the quotation (who said it): the speaker's name is corpus text too
      const inQuote = markdownParts(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(text.indexOf('now'))));
      const withSpeaker = inQuote.filter((p) => p.value.includes('Zora'));
      assert.ok(withSpeaker.length > 0, 'the quote card names the speaker');
      for (const p of withSpeaker) assert.ok(!p.supportThemeIcons, `theme icons off where corpus text is: ${p.value.slice(0, 80)}`);
    } finally {
      await vscode.workspace.fs.delete(evil);
      await changeWhere(() => !api.index.lookup.result.actors.some((a) => a.name === 'Zora Quill'));
    }
  });

  describe('files deleted while a pass reads them', () => {
    const dir = (): vscode.Uri => vscode.Uri.joinPath(folder(), 'churn');
    const removeChurn = (): Thenable<void> => vscode.workspace.fs.delete(dir(), { recursive: true }).then(undefined, () => undefined);
    // the folder goes even when the test times out in a wait not bounded here: left behind, its
    // files are counted by the phases after this one
    after(removeChurn);

    it('files deleted while indexing are skipped, everything else is indexed', async function () {
      // every wait below is bounded, within this: the test fails with what it waited for instead of hanging
      this.timeout(120_000);
      const files = Array.from({ length: 40 }, (_, i) => vscode.Uri.joinPath(dir(), `a${i}.txt`));
      try {
        await Promise.all(files.map((f, i) => vscode.workspace.fs.writeFile(f, Buffer.from(`Mayor Ada Lind${i} said the park ${i} would open.`))));
        const indexing = api.index.reindex();
        await Promise.all(files.filter((_, i) => i % 2).map((f) => vscode.workspace.fs.delete(f)));
        await bounded(indexing, 30_000, () => `the re-index (its files deleted as it read them) to end; progress ${JSON.stringify(api.index.progress)}`);
        const keys = new Set(api.index.lookup.result.documents.map((d) => d.path));
        for (const [i, f] of files.entries()) {
          const key = f.toString();
          if (i % 2 === 0) assert.ok(keys.has(key), `${i} indexed`);
          else assert.ok(!keys.has(key) || !api.index.article(key) || /vanished|cannot read/.test(api.index.skippedFiles.get(key) ?? 'vanished'), `${i} gone or skipped`);
        }
        for (const name of ['000_6d5c066a89ae0d63.txt', '004_87720963fe76c112.txt']) assert.ok(keys.has(seed(name).toString()));
        // once the watcher has caught up, a vanished file is neither indexed nor counted as skipped
        const gone = files.filter((_, i) => i % 2).map((f) => f.toString());
        await changeWhere(() => gone.every((k) => !api.index.article(k)), 20_000).catch((e: Error) => {
          throw new Error(`${e.message}: still indexed ${gone.filter((k) => api.index.article(k)).length} of the ${gone.length} deleted files`);
        });
        assert.deepEqual(gone.filter((k) => api.index.skippedFiles.has(k)), []);
      } finally {
        await removeChurn();
      }
      await changeWhere(() => !api.index.lookup.result.documents.some((d) => d.path.includes('/churn/') && api.index.article(d.path)), 20_000);
      assert.equal(api.index.size, 5);
    });

    it('files deleted while their jobs wait behind others: the pass ends, and they do not come back', async function () {
      this.timeout(120_000);
      // long articles: the pass's jobs queue for seconds, and the watcher reports the deletions
      // while the deleted files' jobs still wait or run (a pass that did not end, session 20)
      const files = Array.from({ length: 30 }, (_, i) => vscode.Uri.joinPath(dir(), `b${i}.txt`));
      const text = (i: number): string => Array.from({ length: 2000 }, (_, j) => `Mayor Ada Lind${i} said the park ${j} would open.`).join('\n');
      try {
        await Promise.all(files.map((f, i) => vscode.workspace.fs.writeFile(f, Buffer.from(text(i)))));
        let listed!: () => void;
        const passListed = new Promise<void>((resolve) => (listed = resolve));
        const sub = api.index.onDidProgress(() => (api.index.progress?.total ?? 0) > files.length && listed());
        const indexing = api.index.reindex();
        await bounded(passListed, 30_000, () => 'the re-index to list the files').finally(() => sub.dispose());
        await Promise.all(files.filter((_, i) => i % 2).map((f) => vscode.workspace.fs.delete(f)));
        await bounded(indexing, 60_000, () => `the re-index to end after its files were deleted; progress ${JSON.stringify(api.index.progress)}`);
        const gone = files.filter((_, i) => i % 2).map((f) => f.toString());
        await changeWhere(() => gone.every((k) => !api.index.article(k)), 20_000).catch((e: Error) => {
          throw new Error(`${e.message}: still indexed ${gone.filter((k) => api.index.article(k)).length} of the ${gone.length} deleted files`);
        });
        // (the watcher's late report of a file's creation may read it again after the pass: the
        // kept files are each indexed once that read has filed it, within a bound)
        const kept = files.filter((_, i) => i % 2 === 0).map((f) => f.toString());
        await changeWhere(() => kept.every((k) => api.index.article(k)), 20_000).catch((e: Error) => {
          const missing = kept.filter((k) => !api.index.article(k));
          throw new Error(`${e.message}: not indexed ${missing.map((k) => `${k.slice(k.lastIndexOf('/') + 1)} (skipped: ${api.index.skippedFiles.get(k) ?? 'no'})`).join(', ')}; progress ${JSON.stringify(api.index.progress)}`);
        });
      } finally {
        await removeChurn();
      }
      await changeWhere(() => !api.index.lookup.result.documents.some((d) => d.path.includes('/churn/') && api.index.article(d.path)), 20_000);
      assert.equal(api.index.size, 5);
    });
  });

  it('an unsaved edit is analysed from the editor buffer', async () => {
    const doc = await vscode.workspace.openTextDocument(seed('004_87720963fe76c112.txt'));
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '“We stand ready,” Admiral Ines Vargas said.\n'));
    await changeWhere(() => api.index.lookup.result.actors.some((a) => a.name === 'Ines Vargas'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await changeWhere(() => !api.index.lookup.result.actors.some((a) => a.name === 'Ines Vargas'));
  });
});

/** `p`, or a failure naming what was awaited after `ms` (the default test timeout would only say that the test took too long). */
function bounded<T>(p: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`waited ${ms / 1000} s for ${what()}`)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

async function waitFor<T>(probe: () => T | undefined, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
