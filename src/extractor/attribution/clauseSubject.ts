/**
 * Stage 4 of attribution, the speaker a joined clause inherits where its sentence's verb is no cue
 * (`subjectOfSentence`, asked by ./source for "…, saying …" and "… and said …", and by
 * ./documents): the main clause's described subject ("The conservative publication"), its people
 * counted, its first name or pronoun, or the phrase before its verb when the name is the verb's
 * object.
 */
import { CUE_FORMS } from '../cues';
import { ROLE_NOUNS, TITLES } from '../gazetteer';
import { descriptionKinds } from '../lexicon/organisations';
import { isGroupHead, peopleNoun } from '../lexicon/people';
import type { Paragraph, Sentence, Token } from '../text';
import { resolveNp } from './resolution';
import { quantityAt } from './clauseOpening';
import { asAgent } from './bodyForms';
import type { ArticleState, Attribution, Np } from './state';
import { roleNounEnd } from './sourceAfter';
import { COLLECTIVES, npBackward } from './sourceBefore';
import { ADJUNCT_START, AFFILIATION_PREPOSITIONS, AGED, ARTICLES, AUXILIARIES, DETERMINERS, GOVERNMENT_NOUNS, isModifierWord, isNounish, isPeopleNoun, MODALS, NUMBER_WORDS, openingClauseEnd, pluralBodies, STOP_BACKWARD, TITLE_LIKE } from './words';

/** Words that count people opening a clause: "Two objectors", "Several residents". */
const COUNTED_PEOPLE = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens)$/;

/**
 * Tokens from a sentence's start within which its subject is looked for. A main clause's subject
 * opens it, so this never cuts a real one; without a bound, a run-on sentence of N joined cues
 * ("… and denies … and denies …") read its whole start again at each cue, N² work.
 */
const SUBJECT_REACH = 120;

/** The subject of a clause whose verb we did not see as a cue: its first noun phrase, within SUBJECT_REACH tokens of the sentence's start. */
export function subjectOfSentence(st: ArticleState, pi: number, p: Paragraph, s: Sentence, cueAt: number): Attribution | null {
  const t = p.tokens;
  const before = Math.min(cueAt, s.from + SUBJECT_REACH);
  // "The conservative publication has …, arguing": a described subject that no name covers
  const opening = clauseStart(t, s);
  // (people counted first: "More than 300 physicians" is no phrase described by "More")
  const described = countEnd(t, opening, before) > opening
    ? bareGroupSubject(st, pi, t, opening, before) ?? describedSubject(st, pi, t, opening, before)
    : describedSubject(st, pi, t, opening, before) ?? bareGroupSubject(st, pi, t, opening, before);
  if (described) return { speaker: resolveNp(st, pi, p, s, described), mention: st.span(t[described.from].start, t[described.to - 1].end), cue: null, para: pi, sentence: st.sentenceSerial };
  // the main clause's first name or pronoun; failing that, one in the opening adverbial
  const main = openingClauseEnd(t, s, before);
  // "Two objectors, Ann Lee and Bo Ray, had challenged …, contending": the people counted, whom the names list
  if (main + 2 < before && t[main + 2].text === ',' && COUNTED_PEOPLE.test(t[main].lower) && t[main + 1].type === 'word' && !t[main + 1].cap) {
    const np = { from: main, to: main + 2 };
    const speaker = resolveNp(st, pi, p, s, np);
    if (speaker?.kind === 'group') return { speaker, mention: st.span(t[main].start, t[main + 1].end), cue: null, para: pi, sentence: st.sentenceSerial };
  }
  const agent = firstAgent(st, pi, p, s, main, before);
  // "Two objectors had challenged Cruz's bid, contending …": a name after the main verb is in its
  // object; the phrase before the verb is who contends, named or not
  const verb = agent?.mention && t[main].lower !== 'there' ? mainVerb(t, main, before) : -1;
  if (verb > main && agent!.mention!.start > t[verb].start && objectOf(t, verb, agent!.mention!.start)) {
    const np = npBackward(t, verb - 1, main);
    const subject = np && np.from === main ? np : null;
    // a phrase the subject rules do not read ("the prince") is still the mention, though no one resolves it
    const mention = subject ?? (verb - main <= 6 && t.slice(main, verb).every((x) => x.type === 'word') ? { from: main, to: verb } : null);
    return { speaker: subject && resolveNp(st, pi, p, s, subject), mention: mention && st.span(t[mention.from].start, t[mention.to - 1].end), cue: null, para: pi, sentence: st.sentenceSerial };
  }
  return agent ?? (main > s.from ? firstAgent(st, pi, p, s, s.from, main) : null);
}

/**
 * The main verb of a clause [from, before): its first auxiliary or modal, or a past form in -ed
 * after a noun ("objectors challenged"), not after a determiner ("the so-called"); -1 when none
 * comes before the clause's first comma or mark.
 */
function mainVerb(t: Token[], from: number, before: number): number {
  for (let j = from + 1; j < before; j++) {
    const x = t[j];
    if (x.type !== 'word') {
      if (x.type !== 'close' && x.text !== '.' && x.text !== '-') return -1;
      continue;
    }
    if (x.cap) continue;
    if (AUXILIARIES.has(x.lower) || MODALS.has(x.lower)) return j;
    if (x.lower.endsWith('ed') && t[j - 1].type === 'word' && !DETERMINERS.has(t[j - 1].lower) && !STOP_BACKWARD.has(t[j - 1].lower)) return j;
  }
  return -1;
}

/** Words after which a name opens a clause or phrase of its own rather than the verb's object: "… when Rubio thanked", "with Trump tweeting". */
const OPENS_OWN = new Set(['and', 'but', 'or', 'when', 'while', 'as', 'because', 'after', 'before', 'since', 'if', 'that', 'who', 'which', 'whose', 'with', 'where', 'until', 'though', 'although', 'whether']);

/** Whether the name at offset `start` is in the object of the verb at `verb`: no mark or word that opens another clause stands between them. */
function objectOf(t: Token[], verb: number, start: number): boolean {
  for (let j = verb + 1; j < t.length && t[j].start < start; j++) if (t[j].type !== 'word' ? t[j].type !== 'close' : OPENS_OWN.has(t[j].lower)) return false;
  return true;
}

/** A head a possessive name can own as a body or a person ("bank", "ministry", "government", "spokeswoman"). */
const ownedHead = (w: Token): boolean => !!descriptionKinds(w.lower) || GOVERNMENT_NOUNS.has(w.lower) || isPeopleNoun(w);

/** The first name or subject pronoun in tokens [from, to) of the sentence, as an attribution; null at a quotation. */
function firstAgent(st: ArticleState, pi: number, p: Paragraph, s: Sentence, from: number, to: number): Attribution | null {
  const t = p.tokens;
  for (let i = from; i < to; i++) {
    if (t[i].type === 'open' || t[i].type === 'ambiguous') return null;
    const m = st.mentionAt[pi][i];
    // a dateline ("WASHINGTON —") or a place ("in Iowa") is where, not who
    const dateline = i === s.from && /^[A-Z][A-Z.]+$/.test(t[i].text) && !!m && /^[—–(,-]$/.test(t[m.to]?.text ?? '');
    if (m && ((m.actor.kind === 'place' && !m.actor.capitalOf) || dateline)) {
      i = m.to - 1;
      continue;
    }
    // "Senate candidate Paula Grant stood … and told", "NATO Secretary-General Jens Stoltenberg visited
    // … and said": a body before the office of the person named next only qualifies the office
    if (m && m.actor.kind !== 'person' && !t[m.to - 1].possessive && officeBeforePerson(st, pi, t, m.to, to)) {
      i = m.to - 1;
      continue;
    }
    // "A contested Liberal nomination race took a turn when lawyer Ann Lee withdrew, saying …": a
    // body's name after a determiner that modifies a thing's noun names no one who speaks; the
    // clause reads on to the next name
    if (m && m.actor.kind !== 'person' && !t[m.to - 1].possessive && thingModifier(t, m.from, m.to, to)) {
      i = m.to - 1;
      continue;
    }
    if (m) {
      // "Poland's central bank left … and warned": the body the possessive owns speaks, not its owner
      const owned = t[m.to - 1].possessive ? roleNounEnd(t, m.to, to, ownedHead) : m.to;
      if (owned > m.to) {
        // "Mulhall's barrister, Tom Keane, had argued …, saying": the person named in apposition to the owned noun
        const named = t[owned]?.text === ',' ? st.mentionAt[pi][owned + 1] : undefined;
        if (named?.actor.kind === 'person' && named.from === owned + 1 && t[named.to]?.text === ',' && !t[named.to - 1].possessive) {
          return { speaker: asAgent(st, named.actor), mention: st.span(named.start, named.end), cue: null, para: pi, sentence: st.sentenceSerial };
        }
        const np = { from: m.from, to: owned };
        return { speaker: resolveNp(st, pi, p, s, np), mention: st.span(t[np.from].start, t[np.to - 1].end), cue: null, para: pi, sentence: st.sentenceSerial };
      }
      const actor = asAgent(st, m.actor);
      return { speaker: actor, mention: st.span(m.start, m.end), cue: null, para: pi, sentence: st.sentenceSerial };
    }
    if (t[i].type === 'word' && (t[i].lower === 'he' || t[i].lower === 'she' || t[i].lower === 'they')) {
      const np = { from: i, to: i + 1 };
      return { speaker: resolveNp(st, pi, p, s, np), mention: st.span(t[i].start, t[i].end), cue: null, para: pi, sentence: st.sentenceSerial };
    }
  }
  return null;
}

/** Nouns of an event or a contest, never a speaker, that a body's name may modify: "the Liberal nomination race", "a Toronto council meeting". */
const THING_NOUNS = new Set(['race', 'contest', 'primary', 'runoff', 'nomination', 'election', 'by-election', 'byelection', 'vote', 'ballot', 'debate', 'meeting', 'convention', 'rally', 'forum', 'summit', 'hearing', 'referendum', 'recount', 'fight', 'battle', 'showdown', 'deal', 'scandal']);

/**
 * Whether the name at tokens [from, to) modifies an event's or a contest's noun right after it, or
 * one word on: an article (and at most one lower-case word) before it, and "race", "meeting", …
 * after it ("A contested Liberal nomination race", "the Toronto council meeting"; not "The
 * Liberal campaign", "the NDP caucus met", "Liberal MPs").
 */
function thingModifier(t: Token[], from: number, to: number, before: number): boolean {
  let d = from - 1;
  if (d >= 0 && t[d].type === 'word' && !t[d].cap && !DETERMINERS.has(t[d].lower) && !STOP_BACKWARD.has(t[d].lower)) d--;
  if (d < 0 || t[d].type !== 'word' || !ARTICLES.has(t[d].lower)) return false;
  const word = (k: number): boolean => k < before && !!t[k] && t[k].type === 'word' && !t[k].cap && !t[k].possessive;
  if (!word(to)) return false;
  return THING_NOUNS.has(t[to].lower) || (word(to + 1) && THING_NOUNS.has(t[to + 1].lower) && !isPeopleNoun(t[to]) && !ROLE_NOUNS.has(t[to].lower));
}

/**
 * Whether one to three words of an office ("candidate", "Administrator", "city manager", "national
 * chairman") at `k` come before a person's name, or before one set off by commas ("the APC national
 * chairman, Abdullahi Ganduje, congratulated …"). Lower-case words before the office's last word
 * may be its modifiers, never a verb ("The CDU thanked chairman NAME": the body is the subject).
 */
function officeBeforePerson(st: ArticleState, pi: number, t: Token[], k: number, to: number): boolean {
  const office = (w: Token): boolean => w.type === 'word' && (w.cap ? TITLES.has(w.lower) || TITLE_LIKE.test(w.text) : ROLE_NOUNS.has(w.lower) || isPeopleNoun(w));
  const modifier = (w: Token): boolean => w.type === 'word' && !w.cap && (isNounish(w) || (isModifierWord(w) && !w.lower.endsWith('s')));
  // ("managing director", "sporting director": an -ing word right before the office is its kind)
  const kind = (j: number): boolean => t[j].type === 'word' && !t[j].cap && t[j].lower.endsWith('ing') && !!t[j + 1] && office(t[j + 1]);
  // ("U.S. District Judge Alan Prescott granted …, finding", "U.S. Bankruptcy Judge NAME"): a
  // capitalised word that no name covers, right before the office or another such word, is the
  // office's own qualifier (the court or the field), as a lower-case modifier is
  const qualifier = (j: number): boolean => {
    const w = t[j];
    if (w.type !== 'word' || !w.cap || w.possessive || !/^[A-Z][a-z]+$/.test(w.text) || st.mentionAt[pi][j]) return false;
    const next = t[j + 1];
    return !!next && next.type === 'word' && (office(next) || (next.cap && !st.mentionAt[pi][j + 1] && !!t[j + 2] && office(t[j + 2])));
  };
  for (let j = k; j < Math.min(to, k + 4); j++) {
    // (the apposition closed by a comma: the person is the office's holder, not a list's first item)
    const comma = t[j].text === ',' && j > k ? 1 : 0;
    const m = st.mentionAt[pi][j + comma];
    if (m && m.from === j + comma) {
      return j > k && m.actor.kind === 'person' && office(t[j - 1]) && (!comma || closedApposition(t, m.to));
    }
    if (comma || !(office(t[j]) || modifier(t[j]) || kind(j) || qualifier(j))) return false;
  }
  return false;
}

/** Units of a stretch of time that "later" or "ago" follows: "A few minutes later", "Two days ago". */
const TIME_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'moment', 'moments']);
const TIME_AFTER = new Set(['later', 'earlier', 'ago', 'afterward', 'afterwards']);

/** Where a sentence's main clause starts: after a short opening adverbial and its comma ("Later that day, …"), after a stretch of time with or without its comma ("A few minutes later they …"), or after a dateline's dash. */
export function clauseStart(t: Token[], s: Sentence): number {
  // (a quantity of at most three words before the unit: "Minutes later", "A few hours later", "About 20 minutes later")
  for (let j = s.from; j < Math.min(s.to - 1, s.from + 4) && t[j].type === 'word'; j++) {
    if (TIME_UNITS.has(t[j].lower) && TIME_AFTER.has(t[j + 1].lower)) return t[j + 2]?.text === ',' ? j + 3 : j + 2;
  }
  for (let j = s.from; j < Math.min(s.to, s.from + 14); j++) {
    const x = t[j];
    // ("More than 300 physicians signed a letter, warning …": a quantity opens the subject, no adverbial)
    if (x.text === '—' || x.text === '–' || (x.text === ',' && ADJUNCT_START.has(t[s.from].lower) && !quantityAt(t, s.from))) return j + 1;
    if (x.type !== 'word' && x.text !== '(' && x.text !== ')' && x.text !== '.') return s.from;
  }
  return s.from;
}

/** Words that open a described subject: "The …", "Both …", "Several …", "His chief aide". */
const SUBJECT_OPENERS = new Set([...DETERMINERS, 'each', 'every', 'another', 'current', 'former', 'his', 'her', 'their', 'its']);

/**
 * The subject phrase opening a clause at `from` when no name or pronoun opens it: a determiner,
 * modifiers and a noun for people or an organisation ("The conservative publication", "Both
 * parents", "A Clinton campaign official"), ending before the verb; null otherwise.
 */
function describedSubject(st: ArticleState, pi: number, t: Token[], from: number, before: number): Np | null {
  const first = t[from];
  if (!first || first.type !== 'word' || !SUBJECT_OPENERS.has(first.lower) || st.mentionAt[pi][from]) return null;
  let head = -1;
  for (let j = from + 1; j < Math.min(before, from + 7); j++) {
    const x = t[j];
    // ("The premier's office declined to comment, saying …", "The company's lawyer argued …": an
    // unnamed owner's possessive, then the owned head, which is the phrase's)
    if (x.type === 'word' && x.possessive && !x.cap && j + 1 < before && t[j + 1].type === 'word' && !t[j + 1].cap && !t[j + 1].possessive && ownedHead(t[j + 1])) {
      head = ++j;
      continue;
    }
    if (x.type !== 'word' || x.possessive || (!x.cap && (STOP_BACKWARD.has(x.lower) || AUXILIARIES.has(x.lower) || CUE_FORMS.has(x.lower)))) break;
    // ("A guy just won the Republican nomination": an article past the opener's next word opens the verb's object)
    if (j > from + 1 && ARTICLES.has(x.lower)) break;
    const m = st.mentionAt[pi][j];
    if (m?.actor.kind === 'person') return null;
    // a name is taken whole ("The Federal Reserve held …"): not cut at a word of it
    if (m && m.to > j) {
      head = m.to - 1;
      j = m.to - 1;
      continue;
    }
    // ("A group of Maine lobstermen filed suit …, arguing": the people in the plural a collective noun
    // gathers, with their place's name and modifiers, end the phrase)
    if (x.lower === 'of' && head === j - 1 && ARTICLES.has(first.lower) && COLLECTIVES.has(t[head].lower)) {
      let k = j + 1;
      while (k < Math.min(before, j + 5) && t[k].type === 'word' && !isPeopleNoun(t[k]) && st.mentionAt[pi][k]?.actor.kind !== 'person' && (t[k].cap || isModifierWord(t[k]))) k++;
      if (k < before && isPeopleNoun(t[k]) && peopleNoun(t[k].lower) !== 'singular') {
        head = j = k;
        continue;
      }
    }
    // ("The 66-year-old laughed and said": an age names a person, as a people noun does)
    if (isPeopleNoun(x) || isNounish(x) || PUBLICATION_NOUNS.has(x.lower) || AGED.test(x.lower)) head = j;
    else if (head >= 0) {
      // ("A contested Liberal nomination race took …": a body's name modifying an event's noun opens no speaker's phrase)
      // ("A bitter Conservative leadership race": the phrase's noun is the event's, read on to)
      const named = st.mentionAt[pi][head];
      if ((named && named.to === head + 1 && named.actor.kind !== 'person' && thingModifier(t, named.from, named.to, before)) || (!x.cap && THING_NOUNS.has(x.lower) && !peopleFirst(t, from, head))) return null;
      // "Former Arkansas Gov. Mike Huckabee": a title, then the person the phrase names
      if (x.cap && (TITLE_LIKE.test(x.text) || TITLES.has(x.lower)) && st.mentionAt[pi][j + 1]?.actor.kind === 'person') return null;
      break;
    }
  }
  // "His attorney, Michael Ferrante, had asked …, arguing": the person named in apposition;
  // "A spokesperson for the department, Wisane Mavasa, confirmed …" too, past a body the head
  // belongs to (not past people: "A lawyer for the chairman, NAME," may name the chairman)
  const comma = head >= 0 ? apposedAfter(st, pi, t, head + 1, before) : -1;
  for (let j = comma + 1; comma >= 0 && j < before && t[j].text !== ','; j++) {
    const m = st.mentionAt[pi][j];
    // (past the body, the person's own phrase: the body would be the clause's first name)
    if (m?.actor.kind !== 'person') continue;
    if (comma === head + 1) return null;
    if (closedApposition(t, m.to)) return { from: m.from, to: m.to };
    break;
  }
  // "The ANC provincial secretary, Mdumiseni Ntuli, visited …": the body's office, then its holder
  if (head >= 0 && officeBeforePerson(st, pi, t, head + 1, before)) return null;
  // "A spokesman for Platte River declined …, but said": the body a people noun speaks for is
  // part of the phrase (who speaks for it is linked to it, see ./linkedSources)
  if (head >= 0 && AFFILIATION_PREPOSITIONS.has(t[head + 1]?.lower ?? '') && isPeopleNoun(t[head])) {
    const at = t[head + 2]?.lower === 'the' ? head + 3 : head + 2;
    const body = st.mentionAt[pi][at];
    if (body && body.from === at && body.to <= before && body.actor.kind !== 'person') return { from, to: body.to };
  }
  return head >= 0 ? { from, to: head + 1 } : null;
}

/** Whether a comma at `k` closes an apposition, not a list's item ("the DA federal chair, Helen Zille, and the party leader, …"). */
const closedApposition = (t: Token[], k: number): boolean => t[k]?.text === ',' && t[k + 1]?.lower !== 'and' && t[k + 1]?.lower !== 'or';

/**
 * The comma that opens an apposition to the described subject whose head ends before `k`: right
 * there, or after a short phrase of the body it belongs to ("for the department", "at the
 * ministry", "for Eskom") that ends in a body's name or noun; -1 when none.
 */
function apposedAfter(st: ArticleState, pi: number, t: Token[], k: number, before: number): number {
  if (t[k]?.text === ',') return k;
  if (!AFFILIATION_PREPOSITIONS.has(t[k]?.lower ?? '')) return -1;
  let j = k + 1;
  while (j < Math.min(before, k + 7) && (t[j].type === 'word' || (t[j].text === '-' && t[j - 1].end === t[j].start))) j++;
  const last = t[j - 1];
  const named = st.mentionAt[pi][j - 1];
  // (a capitalised name no one's: "for Hydro-Quebec" the names layer did not list)
  const body = named ? named.actor.kind === 'organization' || named.actor.kind === 'country' : last.cap || !!descriptionKinds(last.lower) || GOVERNMENT_NOUNS.has(last.lower);
  return j > k + 1 && t[j]?.text === ',' && body ? j : -1;
}

/**
 * Whether the phrase at [from, head] is people in the plural ("The nurses", "Striking teachers"), so
 * that an event's noun after it is their verb ("The nurses fight on, saying …", "Teachers vote
 * Tuesday, saying …"), not a noun they modify ("A bitter Conservative leadership race").
 */
function peopleFirst(t: Token[], from: number, head: number): boolean {
  return isPeopleNoun(t[head]) && t[head].lower.endsWith('s') && !t[head].possessive && head >= from;
}

/** Words that make a number an estimate before it: "More than 300", "Nearly 40", "At least 12". */
const ESTIMATES = new Set(['nearly', 'about', 'almost', 'around', 'over', 'some', 'roughly', 'approximately', 'upwards']);
/** Counts in the plural that take "of" before their people: "Hundreds of nurses". */
const COUNTS_OF = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'tens']);

/** Where the people counted at the start `from` of a clause begin ("More than 300 | physicians"), or `from` when no count opens it. */
function countEnd(t: Token[], from: number, before: number): number {
  let j = from;
  const w = (i: number): string => (i < before && t[i].type === 'word' ? t[i].lower : '');
  if ((w(j) === 'more' || w(j) === 'fewer' || w(j) === 'less') && w(j + 1) === 'than') j += 2;
  else if (w(j) === 'at' && w(j + 1) === 'least') j += 2;
  else if (ESTIMATES.has(w(j))) j++;
  if (j < before && /^\d[\d,]*$/.test(t[j].text)) return j + 1 < before ? j + 1 : from;
  if (j === from && COUNTS_OF.has(w(j)) && w(j + 1) === 'of') return j + 2 < before ? j + 2 : from;
  return from;
}

/**
 * "Police identified the man and said …", "Winnipeg police … and said": people in the plural (a
 * place before them) with no determiner opening the clause at `from`, a lower-case word after them.
 */
function bareGroupSubject(st: ArticleState, pi: number, t: Token[], from: number, before: number): Np | null {
  // ("More than 300 physicians from across Canada have signed …, warning", "Hundreds of nurses
  // …": the people counted, the count no part of the group's name)
  const counted = countEnd(t, from, before);
  if (counted > from) {
    const np = bareGroupSubject(st, pi, t, counted, before);
    // ("More than 4,200 people signed a petition": people counted and nothing more name no group; as before)
    return np && !t[counted].cap && t[counted].lower !== 'people' ? np : null;
  }
  const m = st.mentionAt[pi][from];
  if (m && m.actor.kind !== 'place') return null;
  let k = m ? m.to : from;
  // ("Environmental groups on Monday sued …, saying", "Local unions voted …, arguing": up to two
  // modifiers before the head, the first capitalised as the sentence's first word; bodies in the
  // plural are a group as people are; "Four people were injured, showing …" counts people, no group)
  const head = k;
  while (k < head + 2 && k + 1 < before && !st.mentionAt[pi][k] && !isGroupHead(t[k].lower) && !pluralBodies(t[k]) && !NUMBER_WORDS.has(t[k].lower) && isModifierWord(k === from ? { ...t[k], cap: false } : t[k])) k++;
  const x = t[k];
  if (!x || x.type !== 'word' || x.possessive || (x.cap && k !== from) || !(isGroupHead(x.lower) || (k > head && pluralBodies(x)))) return null;
  const next = t[k + 1];
  return k + 1 < before && next.type === 'word' && !next.cap ? { from, to: k + 1 } : null;
}

const PUBLICATION_NOUNS = new Set(['publication', 'outlet', 'website', 'site', 'blog', 'ad', 'advertisement', 'lawsuit', 'letter', 'email', 'memo', 'campaign']);
