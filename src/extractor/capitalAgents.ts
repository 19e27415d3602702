/**
 * Capitals that act: "Ottawa would fast-track permits", "Beijing criticized the move", "Washington
 * and Beijing have agreed" name governments, not cities. A capital's mention whose words after it
 * are a verb of its own (a cue, a modal, a perfect) and whose word before it opens a clause is its
 * country's; so is one that speaks (the quote's speaker is the country already: `asAgent`).
 * "Brussels" acts for the European Union, where the article names it. A capital where a place
 * stands ("in Ottawa", "talks in Washington would resume", "Ottawa's embassy") stays a place.
 */
import type { LocalActor, LocalMention } from './actors';
import type { Token } from './text';
import type { ArticleState } from './attribution/state';
import { CUE_FORMS } from './cues';
import { isLyAdverb, MODALS } from './attribution/words';

/** Words before a capital that leave it the subject of what follows: a clause's opening. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'that', 'while', 'as', 'because', 'since', 'when', 'if', 'whether', 'although', 'though', 'after', 'before', 'so']);
/** Punctuation a subject may follow: a sentence's or a clause's start. */
const OPENING_MARKS = /^[,;:—–(“"‘']$/;
/** Auxiliaries of the future and the past a government acts in ("Ottawa will", "Beijing did not"). */
const ACTING_AUXILIARIES = new Set(['would', 'will', 'did', 'does', 'won’t', "won't", 'wouldn’t', "wouldn't", 'cannot', 'can’t', "can't", 'didn’t', "didn't", 'doesn’t', "doesn't", ...MODALS]);
/** Adverbs between a subject and its verb ("Ottawa also said", "Ottawa fully supported"). */
const MID_ADVERBS = new Set(['also', 'now', 'still', 'already', 'then', 'later', 'again', 'instead', 'quickly', 'repeatedly']);
/** Verbs of a government's acts that are no cues ("Washington imposed tariffs", "Beijing retaliated"). */
const ACTS = new Set([
  'agreed', 'agrees', 'signed', 'signs', 'imposed', 'imposes', 'retaliated', 'sanctioned', 'approved', 'approves', 'blocked', 'blocks',
  'backed', 'backs', 'opposed', 'opposes', 'supported', 'supports', 'wants', 'wanted', 'hopes', 'hoped', 'plans', 'planned',
  'pushed', 'pressed', 'refused', 'refuses', 'sent', 'sends', 'ordered', 'expelled', 'recalled', 'summoned', 'suspended',
  'lifted', 'offered', 'offers', 'pledged', 'pledges', 'threatened', 'threatens', 'objected', 'protested', 'responded', 'struck',
]);

/** Tokens a relative clause after a capital may run to before its closing comma. */
const MAX_RELATIVE = 24;

/** Whether the words from `k` are a verb of the subject before them: over a relative clause and mid adverbs, a cue, an act, a modal, or a perfect's "has" before a participle. */
function verbAt(t: Token[], k: number): boolean {
  // "Washington, which has blocked appointments since 2019, did not object": over a relative clause between commas
  if (t[k]?.text === ',' && (t[k + 1]?.lower === 'which' || t[k + 1]?.lower === 'who')) {
    let j = k + 2;
    while (j < t.length && j - k <= MAX_RELATIVE && t[j].text !== ',') j++;
    if (t[j]?.text !== ',') return false;
    k = j + 1;
  }
  while (k < t.length && (MID_ADVERBS.has(t[k].lower) || (isLyAdverb(t[k]) && !t[k].cap))) k++;
  const w = t[k];
  if (!w || w.cap) return false;
  if (ACTING_AUXILIARIES.has(w.lower) || ACTS.has(w.lower) || CUE_FORMS.has(w.lower)) return true;
  // "Brussels has been pushing", "Riyadh has argued": not "Ottawa has a population of …"
  if (w.lower === 'has' || w.lower === 'have' || w.lower === 'had') {
    const p = t[k + 1];
    return !!p && !p.cap && (p.lower === 'been' || p.lower === 'not' || p.lower === 'long' || /(?:ed|en)$/.test(p.lower) || CUE_FORMS.has(p.lower));
  }
  return false;
}

/** Whether the word before token `at` lets a name there be a clause's subject. */
function opensClause(t: Token[], at: number, sentenceStart: boolean): boolean {
  if (sentenceStart) return true;
  const p = t[at - 1];
  // ("said Ottawa would", "hoped Washington would": a verb of speech or attitude opens the clause it reports)
  return !!p && (CLAUSE_OPENERS.has(p.lower) || OPENING_MARKS.test(p.text) || (!p.cap && CUE_FORMS.has(p.lower)));
}

/** The government a capital's actor stands for, or null ("Brussels" only where the article names the European Union). */
function governmentOf(st: ArticleState, place: LocalActor): LocalActor | null {
  if (place.capitalOf) return st.table.get('country', place.capitalOf);
  if (place.name !== 'Brussels') return null;
  return st.table.find('organization', 'European Union') ?? st.table.find('organization', 'EU') ?? null;
}

/**
 * Moves to its government each mention of a capital that acts or speaks (see the file's comment),
 * the capital's name kept as the government's alias. Linear in the mentions and quotes.
 */
export function governingCapitals(st: ArticleState): void {
  let speaking: Map<number, LocalActor> | undefined;
  // "Washington state" anywhere: the state, and no government, acts under that name
  let washingtonState = false;
  for (const m of st.mentions) if (m.actor.name === 'Washington' && st.paragraphs[m.para].tokens[m.to]?.lower === 'state') washingtonState = true;
  // capitals' mentions by paragraph and first and last token, to read "Ottawa and Washington said" over both names
  const capitalAt = new Map<string, LocalMention>();
  const capital = (a: LocalActor): boolean => a.kind === 'place' && (!!a.capitalOf || a.name === 'Brussels') && !(washingtonState && a.name === 'Washington');
  for (const m of st.mentions) if (capital(m.actor)) capitalAt.set(`${m.para}:${m.from}`, m).set(`${m.para}:${m.to}:end`, m);
  for (const m of st.mentions) {
    const place = m.actor;
    if (!capital(place)) continue;
    const para = st.paragraphs[m.para];
    // (a headline's too, "Washington and Beijing agree to …", where it is written in sentence case)
    if (para.kind !== 'body' && para.kind !== 'heading') continue;
    const t = para.tokens;
    if (t[m.to - 1].possessive) continue;
    const government = governmentOf(st, place);
    if (!government) continue;
    if (!speaking) {
      speaking = new Map();
      for (const q of st.quotes) if (q.speakerMention && q.speaker && q.speaker.kind !== 'place') speaking.set(q.speakerMention.start, q.speaker);
    }
    let acts = speaking.get(m.start) === government;
    if (!acts) {
      // "Washington and Beijing have agreed": the pair's subject opens at the first, its verb follows the second
      const first = t[m.from - 1]?.lower === 'and' ? capitalAt.get(`${m.para}:${m.from - 1}:end`) : undefined;
      const second = t[m.to]?.lower === 'and' ? capitalAt.get(`${m.para}:${m.to + 1}`) : undefined;
      const from = first ? first.from : m.from;
      acts = opensClause(t, from, para.sentences.some((s) => s.from === from)) && verbAt(t, second ? second.to : m.to);
    }
    if (!acts) continue;
    st.table.addAlias(government, place.name);
    m.actor = government;
  }
}
