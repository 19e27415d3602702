/**
 * Word classes and small token tests that several attribution stages share. Stage-specific
 * lists live with their stage.
 */
import { CUE_FORMS, cueVerbForm, DOCUMENT_NOUNS, INFINITIVE_CUES, particleCueForm, VERB_FILLERS, type CueInfo } from '../cues';
import { peopleNoun, ROYAL_NOUNS } from '../lexicon/people';
import { descriptionKinds } from '../lexicon/organisations';
import { GROUP_NOUNS, PARTY_WORDS, ROLE_NOUNS } from '../gazetteer';
import { isNameWord, isPartyLabel } from '../nameWords';
import { titleAt } from '../runTitles';
import { baseLower, type Sentence, type Token } from '../text';

/** Words that open a noun phrase: articles, possessives, demonstratives, quantifiers. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'that', 'some', 'many',
  'several', 'two', 'three', 'other', 'another', 'one', 'both', 'most', 'all', 'few',
]);
/** Function words a subject phrase never reaches back over. */
export const STOP_BACKWARD = new Set(
  ('in|at|on|to|from|with|by|for|about|after|before|during|over|under|into|than|as|like|since|until|whenever|wherever|' +
    'while|when|because|if|whether|and|or|but|that|which|who|whom|is|are|was|were|be|been|has|have|had|' +
    'not|also|said|says|told|would|will|could|than|so|then|where|what|how|why|although|though|whereas|yet|per|via|' +
    'against|among|amid|between|through|even|meanwhile|now|still|instead|indeed|however|moreover')
    .split('|'),
);
/** Words that open an adjunct (time, place, manner) rather than a reported clause. */
export const ADJUNCT_START = new Set(
  ('in|at|on|to|during|after|before|from|with|for|as|while|when|last|this|next|earlier|later|since|' +
    'ahead|outside|inside|near|today|yesterday|tonight|recently|then|afterward|afterwards|shortly|again|by|' +
    'repeatedly|via|through|over|under|late|early|once|about|of|up|out|back|down|off|so|too|more|much|' +
    'nothing|little|within|amid')
    .split('|'),
);
/** Pronouns that refer to one person. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);
/** Pronouns in subject position. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Relative pronouns that open an aside: ", who …,". */
export const RELATIVE_PRONOUNS = new Set(['who', 'which']);
const PARENTHETICAL_ADVERBS = new Set(['however', 'though', 'too', 'meanwhile', 'instead', 'also', 'moreover', 'nevertheless', 'nonetheless', 'meantime', 'likewise', 'indeed', 'then']);
/** Whether tokens [a, end) are an aside between commas that says nothing of the subject: ", however,", ", for example,". */
export function isParenthetical(t: Token[], a: number, end: number): boolean {
  if (end - a === 3) return PARENTHETICAL_PHRASES.has(`${t[a].lower} ${t[a + 1].lower} ${t[a + 2].lower}`);
  return end - a === 1 ? PARENTHETICAL_ADVERBS.has(t[a].lower) : end - a === 2 && PARENTHETICAL_PHRASES.has(`${t[a].lower} ${t[a + 1].lower}`);
}
/** Asides of two or three words between commas: ", for example,", ", for their part,". */
const PARENTHETICAL_PHRASES = new Set(['for example', 'for instance', 'in turn', 'in fact', 'of course', 'in particular', 'at least', 'in contrast',
  'for their part', 'for its part', 'for his part', 'for her part', 'for our part']);
/** Modal verbs: a phrase holding one is a clause, not a role or a name. */
export const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'shall']);
/** Auxiliary verbs, also as a pronoun's clitic ("’ve", split by the tokenizer): a phrase holding one is a clause, not a role. */
export const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'will', 'would', 'does', 'did', '’ve', "'ve", '’d', "'d", '’ll', "'ll", '’re', "'re"]);
/** Small numbers in words. */
/** An age as a description's modifier or head: "the 52-year-old (driver)". */
export const AGED = /^\d{1,3}-year-old$/;

export const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** Words for one or some of a group: "one of them", "some of those", "“…,” one said". */
export const MEMBER_WORDS = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'each', 'another', 'none']);
/** Determiners that open a phrase for a person or whom one speaks to: "his wife", "a neighbour", "the committee". */
export const PERSON_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their']);
/** Prepositions that tie a person to a body: "a professor at Yale", "a spokeswoman for the city", "Ann Lee of Acme". */
export const AFFILIATION_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from']);
/** Possessive determiners: "her deputy", "their lawyer". */
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our']);
/** One member of a party, in capitals: "a Republican", "an Iowa Democrat", "a Tory". */
export const PARTY_MEMBERS = new Set(['republican', 'democrat', 'independent', 'libertarian', 'conservative', 'liberal', 'tory', 'socialist', 'progressive', 'green']);
/** What makes a noun phrase one thing or person not named before: "a spokesman", "one official", "another source". */
/** The articles: "the", "a", "an". */
export const ARTICLES = new Set(['the', 'a', 'an']);
export const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
/** Time words that stand between a cue and its subject or content: "said Tuesday", "told reporters yesterday". */
export const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'earlier', 'later', 'afterwards', 'afterward', 'recently']);
/** Words that open a new clause: a cue's content search stops there. */
export const CLAUSE_BREAK = new Set(['as', 'while', 'when', 'because', 'since', 'although', 'though', 'after', 'before', 'if', 'but', 'and', 'which', 'who', 'where', 'so', 'whose']);
/** Nouns for a country's government: "the Chinese government" speaks for China. */
export const GOVERNMENT_NOUNS = new Set(['government', 'regime', 'administration', 'cabinet', 'authorities', 'leadership', 'state']);
/** Gatherings that can speak through a statement: "the summit said". */
export const EVENT_NOUNS = new Set(['summit', 'meeting', 'conference', 'talks', 'forum', 'gathering', 'session', 'dialogue', 'convention', 'rally']);

/** Lower-case words in -ly that are nouns (or adjectives used as nouns), not adverbs: "the family say", "the elderly fear". */
const LY_NOUNS = new Set([
  'family', 'ally', 'assembly', 'rally', 'monopoly', 'supply', 'bully', 'anomaly', 'reply', 'elderly',
  'daily', 'weekly', 'monthly', 'quarterly', 'homily', 'belly', 'fly', 'lily', 'folly', 'melee', 'panoply',
  'oligopoly', 'italy', 'july',
]);

/** A lower-case adverb in -ly that may stand between a subject and its verb ("quickly said"); not "family" or "ally". */
export function isLyAdverb(x: Token): boolean {
  return x.type === 'word' && !x.cap && x.lower.length > 3 && x.lower.endsWith('ly') && !LY_NOUNS.has(x.lower);
}

/** Title words that make a capitalised phrase a role: "Secretary of State", "Spokeswoman". */
export const TITLE_LIKE = /^(?:Secretary|Minister|President|Director|Chairman|Spokes\w*|Chief|Head|Dean|Professor|Ambassador|Adviser|Advisor|Analyst|Senator|Governor|Mayor|MP|MEP|MSP|MLA|MPP)\b/;

/** A word that can head or modify a role, group or body: "spokesman", "officials", "ministry", "senior". */
export function isNounish(t: Token): boolean {
  return ROLE_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower) || GOVERNMENT_NOUNS.has(t.lower) || EVENT_NOUNS.has(t.lower) || MODIFIERS.has(t.lower);
}

const MODIFIERS = new Set(
  ('senior|junior|top|former|deputy|principal|chief|national|security|foreign|defense|defence|policy|press|' +
    'campaign|state|federal|local|military|intelligence|administration|government|white|house|trilateral|' +
    'regional|global|international|economic|political|public|health|finance|trade|energy|justice|' +
    'interior|homeland|executive|general|special|assistant|associate|vice|acting|interim|unnamed|' +
    'anonymous|other|some|many|several|two|three|four|five|ministry|department|election|party|republican|' +
    'democratic|conservative|liberal|independent|leading|prominent|veteran|longtime|new|current|outgoing|' +
    'incoming|retired|communications|legal|research|news|media|polling')
    .split('|'),
);


/** "Gov. Pat McCrory (R) blamed": steps back over a short parenthesis before a verb. */
export function skipParenthetical(t: Token[], k: number, from: number): number {
  // "experts, however, said"
  if (t[k]?.text === ',' && k - 2 >= from && t[k - 2].text === ',' && isParenthetical(t, k - 1, k)) return k - 3;
  // "Brian Murphy, the county chairman, for example, said": an aside of two words, and a
  // parenthesis before it ("Rep. Bob Goodlatte (R-Va.), for example, asked")
  if (t[k]?.text === ',' && k - 3 >= from && t[k - 3].text === ',' && isParenthetical(t, k - 2, k)) return skipParenthesis(t, k - 4, from);
  // "Packers, for their part, say": an aside of three words
  if (t[k]?.text === ',' && k - 4 >= from && t[k - 4].text === ',' && isParenthetical(t, k - 3, k)) return k - 5;
  // "Kevin Marsh, R-Ohio, said": a party label (one token) between commas; of a place in two
  // words, "Teresa Ocampo, D-Las Cruces, said"
  if (t[k]?.text === ',') {
    if (k - 2 > from && t[k - 2].text === ',' && isPartyLabel(t[k - 1].text)) return k - 3;
    return k - 3 > from && t[k - 3].text === ',' && isPartyLabel(t[k - 2].text) && t[k - 1].type === 'word' && t[k - 1].cap ? k - 4 : k;
  }
  return skipParenthesis(t, k, from);
}

/** The token before a short parenthesis that ends at token `k`; `k` when none does. */
function skipParenthesis(t: Token[], k: number, from: number): number {
  if (t[k]?.text !== ')') return k;
  for (let j = k - 1; j >= from && k - j <= 8; j--) if (t[j].text === '(') return j - 1;
  return k;
}

/**
 * Whether the quotation opening at token `open` closes on a comma with a reporting clause after it
 * ("pledged to “promote …,” the Orlando Sentinel reported", "…,'' as she put it"): its words are
 * that clause's quote.
 */
function attributedAfter(t: Token[], open: number): boolean {
  for (let j = open + 1; j < t.length && j - open < 120; j++) {
    if (t[j].type !== 'close' && t[j].type !== 'ambiguous') continue;
    if (t[j - 1].text !== ',' && t[j + 1]?.text !== ',') return false;
    for (let k = j + 1; k < t.length && k - j <= 6; k++) {
      const cue = t[k].type === 'word' && !t[k].cap ? CUE_FORMS.get(t[k].lower) : undefined;
      // (or "as she put it")
      if ((cue && (cue.form === 'ed' || cue.form === 's')) || (t[k].lower === 'put' && t[k + 1]?.lower === 'it')) return true;
    }
    return false;
  }
  return false;
}

/** "to" and a verb after a cue that takes an infinitive: "vowed to rebuild …". */
export function infinitiveAt(t: Token[], i: number, info: CueInfo): boolean {
  // (the infinitive of a verb of speech may open a quoted fragment: pledged to “follow the science”;
  // not of an attitude, "wants to “take America backward”" inside someone else's reported speech)
  const mark = info.cls !== 'attitude' && (t[i + 1]?.type === 'open' || t[i + 1]?.type === 'ambiguous') && !attributedAfter(t, i + 1);
  const verb = t[i + (mark ? 2 : 1)];
  return INFINITIVE_CUES.has(info.lemma) && t[i]?.lower === 'to' && !!verb && verb.type === 'word' && !verb.cap && !DETERMINERS.has(verb.lower);
}

/** Words that open an adverbial clause or phrase before the main clause: "Since …, she has …". */
const OPENING_ADVERBIALS = new Set([
  'since', 'after', 'before', 'when', 'while', 'as', 'although', 'though', 'because', 'if', 'despite',
  'following', 'during', 'in', 'on', 'at', 'with', 'without', 'unlike', 'like', 'once', 'until', 'amid',
]);

/**
 * "Since Clinton's op-ed in May, she has tacked left, criticizing …": where a sentence opens with
 * an adverbial clause, the token after its comma (within 30 tokens of the start, before `before`);
 * otherwise the sentence start. Names in that clause are not the subject a participle shares.
 */
export function openingClauseEnd(t: Token[], s: Sentence, before: number): number {
  const first = t[s.from]?.lower ?? '';
  // "Preceded at the lectern by Joe Arpaio, …, Trump launched into …": a passive participle's agent is no subject either
  const participle = first.endsWith('ed') && !OPENING_ADVERBIALS.has(first);
  // ("Rallying nurses who are struggling to get by, Ana Ruiz vowed …": an active participle and its
  // object, in lower case, open the sentence; not a name, "Sterling Bank, which …, said")
  const active = first.length >= 6 && first.endsWith('ing') && t[s.from + 1]?.type === 'word' && !t[s.from + 1].cap;
  if (!participle && !active && !OPENING_ADVERBIALS.has(first)) return s.from;
  let agent = false;
  for (let j = s.from + 1; j < Math.min(before, s.from + 30); j++) {
    if (t[j].type === 'open' || t[j].type === 'ambiguous' || t[j].type === 'close') return s.from;
    if (t[j].text === ',') return j + 1 < before && (agent || !participle) ? j + 1 : s.from;
    if (t[j].lower === 'by') agent = true;
  }
  return s.from;
}

/** Words after the comma closing a "citing …" aside that carry the aside on, no clause of the cue's ("…, citing the report, which found …"). */
const ASIDE_GOES_ON = new Set(['which', 'who', 'whom', 'whose', 'where', 'and', 'but', 'or', 'as', 'while', 'because', 'though', 'although', 'after', 'before', 'since', 'when', 'in', 'on', 'for', 'from', 'of', 'to', 'with', 'by', 'at']);

/**
 * Whether the words from token `from` (after a "citing …" aside's comma) to `to` are a clause of
 * their own, the cue's before the aside: no word that carries the aside on, and a finite verb
 * ("the company is weighing a sale"; not "unemployment and growing inequality", a list).
 */
export function citedClauseAfter(t: Token[], from: number, to: number): boolean {
  const first = t[from];
  return !!first && first.type === 'word' && !ASIDE_GOES_ON.has(first.lower) && (SUBJECT_PRONOUNS.has(first.lower) || hasFiniteVerb(t, from, to, true));
}

/**
 * The comma closing an aside of "citing" or "quoting" whose words start at token `from` (at most
 * ten words, nothing but words: "citing two sources,", "quoting an official,"), or -1.
 */
export function citingAsideClose(t: Token[], from: number, to: number): number {
  for (let j = from; j < to && j - from < 10; j++) {
    if (t[j].text === ',') return j > from ? j : -1;
    // ("said, quoting the mayor: “We will rebuild.”": a colon closes the aside before the quotation it introduces)
    if (t[j].text === ':') return j > from && (t[j + 1]?.type === 'open' || t[j + 1]?.type === 'ambiguous') ? j : -1;
    if (t[j].type !== 'word') return -1;
  }
  return -1;
}

/** A country's missions abroad, which speak for it as its foreign ministry does ("China's embassy in Ottawa", "Canada's mission to the UN"). */
export const MISSIONS = new Set(['embassy', 'consulate', 'mission']);

/** Subjects that are people though no name or role: "Not everyone finds …", "That person said …". */
export const PEOPLE_WORDS = new Set(
  ('people|officials|observers|experts|many|others|some|percent|majority|half|third|respondents|most|' +
    'critics|polls|campaign|company|group|committee|party|agency|department|ministry|police|court|judge|' +
    'authorities|spokesman|spokeswoman|everyone|everybody|nobody|someone|somebody|anyone|few|both|each|' +
    'none|all|person|man|woman|guy|source|sources|friends|aides|allies|' +
    // organisations named by what they are, and people by their relation to someone
    'airline|firm|network|newspaper|paper|magazine|station|union|board|council|commission|hospital|' +
    'school|university|team|office|embassy|consulate|mission|watchdog|regulator|bank|store|club|church|friend|spouse|wife|husband|son|' +
    'daughter|mother|father|brother|sister|relative|neighbor|neighbour|family|families|lawyer|attorney|' +
    'doctor|teacher|witness|witnesses')
    .split('|'),
);

/** A noun for people or a body of them: "lawmakers", "spokesman", "families"; "environmentalists", "Iowans" by their ending. */
export function isPeopleNoun(x: Token): boolean {
  return !x.cap && isPeopleNounWord(x.lower);
}

/** A singular noun in the shape of one who does something: "processor", "teller", "cashier", "florist", "librarian", "attendant". */
const AGENT_SHAPE = /^[a-z]{3,}(?:er|or|ier|ist|ian|ant)$/;
/** Nouns of buildings, machines, times and printed things shaped as an agent's ("A shelter in Halifax", "a further 200"): no person. */
const THING_SHAPED = new Set(['shelter', 'center', 'theater', 'quarter', 'corner', 'border', 'harbor', 'tower', 'chamber', 'computer', 'printer', 'scanner', 'poster', 'banner', 'flyer', 'sticker', 'container', 'trailer', 'tractor', 'elevator', 'generator', 'reactor', 'transformer', 'charger', 'heater', 'meter', 'server', 'router', 'sensor', 'detector', 'calculator', 'indicator', 'recorder', 'register', 'newspaper', 'paper', 'newsletter', 'filter', 'thermometer', 'cluster', 'disaster', 'order', 'matter', 'number', 'water', 'later', 'further', 'earlier', 'summer', 'winter', 'another', 'either', 'neither', 'other', 'rather', 'together', 'whether', 'under', 'over', 'after', 'river', 'letter', 'chapter', 'dollar', 'factor', 'sector', 'error', 'superior', 'interior', 'exterior', 'prior', 'answer', 'layer', 'power', 'tiger', 'cancer', 'dinner', 'manner', 'barrier', 'frontier',
  // craft and vehicles, trackers and papers, weather and measures ("said a tanker in the area", "according to a flight tracker", "said a flier on the door")
  'tanker', 'freighter', 'trawler', 'steamer', 'liner', 'cruiser', 'destroyer', 'bomber', 'helicopter', 'tracker', 'ticker', 'flier', 'ledger', 'folder', 'binder', 'voucher', 'warrant', 'checklist', 'playlist', 'tremor', 'twister', 'thunder', 'shower', 'semester', 'trimester', 'kilometer', 'centimeter', 'millimeter', 'liter', 'character', 'weather', 'cylinder', 'trigger',
  // adjectives of that shape ("said a former", "a latter")
  'former', 'latter', 'upper', 'lower', 'inner', 'outer', 'proper', 'tender', 'bitter', 'clever', 'eager', 'sober']);
/** Determiners that introduce one person not named: "a", "an", "one". */
export const ONE_OF = new Set(['a', 'an', 'one']);

/**
 * A lower-case singular noun shaped as an agent's ("freight forwarder", "bookkeeper", "wholesaler",
 * "florist") that no list names as a thing, a document or a body: after "a", "an" or "one" it is a
 * person the lists lack (the callers ask for that determiner).
 */
export function agentShaped(x: Token | undefined): boolean {
  return !!x && x.type === 'word' && !x.cap && !x.possessive && AGENT_SHAPE.test(x.lower) && !THING_SHAPED.has(x.lower) && !DOCUMENT_NOUNS.has(x.lower) && !descriptionKinds(x.lower);
}

/** An unnamed person called by the asking they do ("one questioner", "an interviewer"), whom the answer's pronoun never means. */
export const QUESTIONERS = /\b(?:questioner|interviewer|asker)$/i;

/** A people noun's hyphenated compound over "in", "at" or "of" ("editor-in-chief"), its noun first. */
const COMPOUND_PERSON = /^([a-z]+)-(?:in|at|of)-[a-z]+$/;

/** `isPeopleNoun` of a word in lower case, whatever its capital: "Auditors hired by …" opening a sentence. */
export function isPeopleNounWord(lower: string): boolean {
  // ("editor-in-chief", "commander-in-chief", "attorney-at-law", "sister-in-law": a people noun's compound)
  const compound = COMPOUND_PERSON.exec(lower);
  if (compound) return isPeopleNounWord(compound[1]);
  return peopleNoun(lower) !== null || ROYAL_NOUNS.has(lower) || GROUP_NOUNS.has(lower) || ROLE_NOUNS.has(lower) || PEOPLE_WORDS.has(lower) || /(?:ists|ians|ans|ents|ors|ers|ives)$/.test(lower);
}

/** A lower-case word that can modify a noun before it: not a verb form we know, a function word or an adverb. */
export function isModifierWord(x: Token | undefined): boolean {
  return (
    !!x &&
    x.type === 'word' &&
    !x.cap &&
    !STOP_BACKWARD.has(x.lower) &&
    // ("fire chief", "point guard": a verb that needs its particle is a noun without it)
    (!CUE_FORMS.has(x.lower) || particleCueForm(x.lower)) &&
    !VERB_FILLERS.has(x.lower) &&
    !ADJUNCT_START.has(x.lower) &&
    !DETERMINERS.has(x.lower) &&
    !/(?:ly|ed|ing)$/.test(x.lower)
  );
}

/** A party's members named by its label in the plural: "Democrats", "Republicans", "Liberals", "Tories". */
export function isPartyGroup(x: Token | undefined): boolean {
  if (!x || x.type !== 'word' || !x.cap || !x.lower.endsWith('s')) return false;
  return PARTY_WORDS.has(x.lower) || PARTY_WORDS.has(x.lower.slice(0, -1)) || PARTY_PLURALS.has(x.lower);
}
/** Members of parties named in the plural whose label the party words lack. */
const PARTY_PLURALS = new Set(['tories', 'greens', 'communists', 'nationalists', 'progressives', 'centrists']);

/**
 * Whether token `k` is the apostrophe of a plural possessive ("the pilots' union": pilots | ' |
 * union), written right after a lower-case plural, or after a capitalised one inside a name
 * ("the Teachers’ Federation") or before a person's noun ("the Leafs’ coach", "the Raptors’ GM";
 * not a closing mark before other words, "‘Go Leafs’ and …").
 */
export function isPluralApostrophe(t: Token[], k: number): boolean {
  const x = t[k];
  const w = t[k - 1];
  return (
    !!x &&
    !!w &&
    (x.text === "'" || x.text === '’') &&
    x.type !== 'word' &&
    w.type === 'word' &&
    (!w.cap || !!t[k + 1]?.cap || (!!t[k + 1] && (ROLE_NOUNS.has(t[k + 1].lower) || peopleNoun(t[k + 1].lower) !== null))) &&
    w.lower.length > 3 &&
    w.lower.endsWith('s') &&
    w.end === x.start &&
    t[k + 1]?.type === 'word' &&
    t[k + 1].start > x.end
  );
}

/** How many words tokens [from, to) hold. */
export function wordsIn(t: Token[], from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (t[j].type === 'word') n++;
  return n;
}

/** Finite verbs and auxiliaries that mark a clause: "the plan failed", "the company lost". */
const FINITE = new Set(
  ('is|are|was|were|am|be|has|have|had|will|would|can|could|shall|should|may|might|must|do|does|did|won|lost|made|took|gave|went|came|got|saw|knew|' +
    'thought|felt|kept|left|met|paid|ran|sent|spent|stood|began|became|brought|bought|built|caught|chose|fell|fought|found|grew|held|heard|led|meant|' +
    'rose|sold|stole|struck|taught|understood|isn’t|wasn’t|aren’t|weren’t|doesn’t|didn’t|hasn’t|haven’t|hadn’t|won’t|wouldn’t|can’t|couldn’t|shouldn’t|' +
    "isn't|wasn't|aren't|weren't|doesn't|didn't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|shouldn't")
    .split('|'),
);

/** Whether `prev` makes the base form after it a noun: "the plan", "an automation plan" (not "they plan", "officials plan"). */
function nounBefore(prev: Token | undefined): boolean {
  if (!prev || prev.type !== 'word') return false;
  // (a sentence's first word too: "The plan, according to …")
  if (DETERMINERS.has(prev.lower)) return true;
  if (prev.cap) return false;
  return !SUBJECT_PRONOUNS.has(prev.lower) && !PLURAL_PRONOUNS.has(prev.lower) && !prev.lower.endsWith('s') && !STOP_BACKWARD.has(prev.lower) && !isLyAdverb(prev) && !MODALS.has(prev.lower);
}
const PLURAL_PRONOUNS = new Set(['you', 'who', 'i', 'we', 'they']);

/**
 * Whether tokens [from, to) hold a finite verb: an auxiliary, a past form, or (unless `strict`) a
 * verb in -s after its noun.
 */
export function hasFiniteVerb(t: Token[], from: number, to: number, strict = false): boolean {
  for (let j = from; j < to; j++) {
    const x = t[j];
    // (a possessive, "the agency's chief", is no verb in -s; "it's" is)
    if (x.type !== 'word' || x.cap || (x.possessive && !SUBJECT_PRONOUNS.has(baseLower(x)))) continue;
    const prev = t[j - 1];
    if (FINITE.has(x.lower)) return true;
    const cue = CUE_FORMS.get(x.lower);
    // ("fire chief": a verb that needs its particle is a noun without it)
    if (cue && !(cue.form === 'base' && nounBefore(prev)) && cueVerbForm(x.lower, t[j + 1]?.lower ?? '')) return true;
    if (/[’']s$/.test(x.text) && SUBJECT_PRONOUNS.has(baseLower(x))) return true;
    // (an irregular past is one as "-ed" is, "Acme laid off 200 workers"; one spelled as its base only
    // after a name or a pronoun and before its object, "Acme cut 200 jobs", "it cut its season")
    const inflected = (x.lower.length > 3 && (strict ? /[^e]ed$/ : /[^e]ed$|[^s]s$/).test(x.lower)) || (!strict && IRREGULAR_PAST_FORMS.has(x.lower)) || sameFormPast(t, j);
    // (a count before it is its noun's, "14 injured"; a name's number is the name, "Local 1044 voted")
    // (nor is a count's noun after its multiplier: "1.2 billion pesos", "two million tonnes")
    if (inflected && prev?.type === 'word' && !DETERMINERS.has(prev.lower) && !ADJUNCT_START.has(prev.lower) && (!/^\d/.test(prev.text) || numberedName(t, j - 1)) && prev.lower !== 'of' && !MULTIPLIERS.has(prev.lower)) return true;
  }
  return false;
}

/** Irregular past forms no base form shares (as "-ed" forms, participles too: "workers laid off"). */
const IRREGULAR_PAST_FORMS = new Set(['laid', 'fled', 'wrote', 'drove', 'broke', 'threw', 'sat', 'sought', 'dealt', 'lent', 'flew', 'froze', 'rode', 'wore', 'tore', 'shook', 'withdrew', 'swore', 'hid']);
/** Verbs whose past is spelled as the base ("cut", "set"). */
const SAME_FORM_PASTS = new Set(['cut', 'hit', 'put', 'set', 'shut', 'let', 'quit', 'spread', 'cost', 'hurt', 'cast']);
/** Whether token `j` is a verb of SAME_FORM_PASTS used finitely: after a capitalised name or a subject pronoun, before a count, a determiner or a particle ("Acme cut 200 jobs", "it shut its doors"). */
function sameFormPast(t: Token[], j: number): boolean {
  const prev = t[j - 1];
  const next = t[j + 1];
  if (!SAME_FORM_PASTS.has(t[j].lower) || !prev || !next || prev.type !== 'word' || !(prev.cap || SUBJECT_PRONOUNS.has(prev.lower))) return false;
  return /^[\d$]/.test(next.text) || (next.type === 'word' && (DETERMINERS.has(next.lower) || POSSESSIVE_DETERMINERS.has(next.lower) || PAST_PARTICLES.has(next.lower)));
}
const PAST_PARTICLES = new Set(['off', 'back', 'down', 'out', 'up']);

/** Words that multiply a count, after which a noun in -s is the count's: "1.2 billion pesos". */
const MULTIPLIERS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'hundreds', 'thousands', 'millions', 'billions']);

/** Whether the number at token `n` ends a name ("Local 1044", "Plant 7"): a capitalised word, no month, before it. */
function numberedName(t: Token[], n: number): boolean {
  const before = t[n - 1];
  return !!before && before.type === 'word' && before.cap && /^\d{1,5}$/.test(t[n].text) && !MONTHS.has(before.lower);
}
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Whether tokens [from, to) hold an auxiliary or another irregular finite verb ("14 people had died"), not only a form in -ed that may be a participle ("packages linked to …"). */
export function hasAuxiliary(t: Token[], from: number, to: number): boolean {
  // (no token past the last: "Residents say rents" may end the tokens)
  for (let j = from; j < Math.min(to, t.length); j++) if (t[j].type === 'word' && !t[j].cap && FINITE.has(t[j].lower)) return true;
  return false;
}

/** A newspaper's rubrics before a headline's colon ("Live:", "Breaking:", "The Latest:"): labels, no speaker. */
const RUBRICS = new Set(
  ('live|breaking|byline|revealed|watch|listen|video|videos|photos|pictures|gallery|update|updates|updated|exclusive|opinion|' +
    'analysis|explainer|editorial|recap|timeline|factbox|latest|notice|obituary|review|podcast|quiz|sponsored|the|paid|news|' +
    // an interview's rubric ("Q&A: The scientist who counts whales")
    'q&a|interview|profile|column|commentary|letters|' +
    // a desk's notes over a fixed or printed record ("Correction: …", "Editor's note: …", "Transcript: …")
    "correction|corrections|clarification|editor's|note|transcript|excerpts|reaction|" +
    // a page's labels over its story ("Published: 12 May 2025", "Posted: Tuesday")
    'published|posted|filed|modified|dateline')
    .split('|'),
);

/** A clickbait headline's exclamation before its colon ("Wow: Al Sharpton Just Said …", "BUSTED: Emails Reveal …"): no one's name. */
const EXCLAMATIONS = new Set('wow|whoa|look|boom|busted|bombshell|oops|yikes|ouch|omg|huge|exposed|leaked|shocking|caught|confirmed|unreal|epic'.split('|'));

/** Whether tokens [from, to), a headline's words before its colon, are one exclamation. */
export function isExclamation(t: Token[], from: number, to: number): boolean {
  return to - from === 1 && EXCLAMATIONS.has(t[from].lower);
}

/** Last words of a column's or a newsletter's name before a headline's colon ("Council Briefs:", "School board notes:", "Chamber Connection:"). */
const COLUMN_HEADS = new Set(['briefs', 'notes', 'roundup', 'round-up', 'digest', 'bulletin', 'newsletter', 'connection', 'corner', 'diary', 'dispatch', 'dispatches', 'notebook', 'highlights']);

/** Whether tokens [from, to), a headline's words before its colon, are a rubric ("Live", "Paid Notice", "Council Briefs") rather than a source. */
export function isRubric(t: Token[], from: number, to: number): boolean {
  if (to - from >= 1 && to - from <= 4 && COLUMN_HEADS.has(t[to - 1].lower)) return true;
  for (let j = from; j < to; j++) if (!RUBRICS.has(t[j].lower)) return false;
  // "The", "News" alone are no rubric of their own
  return to > from && (to - from > 1 || (t[from].lower !== 'the' && t[from].lower !== 'news' && t[from].lower !== 'paid'));
}

/**
 * Where the object of a headline's verb ends, within tokens [from, to): before a clause of its own
 * ("defends plan as union warns …") or an infinitive that modifies it ("rejects bid to dismiss
 * lawsuit"); `to` when neither comes, or when a quotation or a colon follows (then the rest is
 * what was said).
 */
export function headlineObjectEnd(t: Token[], from: number, to: number): number {
  let end = to;
  for (let j = to - 1; j >= from; j--) {
    const x = t[j];
    if (x.type === 'open' || x.type === 'close' || x.type === 'ambiguous' || x.text === ':') return to;
    if (x.type === 'word' && j > from && (CLAUSE_BREAK.has(x.lower) || (x.lower === 'to' && t[j + 1]?.type === 'word'))) end = j;
  }
  return end;
}

/**
 * Whether the words between the quotation marks at tokens `open` and `close` are a title
 * ("“State of the Union”", "“Marketplace”": one to six words, each capitalised or a small joining
 * word or "&", no punctuation): a programme, a book or a film named, no one's words.
 */
export function isTitleInMarks(t: Token[], open: number, close: number): boolean {
  if (close - open < 2 || close - open > 7 || !t[open + 1].cap) return false;
  for (let j = open + 1; j < close; j++) if (t[j].text !== '&' && (t[j].type !== 'word' || !(t[j].cap || TITLE_SMALL_WORDS.has(t[j].lower)))) return false;
  return true;
}
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with', 'at', 'by']);

/**
 * Where the body a person works at ends when token `k` opens it after the person's name: "of the
 * University of Rochester", "at Mount Sinai Hospital", "of CHU Sainte-Justine in Montreal" (a
 * preposition, an optional "the", capitalised words joined by "of", "for", "and", then optionally
 * "in" and a place); -1 when token `k` opens none before `to`.
 */
export function affiliationEnd(t: Token[], k: number, to: number): number {
  const p = t[k]?.lower;
  if (p !== 'of' && p !== 'at' && p !== 'from' && p !== 'with') return -1;
  let j = t[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  if (!(j < to && t[j].type === 'word' && t[j].cap)) return -1;
  const capAt = (i: number): boolean => i < to && t[i].type === 'word' && t[i].cap;
  while (capAt(j) || (AFFILIATION_JOINS.has(t[j]?.lower ?? '') && capAt(j + 1))) j++;
  if (t[j]?.lower === 'in' && capAt(j + 1)) for (j++; capAt(j); j++);
  return j;
}
const AFFILIATION_JOINS = new Set(['of', 'for', 'and', 'on']);

/** Nouns of cultural and civic institutions that no description kind lists: "the museum", "the library" (resolution finds the body whose name ends in one). */
export const INSTITUTION_NOUNS = new Set(['museum', 'zoo', 'gallery', 'aquarium', 'orchestra', 'observatory', 'sanctuary', 'library', 'theatre', 'theater', 'festival', 'choir', 'band', 'symphony', 'ballet', 'opera']);

/** Past participles without -ed or -en that news puts before an agent: "hit by weaker prices", "led by exports". */
const SHORT_PARTICIPLES = new Set(['hit', 'led', 'held', 'caught', 'bought', 'brought', 'fed', 'set', 'cut', 'hurt', 'dragged', 'weighed']);

/** Whether token `j` is a past participle with its agent after it ("driven by record sales", "hit by weaker prices"). */
export function participleWithAgent(t: Token[], j: number): boolean {
  const x = t[j];
  return !!x && x.type === 'word' && t[j + 1]?.lower === 'by' && (/(?:ed|en)$/.test(x.lower) || SHORT_PARTICIPLES.has(x.lower));
}

/** Ireland's head of government and deputy, offices no role list holds: "The Taoiseach, Simon Harris,". */
export const IRISH_OFFICES: ReadonlySet<string> = new Set(['taoiseach', 'tánaiste', 'tanaiste']);

/** Lower-case words for a level of government before an office's title: "state Sen.", "county Commissioner", "provincial Health Minister". */
export const GOVERNMENT_LEVELS: ReadonlySet<string> = new Set(['state', 'county', 'city', 'provincial', 'federal', 'municipal', 'territorial', 'regional', 'town', 'borough', 'tribal', 'district']);

/**
 * Whether token `i` is a lower-case level of government before a title (maybe after its
 * portfolio) that a name follows before `end`: "state" in "state Sen. Ben Toews", "provincial" in
 * "provincial Health Minister Adrian Dix"; the level is part of the office, not a word of its own.
 */
export function levelBeforeTitle(t: Token[], i: number, end: number): boolean {
  if (t[i].type !== 'word' || t[i].cap || !GOVERNMENT_LEVELS.has(t[i].lower)) return false;
  const title = t[i + 1]?.cap && !titleAt(t, i + 1, end) ? i + 2 : i + 1;
  const n = title < end ? titleAt(t, title, end) : 0;
  return n > 0 && title + n < end && isNameWord(t[title + n]);
}

/** Whether token `i` is a level of government in lower case before a role's noun, no verb: "the state | senator", "a county | commissioner". */
export function levelBeforeRole(t: Token[], i: number): boolean {
  return t[i]?.type === 'word' && !t[i].cap && GOVERNMENT_LEVELS.has(t[i].lower) && t[i + 1]?.type === 'word' && ROLE_NOUNS.has(t[i + 1].lower);
}

/** A noun's singular by its ending ("companies" -> "company", "banks" -> "bank"); the word itself when it ends in no "s". */
export const singularOf = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w);

/** Plurals of four letters whose singular the lexicon lists as a business ("Bars in Tofino say", "pubs and inns"): short words are mostly no body's otherwise. */
const SHORT_BODY_PLURALS = new Set(['bars', 'pubs', 'inns', 'spas']);

/** A plural of a body's noun, which heads a group as a people noun does: "businesses", "stores", "companies" (not a possessive). */
export function pluralBodies(w: Token): boolean {
  if (w.type !== 'word' || w.possessive || (w.lower.length <= 4 && !SHORT_BODY_PLURALS.has(w.lower)) || !w.lower.endsWith('s')) return false;
  return !!(descriptionKinds(singularOf(w.lower)) ?? (w.lower.endsWith('es') ? descriptionKinds(w.lower.slice(0, -2)) : undefined));
}

/** Past participles that open a clause modifying people and do not end in -ed: "inspectors sent to review …". */
const IRREGULAR_PARTICIPLES = new Set(['sent', 'chosen', 'brought', 'paid', 'drawn', 'taken', 'given', 'hand-picked', 'set']);
/** Past participles not in -ed that open an aside on a document too: "The memo, written in May, says". */
const DOCUMENT_PARTICIPLES = new Set([...IRREGULAR_PARTICIPLES, 'written', 'shown', 'seen', 'read', 'made', 'put', 'laid', 'held', 'kept', 'known', 'spread', 'handwritten', 'rewritten']);

/**
 * Whether token `w` is a past participle that opens an aside on the document named before its
 * comma: "The report, published on Monday, said", "The memo, sent to managers last month, says".
 */
export const documentParticiple = (w: Token | undefined): boolean => !!w && w.type === 'word' && !w.cap && (/[^e]ed$/.test(w.lower) || DOCUMENT_PARTICIPLES.has(w.lower));

/** Words in -ing that are prepositions, not a participle's clause on the people before them ("officials including the mayor"). */
export const ING_PREPOSITIONS = new Set(['including', 'regarding', 'concerning', 'following', 'according', 'during', 'excluding', 'pending', 'notwithstanding']);

/**
 * A participle after a people noun that opens a clause ending at token `end` ("commissioners
 * appointed to oversee | the council", "auditors hired by | the city of Leeds", "a lawyer
 * representing | the family"; at most eight words, no mark between), or -1: the people speak,
 * not the body or thing the clause names.
 */
export function reducedRelativeBefore(t: Token[], end: number, from: number): number {
  // (a charge's clause may itself sit in a participle's, "A lawyer representing | a woman accused of
  // …": past a charge's "of", the scan goes on before its people noun, in a loop, no recursion)
  let found = -1;
  for (let j = end - 1; j > from && end - j <= 8; j--) {
    const x = t[j];
    if (x.type !== 'word' || STOP_PARTICIPLE_SCAN.has(x.lower)) return found;
    if (x.cap) continue;
    // (a subject pronoun after it is a clause's own subject: "22 percent saying | they would …")
    const present = ((x.lower.length > 5 && x.lower.endsWith('ing')) || SHORT_ING_PARTICIPLES.has(x.lower)) && !ING_PREPOSITIONS.has(x.lower) && !SUBJECT_PRONOUNS.has(t[end]?.lower ?? '');
    if (!present && !(x.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(x.lower))) continue;
    const next = t[j + 1].lower;
    // ("A man accused of killing Ann Lee", "a woman convicted of fraud": a charge's "of" too)
    if (!present && next !== 'to' && next !== 'by' && next !== 'in' && next !== 'with' && next !== 'of') continue;
    const head = t[j - 1];
    if (present && tradeBeforeOffice(t, j)) continue;
    // (the people noun may open the sentence: "Auditors hired by …")
    if (head.type === 'word' && (isPeopleNoun(head) || (j - 1 === from && isPeopleNounWord(head.lower)))) {
      if (next !== 'of') return j;
      found = j;
      end = j - 1;
      continue;
    }
    // (a present participle may sit inside the clause of a past one: "an official involved in | drafting …")
    if (!present) return found;
  }
  return found;
}
/** "who" (no comma before it) opening a clause of at most eight words that ends at token `end`, or -1. */
export function restrictiveWhoBefore(t: Token[], end: number, from: number): number {
  for (let j = end - 1; j >= from && end - j <= 8; j--) {
    const x = t[j];
    if (x.type !== 'word') return -1;
    if (x.lower === 'who') return t[j - 1]?.type === 'word' && !SUBJECT_PRONOUNS.has(t[j + 1]?.lower ?? '') ? j : -1;
    // ("Several airlines that use SkyLink said": "that" and a verb after bodies or people in the plural)
    if (x.lower === 'that' && j > from && (!t[j - 1].cap || j - 1 === from) && (pluralBodies(t[j - 1]) || (isPeopleNoun(t[j - 1]) && t[j - 1].lower.endsWith('s'))) && relativeVerb(t[j + 1])) return j;
  }
  return -1;
}

/** Whether `x` may be the verb of a relative clause right after its "that": a lower-case word, no determiner, pronoun or auxiliary's subject. */
function relativeVerb(x: Token | undefined): boolean {
  return !!x && x.type === 'word' && !x.cap && !DETERMINERS.has(x.lower) && !SUBJECT_PRONOUNS.has(x.lower) && !STOP_BACKWARD.has(x.lower);
}

/**
 * "Veteran mining analyst Tom Hale", "Sophomore nursing student Abby Greer", "said rookie fishing
 * guide NAME": an -ing word (token `j`) between a bare singular people noun and an office before a
 * name is the office's trade, no participle; a determiner or a plural before it leaves a
 * participle ("A lawyer representing student Jane Doe", "Lawyers representing teacher NAME").
 */
export function tradeBeforeOffice(t: Token[], j: number): boolean {
  const head = t[j - 1];
  const office = t[j + 1];
  if (head?.type !== 'word' || peopleNoun(head.lower) !== 'singular' || office?.type !== 'word' || office.cap) return false;
  if (!(ROLE_NOUNS.has(office.lower) || peopleNoun(office.lower) === 'singular') || !(t[j + 2]?.type === 'word' && t[j + 2].cap && isNameWord(t[j + 2]))) return false;
  const before = t[j - 2];
  return !before || before.type !== 'word' || !DETERMINERS.has(before.lower);
}

/** Present participles of five letters, which the length test leaves out with "thing" and "bring": "Astronomers using the James Webb Space Telescope say". */
const SHORT_ING_PARTICIPLES = new Set(['using', 'doing', 'going', 'owing', 'being']);

/** Words a participle's clause before the subject's cue does not run over: its verb would be the sentence's. */
// (nor a subordinator's: "others checking their phones as | he mentioned …", "a child growing up where | my father …")
const STOP_PARTICIPLE_SCAN = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'as', 'when', 'while', 'where', 'because', 'since', 'if', 'though', 'although', 'until', 'whether', 'whereas']);

/** A person's own bodies, which speak for them without being them: "The office of Mayor Tom Hale said", "the campaign of …". */
export const PERSONS_BODIES = new Set(['office', 'campaign', 'estate']);

/** Offices written by their initials, in full as roles hold them: "the GM" is a general manager, never General Motors. */
export const OFFICE_INITIALS = new Map([
  ['gm', 'general manager'],
  ['ceo', 'chief executive'],
  ['cfo', 'chief financial officer'],
  ['coo', 'chief operating officer'],
]);

/**
 * A subject described as "the [up to two modifiers] NOUN VERB" from token `the` (its "the") in a
 * sentence ending before `to`: the index of its head, a singular noun for people (or, with
 * `initials`, an office by its capital letters: "the GM"), followed by a lower-case word; -1 when
 * the words there are not so ("The judge also ordered …" -> "judge").
 */
export function describedHead(t: Token[], the: number, to: number, initials = false): number {
  let h = the + 1;
  while (h < to && h - the <= 3 && t[h].type === 'word' && !t[h].cap && peopleNoun(t[h].lower) !== 'singular') h++;
  const head = t[h];
  const verb = t[h + 1];
  if (h >= to || !head || !verb || verb.type !== 'word' || verb.cap) return -1;
  const office = initials && head.text === head.text.toUpperCase() && OFFICE_INITIALS.has(head.lower);
  return office || (!head.cap && peopleNoun(head.lower) === 'singular') ? h : -1;
}

/**
 * Whether word `i` is a verb's base form in lower case before a body's noun in lower case (its
 * possessive too): "credit" in "the credit union", "the credit union's chief", a noun naming the
 * body's kind, no verb.
 */
export function baseFormBeforeBody(t: Token[], i: number): boolean {
  const x = t[i];
  const body = t[i + 1];
  return x?.type === 'word' && !x.cap && CUE_FORMS.get(x.lower)?.form === 'base' && body?.type === 'word' && !body.cap && !!descriptionKinds(baseLower(body));
}

/**
 * Whether word `i` is a verb's base form before a role's noun in lower case, and (when `named`) a
 * capitalised name after it: "label" in "label president Dana Ruiz", a noun naming where the role
 * is held (not before people in the plural: "the state police").
 */
export function baseFormBeforeRole(t: Token[], i: number, named: boolean): boolean {
  if (CUE_FORMS.get(t[i].lower)?.form !== 'base') return false;
  const roleNoun = (x: Token | undefined): boolean => !!x && x.type === 'word' && !x.cap && ROLE_NOUNS.has(x.lower);
  // ("recall committee chair Norman Gustafson": a noun of the body between the verb's form and the role)
  const r = roleNoun(t[i + 1]) ? i + 1 : named && isModifierWord(t[i + 1]) && roleNoun(t[i + 2]) ? i + 2 : -1;
  return r > 0 && (!named || (t[r + 1]?.type === 'word' && t[r + 1].cap));
}
