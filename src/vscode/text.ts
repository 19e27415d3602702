/**
 * Small text helpers for what the views show: corpus text made short and safe to display. The
 * file's own characters are decoded once where they enter (quoteText, passageLine, or the caller's
 * shownText); the rest (snippet, windowAround, escapeMarkdown, escapeIcons) decode nothing, so
 * that "&amp;lt;" in an article shows as the "&lt;" its reader sees (../corpus/shownText).
 */
import type { Quote, QuoteKind } from '../extractor/types';
import { safeText, shownText } from '../corpus/shownText';

/**
 * A copy of `part` that holds only its own characters. V8 makes a slice of a long string as a view
 * into it: a passage of 200 characters kept in a tree row would keep its article's whole text
 * alive (7,655 Events rows at 10k articles held ~50 MB of article texts this way). A JSON round
 * trip copies every string exactly, lone surrogates included.
 */
export function ownCopy(part: string): string {
  return JSON.parse(JSON.stringify(part)) as string;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Read text (see above) as one line, at most `max` characters, cut at a word: a string of its own (see ownCopy), as rows keep it. */
export function snippet(text: string, max = 90): string {
  const line = safeText(text).replace(/\s+/g, ' ').trim();
  if (line.length <= max) return ownCopy(line);
  // never half of a surrogate pair (an emoji) at the cut
  const cut = line.slice(0, isHighSurrogate(line.charCodeAt(max - 2)) ? max - 2 : max - 1);
  const space = cut.lastIndexOf(' ');
  return ownCopy(`${cut.slice(0, space > max * 0.6 ? space : cut.length)}…`);
}

/**
 * One line of at most `max` characters that keeps the character at `at` in view: a match late in a
 * long sentence is shown with the words before it cut ("… the words around the match …"), a third
 * of `max` before it. `visible`: the characters a reader sees of the line where it is cut short on
 * screen (a quick pick's row), when fewer than `max`; a text longer than that is cut before a late
 * match however short it is.
 */
export function windowAround(text: string, at: number, max = 90, visible = max): string {
  if (at < 0 || text.length <= Math.min(visible, max)) return snippet(text, max);
  const lead = Math.floor(max / 3);
  if (at <= lead) return snippet(text, max);
  let from = at - lead;
  if (isLowSurrogate(text.charCodeAt(from))) from--;
  const space = text.indexOf(' ', from);
  if (space >= 0 && space < at) from = space + 1;
  return `…${snippet(text.slice(from), max - 1)}`;
}

/** Characters of corpus text a search row holds, and those a quick pick shows of it (it cuts a row's description to its width itself). */
export const SEARCH_ROW_CHARS = 120;
export const SEARCH_ROW_VISIBLE = 70;

/**
 * A search row's text: a window around its first matched word (at `at`), so that the typed words
 * VS Code shows in bold are in sight. A sentence of 110 characters was shown whole from its start,
 * and the quick pick cut it after about 70: a match at its end was never seen.
 */
export function searchRowText(text: string, at: number): string {
  return windowAround(text, at, SEARCH_ROW_CHARS, SEARCH_ROW_VISIBLE);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A row's line of the article around a mention, read as its reader sees it (shownText): `text` is
 * the article's own characters from one before the window's start (when `cutStart`, the window
 * starting after offset 0) to one after its end (when `cutEnd`). A word the window cut in two is
 * dropped and the cut marked "…", so that "TORONTO" cut to "TO" is never shown as a word of its
 * own; at most `max` characters (snippet).
 */
export function passageLine(text: string, cutStart: boolean, cutEnd: boolean, max = 90): string {
  let from = 0;
  let to = text.length;
  let lead = '';
  let tail = '';
  if (cutStart) {
    from = 1;
    if (WORD_CHAR.test(text.charAt(0)) && WORD_CHAR.test(text.charAt(1))) {
      while (from < to && WORD_CHAR.test(text.charAt(from))) from++;
    }
    lead = '…';
  }
  if (cutEnd) {
    to--;
    if (WORD_CHAR.test(text.charAt(to)) && WORD_CHAR.test(text.charAt(to - 1))) {
      while (to > from && WORD_CHAR.test(text.charAt(to - 1))) to--;
    }
    tail = '…';
  }
  const line = snippet(shownText(text.slice(from, to)), max - lead.length - tail.length);
  return line.endsWith('…') ? `${lead}${line}` : `${lead}${line}${tail}`;
}

const OPENING_MARKS = /^[\s“”"‘’'«»„‚,;:]+/;
const CLOSING_MARKS = /[\s“”"‘’'«»„‚,;:]+$/;

/**
 * What a quote says, as every view shows it: without the quotation marks around it (the view adds
 * its own, so none is doubled), and when its cue interrupts it (`“A,” he said. “B.”`) its pieces
 * joined by " … " instead of the slice that holds the cue.
 */
export function quoteText(quote: Pick<Quote, 'text' | 'pieces'>): string {
  const parts = quote.pieces?.length ? quote.pieces.map((p) => p.text) : [quote.text];
  return parts
    .map((p) => balanced(shownText(p).replace(/\s+/g, ' ').replace(OPENING_MARKS, '').replace(CLOSING_MARKS, '')))
    .filter(Boolean)
    .join(' … ');
}

/**
 * A quote's speaker mention and cue as views show them (the file's own characters, read once as
 * the quote's text is: ../../corpus/shownText); undefined when the quote has none, or a cue with
 * no word (a transcript's "A:" label, a headline's colon: a card read "(:, mixed)").
 */
export const mentionText = (quote: Pick<Quote, 'speakerMention'>): string | undefined => quote.speakerMention ? shownText(quote.speakerMention.text) : undefined;
export const cueText = (quote: Pick<Quote, 'cue'>): string | undefined => (quote.cue && /\p{L}/u.test(quote.cue.text) ? shownText(quote.cue.text) : undefined);

/**
 * Reported speech that quotes the speaker's own words at its end (`called it “reprehensible.”`)
 * loses the closing mark with the marks around the quote: it is given back, so that no quotation
 * is left open; and one that opens before the quote's start gets its opening mark.
 */
function balanced(whole: string): string {
  const text = singlesClosed(whole);
  const opens = text.split('“').length - 1;
  const closes = text.split('”').length - 1;
  if (opens > closes) return `${text}”`;
  if (closes > opens) return `“${text}`;
  // (straight marks, as many sites write them: an odd count left one open at the end or the start;
  // the last one opens a quotation when it starts a word — 'was "fair and affordable' — and closes one otherwise)
  if ((text.split('"').length - 1) % 2 === 1) {
    const last = text.lastIndexOf('"');
    return (last === 0 || /\s/.test(text[last - 1])) && /\S/.test(text[last + 1] ?? '') ? `${text}"` : `"${text}`;
  }
  return text;
}

/** A single mark that opens a quotation (at a word's start) and one that closes it (after a word, before a space, a stop or the end), not an apostrophe inside a word ("it's"). */
const SINGLE_OPENING = /(?:^|[\s“"(])['‘](?=\S)/g;
const SINGLE_CLOSING = /(?<=\S)['’](?=[\s.,;:!?”"]|$)/g;

/**
 * A quotation inside the quote that the marks cut from its end closed ("I said, 'Funmi, it's minus
 * 40 here. Nobody wants fried dough.'" kept its opening single mark and lost the closing one): the
 * closing mark of the opening's style is given back when more single quotations open than close.
 */
function singlesClosed(text: string): string {
  const opens = text.match(SINGLE_OPENING)?.length ?? 0;
  if (!opens || opens <= (text.match(SINGLE_CLOSING)?.length ?? 0)) return text;
  return `${text}${text.includes('‘') ? '’' : "'"}`;
}

/**
 * A quote's text (quoteText) as views show it: a direct quotation between quotation marks, reported
 * speech (indirect, mixed) without them, so that a paraphrase never reads as the speaker's own words.
 */
export function shownQuote(kind: QuoteKind, text: string): string {
  return kind === 'direct' ? `“${text}”` : text;
}

/**
 * A quote's one-line row (a tree's): shownQuote's marks around the snippet of a direct quotation,
 * at most `max` characters with them; reported speech as the writer's words.
 */
export function quoteRow(kind: QuoteKind, text: string, max = 90): string {
  return shownQuote(kind, snippet(text, kind === 'direct' ? max - 2 : max));
}

/** A quotation inside reported speech: the speaker's own words. */
const VERBATIM = /(“[^“”]*”|"[^"“”]*")/;
/** Whether the character before or after a bold marker lets Markdown read it as one (a space, punctuation or the end). */
const BOLD_EDGE = /^$|[\s\p{P}]/u;

/**
 * A quote for a hover card as Markdown, every corpus character escaped: a direct quotation in its
 * marks; reported speech labelled as such (its words are the writer's), with the speaker's own
 * words inside it (“…”) in bold, so that a reader sees at a glance which words may be quoted.
 */
export function quoteMarkdown(kind: QuoteKind, text: string): string {
  if (kind === 'direct') return escapeMarkdown(`“${text}”`);
  const parts = text.split(VERBATIM);
  const marked = parts.map((part, i) => {
    // (an empty part between two fragments, “a”“b”, is no edge: the markers would meet as "****")
    const before = i > 1 && parts[i - 1] === '' ? 'x' : (parts[i - 1]?.slice(-1) ?? '');
    const after = i + 2 < parts.length && parts[i + 1] === '' ? 'x' : (parts[i + 1]?.charAt(0) ?? '');
    // (a fragment glued to a word, “Bob”s, stays plain: Markdown would show the asterisks)
    return i % 2 === 1 && BOLD_EDGE.test(before) && BOLD_EDGE.test(after) ? `**${escapeMarkdown(part)}**` : escapeMarkdown(part);
  });
  return `*reported:* ${marked.join('')}`;
}

/**
 * A quote with its source, as journalists paste it:
 * `“…” — Speaker Name, Role (Article title, YYYY-MM-DD)` for a direct quotation, `[paraphrase] … — …`
 * for reported speech (its words are the writer's, not the speaker's); the role, title and date are
 * left out when unknown.
 */
export function citation(quote: string, kind: QuoteKind, speaker: { name: string; role?: string } | null, article: { title: string; date: string | null }): string {
  const who = speaker ? ` — ${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}` : '';
  // a headline's own full stop or semicolon before the date reads as a typo ("Past., 2016-05-02")
  const source = [article.title.replace(/\s*[.,;:]+$/, ''), article.date].filter(Boolean).join(', ');
  return `${kind === 'direct' ? `“${quote}”` : `[paraphrase] ${quote}`}${who}${source ? ` (${source})` : ''}`;
}

/** The file name of a URI string, for "in <article>". */
export function articleName(key: string): string {
  return decodeURIComponent(key.slice(key.lastIndexOf('/') + 1));
}

/** An article as a reader knows it: its title (headline) cut to `max` characters, else its file's name. */
export function articleLabel(title: string | null | undefined, key: string, max: number): string {
  return title ? snippet(title, max) : articleName(key);
}

/**
 * Read text (see above) as Markdown that shows exactly that text: every character Markdown, HTML or
 * theme icons give a meaning to is escaped, so a quote can neither format itself nor make a link.
 */
export function escapeMarkdown(text: string): string {
  return safeText(text).replace(/[\\`*_{}[\]()#+\-.!|<>~&$:]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** Read text (see above) for a quick pick's label, description or detail: `$(zap)` stays text, not an icon. */
export function escapeIcons(text: string): string {
  // VS Code's own icon syntax (with an optional ~modifier); a backslash before it shows it as text
  return safeText(text).replace(/\$\([a-z0-9-]+(?:~[a-z0-9-]+)?\)/gi, '\\$&');
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * An Actors tree row's description, what tells the actor apart first (a narrow sidebar cuts a
 * row's end, and "0 quote…" said nothing): its quotes when it has any, then a group's article (a
 * group is an actor of one article), then its role, then its mentions.
 * @param article the group's article name, if any; @param role its most-used title, if any
 */
export function actorDescription(quotes: number, mentions: number, article?: string, role?: string): string {
  return [quotes ? plural(quotes, 'quote') : '', article ?? '', role ? snippet(role, 40) : '', plural(mentions, 'mention')].filter(Boolean).join(' · ');
}
