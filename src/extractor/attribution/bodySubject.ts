/**
 * "Enbridge has run the line since 1953. It says …", "The Canadian company has run the line since
 * 1953. It says …": an "it" that opens its sentence most often carries on the subject of the
 * sentence before, when that subject is a body, named or described, and its verb follows it; not
 * the last body that spoke further back. Two bodies joined as that subject ("Enbridge and TC
 * Energy have …") leave "it" neither's.
 */
import type { LocalActor, LocalMention } from '../actors';
import { CUE_FORMS } from '../cues';
import { descriptionKinds } from '../lexicon/organisations';
import type { Sentence, Token } from '../text';
import { resolveDescription } from './descriptionAnaphora';
import { eachSentenceBefore } from './documents';
import type { ArticleState } from './state';
import { isModifierWord, isNounish, isPeopleNoun } from './words';

/** How many modifiers may stand between "The" and a body's noun ("The Canadian company", "The Calgary-based pipeline operator"). */
const MODIFIER_REACH = 2;

/** Words that join a subject to another, never its verb: "Enbridge and TC Energy have …". */
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'plus', '&']);

/** Whether mention `m` is joined by a conjunction to a body's mention that `fits` ("Enbridge and TC Energy", "TC Energy and Enbridge"): an "it" after means neither for sure. */
export function joinedToBody(st: ArticleState, m: LocalMention, fits: (a: LocalActor) => boolean): boolean {
  const t = st.paragraphs[m.para].tokens;
  const at = st.mentionAt[m.para];
  const after = CONJUNCTIONS.has(t[m.to]?.lower ?? '') ? at[m.to + 1] : undefined;
  const before = m.from >= 2 && CONJUNCTIONS.has(t[m.from - 1].lower) ? at[m.from - 2] : undefined;
  return (!!after && after.from === m.to + 1 && fits(after.actor)) || (!!before && before.to === m.from - 1 && fits(before.actor));
}

/** Whether token `w` may be the verb right after a subject: a lower-case word, no conjunction, no noun of a role, a people or a body. */
function verbAfter(w: Token | undefined): boolean {
  return !!w && w.type === 'word' && !w.cap && !w.possessive && !CONJUNCTIONS.has(w.lower) && !isNounish(w) && !isPeopleNoun(w) && !descriptionKinds(w.lower);
}

/**
 * Whether sentence `sent` reports speech outside its quotation marks ("…, according to the SITE
 * Intelligence Group", "…, the regulator said"): its "it" may be its source as well as its subject.
 */
function reportsSpeech(t: Token[], inQuote: ArrayLike<number>, sent: Sentence): boolean {
  for (let i = sent.from; i < sent.to; i++) if (!inQuote[i] && t[i].type === 'word' && (t[i].lower === 'according' || CUE_FORMS.has(t[i].lower))) return true;
  return false;
}

/**
 * The body that opens the sentence before sentence `s` (paragraph `pi`) as its subject, when it
 * `fits`; 'joined' when that subject is two bodies joined ("Enbridge and TC Energy have …": "it"
 * is neither for sure); null when that sentence opens otherwise.
 */
export function previousBodySubject(st: ArticleState, pi: number, s: Sentence, fits: (a: LocalActor) => boolean): LocalActor | 'joined' | null {
  let found: LocalActor | 'joined' | null = null;
  eachSentenceBefore(st, pi, s, 1, (para, sent) => {
    const p = st.paragraphs[para];
    const t = p.tokens;
    if (p.inQuote[sent.from] || reportsSpeech(t, p.inQuote, sent)) return true;
    const first = t[sent.from].lower === 'the' ? sent.from + 1 : sent.from;
    // a body named first: "Enbridge has …", "The Canadian Nuclear Safety Commission has …"
    const m = st.mentionAt[para][first];
    if (m && m.from === first && fits(m.actor)) {
      if (joinedToBody(st, m, fits)) found = 'joined';
      else if (verbAfter(t[m.to])) found = m.actor;
      return true;
    }
    // a body described: "The company has …", "The Canadian company has …"
    if (first === sent.from) return true;
    let k = first;
    while (k < sent.to && k - first < MODIFIER_REACH && t[k].type === 'word' && (t[k].cap || isModifierWord(t[k])) && !descriptionKinds(t[k].lower)) k++;
    const noun = t[k];
    const kinds = noun && noun.type === 'word' && !noun.cap && !noun.possessive ? descriptionKinds(noun.lower) : undefined;
    if (kinds && verbAfter(t[k + 1])) {
      const a = resolveDescription(st, para, sent, sent.from, kinds);
      if (a && fits(a)) found = a;
    }
    return true;
  });
  return found;
}
