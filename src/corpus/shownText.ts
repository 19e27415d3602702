/**
 * Corpus text about to be shown in a view or printed on a terminal: the text a reader of the article
 * sees (./readableText: invisible characters out, HTML character references decoded; a markup tag
 * read as a space, as the extractor reads one inside a sentence), without the control characters a
 * terminal or a view would act on. The invisible characters include the directional embeddings,
 * overrides and isolates of Unicode's bidirectional algorithm: shown as they are, one in a quote
 * makes a label, hover or tree row read in another order than the article's words ("Trojan
 * Source", Boucher and Anderson 2021, CVE-2021-42574), and one left open reverses whatever the view
 * prints after it.
 *
 * Decoding is done once, where the file's own characters enter a view (`shownText`): a quote's,
 * speaker's or passage's text is the file's; an actor's name, role or alias and an event's label
 * were read by the extractor from the decoded text, and a curated name is the user's own, so those
 * are only made safe (`safeText`). Decoded twice, "&amp;lt;b&amp;gt;" would show as "<b>", which
 * no reader of the article sees.
 */
import { INVISIBLE, readableText } from './readableText';
import { MARKUP_TAG_SOURCE } from '../extractor/markupTag';

/** C0 and C1 control characters but tab, line feed and carriage return (an escape sequence drives a terminal). */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Invisible and control characters, in one pass (the two sets share none, and taking out one makes none of the other). */
const UNSHOWN = new RegExp(`${INVISIBLE}|${CONTROLS.source}`, 'g');
const MARKUP_TAGS = new RegExp(MARKUP_TAG_SOURCE, 'g');

/**
 * The file's own `text` as views show it (see above): tags in it as spaces (before decoding: a
 * reference "&lt;b&gt;" shows "<b>" as a browser does), references decoded once, invisible and
 * control characters out; the same string when nothing changes.
 */
export function shownText(text: string): string {
  const untagged = text.includes('<') ? text.replace(MARKUP_TAGS, ' ') : text;
  return readableText(untagged).text.replace(CONTROLS, '');
}

/**
 * Text already read (an actor's name, a role, an event's label, a curated name, or shownText's
 * result) as views show it: invisible and control characters out, nothing decoded, so that
 * applying it again changes nothing.
 */
export function safeText(text: string): string {
  return text.replace(UNSHOWN, '');
}

/** `text` without its control characters (tab, line feed and carriage return kept): written where a terminal may read it, as CSV. */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '');
}
