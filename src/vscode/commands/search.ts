/**
 * "Corpus Navigator: Search": a quick pick that searches as you type (minisearch: prefix and
 * fuzzy matching, speaker and title boosted); each result shows the sentence, the article and the
 * speaker of a quote; Enter opens the article at the match. "Search Quotes by Speaker" first asks
 * for an actor, then searches only that actor's quotes.
 */
import * as vscode from 'vscode';
import type { CorpusIndex } from '../corpusIndex';
import { OPEN_SPAN, SEARCH, SEARCH_BY_SPEAKER } from './ids';
import { articleName, plural, snippet } from '../text';

interface HitItem extends vscode.QuickPickItem {
  path: string;
  start: number;
  end: number;
}

export function registerSearch(index: CorpusIndex): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(SEARCH, (query?: unknown) => searchPick(index, typeof query === 'string' ? query : '')),
    // from a hover card or the tree the actor is given; from the palette it is asked for
    // (a hover link passes the actor's id, the tree's inline button its node)
    vscode.commands.registerCommand(SEARCH_BY_SPEAKER, async (actor?: unknown) => {
      const given = typeof actor === 'string' ? actor : (actor as { id?: unknown } | undefined)?.id;
      const id = typeof given === 'string' && index.lookup.actors.has(given) ? given : await pickSpeaker(index);
      if (id) await searchPick(index, '', id);
    }),
  ];
}

async function pickSpeaker(index: CorpusIndex): Promise<string | undefined> {
  const speakers = index.lookup.actorList().filter((a) => a.quoteCount > 0).sort((a, b) => b.quoteCount - a.quoteCount);
  const pick = await vscode.window.showQuickPick(
    speakers.map((a) => ({ label: a.name, description: `${a.kind} · ${plural(a.quoteCount, 'quote')}`, detail: a.roles.slice(0, 2).join('; ') || undefined, id: a.id })),
    { title: 'Corpus Navigator: Search Quotes by Speaker', placeHolder: 'Whose quotes?', matchOnDescription: true, matchOnDetail: true },
  );
  return pick?.id;
}

/** The quick pick; with a speaker it lists that actor's quotes and searches within them. */
function searchPick(index: CorpusIndex, initial: string, speakerId?: string): Promise<void> {
  const lookup = index.lookup;
  const speaker = speakerId ? lookup.actors.get(speakerId) : undefined;
  const quotes = speakerId ? lookup.quotes(speakerId) : [];
  const within = speakerId ? (path: string, start: number, end: number) => quotes.some((q) => q.path === path && q.item.start < end && q.item.end > start) : undefined;
  const qp = vscode.window.createQuickPick<HitItem>();
  qp.title = speaker ? `Quotes of ${speaker.name}` : 'Corpus Navigator: Search';
  qp.placeholder = speaker ? 'Filter this speaker’s quotes (prefix and fuzzy match)' : 'Search the articles: words, names, phrases (prefix and fuzzy match)';
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  const allQuotes = (): HitItem[] =>
    quotes.map((q) => ({
      label: snippet(q.item.text, 120),
      description: articleName(q.path),
      detail: q.item.kind,
      path: q.path,
      start: q.item.start,
      end: q.item.end,
      alwaysShow: true,
    }));
  const update = (value: string): void => {
    if (speakerId && !value.trim()) {
      qp.items = allQuotes();
      return;
    }
    const hits = index.search.search(value, { within, limit: 60 });
    qp.items = hits.map((h) => {
      const quote = lookup.quoteIn(h.path, h.start, h.end);
      const who = quote?.speaker ? lookup.actors.get(quote.speaker)?.name : undefined;
      const title = lookup.documents.get(h.path)?.title;
      return {
        label: snippet(h.text, 120),
        detail: [who ? `$(quote) ${who}` : undefined, `$(file) ${articleName(h.path)}`, title ? snippet(title, 60) : undefined].filter(Boolean).join('  ·  '),
        path: h.path,
        start: h.start,
        end: h.end,
        alwaysShow: true,
      };
    });
  };
  qp.onDidChangeValue(update);
  qp.value = initial;
  update(initial);
  return new Promise((resolve) => {
    qp.onDidAccept(async () => {
      const item = qp.selectedItems[0];
      qp.hide();
      if (item) {
        // select the searched words inside the sentence where they occur, else the whole sentence
        const text = index.article(item.path)?.text ?? '';
        const range = matchRange(text, item.start, item.end, qp.value);
        await vscode.commands.executeCommand(OPEN_SPAN, item.path, range[0], range[1]);
      }
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve();
    });
    qp.show();
  });
}

/** The first occurrence of the query (or its first word) inside the sentence. */
export function matchRange(text: string, start: number, end: number, query: string): [number, number] {
  const sentence = text.slice(start, end).toLowerCase();
  const q = query.trim().toLowerCase();
  if (q) {
    const whole = sentence.indexOf(q);
    if (whole >= 0) return [start + whole, start + whole + q.length];
    const word = q.split(/\s+/)[0];
    const at = sentence.indexOf(word);
    if (at >= 0) return [start + at, start + at + word.length];
  }
  return [start, end];
}
