/**
 * What the user meets in the Corpus view, hover cards, search, outline and menus (issue 10 and the
 * trees of issue 8), in the real extension host over the copy of the seeds the runner opened.
 */
import { strict as assert } from 'node:assert';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../src/vscode/extension';
import type { ActorNode } from '../../src/vscode/views/actorsTree';
import type { EventNode } from '../../src/vscode/views/eventsTree';
import type { Actor } from '../../src/extractor/types';
import { displayRoles, mainRole } from '../../src/vscode/views/roles';
import { citation, escapeIcons, quoteText, windowAround } from '../../src/vscode/text';
import { rankSpeakers, findActor, speakerPickTitle } from '../../src/vscode/commands/search';
import { exportDefaultUri, exportedPath } from '../../src/vscode/commands/export';
import { exportRecords, quoteId } from '../../src/corpus/export';

const EXTENSION_ID = 'corpus-navigator.corpus-navigator';
let api: CorpusNavigatorApi;
const folder = (): vscode.Uri => vscode.workspace.workspaceFolders![0].uri;
const seed = (name: string): vscode.Uri => vscode.Uri.joinPath(folder(), 'seeds', name);
const label = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
const hoverText = (hovers: vscode.Hover[]): string =>
  hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)))
    .join('\n')
    .replace(/&nbsp;/g, ' ');

async function hoverAt(uri: vscode.Uri, phrase: string, into = 2): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const at = doc.getText().indexOf(phrase);
  assert.ok(at >= 0, `${phrase} is in ${uri.path}`);
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + into)));
}

async function until(test: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function allEventRows(nodes: EventNode[] = api.eventsTree.getChildren()): EventNode[] {
  return nodes.flatMap((n) => [n, ...(n.type === 'source' || n.type === 'more' ? [] : allEventRows(api.eventsTree.getChildren(n)))]);
}

async function actorRow(name: string): Promise<{ node: ActorNode; item: vscode.TreeItem }> {
  for (const group of await api.actorsTree.getChildren()) {
    for (const node of await api.actorsTree.getChildren(group)) {
      const item = api.actorsTree.getTreeItem(node);
      if (label(item) === name) return { node, item };
    }
  }
  throw new Error(`${name} is not in the Actors tree`);
}

describe('Corpus Navigator UI', function () {
  before(async () => {
    api = await vscode.extensions.getExtension<CorpusNavigatorApi>(EXTENSION_ID)!.activate();
    await api.whenSearchReady();
  });

  describe('the views before there is anything to show', () => {
    it('say "indexing" with a count while indexing, then "indexed", and no message hides the welcome content', async () => {
      const seen: string[] = [];
      const sub = api.index.onDidProgress(() => seen.push(`${api.viewState()}|${api.actorsView.description ?? ''}`));
      await api.index.reindex();
      sub.dispose();
      assert.ok(seen.some((s) => /^indexing\|Indexing \d+ \/ \d+$/.test(s) && !/ 0 \/ /.test(s)), seen.join(', '));
      assert.equal(api.viewState(), 'indexed');
      assert.equal(api.actorsView.description, undefined);
      assert.equal(api.actorsView.message, undefined);
      assert.equal(api.eventsView.message, undefined);
    });

    it('contribute welcome content for no folder, starting, indexing, no articles, none found and being listed, on both views', () => {
      const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { viewsWelcome: Array<{ view: string; when?: string; contents: string }> } };
      for (const view of ['corpusNavigator.actors', 'corpusNavigator.events']) {
        const whens = pkg.contributes.viewsWelcome.filter((w) => w.view === view).map((w) => w.when ?? '');
        const kind = view.split('.')[1];
        for (const state of ['workbenchState == empty', 'corpusNavigator.state == indexing', 'corpusNavigator.state == empty', `corpusNavigator.state == indexed && corpusNavigator.${kind} == none`, `corpusNavigator.state == indexed && corpusNavigator.${kind} != none`, '!corpusNavigator.state']) {
          assert.ok(whens.some((w) => w.includes(state)), `${view} has welcome content for ${state}`);
        }
      }
    });
  });

  describe('quotes interrupted by their cue', () => {
    it('are shown as their pieces joined by " … " in the tree, its tooltip and the speaker’s hover card', async () => {
      const lookup = api.index.lookup;
      const quote = lookup.result.documents.flatMap((d) => d.quotes.map((q) => ({ path: d.path, q }))).find((x) => x.q.pieces && x.q.speaker);
      assert.ok(quote, 'the seeds hold a quote with pieces');
      const shown = quoteText(quote.q);
      assert.match(shown, / … /);
      assert.ok(!shown.includes(quote.q.cue!.text + ' '), `no cue in “${shown}”`);
      const speaker = lookup.actors.get(quote.q.speaker!)!;
      const row = await actorRow(speaker.name);
      const quotesNode = (await api.actorsTree.getChildren(row.node)).find((n) => n.type === 'quotes')!;
      const item = (await api.actorsTree.getChildren(quotesNode)).map((n) => api.actorsTree.getTreeItem(n)).find((i) => String(i.tooltip).includes(shown));
      assert.ok(item, 'the tree row’s tooltip shows the pieces');
      assert.ok(label(item).startsWith(shown.slice(0, 40)));
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(quote.path));
      // the speaker's card (hovered on the source of this very quote) ranks it first, as its pieces
      const md = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(quote.q.speakerMention!.start + 1)));
      const seam = shown.slice(shown.indexOf(' … ') - 20, shown.indexOf(' … ') + 23);
      assert.ok(md.replace(/\\/g, '').includes(seam), `the card shows the pieces: ${seam}`);
      assert.ok(!md.replace(/\\/g, '').includes(`${quote.q.cue!.text}. “`), 'not the cue between them');
    });

    it('quoteText drops the marks around a quote so no view doubles them', () => {
      assert.equal(quoteText({ text: '“We will stay,”' }), 'We will stay');
      assert.equal(quoteText({ text: 'x', pieces: [{ start: 0, end: 1, text: 'Roads first,' }, { start: 5, end: 9, text: 'then bridges.”' }] }), 'Roads first … then bridges.');
      // reported speech ending in the speaker's own words keeps their quotation closed
      assert.equal(quoteText({ text: 'the proposal as “reprehensible, prejudiced and divisive.”' }), 'the proposal as “reprehensible, prejudiced and divisive.”');
      assert.equal(quoteText({ text: 'cuts,” she said of the plan' }), '“cuts,” she said of the plan');
    });
  });

  describe('hover cards', () => {
    it('put the actions first, count quotes and articles apart, and name the resolved actor', async () => {
      const md = await hoverAt(seed('000_6d5c066a89ae0d63.txt'), 'Stoltenberg reasoned');
      assert.match(md, /Jens Stoltenberg/);
      const firstQuote = md.indexOf('\n> ');
      assert.ok(firstQuote > 0, 'a quote is shown');
      for (const action of ['corpusNavigator.searchQuotesBySpeaker', 'corpusNavigator.revealActor', 'corpusNavigator.findActorReferences']) {
        const at = md.indexOf(`command:${action}`);
        assert.ok(at >= 0 && at < firstQuote, `${action} comes before the quotes`);
      }
      // who and how much on the first line of the card, before the roles
      assert.match(md, /\*\*Jens Stoltenberg\*\* · person · \d+ quotes · mentioned in \d+ articles?\n/);
      assert.ok(!/[”"]\s*[”"]/.test(md.replace(/\\/g, '')), 'no doubled closing marks');
      assert.match(md, /command:corpusNavigator\.copyQuoteWithCitation/);
    });

    it('shows the country a speaking capital was resolved to, and the place where it is a place', async () => {
      const file = vscode.Uri.joinPath(folder(), 'capital.txt');
      await vscode.workspace.fs.writeFile(file, Buffer.from('Tokyo said on Monday that the new tariffs would hurt trade. Ministers met in Oslo later.'));
      await until(() => !!api.index.lookup.documents.get(file.toString()));
      const doc = api.index.lookup.documents.get(file.toString())!;
      const speaker = doc.quotes[0]?.speaker;
      assert.ok(speaker, 'Tokyo speaks');
      const speakerName = api.index.lookup.actors.get(speaker)!.name;
      const md = await hoverAt(file, 'Tokyo said', 1);
      assert.match(md, new RegExp(`\\*\\*${speakerName.replace(/\W/g, '\\\\?$&')}\\*\\*`), `the hover names ${speakerName}`);
      const oslo = await hoverAt(file, 'Oslo', 1);
      assert.match(oslo, /\*\*Oslo\*\* · place/);
      await vscode.workspace.fs.delete(file);
      await until(() => !api.index.lookup.documents.get(file.toString()));
    });

    it('de-duplicate roles and lead with the most used title', () => {
      assert.deepEqual(displayRoles(['Gov.', 'Governor', 'Ohio Gov.']), ['Ohio Gov.']);
      assert.equal(mainRole(['Mrs. Clinton’s opponent', 'Florida Sen.', 'nursing home owner', 'Sen.']), 'Florida Sen.');
      assert.equal(mainRole(['Clinton’s main rival for the', 'Republican presidential candidate']), 'Republican presidential candidate');
      assert.deepEqual(displayRoles(['Foreign Minister', 'Treasury Secretary']), ['Foreign Minister', 'Treasury Secretary']);
      assert.deepEqual(displayRoles(['UNESCO Director-General', 'Director General of the United Nations Educational Scientific and Cultural Organization']), ['UNESCO Director-General']);
    });
  });

  describe('Copy Quote with Citation', () => {
    it('copies “…” — Speaker, Role (Article title, date); reported speech as a paraphrase, never between quotation marks', async () => {
      const path = seed('000_6d5c066a89ae0d63.txt').toString();
      const stoltenberg = api.index.lookup.result.actors.find((a) => a.name === 'Jens Stoltenberg')!.id;
      const quotes = api.index.lookup.documents.get(path)!.quotes.filter((q) => q.speaker === stoltenberg);
      const reported = quotes.find((q) => q.kind !== 'direct')!;
      const paraphrase = await vscode.commands.executeCommand<string>('corpusNavigator.copyQuoteWithCitation', path, reported.start);
      assert.match(paraphrase, /^\[paraphrase\] [^“][^]* — Jens Stoltenberg, NATO Secretary-General \(000_6d5c066a89ae0d63, 2023-07-10\)$/);
      const quote = quotes.find((q) => q.kind === 'direct')!;
      const text = await vscode.commands.executeCommand<string>('corpusNavigator.copyQuoteWithCitation', path, quote.start);
      assert.match(text, /^“[^“”]*China[^]*” — Jens Stoltenberg, NATO Secretary-General \(000_6d5c066a89ae0d63, 2023-07-10\)$/);
      assert.equal(await vscode.env.clipboard.readText(), text);
      // from a tree row: the node carries the path and start
      const fromRow = await vscode.commands.executeCommand<string>('corpusNavigator.copyQuoteWithCitation', { type: 'quote', path, start: quote.start, end: quote.end });
      assert.equal(fromRow, text);
      assert.equal(await vscode.commands.executeCommand('corpusNavigator.copyQuoteWithCitation', path, quote.start + 1), undefined, 'no quote starts there');
      assert.equal(citation('Yes', 'direct', null, { title: 'T', date: null }), '“Yes” (T)');
      assert.equal(citation('it would', 'indirect', null, { title: 'T', date: null }), '[paraphrase] it would (T)');
      // a headline's own full stop or semicolon is left out before the date; its question mark is kept
      assert.equal(citation('Yes', 'direct', null, { title: 'Trump turns attacks on another Clinton;', date: '2015-12-31' }), '“Yes” (Trump turns attacks on another Clinton, 2015-12-31)');
      assert.equal(citation('Yes', 'direct', null, { title: 'Who won?', date: null }), '“Yes” (Who won?)');
    });
  });

  describe('search', () => {
    it('forgives a typo: “dictatr” opens the sentence with “dictators”', async () => {
      void vscode.commands.executeCommand('corpusNavigator.search', 'dictatr');
      await new Promise((r) => setTimeout(r, 800));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await until(() => !!vscode.window.activeTextEditor?.document.uri.path.endsWith('003_d13e6262becc2b5e.txt'), 10_000);
      const editor = vscode.window.activeTextEditor!;
      assert.match(editor.document.getText(new vscode.Range(editor.selection.start.line, 0, editor.selection.end.line + 1, 0)), /dictators/);
    });

    it('keeps a late match in view, and corpus text cannot become an icon', () => {
      const sentence = `${'The committee spent the long afternoon on procedure and budgets, '.repeat(3)}and then the dictators arrived.`;
      const shown = windowAround(sentence, sentence.indexOf('dictators'), 90);
      assert.ok(shown.length <= 90 && shown.includes('dictators') && shown.startsWith('…'), shown);
      assert.equal(escapeIcons('a $(zap) b'), 'a \\$(zap) b');
    });

    it('ranks speakers by exact name, then quote count: “trump” finds Donald Trump before “Trump Train”', () => {
      const actor = (name: string, quoteCount: number): Actor => ({ id: name, name, kind: 'person', aliases: [], roles: [], mentionCount: 1, quoteCount });
      const list = [actor('Trump Train', 2), actor('Donald Trump', 90), actor('Ivanka Trump', 5), actor('Trumpeter Swan', 40), actor('Ann Lee', 99)];
      assert.deepEqual(rankSpeakers(list, 'trump').map((a) => a.name), ['Donald Trump', 'Ivanka Trump', 'Trump Train', 'Trumpeter Swan']);
      assert.deepEqual(rankSpeakers(list, 'Ivanka Trump')[0].name, 'Ivanka Trump');
      assert.equal(rankSpeakers(list, '')[0].name, 'Ann Lee');
      // accents aside, both ways: a Québec name typed on an English keyboard, and the other way round
      const accented = [actor('Jean-François Côté', 3), actor('Rene Cote', 1), actor('Ann Lee', 9)];
      assert.deepEqual(rankSpeakers(accented, 'cote').map((a) => a.name), ['Jean-François Côté', 'Rene Cote']);
      assert.deepEqual(rankSpeakers(accented, 'Francois').map((a) => a.name), ['Jean-François Côté']);
      assert.deepEqual(rankSpeakers(accented, 'rené').map((a) => a.name), ['Rene Cote']);
      // a role finds its holders after every name that matches (fresh60: "trustee", "Waterloo mayor")
      const roled = [{ ...actor('Dorothy McCabe', 4), roles: ['Waterloo Mayor'] }, { ...actor('Marc Côté', 2), roles: ['school trustee'] }, actor('Mayor Street', 1)];
      assert.deepEqual(rankSpeakers(roled, 'trustee').map((a) => a.name), ['Marc Côté']);
      assert.deepEqual(rankSpeakers(roled, 'waterloo mayor').map((a) => a.name), ['Dorothy McCabe']);
      assert.deepEqual(rankSpeakers(roled, 'mayor').map((a) => a.name), ['Mayor Street', 'Dorothy McCabe']);
      // about: with no letter or digit names no one, rather than the first of every actor
      for (const odd of ['-', '_', '--', ' ']) assert.equal(findActor(list, odd), undefined, odd);
      assert.equal(findActor(list, 'ivanka-trump')?.name, 'Ivanka Trump');
    });
  });

  describe('outline (Ctrl+Shift+O)', () => {
    it('names each quote by its opening words and selects a group’s first child, not the file', async () => {
      const doc = await vscode.workspace.openTextDocument(seed('000_6d5c066a89ae0d63.txt'));
      const outline = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      const quotes = outline.find((s) => s.name === 'Quotes')!;
      // a direct quotation between quotation marks, reported speech without
      const kindAt = new Map(api.index.lookup.documents.get(doc.uri.toString())!.quotes.map((q) => [q.start, q.kind]));
      assert.ok(quotes.children.every((q) => (kindAt.get(doc.offsetAt(q.range.start)) === 'direct' ? /^“\S/ : /^[^“\s]/).test(q.name)), quotes.children.map((q) => q.name).join(' | '));
      assert.ok(quotes.children.some((q) => q.name.includes('China is learning')));
      const actors = outline.find((s) => s.name === 'Actors')!;
      const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
      for (const group of [quotes, actors]) {
        assert.ok(!group.selectionRange.isEqual(whole) && !group.selectionRange.isEmpty, `${group.name} selects a span`);
        assert.ok(group.children.some((c) => c.range.isEqual(group.selectionRange)), `${group.name} selects its first child`);
      }
    });
  });

  describe('trees', () => {
    it('group events by year and month, newest first, undated last, with counts and unique ids', () => {
      const years = api.eventsTree.getChildren();
      const labels = years.map((y) => label(api.eventsTree.getTreeItem(y)));
      assert.equal(labels.at(-1), 'Undated');
      const dated = labels.slice(0, -1).map(Number);
      assert.deepEqual(dated, [...dated].sort((a, b) => b - a));
      assert.ok(years.every((y) => /^\d+ events?$/.test(String(api.eventsTree.getTreeItem(y).description))));
      const y2024 = years.find((y) => label(api.eventsTree.getTreeItem(y)) === '2024')!;
      const months = api.eventsTree.getChildren(y2024).map((m) => label(api.eventsTree.getTreeItem(m)));
      // newest month first; events known only by their year come last, under "Month unknown"
      assert.deepEqual(months.filter((m) => m !== 'Month unknown'), ['July', 'June', 'April']);
      if (months.includes('Month unknown')) assert.equal(months.at(-1), 'Month unknown');
      const ids = allEventRows().map((n) => api.eventsTree.getTreeItem(n).id);
      assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    });

    it('event tooltips are plain text without “passage(s)” or a repeated kind', () => {
      const items = allEventRows().filter((n) => n.type === 'event').map((n) => api.eventsTree.getTreeItem(n));
      assert.ok(items.length > 10);
      for (const item of items) {
        assert.equal(typeof item.tooltip, 'string');
        assert.ok(!/\(s\)/.test(String(item.tooltip)));
        assert.ok(!/^(\w+) \(\1\)/m.test(String(item.tooltip)), String(item.tooltip));
      }
    });

    it('one filter narrows Actors and Events', async () => {
      await vscode.commands.executeCommand('corpusNavigator.clearActorFilter');
      const before = allEventRows().filter((n) => n.type === 'event').length;
      api.filter.set('washington');
      const events = allEventRows().filter((n) => n.type === 'event').map((n) => api.eventsTree.getTreeItem(n));
      assert.ok(events.length > 0 && events.length < before);
      assert.ok(events.every((e) => /washington/i.test(`${label(e)} ${e.description} ${e.tooltip}`)));
      assert.match(String(api.actorsView.message), /washington/);
      await vscode.commands.executeCommand('corpusNavigator.clearActorFilter');
      assert.equal(api.actorsView.message, undefined);
    });

    it('the inline quotes button only on actors with quotes; plain-text tooltips', async () => {
      assert.equal((await actorRow('Jens Stoltenberg')).item.contextValue, 'actor.quoted');
      const russia = (await actorRow('Russia')).item;
      assert.equal(russia.contextValue, 'actor');
      assert.equal(typeof russia.tooltip, 'string');
      const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { menus: Record<string, Array<{ command: string; when: string; group?: string }>> } };
      const inline = pkg.contributes.menus['view/item/context'].find((m) => m.command === 'corpusNavigator.searchQuotesBySpeaker' && m.group === 'inline')!;
      assert.match(inline.when, /viewItem == actor\.quoted/);
      for (const command of ['corpusNavigator.openItem', 'corpusNavigator.copyQuoteWithCitation', 'corpusNavigator.findActorReferences', 'corpusNavigator.revealInExplorer']) {
        assert.ok(pkg.contributes.menus['view/item/context'].some((m) => m.command === command && !m.group?.startsWith('inline')), `${command} in the right-click menu`);
      }
    });

    it('Find All References from a row lists the actor’s mentions in several articles', async () => {
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('corpusNavigator.findActorReferences', (await actorRow('Jens Stoltenberg')).node);
      assert.ok(new Set(locations.map((l) => l.uri.toString())).size >= 4);
      await vscode.commands.executeCommand('closeReferenceSearch');
    });

    it('pages a long group (“Show more…”) and shows the next page on demand', async () => {
      const first = ['Alba', 'Bruno', 'Celia', 'Dario', 'Elke', 'Fabio', 'Greta', 'Hugo', 'Ilse', 'Jonas', 'Karin', 'Lorenz', 'Mira', 'Nils', 'Olga', 'Pavel'];
      const last = ['Ashdown', 'Brightwater', 'Coldfield', 'Dunmore', 'Eastwick', 'Fairhaven', 'Glenrock', 'Hollowell', 'Ironside', 'Juniper', 'Kestrel', 'Larkspur', 'Moorcroft', 'Northgate', 'Oakridge'];
      const lines = first.flatMap((f, i) => last.map((l, j) => `Mayor ${f} ${l} said the bridge number ${i * 20 + j} would open soon.`));
      const file = vscode.Uri.joinPath(folder(), 'mayors.txt');
      await vscode.workspace.fs.writeFile(file, Buffer.from(lines.join('\n')));
      await until(() => api.index.lookup.result.actors.filter((a) => a.kind === 'person').length > 220);
      const people = (await api.actorsTree.getChildren()).find((g) => label(api.actorsTree.getTreeItem(g)) === 'People')!;
      // the tree follows once the index has told it (the corpus settles in the host's turns first)
      await until(async () => (await api.actorsTree.getChildren(people)).length === 201);
      const rows = await api.actorsTree.getChildren(people);
      assert.equal(rows.length, 201);
      const more = rows[200];
      assert.equal(more.type, 'more');
      assert.match(label(api.actorsTree.getTreeItem(more)), /^Show more… \(\d+ more\)$/);
      const fired: Array<ActorNode | undefined> = [];
      const sub = api.actorsTree.onDidChangeTreeData((e) => fired.push(e as ActorNode | undefined));
      await vscode.commands.executeCommand('corpusNavigator.showMore', more);
      sub.dispose();
      assert.deepEqual(fired, [people], 'only the group is refreshed');
      assert.ok((await api.actorsTree.getChildren(people)).length > 201);
      await vscode.workspace.fs.delete(file);
      await until(() => !api.index.lookup.documents.has(file.toString()));
    });

    it('a one-article change refreshes the touched groups, not the whole tree', async () => {
      const file = vscode.Uri.joinPath(folder(), 'seeds', 'dam.txt');
      const fired: Array<ActorNode | undefined> = [];
      const sub = api.actorsTree.onDidChangeTreeData((e) => fired.push(e as ActorNode | undefined));
      try {
        await vscode.workspace.fs.writeFile(file, Buffer.from('“The dam will hold,” Governor Petra Lindqvist said on Monday about NATO.'));
        await until(() => api.index.lookup.result.actors.some((a) => a.name === 'Petra Lindqvist'));
        // the tree's groups are made in slices after the change: wait for its first refresh, then a moment for the rest
        await until(() => fired.length > 0);
        await new Promise((r) => setTimeout(r, 200));
        sub.dispose();
        assert.ok(!fired.includes(undefined), 'not the whole tree');
        assert.ok(fired.some((n) => n?.type === 'group' && n.kind === 'person'));
      } finally {
        sub.dispose();
        await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
      }
      await until(() => !api.index.lookup.result.actors.some((a) => a.name === 'Petra Lindqvist'));
    });
  });

  it('Search Quotes by Speaker says during a pass that its counts are the articles indexed so far', () => {
    assert.equal(speakerPickTitle({ done: 400, total: 924 }), 'Corpus Navigator: Search Quotes by Speaker · counts so far: 400 of 924 articles indexed');
    assert.equal(speakerPickTitle(null), 'Corpus Navigator: Search Quotes by Speaker');
  });

  describe('Export…', () => {
    it('writes each path as the workspace folder’s name and the path inside it, never a file: URI, and makes the ids from it', () => {
      const name = vscode.workspace.workspaceFolders![0].name;
      assert.equal(exportedPath(seed('000_6d5c066a89ae0d63.txt').toString()), `${name}/seeds/000_6d5c066a89ae0d63.txt`);
      const records = [...exportRecords(api.index.view().result, undefined, exportedPath)];
      const quotes = records.filter((r) => r.type === 'quote');
      assert.ok(quotes.length > 10, `${quotes.length} quotes`);
      for (const q of quotes) {
        assert.ok(q.path.startsWith(`${name}/`) && !q.path.includes(folder().path), q.path);
        assert.equal(q.id, quoteId(q.path, q.start, q.end));
      }
      const events = records.filter((r) => r.type === 'event');
      assert.ok(events.length > 0 && events.every((e) => e.sources.every((s) => s.path.startsWith(`${name}/`))), 'event sources by the same paths');
      assert.ok(!JSON.stringify(records).includes('file:'), 'no file: URI in the export');
    });
    it('first offers to save outside the articles\' folder (the home folder), never beside them', () => {
      const offered = exportDefaultUri('corpus-export.jsonl');
      assert.equal(offered.fsPath, path.join(os.homedir(), 'corpus-export.jsonl'));
      for (const f of vscode.workspace.workspaceFolders ?? []) assert.ok(!offered.fsPath.startsWith(f.uri.fsPath + path.sep), `${offered.fsPath} inside ${f.uri.fsPath}`);
    });
  });

  it('keybindings clash with neither Find/Replace on macOS nor AltGr letters, and apply only where they make sense', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { keybindings: Array<{ command: string; key: string; mac?: string; when?: string }> } };
    for (const k of pkg.contributes.keybindings) {
      assert.ok(!/ctrl\+alt\+\w$/.test(k.key) && !/^ctrl\+alt/.test(k.key), `${k.key}: Ctrl+Alt is AltGr on Windows`);
      assert.ok(!/cmd\+alt\+f/.test(k.mac ?? ''), `${k.mac}`);
      // wherever focus is (an empty editor area, the explorer), once articles are indexed; never in a terminal, which owns its keys;
      // Copy Quote with Citation only in an editor whose cursor is in a quotation (the quote it copies)
      const when = k.command === 'corpusNavigator.copyQuoteWithCitation' ? 'editorTextFocus && corpusNavigator.cursorInQuote' : 'corpusNavigator.hasArticles && !terminalFocus';
      assert.strictEqual(k.when, when, `${k.key} when clause`);
    }
  });
});
