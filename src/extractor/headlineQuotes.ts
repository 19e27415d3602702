/**
 * Part of the article analysis (see ./analyze), used by ./attributeSentence: a headline's reported
 * speech — a short name phrase and a colon ("Ortiz: ‘We Will Appeal’") that is no dateline nor a
 * date label, and the headline's unsourced findings ("…, study finds") that the body reports
 * with their source.
 */
import { type Paragraph, type Sentence, type Token } from './text';
import { isExclamation, isRubric } from './attribution/words';
import { FULL_MONTHS, SHORT_MONTH } from './datePatterns';
import { ROLE_NOUNS } from './gazetteer';
import { knownLength } from './knownNames';
import { peopleNoun } from './lexicon/people';
import { CUE_FORMS, DOCUMENT_NOUNS } from './cues';
import { buildQuoteFrom } from './attribution/contentQuote';
import { ArticleState, type LocalQuote } from './attribution/state';
import { buildQuote } from './quoteBuild';

/**
 * "Daily walk cuts dementia risk, study finds", "…, Bangor researchers say", "…, doctors warn": a
 * headline's reported words (no quotation) whose source comes after them and is no one the article's body names (none, or
 * a group or unnamed source only the headline mentions) tell the story's finding, not a speaker's
 * words; the body reports them with their source. "Bridge will reopen, mayor says" keeps its mayor.
 */
export function unsourcedHeadline(st: ArticleState, pi: number, q: LocalQuote): boolean {
  // (words in quotation marks are someone's, whoever: '“Thank you, Mr President,” she said')
  if (!q.cue || q.cue.start < q.end || q.kind !== 'indirect') return false;
  const a = q.speaker;
  if (!a) return true;
  if (a.kind !== 'group' && !a.anonymous) return false;
  for (const m of st.mentions) if (m.actor === a && m.para !== pi) return false;
  return true;
}

/**
 * "Ortiz: ‘We Will Appeal’", "Senate Leader: Vote Next Week": a headline that opens with a short
 * name phrase and a colon gives the rest to that phrase; null otherwise.
 */
export function headlineColon(st: ArticleState, pi: number, p: Paragraph, s: Sentence): LocalQuote | null {
  const t = p.tokens;
  if (t[s.from]?.type === 'open' || t[s.from]?.type === 'ambiguous') return leadingQuotation(st, pi, p, s);
  let colon = -1;
  for (let j = s.from; j < Math.min(s.to, s.from + 7); j++) {
    if (t[j].text === ':') {
      colon = j;
      break;
    }
    // ("CF Montréal coach: ‘We have to be braver’", "WSJ editorial: …": a word in lower case may end the name phrase, its office or document;
    // not "East-West Line disruption: SMRT says …", a topic)
    if (t[j].type !== 'word' || !(t[j].cap || (j > s.from && t[j + 1]?.text === ':' && (ROLE_NOUNS.has(t[j].lower) || peopleNoun(t[j].lower) !== null || DOCUMENT_NOUNS.has(t[j].lower))))) return null;
  }
  if (colon <= s.from || s.to - colon < 3 || isRubric(t, s.from, colon) || datelineLabel(st, t, s.from, colon) || placeLabel(t, s.from, colon) || ownSpeaker(t, colon + 1, s.to) || onlyDate(t, colon + 1, s.to)) return null;
  // ("BUSTED: Emails Reveal …": what follows is still a claim, made by no one the label names)
  if (isExclamation(t, s.from, colon)) return buildQuoteFrom(st, p, s, colon + 1, s.to, null, null, st.span(t[colon].start, t[colon].end), 'speech');
  // ("CNN President On Trump: …": the topic after a capitalised preposition is no part of the
  // speaker, an office; "Stealth Over Health:" names no one)
  let to = s.from + 1;
  while (to < colon && !(TOPIC_PREPOSITIONS.has(t[to].text) && ROLE_NOUNS.has(t[to - 1].lower))) to++;
  const np = { from: s.from, to };
  return buildQuote(st, pi, p, s, colon + 1, quotationEnd(t, p.inQuote, colon + 1, s.to), np, st.span(t[colon].start, t[colon].end), 'speech');
}

/**
 * Where the words after a headline's colon end: after the quotation they open with, when a short
 * topic follows it ("Premier: ‘We will not back down’ on pipeline": the words are the premier's,
 * "on pipeline" the desk's), else at `to`.
 */
function quotationEnd(t: Token[], inQuote: Uint8Array, from: number, to: number): number {
  const close = quotationClose(t, inQuote, from, to);
  if (close < 0) return to;
  // ("‘No Idea’ If I Would Have Told …": words that go on with the quotation's clause are the speaker's too)
  const rest = to - close - 1 - (t[to - 1].text === '.' ? 1 : 0);
  return rest === 0 || (rest <= 4 && TOPIC_AFTER.has(t[close + 1].lower)) ? close + 1 : to;
}
/** The closing mark of the quotation that opens at token `from`, before `to`; -1 when none does. */
function quotationClose(t: Token[], inQuote: Uint8Array, from: number, to: number): number {
  if (t[from]?.type !== 'open' && t[from]?.type !== 'ambiguous') return -1;
  for (let j = from + 1; j < to; j++) if ((t[j].type === 'close' || t[j].type === 'ambiguous') && !inQuote[j + 1]) return j;
  return -1;
}
/** Prepositions that open a headline's topic after a quotation: "‘We will not back down’ on pipeline". */
const TOPIC_AFTER = new Set(['on', 'over', 'about', 'for', 'in', 'at', 'after', 'amid', 'against', 'as']);

/**
 * "‘I don't recall’: Data broker CEO grilled over sales", "‘We failed them’: Hospital chief
 * apologizes": a headline that opens with a whole quotation and a colon gives the words to the
 * office named right after the colon (at most five words, up to the last role noun); none named,
 * no quote (a quotation alone names no source).
 */
function leadingQuotation(st: ArticleState, pi: number, p: Paragraph, s: Sentence): LocalQuote | null {
  const t = p.tokens;
  if (t[s.from].type !== 'open' && t[s.from].type !== 'ambiguous') return null;
  const end = quotationClose(t, p.inQuote, s.from, s.to) + 1;
  if (end <= 0 || end >= s.to || end - s.from < 3 || t[end].text !== ':') return null;
  let role = -1;
  for (let j = end + 1; j < s.to && j <= end + 5 && t[j].type === 'word'; j++) if (ROLE_NOUNS.has(t[j].lower)) role = j;
  if (role < 0) return null;
  return buildQuote(st, pi, p, s, s.from, end, { from: end + 1, to: role + 1 }, st.span(t[end].start, t[end].end), 'speech');
}
/**
 * Whether the headline's label before its colon (tokens [from, colon)) is one word the first body
 * paragraph opens with in capitals as its dateline ("Bengaluru: Three held …, says SP" over
 * "BENGALURU: Three men have been arrested …", "REGINA — …"): a place, as South Asian papers head stories.
 */
function datelineLabel(st: ArticleState, t: Token[], from: number, colon: number): boolean {
  if (colon - from !== 1) return false;
  const body = st.paragraphs.find((p) => p.kind === 'body' && p.tokens.length > 2);
  const first = body?.tokens[0];
  return !!first && first.text === t[from].text.toUpperCase() && first.text !== t[from].text && (body.tokens[1].text === ':' || body.tokens[1].text === ',' || body.tokens[1].text === '—' || body.tokens[1].text === '–');
}

/**
 * Whether the headline's label (tokens [from, colon)) is a town, state or province the gazetteer
 * knows ("Halifax: mayor says …", "Ontario: ‘We will not back down’"): where the story is, as
 * datelines give it, not who speaks (a country's name may stand for its government and stays).
 */
function placeLabel(t: Token[], from: number, colon: number): boolean {
  const known = knownLength(t, from, colon);
  return !!known && known.n === colon - from && (known.kind === 'place' || known.kind === 'capital');
}

/**
 * Whether the words after a headline's colon (tokens [from, to)) open with a source and its
 * speech verb ("Regina: mayor says budget is balanced", "Brexit: Minister Says Deal Is Close"):
 * they report someone's words themselves, whatever the label before the colon names.
 */
function ownSpeaker(t: Token[], from: number, to: number): boolean {
  // (not a clause the label's words open with a subordinator: "Fact-Check: If Obama Says It, It’s True")
  if (SUBORDINATORS.has(t[from].lower)) return false;
  for (let j = from + 1; j < to && j <= from + 5; j++) {
    if (t[j].type !== 'word') return false;
    // (a plain verb of saying: Title Case makes "Attacks" and "Advised" look like cues)
    const cue = CUE_FORMS.get(t[j].lower);
    if (cue && HEADLINE_SAYING.has(cue.lemma) && (cue.form === 's' || cue.form === 'ed')) return true;
  }
  return false;
}
/** Verbs that give a headline's words their source: "mayor says", "minister warns". */
const HEADLINE_SAYING = new Set(['say', 'tell', 'warn']);
/** Words that open a clause the headline's label comments on: "If Obama Says It, …". */
const SUBORDINATORS = new Set(['if', 'when', 'what', 'why', 'how', 'whatever', 'whether']);

/** A word or mark of a date or a time of day: "12", "May", "2025", "Tuesday", "10:42", "a.m.", "ET", ",". */
const DATE_OR_TIME_WORD = new RegExp(`^(?:\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}|${FULL_MONTHS}|${SHORT_MONTH}|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?|at|on|a\\.?m\\.?|p\\.?m\\.?|[ecmp][sd]?t|gmt|utc|bst|cet|[,.:/|–—-])$`, 'i');

/**
 * Whether tokens [from, to) are a date or a time and nothing else: "Published: 12 May 2025" and
 * "Updated: Tuesday, 10:42 a.m. ET" are a page's labels over its story, not anyone's words.
 */
function onlyDate(t: Token[], from: number, to: number): boolean {
  let digits = false;
  for (let j = from; j < to; j++) {
    if (!DATE_OR_TIME_WORD.test(t[j].text)) return false;
    if (/\d/.test(t[j].text)) digits = true;
  }
  return digits;
}

/** Prepositions a Title Case headline capitalises before the topic of a label: "Pelosi On Impeachment:", "Biden After Vote:". */
const TOPIC_PREPOSITIONS = new Set(['On', 'About', 'Over', 'After', 'Against', 'Amid', 'Before', 'Following', 'Regarding']);

/** A quotation's words for comparing: letters and digits only, lower case. */
const bare = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * "‘We had ten minutes’: Wildfire forces evacuation …": a quotation opening the headline, set off by
 * a colon and with no cue of its own, whose words a body quotation repeats, is that quotation's
 * speaker's (no mention nor cue: the headline names no one). Added at the front of `st.quotes`;
 * nothing when the headline (paragraph `pi`) opens otherwise or the body never repeats the words.
 */
export function echoedHeadlineQuote(st: ArticleState, pi: number): void {
  const p = st.paragraphs[pi];
  // (a headline set as a heading has no quotation marks paired: its tokens are read here)
  const t = p?.tokens ?? [];
  const close = t.length ? HEADLINE_CLOSE.get(t[0].text) : undefined;
  const k = close === undefined ? -1 : t.findIndex((x, i) => i > 1 && x.text === close);
  if (k < 0 || t[k + 1]?.text !== ':') return;
  if (st.quotes.some((q) => q.start < p.end && q.end > p.start)) return;
  const words = bare(st.text.slice(t[0].end, t[k].start));
  if (!words) return;
  const source = st.quotes.find((q) => q.start >= p.end && q.kind !== 'indirect' && q.speaker && bare(q.text).includes(words));
  if (!source) return;
  st.quotes.unshift({ ...st.span(t[0].end, t[k].start), kind: 'direct', speaker: source.speaker, speakerMention: null, cue: null, continuation: false, pieces: undefined, cueClass: source.cueClass });
}
/** Marks that open a headline's quotation, each with its closing mark. */
const HEADLINE_CLOSE = new Map([['‘', '’'], ['“', '”'], ["'", "'"], ['"', '"']]);

