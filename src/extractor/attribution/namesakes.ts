/**
 * A lone surname two persons of the article share ("Clinton said" where the article names Bill and
 * Hillary Clinton): the names layer joins it to neither (./loneNames), and the corpus would give it
 * to the more prominent one, a wrong speaker in an article about the other. At the cue, the
 * passage tells which: the namesake the nearest sentence naming one of them names (within three),
 * or of two named there the one who spoke there; else still neither.
 */
import type { LocalActor, LocalMention } from '../actors';
import { CUE_FORMS } from '../cues';
import { surnameToken } from '../nameForms';
import { genderOfTitle } from '../gender';
import type { Sentence, Token } from '../text';
import { walkBack } from './antecedents';
import { genderOf } from './genderAgreement';
import type { ArticleState } from './state';

/** How many sentences back the last speaker or a full name still tells which namesake a lone surname is. */
const NAMESAKE_REACH = 3;

/** The longest sentence, in tokens, whose mentions namesakeSpeaker reads for a cue in it. */
const NAMESAKE_SENTENCE = 400;

/** The namesake of the article that lone-surname person `a` (the source from token `at` to `end` of sentence `s`, paragraph `pi`) refers to, or null. */
export function namesakeSpeaker(st: ArticleState, pi: number, s: Sentence, at: number, end: number, a: LocalActor): LocalActor | null {
  if (a.kind !== 'person' || a.nameTokens.length !== 1) return null;
  const token = a.nameTokens[0];
  // (no name the names layer cut from a verb: "Stated Stone")
  const withToken = st.table.personsWithToken(token, 6).filter((p) => p !== a && p.nameTokens.length >= 2 && !CUE_FORMS.has(p.nameTokens[0].toLowerCase()));
  let namesakes = withToken.filter((p) => surnameToken(p.nameTokens) === token);
  // "Kim said" beside Kim Yo Jong and Kim Jong Un: a family name written first, where no one bears it last
  if (!namesakes.length) namesakes = withToken.filter((p) => p.nameTokens[0] === token);
  // (a run-on sentence longer than NAMESAKE_SENTENCE is not read for each of its cues: the lone
  // surname stays as the names layer resolved it)
  if (namesakes.length < 2 || s.to - s.from > NAMESAKE_SENTENCE) return null;
  // "Clinton herself also signaled": the reflexive tells the gender
  const reflexive = st.paragraphs[pi].tokens[end]?.lower;
  const gender = reflexive === 'herself' ? 'female' : reflexive === 'himself' ? 'male' : null;
  if (gender) {
    const ofGender = namesakes.filter((p) => genderOf(st, p)?.gender === gender);
    return ofGender.length === 1 ? ofGender[0] : null;
  }
  // (one named in the quote's own sentence is spoken of: "Freddy, as he was known, “…,” Mr. Trump
  // said", "Mr. Trump said … that Freddy had …")
  const spokenOf = new Set<LocalActor>();
  for (let i = s.from; i < s.to; i++) {
    const m = st.mentionAt[pi][i];
    if (m && namesakes.includes(m.actor)) spokenOf.add(m.actor);
  }
  const outsideQuote = !st.paragraphs[pi].inQuote[at];
  // the nearest sentence naming any of them, and the first person it names (its subject, as a rule)
  let depthFound = -1;
  let depthNow = -1;
  let first: LocalActor | null = null;
  const named = new Set<LocalActor>();
  walkBack(st, pi, s, at, NAMESAKE_REACH, (m, depth) => {
    if (depthFound >= 0 && depth !== depthFound) return true;
    // (a name inside a quotation is not whom a source outside it continues: "“… Jeb Bush has the experience,” the former president told …")
    if (m.actor.kind !== 'person' || (outsideQuote && st.paragraphs[m.para].inQuote[m.from])) return false;
    // (in the cue's own sentence the walk runs backwards: its first person is the last one met)
    if (depth !== depthNow || depth === 0) [depthNow, first] = [depth, m.actor];
    if (namesakes.includes(m.actor)) {
      depthFound = depth;
      named.add(m.actor);
    }
    return false;
  });
  // the namesake who spoke last, there or since, goes on, unless the other spoke just before it
  // ("Ellen Marsh said … Tobias Marsh said … Marsh said": either); else the one that sentence opens
  // with, when it names no other ("Hugo Roos and Bram Roos opened the shop. Roos said": neither)
  const last = st.lastPersonSpeaker;
  const since = last ? st.sentenceSerial - last.sentence : Infinity;
  const before = st.previousPersonSpeaker;
  const alternating = !!before && namesakes.includes(before.actor) && st.sentenceSerial - before.sentence <= NAMESAKE_REACH;
  const chosen =
    last && namesakes.includes(last.actor) && since <= NAMESAKE_REACH && (depthFound < 0 || since <= depthFound)
      ? alternating ? null : last.actor
      : first && named.size === 1 && named.has(first) ? first : null;
  // ("Mr. Rahim" is no one whose gender nothing tells)
  const title = st.paragraphs[pi].tokens[at];
  const titled = title && title.cap && end - at >= 2 ? genderOfTitle(title.text) : null;
  if (chosen && titled && genderOf(st, chosen)?.gender !== titled) return null;
  // ("Firefighter Jenna Wilbee … Wilbee said he'd like …": the content's opening he or she is the
  // speaker's, and tells which namesake of the two genders speaks)
  const told = contentPronounGender(st.paragraphs[pi].tokens, end);
  if (told && (!chosen || genderOf(st, chosen)?.gender !== told)) {
    const ofGender = namesakes.filter((p) => genderOf(st, p)?.gender === told);
    return ofGender.length === 1 && !spokenOf.has(ofGender[0]) ? ofGender[0] : null;
  }
  return chosen && !spokenOf.has(chosen) ? chosen : null;
}

/** The gender of "he" or "she" opening the content right after the cue at token `cue` ("said he'd", "said that she"); null otherwise. */
function contentPronounGender(t: Token[], cue: number): 'male' | 'female' | null {
  if (!CUE_FORMS.has(t[cue]?.lower ?? '')) return null;
  const k = t[cue + 1]?.lower === 'that' ? cue + 2 : cue + 1;
  const m = /^(he|she)(?:['’][a-z]+)?$/.exec(t[k]?.lower ?? '');
  return m ? (m[1] === 'he' ? 'male' : 'female') : null;
}

/** Per article: lone surnames at a cue that ./loneNames gave to the person their relatives leave the name to, as paragraph and token (see keptFromRelative). */
const keptFromKin = new WeakMap<ArticleState, Set<number>>();
const spot = (para: number, from: number): number => para * 65536 + from;

/** Notes that the lone surname at token `from` of paragraph `para`, at a cue, was given past a relative of the same surname. */
export function keptFromRelative(st: ArticleState, para: number, from: number): void {
  let kept = keptFromKin.get(st);
  if (!kept) keptFromKin.set(st, (kept = new Set()));
  kept.add(spot(para, from));
}

/**
 * The relative who goes on speaking where ./loneNames gave a speaker's lone surname to the person
 * the article is about ("Her mother, Rebecca Spence, … “…,” the mother said. Spence said her
 * daughter …"): the last person to speak, in the sentence before, of that surname; else null.
 */
export function relativeSpeaking(st: ArticleState, m: LocalMention): LocalActor | null {
  if (!keptFromKin.get(st)?.has(spot(m.para, m.from))) return null;
  const last = st.lastPersonSpeaker;
  if (!last || last.actor === m.actor || st.sentenceSerial - last.sentence > 1 || last.actor.nameTokens.length < 2) return null;
  return surnameToken(last.actor.nameTokens) === surnameToken(m.actor.nameTokens) ? last.actor : null;
}

/**
 * The one person of the article whose surname is the common word `word` ("From said" after
 * "Melissa From", "Will said" after "Rachel Will"): the names stage reads such a word alone as no
 * name, so the speaker is found here by surname; null when no person, or more than one, has it.
 */
export function commonWordSurname(st: ArticleState, word: string): LocalActor | null {
  const key = word.toLowerCase();
  let found: LocalActor | null = null;
  for (const a of st.table.personsWithToken(word, 4)) {
    if (surnameToken(a.nameTokens) !== key) continue;
    if (found) return null;
    found = a;
  }
  return found;
}
