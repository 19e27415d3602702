/**
 * "Corpus Navigator: Search": a quick pick that searches as you type (debounced; the corpus's
 * search: exact matches first, then prefixes and typos; `about:NAME` keeps quotes about an actor); each result shows the words around the match, the article and the speaker of a
 * quote, and a button that copies a quote with its citation; Enter opens the article at the match.
 * "Search Quotes by Speaker" first asks for an actor (most quoted and exact names first), then
 * searches only that actor's quotes. Corpus text is shown with theme-icon syntax escaped.
 *
 * Each row's label is an icon alone and its text is the description: VS Code re-sorts the rows
 * whose label matches the typed text by its own rules (a label starting with it first, then
 * alphabetically), and the switch that turns that off (`sortByLabel`) is not in the stable API.
 * A label with no text never matches, so the rows keep our ranking, and the description, matched
 * too, still shows the typed words in bold.
 */
import * as vscode from 'vscode';
import type { Actor, Quote } from '../../extractor/types';
import type { CorpusIndex } from '../corpusIndex';
import type { SearchHit } from '../../corpus/search';
import { COPY_CITATION, OPEN_SPAN, SEARCH, SEARCH_BY_SPEAKER } from './ids';
import { articleLabel, escapeIcons, plural, quoteText, searchRowText, shownQuote } from '../text';
import { shownText } from '../../corpus/shownText';
import { foldName } from '../../corpus/nameFold';
import { searchLower } from '../../corpus/searchTerms';
import { matchAt, sentenceMatches, sentenceRowQuote } from '../../corpus/searchMatch';
import { mainRole } from '../views/roles';
import { ACTOR_ICONS } from '../views/actorIcons';

/** Quiet time after a keystroke before the search runs. */
export const SEARCH_DEBOUNCE_MS = 120;

interface HitItem extends vscode.QuickPickItem {
  path: string;
  start: number;
  end: number;
  /** The start of the quote this hit is in, for "Copy with citation". */
  quoteStart?: number;
}

const COPY_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('copy'), tooltip: 'Copy Quote with Citation' };

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

/**
 * Speakers for a typed query, accents aside (foldName: "cote" finds "Côté", "sorensen" "Sørensen"), best first: the whole name, then a name or alias word equal to a
 * query word, then a word starting with it, then anywhere, then a role holding the query or words
 * starting with each query word ("trustee", "Waterloo mayor"); within each, the most quoted first.
 * "trump" puts Donald Trump (many quotes) before "Trump Train".
 */
export function rankSpeakers(speakers: readonly Actor[], query: string): Actor[] {
  const q = foldName(query.trim());
  const byQuotes = (a: Actor, b: Actor): number => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name);
  if (!q) return [...speakers].sort(byQuotes);
  const qWords = q.split(/\s+/);
  const rank = (a: Actor): number => {
    const names = [a.name, ...a.aliases].map(foldName);
    if (names.includes(q)) return 0;
    const words = new Set(names.flatMap((n) => n.split(/[^\p{L}\p{N}]+/u)));
    if (qWords.every((w) => words.has(w))) return 1;
    if (qWords.every((w) => [...words].some((x) => x.startsWith(w)))) return 2;
    if (names.some((n) => n.includes(q))) return 3;
    const roles = a.roles.map(foldName);
    if (roles.some((r) => r.includes(q))) return 4;
    const roleWords = roles.flatMap((r) => r.split(/[^\p{L}\p{N}]+/u));
    return qWords.every((w) => roleWords.some((x) => x.startsWith(w))) ? 4 : 5;
  };
  return speakers
    .map((a) => ({ a, r: rank(a) }))
    .filter((x) => x.r < 5)
    .sort((x, y) => x.r - y.r || byQuotes(x.a, y.a))
    .map((x) => x.a);
}

/**
 * The speaker pick's rows for `value`: the 200 best-ranked speakers (rankSpeakers), corpus text
 * escaped, or one row with an empty `id` saying that none matches (as the quote search says so:
 * an empty list looks like one still loading). Speakers listed under one name, whatever its
 * capitals (an unnamed "spokesman" is an actor per article), are told apart by `whereOf(id)`, the article of one that
 * appears in a single article (its headline, say), when given.
 */
export function speakerItems(speakers: readonly Actor[], value: string, whereOf?: (id: string) => string | undefined): Array<vscode.QuickPickItem & { id: string }> {
  const ranked = rankSpeakers(speakers, value).slice(0, 200);
  if (!ranked.length) return [{ label: `$(circle-slash) No speaker matches “${escapeIcons(value.trim())}”`, detail: 'Try part of a name, a surname or a role.', id: '', alwaysShow: true }];
  // (one name whatever its capitals: "City officials" and "city officials" look alike in the list)
  const keys = ranked.map((a) => a.name.toLowerCase());
  const named = new Map<string, number>();
  for (const key of keys) named.set(key, (named.get(key) ?? 0) + 1);
  return ranked.map((a, i) => {
    const where = (named.get(keys[i]) ?? 0) > 1 ? whereOf?.(a.id) : undefined;
    return {
      label: `$(${ACTOR_ICONS[a.kind]})`,
      description: escapeIcons(a.name),
      detail: [a.kind, plural(a.quoteCount, 'quote'), escapeIcons(mainRole(a.roles) ?? ''), where ? `in ${escapeIcons(where)}` : ''].filter(Boolean).join(' · '),
      id: a.id,
      alwaysShow: true,
    };
  });
}

/** The speaker pick's title; during an index pass it says that the counts are the articles' indexed so far (fresh64 read "393 quotes" for 1,213). */
export function speakerPickTitle(progress: { done: number; total: number } | null): string {
  const title = 'Corpus Navigator: Search Quotes by Speaker';
  return progress ? `${title} · counts so far: ${progress.done} of ${progress.total} articles indexed` : title;
}

async function pickSpeaker(index: CorpusIndex): Promise<string | undefined> {
  let speakers = index.lookup.actorList().filter((a) => a.quoteCount > 0);
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { id: string }>();
  qp.title = speakerPickTitle(index.progress);
  qp.placeholder = 'Whose quotes? (most quoted first)';
  // our own ranking (see the top of this file): the quick pick's would put "Trump Train" before Donald Trump
  qp.matchOnDescription = true;
  const whereOf = (id: string): string | undefined => {
    const path = index.lookup.soleArticle(id);
    return path && articleLabel(index.lookup.title(path), path, 50);
  };
  const show = (value: string): void => {
    qp.items = speakerItems(speakers, value, whereOf);
  };
  qp.onDidChangeValue(show);
  show('');
  // (while a pass goes on, the list and its counts follow it)
  const following = index.onDidProgress(() => {
    speakers = index.lookup.actorList().filter((a) => a.quoteCount > 0);
    qp.title = speakerPickTitle(index.progress);
    show(qp.value);
  });
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      // the "no speaker matches" row picks nothing
      const id = qp.selectedItems[0]?.id;
      if (!id) return;
      resolve(id);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      following.dispose();
      qp.dispose();
    });
    qp.show();
  });
}

/** Whether two texts are the same words, whatever their spacing ("Harbour  Plans\n" and "Harbour Plans"). */
export function sameWords(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

/** The quick pick; with a speaker it lists that actor's quotes and searches within them. */
function searchPick(index: CorpusIndex, initial: string, speakerId?: string): Promise<void> {
  const lookup = index.lookup;
  const speaker = speakerId ? lookup.actors.get(speakerId) : undefined;
  const quotes = speakerId ? lookup.quotes(speakerId) : [];
  // the speaker's quotes by article: the filter runs once per candidate sentence
  const quotesIn = new Map<string, Array<{ start: number; end: number }>>();
  for (const q of quotes) {
    const list = quotesIn.get(q.path);
    if (list) list.push(q.item);
    else quotesIn.set(q.path, [q.item]);
  }
  const within = speakerId ? (path: string, start: number, end: number) => !!quotesIn.get(path)?.some((q) => q.start < end && q.end > start) : undefined;
  const qp = vscode.window.createQuickPick<HitItem>();
  const baseTitle = speaker ? `Quotes of ${speaker.name}` : 'Corpus Navigator: Search';
  qp.title = baseTitle;
  // (short enough for the quick pick's width: fresh63 saw the longer one cut)
  qp.placeholder = speaker ? 'Filter these quotes (about:NAME for quotes about someone)' : 'Search words, names, phrases (about:NAME for quotes about someone)';
  qp.matchOnDescription = true;
  qp.matchOnDetail = false;
  /** Who said it, unless the pick is that speaker's own. */
  const speakerOf = (speakerOfQuote: string | null | undefined): string | undefined => {
    const who = speakerOfQuote && speakerOfQuote !== speakerId ? lookup.actors.get(speakerOfQuote) : undefined;
    return who ? `$(${ACTOR_ICONS[who.kind]}) ${escapeIcons(who.name)}` : undefined;
  };
  const articleLine = (path: string, shownText = ''): string => {
    const date = lookup.date(path);
    const title = lookup.title(path);
    // (its date first, which a long headline would push out of the row; then its headline, which
    // tells what the article is, its file name where it has none or the row shows the headline itself)
    const headlineShown = !!title && sameWords(title, shownText);
    return `$(file) ${date ? `${date} · ` : ''}${escapeIcons(articleLabel(headlineShown ? null : title, path, 60))}`;
  };
  /** A quote's row: its words (`text`, around offset `at` of a match when there is one), who said it, its kind and article. */
  const quoteRow = (path: string, quote: Quote, text = quoteText(quote), at = -1): HitItem => {
    const shown = searchRowText(text, at);
    return {
      label: '$(quote)',
      description: escapeIcons(shownQuote(quote.kind, shown)),
      detail: [speakerOf(quote.speaker), quote.kind, articleLine(path)].filter(Boolean).join('  ·  '),
      path,
      start: quote.start,
      end: quote.end,
      quoteStart: quote.start,
      buttons: [COPY_BUTTON],
      alwaysShow: true,
    };
  };
  // a list of quotes reads newest first (articles without a date last), as a news archive does
  const listQuotes = (list: typeof quotes): HitItem[] => lookup.newestFirst(list).map((q) => quoteRow(q.path, q.item));
  const update = (typed: string): void => {
    qp.busy = false;
    const { about, rest: value } = splitAbout(typed);
    const show = (items: HitItem[], title = baseTitle): void => {
      qp.title = title;
      qp.items = items;
    };
    let scope = within;
    let title = baseTitle;
    if (about) {
      const target = findActor(lookup.actorList(), about);
      if (!target) {
        show([{ label: `$(circle-slash) No actor named “${escapeIcons(about)}”`, detail: 'about: takes a name or alias, e.g. about:China or about:"Jens Stoltenberg"', path: '', start: 0, end: 0, alwaysShow: true }]);
        return;
      }
      const aboutQuotes = lookup.quotesAbout(target.id).filter((q) => !speakerId || q.item.speaker === speakerId);
      title = `${baseTitle} · about ${target.name}`;
      if (!value.trim()) {
        show(aboutQuotes.length ? listQuotes(aboutQuotes) : [{ label: `$(circle-slash) No quotes about ${escapeIcons(target.name)}`, path: '', start: 0, end: 0, alwaysShow: true }], title);
        return;
      }
      scope = (path, start, end) => aboutQuotes.some((q) => q.path === path && q.item.start < end && q.item.end > start);
    }
    if (!value.trim()) {
      show(speakerId ? listQuotes(quotes) : []);
      return;
    }
    // the index forgives typos itself ("dictatr" finds "dictators") and puts exact matches first
    const hits = index.search.search(value, { within: scope, limit: 60 });
    // right after a start search may still be loading or filling: say so rather than find too little
    const { indexed, total, filling } = index.searchProgress();
    // (a first pass fills search only once it is done, so as not to slow it: fresh63 read "0 of 148"
    // beside trees that listed 148 articles as a fault; no count here, which would stand still as
    // the pass goes on, fresh63c)
    const partial = !filling ? '' : index.progress && indexed === 0 ? 'search is filled once indexing is done' : `the search index holds ${indexed} of ${total} articles so far`;
    if (partial) void index.whenSearchReady().then(() => qp.value === typed && update(typed));
    if (partial) title += ` · ${partial}`;
    // within a speaker's quotes (or quotes about someone) a row is the quote that holds the match, once;
    // elsewhere the sentence that holds it
    const rows = speakerId || about ? quoteRows(hits, value) : hits.map((h) => sentenceRow(h, value));
    if (!rows.length) {
      show([{ label: `$(circle-slash) No results for “${escapeIcons(value.trim())}”${partial ? ' yet' : ''}`, detail: partial ? `${partial}.` : 'Try fewer or other words.', path: '', start: 0, end: 0, alwaysShow: true }], title);
      return;
    }
    show(rows, title);
  };
  const quoteRows = (hits: readonly SearchHit[], value: string): HitItem[] => {
    const seen = new Set<string>();
    const rows: HitItem[] = [];
    for (const h of hits) {
      // (within a speaker's quotes the sentence's first quote, as before; else the one holding the match)
      const quote = lookup.quoteIn(h.path, h.start, h.end, speakerId ? undefined : sentenceMatches(h, value));
      if (!quote || (speakerId && quote.speaker !== speakerId)) continue;
      // a sentence found through its article's title: the quote itself holds none of the words
      const text = quoteText(quote);
      const at = matchAt(text, h.terms, value);
      if (at < 0) continue;
      const key = `${h.path}\n${quote.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push(quoteRow(h.path, quote, text, at));
    }
    return rows;
  };
  const sentenceRow = (h: SearchHit, value: string): HitItem => {
    // its start and speaker only: the whole quote would make every mention of its article
    // (of the quote that holds the match: a sentence may hold two speakers' quotes)
    const quote = sentenceRowQuote(lookup, h, value);
    // (the file's own sentence, read once: ../../corpus/shownText)
    const text = shownText(h.text).replace(/\s+/g, ' ');
    return {
      // a sentence in a quote, or one of the article's own
      label: quote ? '$(quote)' : '$(note)',
      description: escapeIcons(searchRowText(text, matchAt(text, h.terms, value))),
      detail: [speakerOf(quote?.speaker), articleLine(h.path, text)].filter(Boolean).join('  ·  '),
      path: h.path,
      start: h.start,
      end: h.end,
      quoteStart: quote?.start,
      buttons: quote ? [COPY_BUTTON] : [],
      alwaysShow: true,
    };
  };
  // each keystroke restarts the wait: only the last of a quick burst searches
  let timer: NodeJS.Timeout | undefined;
  qp.onDidChangeValue((value) => {
    clearTimeout(timer);
    qp.busy = true;
    timer = setTimeout(() => update(value), SEARCH_DEBOUNCE_MS);
  });
  qp.onDidTriggerItemButton((e) => {
    if (e.item.quoteStart !== undefined) void vscode.commands.executeCommand(COPY_CITATION, e.item.path, e.item.quoteStart);
  });
  qp.value = initial;
  update(initial);
  return new Promise((resolve) => {
    qp.onDidAccept(async () => {
      const item = qp.selectedItems[0];
      if (!item?.path) return;
      clearTimeout(timer);
      qp.hide();
      // select the searched words inside the sentence where they occur, else the whole sentence
      const text = index.article(item.path)?.text ?? '';
      const range = matchRange(text, item.start, item.end, qp.value);
      await vscode.commands.executeCommand(OPEN_SPAN, item.path, range[0], range[1]);
    });
    qp.onDidHide(() => {
      clearTimeout(timer);
      qp.dispose();
      resolve();
    });
    qp.show();
  });
}

/** `about:NAME` (or `about:"Two Words"`) taken out of a query: the name and the rest of the query. */
export function splitAbout(query: string): { about: string | null; rest: string } {
  const m = /(?:^|\s)about:(?:"([^"]*)"?|(\S+))/i.exec(query);
  if (!m) return { about: null, rest: query };
  const about = (m[1] ?? m[2] ?? '').trim();
  return { about: about || null, rest: (query.slice(0, m.index) + ' ' + query.slice(m.index + m[0].length)).trim() };
}

/** The actor a name means: an exact name or alias first (the most mentioned), else the best word match. */
export function findActor(actors: readonly Actor[], name: string): Actor | undefined {
  const q = foldName(name).replace(/[-_]/g, ' ').trim();
  // "about:-" names no one (it would rank every actor)
  if (!/[\p{L}\p{N}]/u.test(q)) return undefined;
  const exact = actors.filter((a) => [a.name, ...a.aliases].some((n) => foldName(n) === q));
  if (exact.length) return exact.sort((a, b) => b.mentionCount - a.mentionCount)[0];
  return rankSpeakers(actors, q)[0];
}

/** The first occurrence of the query (or its first word) inside the sentence. */
export function matchRange(text: string, start: number, end: number, query: string): [number, number] {
  // (searchLower keeps every length, so offsets in the folded sentence are the text's: "cote"
  // selects "Côté", and an "İ" before the match, two code units lower-cased, shifts nothing)
  const sentence = searchLower(text.slice(start, end));
  const q = searchLower(query.trim());
  if (q) {
    const whole = sentence.indexOf(q);
    if (whole >= 0) return [start + whole, start + whole + q.length];
    const word = q.split(/\s+/)[0];
    const at = sentence.indexOf(word);
    if (at >= 0) return [start + at, start + at + word.length];
  }
  return [start, end];
}
