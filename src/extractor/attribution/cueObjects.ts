/**
 * Part of stage 3 of attribution (see ./content), used by ./clauseAfterCue: objects of a cue verb
 * that are no reported content — a headline's verb of judgement and whom it judged ("Coach defends
 * keeper"), results posted, acts declared, called, conceded or threatened ("declared a state of
 * emergency", "called a strike"), services phoned, and an object pronoun alone.
 */
import { DAYS_AND_MONTHS } from '../gazetteer';
import { type Token } from '../text';
import { CUE_FORMS } from '../cues';
import { CLAUSE_BREAK, DETERMINERS, POSSESSIVE_DETERMINERS, hasAuxiliary, hasFiniteVerb, isLyAdverb, isModifierWord, isPeopleNoun, isPluralApostrophe, STOP_BACKWARD, SUBJECT_PRONOUNS, TIME_WORDS } from './words';
import { isNameWord } from '../names';
import { finiteOutside, OBJECT_PRONOUNS, verbOutsideRelatives } from './clauseBounds';
import { CURRENCY } from './clauseOpening';

/**
 * Whether the words [from, to) after an object pronoun are none but a time's or a manner's ("on
 * Monday", "last week", "strongly") up to the sentence's end; not an argument of
 * the cue ("accused him of …", "praised them for …", "called it a disgrace", "described it as …").
 */
export function bareObject(t: Token[], from: number, to: number): boolean {
  let j = from;
  while (j < to && t[j].type === 'word') {
    const w = t[j].lower;
    const time = (x: Token | undefined): boolean => !!x && (DAYS_AND_MONTHS.has(x.lower) || TIME_WORDS.has(x.lower));
    if (TIME_LEADS.has(w) && time(t[j + 1])) j += 2;
    else if (time(t[j]) || isLyAdverb(t[j])) j++;
    else return false;
  }
  return j >= to || t[j].text === '.';
}
const TIME_LEADS = new Set(['on', 'last', 'this', 'earlier', 'later', 'in']);

/** Verbs of questioning someone: "questioned the nominee", "grilled the minister", "interviewed witnesses". */
export const QUESTIONING = new Set(['question', 'interview', 'quiz', 'grill', 'interrogate', 'cross-examine']);

/**
 * Whether the object at token `k` is people or a person ("the nominee", "three witnesses", "Dr.
 * Ruiz"): a determiner or number, up to two modifiers, then a people noun; or a name alone.
 * Questioning them reports no words ("questioned the need for …" still does).
 */
export function questionedPeople(t: Token[], k: number, end: number): boolean {
  let j = k;
  if (j < end && t[j].type === 'word' && (DETERMINERS.has(t[j].lower) || /^\d+$/.test(t[j].text))) j++;
  for (let m = 0; m < 2 && j + 1 < end && isModifierWord(t[j]) && !isPeopleNoun(t[j]); m++) j++;
  if (j >= end || t[j].type !== 'word') return false;
  if (isPeopleNoun(t[j])) return true;
  // a name right after the verb, not an owner's ("questioned Donald Trump's claim", "question Sanders’ faith")
  if (j !== k || !isNameWord(t[j])) return false;
  while (j < end && t[j].type === 'word' && t[j].cap && !t[j].possessive) j++;
  return !t[j]?.possessive && !isPluralApostrophe(t, j);
}

/** Object pronouns that are never a determiner nor a clause's subject: an object alone after a cue is no content. */
export const BARE_OBJECTS = new Set(['him', 'them', 'us', 'me', 'it', 'himself', 'herself', 'themselves', 'itself']);

/**
 * A headline's verb of judgement with a noun phrase after it ("Coach defends keeper after derby
 * loss", "Council Slams Stadium Sale"): whom or what was judged, an act the headline reports, not
 * words. `lemma` is the cue's; tokens [from, to) follow the cue. A clause, a colon or a quotation
 * after it is speech. (In body text PARC-style annotation, PolNeAR's, counts "criticized the
 * decision" as an attribution, so only headlines are read this way.)
 */
export function judgedThing(t: Token[], lemma: string, from: number, to: number, strict = false): boolean {
  if (!JUDGEMENT_VERBS.has(lemma) && !HEADLINE_ACTS.has(lemma)) return false;
  for (let j = from; j < to; j++) {
    const x = t[j];
    if (x.type === 'open' || x.type === 'close' || x.type === 'ambiguous' || x.text === ':') return false;
  }
  // ("testifies against alleged boss": a form in -ed after a preposition is an adjective)
  // (and, `strict`, a word after a determiner other than "that" or after a possessive is a noun: "dismissed the minister's figures", "questioned the ruling")
  const nounAt = (j: number): boolean => !!t[j - 1] && ((DETERMINERS.has(t[j - 1].lower) && t[j - 1].lower !== 'that') || t[j - 1].possessive);
  // (the object's first word, right after the cue, is no verb of its own unless an auxiliary: "praises youngsters after cup win")
  const objectHead = (j: number): boolean => j === from && !hasAuxiliary(t, j, j + 1);
  return !finiteOutside(t, from, to, (j) => objectHead(j) || (/[^e]ed$/.test(t[j].lower) && STOP_BACKWARD.has(t[j - 1]?.lower ?? '')) || (strict && nounAt(j)), strict);
}

/** Whether "by" and a name's noun close the object at tokens [k, end), within six words: "to Rai by its local name", "to him by his nickname" (not the name quoted, "by a nickname, “Gert”", words said). */
export function namedBy(t: Token[], k: number, end: number): boolean {
  for (let j = k; j < end; j++) if (t[j].type === 'open' || t[j].type === 'ambiguous') return false;
  for (let j = k + 1; j < end && j < k + 8; j++) {
    if (t[j].lower !== 'by') continue;
    for (let n = j + 1; n < end && n <= j + 4; n++) if (NAME_NOUNS.has(t[n].lower)) return true;
    return false;
  }
  return false;
}
const NAME_NOUNS = new Set(['name', 'names', 'nickname', 'title', 'initials', 'acronym']);

/** Speech verbs of judgement, whose object is whom or what was judged. */
export const JUDGEMENT_VERBS = new Set(
  ('defend|praise|criticize|criticise|condemn|blast|slam|applaud|hail|welcome|denounce|decry|reject|dismiss|question|' +
    'attack|fault|blame|credit|thank|chide|scold|mock|ridicule|deride|belittle|disparage|tout|lament')
    .split('|'),
);

/** Speech verbs whose object in a headline is an act or a fact: "Unions threaten strike as …", "Witness testifies against ex-boss", "Regulator orders audit", "Department confirms mpox cases". */
const HEADLINE_ACTS = new Set(['threaten', 'testify', 'order', 'confirm']);

/**
 * Cue verbs whose noun-phrase object is a thing done or counted, not a message: "added a goal",
 * "reported a profit", "posted a loss", "confirmed the move", "recalled 4,000 jars", "wrote the
 * bill", "writes a newsletter" (a work authored), "mentioned the deficit", "noted the drop in crime",
 * "cited a report", "recommended a review", "acknowledged the delays", "answered our questions" (a thing named, not a message: issue 7's "a speech verb whose object is a noun
 * phrase is not reported speech"; PolNeAR's PARC-style annotation counts most of these, −0.1 of F1
 * on its development set). "Figures showed unemployment at 6 percent" is no speech verb's and stays
 * (its object and predicate a clause). (With a clause they report speech: "added that …", "wrote
 * that …", "noted police had hired 40 officers".)
 */
export const OBJECT_NOT_SPEECH = new Set(['add', 'report', 'post', 'confirm', 'recall', 'forecast', 'project', 'estimate', 'signal', 'order', 'charge', 'credit', 'pitch', 'continue', 'object', 'argue', 'write', 'mention', 'note', 'cite', 'recommend', 'acknowledge', 'answer']);

/** A company's results, as it posts or reports them. */
const FINANCIAL_RESULTS = new Set(['earnings', 'profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'sales', 'income', 'results', 'deficit', 'surplus', 'turnover', 'margins', 'ebitda']);

/** A figure a body sets and announces: "the new price of 58,000 cedis", "a fare rise of 10 per cent". */
const SET_FIGURES = new Set(['price', 'prices', 'fare', 'fares', 'tariff', 'tariffs', 'toll', 'tolls', 'fee', 'fees', 'levy', 'wage', 'wages', 'salary', 'salaries', 'rate', 'rates', 'budget']);

/**
 * "adjusted earnings of …", "a record quarterly profit", "a doubling of its quarterly net profit",
 * "a 14 per cent fall in annual profit": results (`figures`: or a figure set, SET_FIGURES) within
 * the object's first four lower-case words (a share's figure not counted; three more after "of"
 * or "in"; capitalised in a `titleCase` headline), with no clause of their own after them
 * ("earnings fell" is one).
 */
export function financialResult(t: Token[], k: number, end: number, figures = false, titleCase = false): boolean {
  let budget = 4;
  for (let j = k; j < end && budget > 0 && (t[j].type === 'word' || /^\d/.test(t[j].text) || t[j].text === '%') && (titleCase || !t[j].cap); j++) {
    if (FINANCIAL_RESULTS.has(t[j].lower) || (figures && SET_FIGURES.has(t[j].lower))) return !verbOutsideRelatives(t, j + 1, end, hasFiniteVerb, true);
    if (t[j].lower === 'of' || t[j].lower === 'in') budget += 3;
    if (!SHARE_WORDS.has(t[j].lower) && !/^\d/.test(t[j].text)) budget--;
  }
  return false;
}
/** The words of a share's figure: "14 per cent", "3.5 percent", "12%". */
const SHARE_WORDS = new Set(['per', 'cent', 'percent', '%']);

/** What a declaration makes so by being declared: "a state of emergency", "bankruptcy", "martial law", "a local disaster", a hospital's "code brown". */
const DECLARED_ACTS = new Set(['emergency', 'emergencies', 'calamity', 'bankruptcy', 'insolvency', 'law', 'independence', 'war', 'ceasefire', 'truce', 'disaster', 'holiday', 'curfew', 'quarantine', 'lockdown', 'pandemic', 'epidemic', 'outbreak', 'victory', 'dividend', 'candidacy', 'mistrial', 'code']);

/** "declared a state of emergency", "declared a local disaster on Monday": a declared act opens the object (after a determiner and up to three words, "of" among them), with no clause after it. */
export function declaredAct(t: Token[], k: number, end: number): boolean {
  let j = DETERMINERS.has(t[k].lower) ? k + 1 : k;
  for (const last = j + 4; j < end && j < last && t[j].type === 'word' && !t[j].cap; j++) {
    // ("declared a final dividend of 74 US cents a share": a payout's amount is never a clause, whatever its words)
    if (DECLARED_ACTS.has(t[j].lower)) return t[j].lower === 'dividend' || !verbOutsideRelatives(t, j + 1, end, hasFiniteVerb, true);
  }
  return false;
}

/** What is called as an act, not a name given: "called a strike", "called an election", "called a halt to …". */
const CALLED_ACTS = new Set(['strike', 'strikes', 'election', 'elections', 'vote', 'referendum', 'meeting', 'halt', 'truce', 'ceasefire', 'recess', 'inquiry', 'review', 'walkout', 'lockout', 'boycott', 'timeout', 'session', 'conference', 'summit', 'hearing', 'by-election', 'byelection', 'runoff', 'primary', 'caucus']);

/**
 * "called a strike", "called a snap general election", "called a meeting to order" (or "members to order"): "a" or "an",
 * at most three modifiers, an act (CALLED_ACTS), then the clause's end or a preposition, and no
 * clause after it ("called a second referendum unthinkable", "called her vote a mistake" name it).
 */
export function calledAct(t: Token[], k: number, end: number): boolean {
  // "called police at about 1 p.m.", "called 911 after …": a service phoned, no words (not "called
  // police racist", nor "called on police to release …", an appeal)
  const service = t[k].lower === 'the' || t[k].lower === 'an' ? k + 1 : k;
  if (service < end && CALLED_SERVICES.has(t[service].lower) && t[k - 1]?.lower.startsWith('call')) return service + 1 >= end || t[service + 1].type !== 'word' || PHONED_FOLLOWERS.has(t[service + 1].lower);
  // "called the department's tip line", "called a hotline": a line phoned, its object's head
  if (t[k - 1]?.lower.startsWith('call')) {
    for (let j = k; j < end && j <= k + 4 && t[j].type === 'word'; j++) {
      const line = PHONE_LINES.has(t[j].lower) || (t[j].lower === 'line' && PHONE_LINE_KINDS.has(t[j - 1].lower));
      // (what follows is nothing, a mark that ends the clause or a time or place: "called the long lines “unacceptable”" names them)
      if (line) return j + 1 >= end || t[j + 1].text === '.' || t[j + 1].text === ',' || PHONED_FOLLOWERS.has(t[j + 1].lower);
    }
  }
  // "called Jim Banks on Monday", "called Sen. Ode after the vote", "a group called Citizens for
  // Trump.": a person phoned or a name given, no words (not "called Banks a liar", "called Banks
  // “a coward”", nor "called Clinton, his rival, a …": what one is called follows the name)
  if (t[k - 1]?.lower.startsWith('call') && t[k].cap) {
    let j = k;
    while (j < end && j < k + NAME_REACH && t[j].type === 'word' && t[j].cap && !t[j].possessive) j++;
    // ("called Jim Banks, who said …": the one phoned speaks in the relative clause)
    if (t[j]?.text === ',' && t[j + 1]?.lower === 'who') return true;
    // ("called Banks to say he would resign": what the call told is reported; "called Banks on
    // Monday “reckless”": what he was called, in quotation marks after the adjunct)
    for (let q = j; q < end; q++) if (t[q].type === 'open' || t[q].type === 'ambiguous') return false;
    if (j >= end || t[j].text === '.' || (PHONED_FOLLOWERS.has(t[j].lower) && !(t[j].lower === 'to' && CUE_FORMS.has(t[j + 1]?.lower ?? '')))) return true;
  }
  // "would call his brother before the game", "called her lawyer on Monday": a person phoned,
  // told by whose they are, then a time or place (not "called his brother a liar", "called her
  // lawyer “useless”", nor "called their remarks about …", no person)
  if (t[k - 1]?.lower.startsWith('call') && POSSESSIVE_DETERMINERS.has(t[k].lower)) {
    let j = k + 1;
    while (j < end && j <= k + 3 && t[j].type === 'word' && !t[j].cap && !PHONED_FOLLOWERS.has(t[j].lower)) j++;
    const phoned = j > k + 1 && isPeopleNoun(t[j - 1]) && (j >= end || t[j].text === '.' || (PHONED_FOLLOWERS.has(t[j].lower) && t[j].lower !== 'to' && t[j].lower !== 'and'));
    if (phoned && !t.slice(j, end).some((x) => x.type === 'open' || x.type === 'ambiguous')) return true;
  }
  // "the children call her Grandma Rose", "everyone calls him Coach": a name given, in capitals
  // and no quotation marks, after the one it is given to (not "called him a liar", "called her “brave”")
  if (t[k - 1]?.lower.startsWith('call') && OBJECT_PRONOUNS.has(t[k].lower) && t[k + 1]?.type === 'word' && t[k + 1].cap) {
    let j = k + 1;
    while (j < end && j < k + 1 + NAME_REACH && t[j].type === 'word' && t[j].cap && !t[j].possessive) j++;
    if (j >= end || t[j].text === '.' || t[j].text === ',' || PHONED_FOLLOWERS.has(t[j].lower)) return true;
  }
  // "called members to order", "called the House to order": a sitting quieted, no words
  for (let j = k; j < end && j <= k + 3 && t[j].type === 'word'; j++) if (t[j].lower === 'to' && t[j + 1]?.lower === 'order') return true;
  if (t[k].lower !== 'a' && t[k].lower !== 'an') return false;
  for (let j = k + 1; j < end && j <= k + 4 && t[j].type === 'word' && !t[j].cap; j++) {
    if (!CALLED_ACTS.has(t[j].lower)) continue;
    const next = t[j + 1];
    if (j + 1 >= end || next.type !== 'word') return true;
    // ("called a vote on the deal premature", "a review of the policy long overdue": the object's
    // phrase may go on to what it is called; a time, a place or "to order" leave it an act)
    if (next.lower === 'to' && t[j + 2]?.lower === 'order') return true;
    return ACT_FOLLOWERS.has(next.lower) && !verbOutsideRelatives(t, j + 1, end, hasFiniteVerb, true);
  }
  return false;
}
/** What is conceded as a contest given up: "conceded defeat", "conceded the race", "conceded the nomination to …". */
const CONCEDED_CONTESTS = new Set(['defeat', 'race', 'election', 'nomination', 'primary', 'contest', 'seat', 'leadership', 'title', 'match', 'game', 'runoff', 'point']);

/**
 * "would charge landowners an extra $300 a year", "charges a $5 fee": a price asked (an amount of
 * money or a figure set, SET_FIGURES, in the object's first ten tokens, before "that", "with" or
 * a comma), no accusation ("charged that the fee was illegal" still reports one).
 */
export function pricedObject(t: Token[], k: number, end: number): boolean {
  for (let j = k; j < end && j - k < 10; j++) {
    const w = t[j];
    if (w.lower === 'that' || w.lower === 'with' || w.text === ',') return false;
    if (CURRENCY.has(w.text) || SET_FIGURES.has(w.lower)) return true;
  }
  return false;
}

/**
 * "conceded defeat Wednesday", "conceded the race to her rival", "conceded the governorship race",
 * "conceded the Democratic nomination": a contest (CONCEDED_CONTESTS) alone or after "the", "her",
 * "his", "their" and at most CONTEST_MODIFIERS words that modify it, as the object, then no clause.
 */
export function concededContest(t: Token[], k: number, end: number): boolean {
  let j = t[k].lower === 'the' || t[k].lower === 'her' || t[k].lower === 'his' || t[k].lower === 'their' ? k + 1 : k;
  for (const last = Math.min(end - 1, j + CONTEST_MODIFIERS); j < last && !CONCEDED_CONTESTS.has(t[j].lower) && contestModifier(t[j]); j++);
  return j < end && CONCEDED_CONTESTS.has(t[j].lower) && !verbOutsideRelatives(t, j + 1, end, hasFiniteVerb, true);
}
/** How many words may modify a conceded contest: "the | Republican gubernatorial | race". */
const CONTEST_MODIFIERS = 3;
/** A word that may modify a contest's noun: a plain word or a party's or a place's name, no verb, mark or possessive ("governorship", "Democratic", "Iowa"). */
const contestModifier = (x: Token): boolean => x.type === 'word' && !x.possessive && !STOP_BACKWARD.has(x.lower) && !DETERMINERS.has(x.lower) && !CUE_FORMS.has(x.lower) && !/(?:ed|ing)$/.test(x.lower);

/** Services one phones: "called police", "called 911", "called an ambulance". */
/** Heads of what is phoned: "called the tip line", "called a hotline". */
const PHONE_LINES = new Set(['hotline', 'helpline', 'tipline', 'tip-line', 'switchboard']);
/** Words before "line" that make it a line phoned: "the tip line", "a crisis line". */
const PHONE_LINE_KINDS = new Set(['tip', 'phone', 'help', 'crisis', 'hot', 'telephone']);
const CALLED_SERVICES = new Set(['police', '911', '999', '112', '311', 'paramedics', 'ambulance', 'firefighters', 'authorities', 'security']);
/** Words after a service phoned that tell when, where or why ("called police at 1 p.m.", "… after spotting …", "… for help"). */
const PHONED_FOLLOWERS = new Set(['at', 'after', 'before', 'when', 'and', 'for', 'to', 'about', 'from', 'on', 'in', 'around', 'shortly', 'just', 'immediately', 'but', 'because', 'as']);
/** How many capitalised words a person phoned may take: "Sen. Mary Ann Ode". */
const NAME_REACH = 5;
/** Words after an act called that tell its time or place, leaving it an act ("for Monday", "at the plant", "in March"). */
const ACT_FOLLOWERS = new Set(['for', 'at', 'in', 'after', 'before', 'next', 'this', 'last', 'until', 'amid']);

/**
 * "declared the quarry a protected site", "declared himself a candidate": an object and what the
 * declaration makes it (a noun phrase after "a"/"an", no verb): a status conferred, no words reported.
 */
export function declaredStatus(t: Token[], k: number, end: number): boolean {
  let j = k;
  if (DETERMINERS.has(t[j].lower) && t[j].lower !== 'that') {
    j++;
    while (j < end && j - k <= 4 && isModifierWord(t[j]) && !STATUS_ARTICLES.has(t[j].lower)) j++;
  } else if (OBJECT_PRONOUNS.has(t[j].lower)) j++;
  else return false;
  return j > k + (OBJECT_PRONOUNS.has(t[k].lower) ? 0 : 1) && STATUS_ARTICLES.has(t[j]?.lower ?? '') && !hasFiniteVerb(t, j + 1, end);
}
const STATUS_ARTICLES = new Set(['a', 'an']);

/**
 * "threatened a nationwide strike after the price doubled", "threatens a walkout": an act
 * threatened (a determiner's noun phrase) with no verb before the clause or adjunct
 * that ends it ("after …", ", …", "that …"); "threatened the union would walk out" reports words.
 */
export function threatenedAct(t: Token[], k: number, end: number): boolean {
  const first = t[k];
  // (a bare noun is as often a thing endangered, "threatens national security", which PolNeAR counts)
  if (!DETERMINERS.has(first.lower) || first.lower === 'that') return false;
  let stop = k + 1;
  while (stop < end && t[stop].text !== ',' && !(t[stop].type === 'word' && (CLAUSE_BREAK.has(t[stop].lower) || t[stop].lower === 'that' || t[stop].lower === 'until'))) stop++;
  return !hasFiniteVerb(t, k + 1, stop, true);
}

/** Whether tokens [from, to) hold "to" before a lower-case word that is no determiner: an infinitive ("to pipe down"). */
export function infinitiveIn(t: Token[], from: number, to: number): boolean {
  for (let j = from; j + 1 < to; j++) if (t[j].lower === 'to' && t[j + 1].type === 'word' && !t[j + 1].cap && !DETERMINERS.has(t[j + 1].lower)) return true;
  return false;
}

/**
 * "adding salt to the wound", "added insult to injury", "added Ann Lee to the slate": a thing put
 * with another, the object then "to", no words (not "added it was time to go", "added that …":
 * a clause before the "to"). `k`: the object's first token after the cue; `end`: the clause's end.
 */
export function addedTo(t: Token[], k: number, end: number): boolean {
  for (let j = k; j < end && j <= k + 5; j++) {
    const x = t[j];
    if (x.type !== 'word') return false;
    // (a word that takes "to" before it makes a clause: "adding people need to be patient")
    if (x.lower === 'to') return j > k && !SUBJECT_PRONOUNS.has(t[k].lower) && t[k].lower !== 'that' && !TAKES_TO.has(t[j - 1].lower) && !hasFiniteVerb(t, k, j, true) && !hasAuxiliary(t, k, j);
  }
  return false;
}
/** Verbs and adjectives an infinitive's "to" follows: "need to", "want to", "likely to", "going to". */
const TAKES_TO = new Set(
  ('need needs want wants have has had plan plans going able unable likely unlikely expected hope hopes continue continues used ought seem seems ' +
    'appear appears intend intends refuse refuses agree agrees decide decides begin begins start starts due willing ready supposed forced allowed ' +
    'required wish wishes prefer prefers deserve deserves fail fails try tries tend tends afford affords').split(' '),
);
