/**
 * Corpus text about to be shown in a view or printed on a terminal: the text a reader of the article
 * sees (./readableText: invisible characters out, HTML character references decoded), without the
 * control characters a terminal or a view would act on. The invisible characters include the
 * directional embeddings, overrides and isolates of Unicode's bidirectional algorithm: shown as
 * they are, one in a quote makes a label, hover or tree row read in another order than the
 * article's words ("Trojan Source", Boucher and Anderson 2021, CVE-2021-42574), and one left open
 * reverses whatever the view prints after it.
 */
import { readableText } from './readableText';

/** C0 and C1 control characters but tab, line feed and carriage return (an escape sequence drives a terminal). */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** `text` as views show it (see above); the same string when nothing changes. */
export function shownText(text: string): string {
  return readableText(text).text.replace(CONTROLS, '');
}
