/**
 * The development aid behind `corpus-nav eval --speaker-errors`: the quotes whose speaker mention
 * the scorer counts wrong, grouped by a rough kind of error, most frequent kind first, so the
 * commonest faults can be fixed first.
 */
import type { MentionError } from './score';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'who', 'which']);
/** A predicted and a gold mention further apart than this (UTF-16 units) are taken to be in different sentences. */
const FAR = 300;
/** Characters of the article shown before an example. */
const LEAD = 60;
/** Characters of an example shown at most. */
const SHOWN = 400;

/** The kind of one error, as a short label. */
export function errorKind({ pred, gold }: MentionError): string {
  const pm = pred.speakerMention;
  const gm = gold.speakerMention;
  if (!gm) return 'predicted a mention, gold has none';
  if (!pm) return pred.continuation ? 'continuation, gold has a mention' : 'no mention, gold has one';
  const pronoun = (text: string | undefined): boolean => PRONOUNS.has((text ?? '').toLowerCase());
  if (pronoun(gm.text) && !pronoun(pm.text)) return 'gold pronoun, predicted other';
  if (pronoun(pm.text) && !pronoun(gm.text)) return 'predicted pronoun, gold other';
  if (Math.abs(pm.start - gm.start) > FAR) return 'far apart (another sentence)';
  return 'same area, no overlap';
}

/**
 * A report of `errors`: a count per kind, then up to `show` examples of each with the article's
 * text around them when `readText` finds it.
 */
export function formatSpeakerErrors(errors: MentionError[], show: number, readText: (path: string) => string | null): string {
  const kinds = new Map<string, MentionError[]>();
  for (const e of errors) {
    const k = errorKind(e);
    const list = kinds.get(k);
    if (list) list.push(e);
    else kinds.set(k, [e]);
  }
  const ordered = [...kinds].sort((a, b) => b[1].length - a[1].length);
  const out = [`${errors.length} speaker-mention errors`, ...ordered.map(([k, list]) => `${String(list.length).padStart(5)}  ${k}`)];
  const mention = (m: { start: number; text?: string } | null): string => (m ? `${JSON.stringify(m.text ?? null)}@${m.start}` : 'none');
  for (const [k, list] of ordered) {
    out.push('', `== ${k} (${list.length})`);
    for (const { path, pred, gold } of list.slice(0, show)) {
      out.push(`- ${path} predicted ${mention(pred.speakerMention)}, gold ${mention(gold.speakerMention)}, cue ${JSON.stringify(pred.cue?.text ?? null)}/${JSON.stringify(gold.cue?.text ?? null)}`);
      const text = readText(path);
      if (text === null) continue;
      const from = Math.min(pred.start, gold.start, pred.speakerMention?.start ?? Infinity, gold.speakerMention?.start ?? Infinity);
      out.push(`    ${text.slice(Math.max(0, from - LEAD), Math.min(Math.max(pred.end, gold.end), from + SHOWN)).replace(/\s+/g, ' ')}`);
    }
  }
  return out.join('\n');
}
