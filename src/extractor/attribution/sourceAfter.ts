/**
 * Part of stage 4 of attribution (see ./source): the source phrase after its cue, in inverted order
 * ("…,” said plant operator Jun Takeda", "said a spokeswoman, Henrietta Lund", "added his
 * neighbour") or after "according to".
 */
import { servicesJoined } from '../runJoins';
import { CUE_FORMS, cueVerbForm, DOCUMENT_NOUNS } from '../cues';
import { CITIES, countryBySurface, DAYS_AND_MONTHS, isRegionName } from '../gazetteer';
import { descriptionKinds, orgKindsOfName } from '../lexicon/organisations';
import { genderOfFirstName } from '../gender';
import { peopleNoun } from '../lexicon/people';
import { chineseNameAt } from '../chineseNames';
import { isNameWord } from '../names';
import { RANK_CLASSES, webDomainAt } from '../nameRuns';
import { FIELD_WORDS } from '../officeFields';
import { monthAsName, NAME_PARTICLES, retiredMarkEnd } from '../nameWords';
import { titleAt } from '../runTitles';
import type { Token } from '../text';
import type { Np } from './state';
import { parentOfCount } from './describedPerson';
import { nameGivenAs, nameGivenBefore } from './appositive';
import { listedField } from '../portfolioTitles';
import { ADJUNCT_START, affiliationEnd, AGED, agentShaped, baseFormBeforeBody, baseFormBeforeRole, ING_PREPOSITIONS, INSTITUTION_NOUNS, DETERMINERS, isModifierWord, isNounish, isPeopleNoun, isPluralApostrophe, ONE_OF, STOP_BACKWARD } from './words';

/** Pronouns (and "reporters") that are a whole phrase after a cue or "according to". */
const ONE_WORD_SOURCES = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'him', 'her', 'them', 'us', 'me', 'reporters']);

/** Words that stand alone for one of the people an article speaks of: "said one", "said another". */
const LONE_SHARES = new Set(['one', 'another']);

/** Lower-case modifiers a people noun may follow after "her": "her former student", "her longtime friend". */
const MAX_HER_MODIFIERS = 2;

/** Whether a people noun stands at token `from` (before `to`), or after at most MAX_HER_MODIFIERS lower-case modifiers. */
function peopleNounAhead(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + MAX_HER_MODIFIERS + 1); k++) {
    if (isPeopleNoun(t[k])) return true;
    if (!isModifierWord(t[k]) && !AGED.test(t[k].lower)) return false;
  }
  return false;
}

/** The most tokens the phrase after an inverted cue is read over, bar a long name's end (see nameRunEnd). */
const PHRASE_TOKENS = 10;
/** The most tokens a name cut by PHRASE_TOKENS reads on to. */
const LONG_NAME_TOKENS = 16;
/** Words that join a body's capitalised name words ("the University of Alberta's Faculty of Law"). */
const NAME_JOINERS = new Set(['of', 'the']);

/**
 * The end of the phrase from `start` that the length cap cut at `b`: on over capitalised name words,
 * and "of" or "the" between them, up to LONG_NAME_TOKENS; then back over the joiners it ends on.
 */
function nameRunEnd(t: Token[], start: number, b: number, to: number): number {
  let e = b;
  while (e < to && e - start < LONG_NAME_TOKENS && t[e].type === 'word' && (t[e].cap ? isNameWord(t[e]) : NAME_JOINERS.has(t[e].lower) && t[e - 1].type === 'word')) e++;
  while (e - 1 > start && NAME_JOINERS.has(t[e - 1].lower)) e--;
  return e;
}

/** The end of a name opened by a surname's lower-case particles at `start` ("van der Berg"), its capitalised words after them; -1 where none is. */
function particledName(t: Token[], start: number, to: number): number {
  let b = start;
  while (b < to && b - start < 3 && t[b].type === 'word' && !t[b].cap && NAME_PARTICLES.has(t[b].lower)) b++;
  if (b === start) return -1;
  let e = b;
  while (e < to && t[e].type === 'word' && t[e].cap && isNameWord(t[e])) e++;
  return e > b ? e : -1;
}

/** Words for a numbered seat that an office is held for ("Ward 5", "District 3"). */
const SEAT_WORDS = new Set(['ward', 'district', 'precinct', 'division', 'riding']);
/** Words a public body's unit is named by before its number ("Region 8", "Battalion 4", "Station 12"). */
const NUMBERED_UNITS = new Set(['region', 'battalion', 'station', 'zone']);

/**
 * The noun phrase starting at token `start` (before `to`): the subject of an inverted cue or the
 * source after "according to"; two named phrases joined by "and" that close the sentence are one
 * (`joinedOnce`: the second of them is being read).
 */
export function npForward(t: Token[], start: number, to: number, joinedOnce = false): Np | null {
  const first = t[start];
  if (!first || first.type !== 'word') return null;
  // "said Ward 5 Coun. NAME", "according to District 3 Supervisor NAME": the numbered seat before
  // an office is no source, the office's holder is (as before the cue)
  if (first.cap && SEAT_WORDS.has(first.lower) && /^\d+$/.test(t[start + 1]?.text ?? '') && titleAt(t, start + 2, to) > 0) return npForward(t, start + 2, to, joinedOnce);
  // ("said FEMA Region 8 Administrator NAME", "said Battalion 4 Chief NAME": a body's numbered unit,
  // maybe after the body's name, before an office is no source either)
  for (let i = start; i < to && i - start < 3 && t[i].type === 'word' && t[i].cap; i++) {
    if (NUMBERED_UNITS.has(t[i].lower) && /^\d+$/.test(t[i + 1]?.text ?? '') && titleAt(t, i + 2, to) > 0) return npForward(t, i + 2, to, joinedOnce);
  }
  // "said her lawyer, …", "recalled her former student NAME": "her" as a possessive before a
  // people noun (past a modifier or two), not the pronoun
  const possessiveHer = first.lower === 'her' && peopleNounAhead(t, start + 1, to);
  // ("said Me Paul Roy": Quebec's title of a lawyer before a name, no pronoun)
  const lawyersTitle = first.text === 'Me' && titleAt(t, start, to) > 0;
  // ("said He Lifeng": a Chinese family name, see ../chineseNames)
  if (!possessiveHer && !lawyersTitle && ONE_WORD_SOURCES.has(first.lower) && !chineseNameAt(t, start, to)) return { from: start, to: start + 1 };
  // "“…,” said one.", "said another, who asked …": one of people the article speaks of, no noun
  // after the word (a sentence's end, a comma, or a time after it: "said another on Tuesday")
  if (LONE_SHARES.has(first.lower) && (start + 1 >= to || t[start + 1].type !== 'word' || (ADJUNCT_START.has(t[start + 1].lower) && t[start + 1].lower !== 'of'))) return { from: start, to: start + 1 };
  // "said van der Berg", "said de la Fontaine": a surname's lower-case particles open a name
  const name = particledName(t, start, to);
  if (name > start) return { from: start, to: name };
  let b = start;
  if (DETERMINERS.has(first.lower) && first.lower !== 'that') b++;
  // "said one of them, NAME", "said one of the nurses": the share and its "of"
  if (SHARE_OPENERS.has(first.lower) && t[start + 1]?.lower === 'of' && start + 2 < to && t[start + 2].type === 'word') {
    b = start + 3;
    if (OF_PRONOUNS.has(t[start + 2].lower)) return nameInApposition(t, b, to) ?? { from: start, to: b };
    if (!DETERMINERS.has(t[start + 2].lower)) b--;
  }
  // "said the company's spokesman, NAME": a lower-case possessive after the determiner
  let head = b;
  if (b > start && t[b]?.type === 'word' && t[b].possessive && !t[b].cap) head = ++b;
  // ("said the credit union's chief, NAME": the body's noun after a verb's base form that names its kind)
  else if (b > start && baseFormBeforeBody(t, b) && t[b + 1].possessive) head = b += 2;
  // "said Energy, Mines and Resources Minister NAME": a portfolio's fields listed before its office
  if (b === start && first.cap && t[start + 1]?.text === ',' && listedField(t, start + 2)) b = start + 2;
  while (b < to && (t[b].type === 'word' || isPluralApostrophe(t, b) || (b > start && webDomainAt(t, b, to)) || (b > start && t[b - 1].cap && retiredMarkEnd(t, b) > 0)) && b - start < PHRASE_TOKENS) {
    const w = t[b];
    // "said Lac du Bonnet Fire Chief NAME", "said Ana de la Cruz": a name's lower-case particles between its capitalised words
    const particled = !w.cap && b > start && t[b - 1].cap && NAME_PARTICLES.has(w.lower) ? particledName(t, b, to) : -1;
    if (particled > b) {
      b = particled;
      continue;
    }
    // "said Maj. (Ret.) Jane Doe": a retired officer's mark between the rank and the name
    if (w.text === '(') {
      b = retiredMarkEnd(t, b);
      continue;
    }
    // "said Rentals.ca spokesperson NAME": a web address's dot and domain are part of the name
    if (w.text === '.') {
      b += 2;
      continue;
    }
    // "said teachers' union leader NAME"
    if (w.type !== 'word') {
      b++;
      continue;
    }
    if (w.lower === 'of' && b + 1 < to && isNameWord(t[b + 1])) {
      b++;
      continue;
    }
    // ("said 1st Sgt. Ana Ruiz": a rank's ordinal in figures before the rank opens it)
    if (b === start && RANK_CLASSES.has(w.text)) {
      const rank = titleAt(t, b, to);
      if (rank > 1) {
        b += rank;
        continue;
      }
    }
    // "said Petty Officer 2nd Class NAME": a rank's class in figures is part of the rank
    if (RANK_CLASSES.has(w.text) && t[b + 1]?.text === 'Class' && b > start && t[b - 1].cap) {
      b += 2;
      continue;
    }
    // a body's name goes on over "for" and "of the" between capitalised words ("the Office for
    // National Statistics", "the Office of the Traffic Commissioner")
    if ((w.lower === 'for' || w.lower === 'of') && b > start && t[b - 1].cap) {
      const k = t[b + 1]?.lower === 'the' ? b + 2 : b + 1;
      if (k < to && t[k].cap && isNameWord(t[k])) {
        b = k;
        continue;
      }
    }
    // "said Halifax Regional Fire and Emergency Chief Ken Stuebing": a body named by two services goes on over its "and"
    if (w.lower === 'and' && b > start && t[b - 1].cap && servicesJoined(t, b)) {
      b++;
      continue;
    }
    // "said president and CEO Jane Roe", "said festival president and chair Rick Van Horne": two
    // offices joined by "and" before their one holder's name
    const joinedHolder = w.lower === 'and' && b > head && !t[b - 1].cap ? holderAfterSecondOffice(t, b, to) : -1;
    if (joinedHolder > 0) {
      b = joinedHolder;
      continue;
    }
    // a capitalised function word inside the phrase is a name ("said Will Dane", "said Hope Ortiz")
    // "said state Rep. NAME": a verb form that modifies the role after it is no function word
    // ("said the defending champion": a cue's -ing form right before a people noun modifies it)
    // ("said label president NAME", "said the label's brand manager, NAME": a verb's base form that
    // opens the phrase, before a role's noun, is a noun; with no determiner, only before a name)
    if (!w.cap && b === head && baseFormBeforeRole(t, b, b === start)) {
      b++;
      continue;
    }
    // ("said the credit union on Monday": before a body's noun after the determiner, the noun heads the phrase)
    // (after a name that modifies it too: "according to a Washington think tank")
    if (!w.cap && (b === head || t[b - 1].cap) && b > start && baseFormBeforeBody(t, b)) {
      head = ++b;
      continue;
    }
    // ("…, said a report released Monday", "said a warrant unsealed in court": a document's noun that
    // is a verb's form too heads the phrase after its determiner, the phrase's end or a participle
    // after it; the participle that puts it out and what follows, to the comma, are the phrase's,
    // as "according to" reads them (not "one research firm", "a campaign aide", "a report in the Register")
    const after = t[b + 1];
    if (!w.cap && b === head && b > start && DOCUMENT_NOUNS.has(w.lower) && (!after || after.type !== 'word' || (!after.cap && /ed$/.test(after.lower)))) {
      const put = PUT_OUT.has(t[b + 1]?.lower ?? '') ? phraseUntilComma(t, b + 1, to) : null;
      b = put && put.to - start <= PHRASE_TOKENS ? put.to : b + 1;
      break;
    }
    // ("said (senior) warning coordination meteorologist NAME": a gerund among a role's words before its holder's name)
    const modifier = !w.cap && ((isNounish(w) && !!t[b + 1]?.cap && t[b + 1].type === 'word') || (b === head && b > start && participleBefore(w, t[b + 1], isPeopleNoun)) || ((b === head || (b === head + 1 && isModifierWord(t[head]))) && w.lower.endsWith('ing') && nameAfterRole(t, b, to) > b));
    // ("said fire chief NAME": a verb that needs its particle is a noun without it)
    const functionWord = (w.cap ? b === start && t[start - 1]?.type !== 'word' : true) && (STOP_BACKWARD.has(w.lower) || (cueVerbForm(w.lower, t[b + 1]?.lower ?? '') && !modifier) || ADJUNCT_START.has(w.lower));
    // (a month that is a given name before a name word opens the name: "said Jan Egeland", "said Dr. April Ryan")
    // ("said the teacher whose class Mayor Ann Lee visited": a relative clause ends the phrase)
    if (functionWord || w.lower === 'whose' || (DAYS_AND_MONTHS.has(w.lower) && !monthAsName(t, b, to, false))) break;
    // "added his neighbour, NAME", "said the port's chief engineer, NAME": lower-case words after
    // the determiner (or a possessive) that end in a people noun head the phrase
    // (an age heads it too: "said the 24-year-old", "said the 24-year-old winger")
    // (with no determiner when a trade's -ing word follows: "said veteran mining analyst NAME")
    if (!w.cap && b === head && (b > start || (isPeopleNoun(w) && b + 1 < to && participleBefore(t[b + 1], t[b + 2], isPeopleNoun)))) {
      const end = roleNounEnd(t, b, to, (x) => isPeopleNoun(x) || AGED.test(x.lower));
      if (end > b) {
        b = end;
        continue;
      }
      // "…,” said one freight forwarder.", "said a wholesaler, who …": a noun shaped as an agent's,
      // which the lists lack, after "a" or "one", where the phrase ends with it
      const agent = ONE_OF.has(first.lower) ? roleNounEnd(t, b, to, agentShaped) : b;
      if (agent > b && agentPhraseEnds(t[agent])) {
        b = agent;
        break;
      }
    }
    // "said regional carrier Northwind Air": the noun of a body's trade before its name
    if (!w.cap && descriptionKinds(w.lower) && isNameWord(t[b + 1])) {
      b++;
      continue;
    }
    // "said another Twitter user, NAME", "said a Boston nurse": a people noun after the name that
    // modifies it heads the phrase (the name tells where the person is, and does not speak)
    if (!w.cap && b > head && t[b - 1].cap && isPeopleNoun(w)) {
      b = roleNounEnd(t, b, to);
      continue;
    }
    // "…,” said the museum.", "said the museum in a statement": an institution's noun alone after the determiner
    if (b === head && b > start && INSTITUTION_NOUNS.has(w.lower) && (t[b + 1]?.type !== 'word' || STOP_BACKWARD.has(t[b + 1].lower))) {
      b++;
      break;
    }
    // ("…,” said the coalition.", "said the regional alliance on Monday": a body's noun, the lists'
    // or not, that ends the phrase after its determiner and modifiers)
    if (!w.cap && b > start && first.lower === 'the' && !isNounish(w) && !isPeopleNoun(w) && descriptionKinds(w.lower) && (t[b + 1]?.type !== 'word' || STOP_BACKWARD.has(t[b + 1].lower))) {
      b++;
      break;
    }
    // ("said plaintiffs' attorney NAME", "said claimants' lawyer NAME": a plural people noun's
    // possessive with no determiner modifies the role after it, as a nounish word's does)
    if (!w.cap && isPeopleNoun(w) && isPluralApostrophe(t, b + 1)) {
      b++;
      continue;
    }
    if (!w.cap && !isNounish(w)) {
      // "said Tuvalu's climate minister, Maina Talia": lower-case modifiers of a people noun after a
      // name's possessive, the name in apposition after them
      const role = t[b - 1].possessive && t[b - 1].cap ? roleNounEnd(t, b, to) : b;
      if (role > b && t[role]?.text === ',') {
        b = role;
        break;
      }
      // "said plant operator Jun Takeda", "adds volunteer Nora Quist": lower-case role words before a name
      const name = nameAfterRole(t, b, to);
      // ("said superintendent of planning NAME", "said supervisor of elections NAME": a people noun
      // the modifier lists lack heads the phrase before its "of" or "for", read on below)
      if (name < 0 && b === head && isPeopleNoun(w) && (t[b + 1]?.lower === 'of' || t[b + 1]?.lower === 'for')) b++;
      if (name < 0) break;
      b = name + 1;
      continue;
    }
    b++;
    if (w.possessive && w.cap) continue;
  }
  // "said Dr. Ann Bell of the University of Alberta's Faculty of Law": a name the phrase's length
  // cut short reads on over its capitalised words (and "of" or "the" between them), a few more at
  // most, and ends on a name word, never on the "of" the cut left it at
  if (b - start >= PHRASE_TOKENS && b > head && t[b - 1].type === 'word') b = nameRunEnd(t, start, b, to);
  // "said the Smiths Falls, Ont., native": a town, its province or state between commas, then the
  // people noun they modify
  const townNoun = b > head && t[b - 1].cap ? townStateBefore(t, b, to) : -1;
  if (townNoun > 0) b = roleNounEnd(t, townNoun, to);
  if (b <= start || (b === head && b > start)) return null;
  // "said the mother of three": a parent told by the count of children (see ./describedPerson)
  if (b + 2 <= to && parentOfCount(t, b - 1)) return { from: start, to: b + 2 };
  // "said a spokeswoman for Kestrel Energy", "according to an analyst at the bank": the post-modifier
  let peopleHead = -1;
  if (isPeopleNoun(t[b - 1]) && ['for', 'of', 'at', 'with', 'from'].includes(t[b]?.lower ?? '')) {
    peopleHead = b - 1;
    let j = b + 1;
    if (t[j] && DETERMINERS.has(t[j].lower)) j++;
    const named = j;
    // "the Department of Water": "of" inside a name
    while (j < to && j - b < 8 && t[j].type === 'word' && (t[j].cap || (isNounish(t[j]) && !CUE_FORMS.has(t[j].lower)) || (t[j].lower === 'of' && j > named && t[j - 1].cap && !!t[j + 1]?.cap))) j++;
    if (j > named && t[j - 1].type === 'word' && (t[j - 1].cap || isNounish(t[j - 1]))) b = j;
    // "said director of operations Kim Patel", "said chief of police Dr. Ann Roy": an office's
    // field in lower case after "of", then its holder's name (see officeFieldHolder)
    else if (j === named && t[b].lower === 'of') b = fieldHolderEnd(t, j, to, b);
    // "said the association's vice-president of government relations, Todd Ruiz", "said the
    // director of public affairs, Ann Lee": a field in lower-case words after "of" or "for", then
    // the holder's name in apposition
    if (t[b]?.text !== ',') b = loweredFieldEnd(t, peopleHead + 1, to, b);
  }
  // "said a spokeswoman, Henrietta Lund.", "said a spokeswoman for the Department of Water, Grace Ng.": the name in apposition speaks
  if (isPeopleNoun(t[b - 1]) || (peopleHead >= 0 && isPeopleNoun(t[peopleHead]))) {
    const named = nameInApposition(t, b, to);
    if (named) return named;
  }
  // "…,” said a resident who asked to be identified only as Maria.", "said one tenant, who gave her
  // name only as Luz": the name the relative clause gives is the speaker's
  if (isPeopleNoun(t[b - 1])) {
    const given = nameGivenAfter(t, b, to);
    if (given) return given;
  }
  // "…,” said Const. Ann Roy and Sgt. Bill Ode.": two named people who close the sentence speak together
  if (!joinedOnce && t[b]?.lower === 'and' && t[start].cap && t[b + 1]?.cap) {
    const second = npForward(t, b + 1, to, true);
    const after = second ? t[second.to] : undefined;
    if (second && t[second.from].cap && (!after || (after.type === 'punct' && after.text !== '-') || (after.type === 'word' && ADJUNCT_START.has(after.lower)))) return { from: start, to: second.to };
  }
  return { from: start, to: b };
}

/** Words that may follow an unlisted agent's noun at the end of its phrase: "said a wholesaler, who …", "said one broker in Halifax". */
// ("said one supplier to the firm", "said a forwarder close to the talks", "said one wholesaler based in Laval")
const AFTER_AGENT = new Set(['who', 'whose', 'in', 'at', 'from', 'with', 'for', 'on', 'near', 'outside', 'to', 'of', 'close', 'familiar', 'based', 'involved']);

/** Whether token `x` ends an agent's phrase: punctuation, the sentence's end, or a relative or placing word (not "said a further 200"). */
function agentPhraseEnds(x: Token | undefined): boolean {
  return !x || x.type !== 'word' || AFTER_AGENT.has(x.lower);
}

/** Verbs that open a relative clause giving its head's name ("who gave …", "who identified herself …", "who asked to be identified …"). */
const NAME_GIVING = new Set(['gave', 'gives', 'identified', 'identifies', 'asked', 'asks']);

/**
 * The name a relative clause right after a people noun gives its head ("who gave her name only as
 * Luz", "who identified himself as Dave", "who asked to be identified only as Maria"), the clause
 * opening at token `b` (or at the comma before "who"); null when none does. Reads at most twelve tokens.
 */
function nameGivenAfter(t: Token[], b: number, to: number): Np | null {
  const who = t[b]?.text === ',' ? b + 1 : b;
  // (the clause's own verb gives or asks for the name: not "a lawyer who represented a man identified as Dave")
  if (t[who]?.lower !== 'who' || !NAME_GIVING.has(t[who + 1]?.lower ?? '')) return null;
  for (let a = who + 2; a < to && a - who <= 9; a++) {
    // ("who gave only her first name, Rosa": the name after the comma that follows "name")
    const comma = t[a].text === ',';
    if (t[a].type !== 'word' && !comma) return null;
    if (t[a].lower !== 'as' && !comma) continue;
    let end = a + 1;
    while (end < to && end - a <= 3 && t[end].type === 'word' && t[end].cap && isNameWord(t[end])) end++;
    if (end === a + 1) return null;
    return (comma ? nameGivenBefore(t, end, who) : nameGivenAs(t, end, who)) === a + 1 ? { from: a + 1, to: end } : null;
  }
  return null;
}

/** The most lower-case words of an office's field before its holder's name in apposition. */
const MAX_LOWERED_FIELD = 3;

/** Whether `name` is a country's, a US state's or province's, or a listed city's ("Nova Scotia", "New York"). */
const placeName = (name: string): boolean => countryBySurface.has(name.toLowerCase()) || isRegionName(name) || CITIES.has(name.toLowerCase());

/**
 * Where an office's field in lower-case words after "of" or "for" at `prep` ends ("of | government
 * relations | , Todd Ruiz", "for | research and development | , Ann Lee", "of the | board | , Ann
 * Roe"), when a comma and a name in apposition follow it; `fallback` otherwise.
 */
function loweredFieldEnd(t: Token[], prep: number, to: number, fallback: number): number {
  if (t[prep]?.lower !== 'of' && t[prep]?.lower !== 'for') return fallback;
  // ("said the chair of the board, Ann Roe", "the founder of the company, NAME": a body by its noun, with its article)
  const first = t[prep + 1]?.lower === 'the' ? prep + 2 : prep + 1;
  let k = first;
  const field = (w: Token | undefined): boolean => !!w && w.type === 'word' && !w.cap && !w.possessive && !DETERMINERS.has(w.lower) && !STOP_BACKWARD.has(w.lower) && !CUE_FORMS.has(w.lower);
  while (k < to && k - first < MAX_LOWERED_FIELD && (field(t[k]) || (t[k].lower === 'and' && k > first && field(t[k + 1])))) k++;
  if (k === first || t[k]?.text !== ',') return fallback;
  // (a body's name after the comma is where the office is, no holder: "the head of public works, Halifax Regional Municipality")
  const named = nameInApposition(t, k, to);
  const text = named ? t.slice(named.from, named.to).map((w) => w.text).join(' ') : '';
  // (after "of the NOUN", a place in apposition is what the noun names, no holder: "said the mayor of
  // the city, Halifax", "the president of the country, Ukraine"; a holder there has a full name)
  if (named && first > prep + 1 && (named.to - named.from < 2 || placeName(text))) return fallback;
  return named && orgKindsOfName(text).length === 0 ? k : fallback;
}

/**
 * Where the holder's name ends after an office's field in lower case that opens at `j` (one or two
 * words, no determiner, no verb of speech), a title of address and the name ("operations | Kim
 * Patel", "public health | Dr. Omar Roy"); `fallback` when no name follows the field.
 */
function fieldHolderEnd(t: Token[], j: number, to: number, fallback: number): number {
  let k = j;
  // (a verb's -ing form the lists know as an office's field is the field: "director of planning NAME")
  while (k < to && k - j < 2 && t[k].type === 'word' && !t[k].cap && !t[k].possessive && !DETERMINERS.has(t[k].lower) && !STOP_BACKWARD.has(t[k].lower) && (!CUE_FORMS.has(t[k].lower) || FIELD_WORDS.has(t[k].lower))) k++;
  if (k === j) return fallback;
  if (k + 1 < to && /^(?:Dr|Prof|Rev)\.?$/.test(t[k].text)) k += t[k + 1].text === '.' ? 2 : 1;
  const name = k;
  while (k < to && k - name < 4 && t[k].type === 'word' && t[k].cap && isNameWord(t[k])) k++;
  return k - name >= 2 ? k : fallback;
}

/**
 * Where lower-case words from `b` that end in a head end: up to four modifiers, possessive nouns
 * and heads ("neighbour", "chief engineer", "port's director"; `isHead` a people noun unless
 * given); `b` when none.
 */
export function roleNounEnd(t: Token[], b: number, to: number, isHead: (w: Token) => boolean = isPeopleNoun): number {
  let end = b;
  for (let j = b; j < Math.min(to, b + 5); j++) {
    const w = t[j];
    if (w.type !== 'word' || w.cap) break;
    if (isHead(w)) end = j + 1;
    else if (!w.possessive && !isModifierWord(w) && !participleBefore(w, t[j + 1], isHead)) break;
  }
  return end;
}

/** Whether word `w` is an -ing or -ed form right before a head, which it modifies: "defending champion", "retired teacher". */
function participleBefore(w: Token, next: Token | undefined, isHead: (w: Token) => boolean): boolean {
  return !w.cap && /(?:ing|ed)$/.test(w.lower) && !!next && next.type === 'word' && !next.cap && isHead(next);
}

/** The ending of a singular noun for one who does something: "mediator", "organizer", "curator", "pharmacist", "librarian", "consultant". */
const AGENT_NOUN = /[a-z]{3}(?:tor|sor|ter|ner|ist|ian|ant|ent)$/;

/** Words that open a share of people before "of": "one of them", "some of the nurses". */
const SHARE_OPENERS = new Set(['one', 'some', 'many', 'most', 'two', 'three', 'several', 'each', 'both', 'all']);
/** Pronouns after "one of": the phrase ends there. */
const OF_PRONOUNS = new Set(['them', 'us', 'those', 'these']);

/**
 * ", Henrietta Lund." after a phrase that ends before token `b`: the name in apposition, maybe
 * after a lower-case role (", economist Maria Lund."), when nothing but a comma or a stop follows
 * it, or the body the person works at (", Dr. Mike Flannigan of Thompson Rivers University.");
 * else null.
 */
function nameInApposition(t: Token[], b: number, to: number): Np | null {
  if (t[b]?.text !== ',') return null;
  const from = isNameWord(t[b + 1]) ? b + 1 : nameAfterRole(t, b + 1, to);
  if (from < 0 || !isNameWord(t[from])) return null;
  let j = from;
  while (j < to && isNameWord(t[j])) j++;
  const name = j;
  if (j > from + 1) j = Math.max(j, affiliationEnd(t, j, to));
  return j >= to || t[j].text === ',' || (t[j].type === 'punct' && /[.;!?]/.test(t[j].text)) ? { from, to: name } : null;
}

/**
 * Where the name starts after "and" (token `and`), a people noun before it, and a second office
 * (a title, "CEO", or lower-case role words: "chief executive", "chair"); -1 otherwise.
 */
function holderAfterSecondOffice(t: Token[], and: number, to: number): number {
  // (offices in the plural are several people's: "said the nurses and doctors Ann Lee and Bo Lind")
  if (!isPeopleNoun(t[and - 1]) || peopleNoun(t[and - 1].lower) === 'plural') return -1;
  const title = titleAt(t, and + 1, to);
  // (a title in Title Case after "the OFFICE and" is another person's: "said the mayor and Premier
  // Doug Ford" are two; "said the president and CEO Jane Roe", "said president and Premier …" one)
  if (title > 0 && t[and - 2]?.lower === 'the' && /^\p{Lu}\p{Ll}/u.test(t[and + 1].text)) return -1;
  const name = title > 0 ? and + 1 + title : nameAfterRole(t, and + 1, to);
  return name > and + 1 && isNameWord(t[name]) && isNameWord(t[name + 1]) ? name : -1;
}

/** Where a name starts after up to three lower-case words with a people noun among them ("plant operator | Jun Takeda", "professor emerita | Joan Whitaker"), or -1. */
function nameAfterRole(t: Token[], b: number, to: number): number {
  // the people noun may stand before: "professor | emerita Joan Whitaker"
  let people = b > 0 && isPeopleNoun(t[b - 1]);
  for (let j = b; j < Math.min(to, b + 5); j++) {
    const w = t[j];
    // any capitalised word: a month can open a name ("Jun Takeda", "April Mellody"); "professor emerita Joan Whitaker"
    if (people && w.type === 'word' && w.cap) return j;
    // ("said Halifax candle maker Tessa Morin", "said Regina bus driver Ken Ubah": a trade's noun and its agent noun before a given name and a surname)
    if (w.type === 'word' && !w.cap && tradeBeforeName(t, j)) return j + 2;
    // ("said warning coordination meteorologist Dana Whitfield": a gerund modifies the role's nouns after it)
    // (not a preposition in -ing: "said the family, including sister Jane Roe" is the family's)
    // ("said teacher and coach Ann Lee": a second office after "and", see holderAfterSecondOffice)
    if (people && w.lower === 'and') return holderAfterSecondOffice(t, j, to);
    const gerund = /[a-z]{2}ing$/.test(w.lower) && !ING_PREPOSITIONS.has(w.lower) && isModifierWord(t[j + 1]);
    // ("said registered nurse Lupe Ortiz", "said licensed electrician Bo Lind": a participle in -ed before the role's noun is its kind)
    if (w.type !== 'word' || w.cap || !(isModifierWord(w) || isPeopleNoun(w) || gerund || (w.lower.endsWith('ed') && participleBefore(w, t[j + 1], isPeopleNoun)))) return -1;
    // ("said mediator Ann Lee", "said organizer Bo Lind": an agent noun the lists lack, by its ending, right before a given name and a surname)
    people ||= isPeopleNoun(w) || (AGENT_NOUN.test(w.lower) && t[j + 1]?.cap === true && !!genderOfFirstName(t[j + 1].text) && isNameWord(t[j + 2]));
  }
  return -1;
}

/** Whether word `j` and an agent noun after it ("candle maker", "bus driver", "shop owner") stand right before a given name and a surname. */
function tradeBeforeName(t: Token[], j: number): boolean {
  const agent = t[j + 1];
  const given = t[j + 2];
  // (no preposition before the agent noun: "including sister Jane Roe" names no trade)
  return !ING_PREPOSITIONS.has(t[j].lower) && !ADJUNCT_START.has(t[j].lower) && !!agent && agent.type === 'word' && !agent.cap && TRADE_AGENT.test(agent.lower) && !!given?.cap && !!genderOfFirstName(given.text) && isNameWord(t[j + 3]);
}
const TRADE_AGENT = /[a-z]{2}(?:er|or|ist|ian)$/;

/** "according to a recent poll of Indiana voters," — the whole phrase up to its comma. */
export function phraseUntilComma(t: Token[], start: number, to: number): Np | null {
  let b = start;
  while (b < to && b - start < 25 && t[b].text !== ',' && !(t[b].type === 'punct' && /[.;!?]/.test(t[b].text))) b++;
  return b > start ? { from: start, to: b } : null;
}

/** Participles that say who put out a document: "figures released by", "a poll conducted for … by". */
const PUT_OUT = new Set(['released', 'published', 'compiled', 'issued', 'conducted', 'obtained', 'provided', 'gathered', 'collected', 'posted', 'reported', 'made', 'public', 'shared', 'filed', 'prepared', 'commissioned', 'produced', 'analysed', 'analyzed', 'signed', 'written', 'sent', 'authored', 'drafted']);
/**
 * Words of time and manner between a document and its author: "released Thursday by", "published
 * last week by", "made public by" (not words.ts's TIME_WORDS, the times a cue's clause may open with).
 */
const BEFORE_AUTHOR = new Set(['on', 'last', 'this', 'earlier', 'late', 'week', 'month', 'year', 'today', 'yesterday', 'recently', 'jointly', 'publicly']);

/**
 * "according to figures released Thursday by Alberta Health Services", "a report from the
 * Fraser Institute": a document phrase whose author follows "by" or "from". The author speaks
 * for the document; the whole phrase stays the mention, as annotations of attribution mark it.
 * `start` is the phrase's first token; null when the phrase names no document and its author.
 */
export function documentAuthor(t: Token[], start: number, to: number): { phrase: Np; author: Np } | null {
  let j = start;
  // a determiner, then up to three modifiers before the document noun: "the latest provincial figures"
  if (t[j] && DETERMINERS.has(t[j].lower)) j++;
  let head = -1;
  for (const last = j + 4; j < to && j < last && t[j].type === 'word'; j++) {
    const w = t[j].lower;
    if (DOCUMENT_NOUNS.has(w) || (w.endsWith('s') && DOCUMENT_NOUNS.has(w.slice(0, -1)))) {
      head = j;
      break;
    }
    if (t[j].cap || !(isModifierWord(t[j]) || /^[\d,.]+$/.test(w))) return null;
  }
  if (head < 0) return null;
  for (j = head + 1; j < to && j - head <= 5; j++) {
    const w = t[j];
    if (w.type !== 'word') return null;
    if (w.lower === 'by' || w.lower === 'from') break;
    if (!PUT_OUT.has(w.lower) && !BEFORE_AUTHOR.has(w.lower) && !DAYS_AND_MONTHS.has(w.lower)) return null;
  }
  if (t[j]?.lower !== 'by' && t[j]?.lower !== 'from') return null;
  // "by the state police": a phrase npForward stops in ("state" is also a verb) runs to its comma
  const author = npForward(t, j + 1, to) ?? phraseUntilComma(t, j + 1, to);
  if (!author) return null;
  // "a letter obtained by the Tribune", "emails obtained by this newspaper", "records reviewed by
  // the group": who got or read a document wrote none of it (./seenDocument)
  if (t[j].lower === 'by' && OBTAINED.has(t[j - 1].lower)) return null;
  return { phrase: { from: start, to: author.to }, author };
}

/** Participles of getting or reading a document, whose agent after "by" is not its author. */
const OBTAINED = new Set(['obtained', 'seen', 'reviewed', 'viewed', 'examined', 'acquired', 'read']);

/** Whether the words [from, to) name a newsroom ("Reuters", "the Tribune", "CBC News"). */
export function namesNewsroom(t: Token[], from: number, to: number): boolean {
  let name = '';
  let part = '';
  let partNewsroom = false;
  for (let i = from; i < to; i++) {
    // ("The Globe and Mail", "The Post and Courier": a paper named by two papers' words joined by "and", its first part's head before "and")
    if (t[i].lower === 'and' && part !== '') {
      partNewsroom ||= orgKindsOfName(part).includes('media');
      part = '';
    }
    if (t[i].cap) {
      name += `${t[i].text} `;
      part += `${t[i].text} `;
    }
  }
  return name !== '' && (orgKindsOfName(name).includes('media') || (partNewsroom && part !== '' && orgKindsOfName(part).length === 0));
}

/**
 * The people noun of ", STATE, people-noun" opening at the comma `k` after a town's name ("Smiths
 * Falls, Ont., native", "Tulsa, Okla., resident"; the state one capitalised word), or -1.
 */
export function townStateBefore(t: Token[], k: number, to: number): number {
  if (k + 3 >= to || t[k].text !== ',' || t[k + 1].type !== 'word' || !t[k + 1].cap) return -1;
  // (the state's abbreviation may keep its full stop apart: "Ont", ".")
  const comma = t[k + 2].text === '.' ? k + 3 : k + 2;
  return comma + 1 < to && t[comma].text === ',' && t[comma + 1].type === 'word' && isPeopleNoun(t[comma + 1]) ? comma + 1 : -1;
}
