/**
 * The tense that places a date ("will meet Tuesday", "met Thursday"): the verb nearest the date
 * words in a sentence, a modal or plan opening their clause, a verb that moves something to the
 * date, or what a speech verb's "that" clause says. ./dates reads it before chrono (./chronoDates)
 * resolves a weekday or a month without its year, so chrono looks ahead or behind.
 */

/** Whether the sentence speaks of what is ahead, of what is past, or does not say. */
export type Tense = 'future' | 'past' | 'unknown';

// ("plan to" after a possessive or an article is a noun, no tense: "protests over Trump's plan to deport immigrants")
// (a fixture or a polling day in the present: "The teams meet again on Saturday", "Voters in Saxony elect a new parliament on Sunday")
// (a candidate's race in the present runs to polling day: "is running for a third term in Tuesday's election";
// "could advance to the November election" is ahead as "would" is)
const FUTURE_WORDS = '(?:is|are) (?:running|campaigning|standing)|will|would|could(?! (?:not )?have)|next|upcoming|coming|planned|(?<!(?:[’\']s|\\b(?:a|an|the|its|his|her|their|our|this|that))\\s)plans? to|set to|is to|are to|starts|begins|opens|resumes|kicks off|due to|scheduled|expected|due back|due in court|ahead of|later this|meet again|meets again|meets|convenes|reconvenes|play again|plays again|elect|elects|go to the polls|goes to the polls';
const FUTURE = new RegExp(`\\b(?:${FUTURE_WORDS})\\b`, 'gi');
/** A verb in the past: an irregular one, or a lower-case word in -ed (not one whose -ed is its stem's: "need", "proceed", "hundred"). */
const PAST = new RegExp(
  '\\b(?:was|were|had|did|met|held|said|told|went|came|took|gave|spoke|wrote|made|began|saw|sent|left|won|lost|led|ran|got|found|' +
    'felt|kept|brought|bought|thought|stood|heard|paid|fell|rose|struck|fought|sought|sold|became|chose|drew|drove|flew|grew|knew|' +
    'threw|broke|stole|forgot|sat|sang|withdrew|oversaw|[a-z]+ed(?<!\\b(?:need|feed|speed|indeed|proceed|succeed|exceed|seed|deed|breed|bleed|heed|bed|red|hundred|naked|wicked|sacred)))\\b',
  'g',
);
const FUTURE_AFTER_AUXILIARY = new RegExp(`\\s+(?:${FUTURE_WORDS})\\b`, 'iy');
/** "will be released", "to be held": a participle after a future or an infinitive is no past. */
const PASSIVE_AHEAD = /\b(?:will|would|to|shall|'ll|’ll)\s+(?:be|have been)\s+$/i;
/** How far from the date words a verb still governs them, in characters. */
const TENSE_REACH = 60;

/**
 * The tense of the verb nearest the date words, within reach ("were hammered out on Sunday"); with
 * none near, a future word anywhere ("…, which starts Tuesday") still looks ahead.
 */
export function tenseAround(sentence: string, from: number, to: number): Tense {
  if (modalAhead(sentence, from) || (MOVED_TO.test(sentence.slice(Math.max(0, from - TENSE_REACH), from)) && !TOLD_AS_PAST.test(sentence.slice(to, to + 16)))) return 'future';
  // "told a meeting on Sunday that supply would return": what was said, after "that", is not
  // when it was said; its verbs count only when the clause of the date words has none in reach
  // (not "a summit on Sunday that will set the budget": with no speech verb before, a relative clause)
  THAT_AFTER.lastIndex = to;
  const that = SPEECH_BEFORE.test(sentence.slice(Math.max(0, from - TENSE_REACH), from)) ? THAT_AFTER.exec(sentence) : null;
  if (that) {
    const said = tenseInReach(sentence, from, to, that.index);
    if (said) return said;
  }
  // a relative clause closed by a comma after the date words is their clause: "Hungary, which holds a
  // parliamentary election on 12 April, threatened …" (the verb after the comma is Hungary's), its
  // present tense a thing scheduled
  const relative = RELATIVE_OPEN.exec(sentence.slice(Math.max(0, from - TENSE_REACH), from));
  const close = relative ? sentence.indexOf(',', to) : -1;
  if (relative && close >= 0) return tenseInReach(sentence, from, to, close) ?? (PRESENT_VERB.test(relative[1]) ? 'future' : 'unknown');
  // with no verb in reach, a future word anywhere ("…, which starts Tuesday") still looks ahead
  // (the verbs of a clause of another act after the date words are not theirs: "will give evidence
  // on Wednesday, a week after the company was fined")
  // nor is the cue of the source that tells it: "will stand trial … in October, Judge Eugene O'Kelly said"
  // (date words that open the sentence have no clause of their own before it: "Friday, he told …" is when he told)
  // (only for date words in a clause with a verb before them: "Last September, when the centre was hit, Babar says …" has none)
  // (so are those of a clause or a purpose joined after them when their own clause has its verb: "rallied
  // outside the hospital on Saturday to protest plans to close 40 beds", "last met on Sept. 29, and no new talks are scheduled")
  const own = clauseHasVerb(sentence.slice(0, from));
  // (the three are read only for such a clause; the cue's pattern needs a comma, which most ends of sentences lack)
  const cue = own && sentence.lastIndexOf(',', to + CUE_REACH - 1) >= to ? CUE_AFTER.exec(sentence.slice(to, to + CUE_REACH)) : null;
  OTHER_ACT_AFTER.lastIndex = to;
  const act = own ? OTHER_ACT_AFTER.exec(sentence) : null;
  const joined = own ? JOINED_AFTER.exec(sentence.slice(to)) : null;
  const end = Math.min(own && (cue || act) ? Math.min(act?.index ?? sentence.length, cue ? to + cue[1].length : sentence.length) : sentence.length, joined ? to + joined.index : sentence.length);
  FUTURE.lastIndex = 0;
  // (with no future word at all, a past verb of the date words' own clause places them however far before: "delivered the keynote speech at the … convention in Victoria on Friday")
  if (!FUTURE.test(sentence)) return tenseInReach(sentence, from, to, end) ?? (own ? 'past' : 'unknown');
  // (unless a verb in the past stands nearer the date words than the future word: "On Feb. 22, a team
  // from Perry High, a school unusually diverse for the region, was met with chants about the wall he would build")
  return tenseInReach(sentence, from, to, end) ?? (tenseInReach(sentence, from, to, end, Infinity) === 'past' ? 'past' : 'future');
}
/**
 * A verb that sets, moves or puts off something, up to four words of its object, then the date's
 * preposition: "postponed a decision until Oct. 9", "announced closures for Friday", "called the
 * election for Oct. 21", "moved the vote to Tuesday". The date is where the thing now lies, ahead
 * of the verb whatever its tense (the date words may open with the day's number: "adjourned until 17 June").
 */
// (a strike or a protest called or announced is ahead at its day: "announced a national day of action on 27 November", "called for a general strike on Monday";
// so is a sitting set down, "set a hearing on December 9", "scheduled the trial for 3 March", "set a trial date of March 2")
const MOVED_TO =
  /\b(?:set|sets|setting|schedul\w*)\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:hearing|trial|retrial|sentencing|vote|ballot|referendum|election|meeting|debate)(?:\s+date)?\s+(?:on|for|of)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$|\b(?:postpon|delay|adjourn|defer|reschedul|schedul|push|mov|set|call|announc)\w*(?:\s+[\w'’-]+){0,4}?\s+(?:until|till|to|for)\s+(?:next\s+|this\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$|\b(?:call|announc)\w*\s+(?:for\s+)?(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:strike|walkout|stoppage|day of action|days of action|day of protests?|protest|rally|march|shutdown|bandh|hartal)\s+on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$/i;
/**
 * After the date words: a possessive ("to Friday's crowd") or a clause of what happened then
 * (", when negotiators finally met", ", the night her party lost"): the date is told as past.
 */
const TOLD_AS_PAST = /^(?:['’]s\b|,\s+(?:when|the\s+(?:day|night|morning|afternoon|evening|week)\b))/;
/** A relative clause opened after a comma and still open at the date words: ", which holds a … election on". */
const RELATIVE_OPEN = /,\s+(?:which|who)\s+([^,;]*)$/;
/** A verb in the present opening a relative clause: "holds", "hosts", "meets" (not "has", which may open a past). */
const PRESENT_VERB = /^(?!has\b|is\b|was\b)\p{Ll}+s\b/u;

/** A source's cue closing the sentence after the date words, its comma where group 1 ends: ", Judge Eugene O'Kelly said". */
// (a court's too: "will stand trial … on October 7, a judge ruled on Tuesday", ", magistrates were told")
const CUE_AFTER = /^([^,;]*?),\s+(?:[\p{L}'’.-]+\s+){0,5}?(?:said|says|told|added|announced|confirmed|ruled|ordered|heard|(?:was|were) told)\b/u;
const CUE_REACH = 120;
/**
 * Whether the clause the date words stand in has a verb before them (from the last comma or
 * conjunction): "will stand trial … in October, X said" has; "In a speech last July, he said" and
 * "but on Thursday, the party announced" have none, so the cue is their clause's verb.
 */
function clauseHasVerb(before: string): boolean {
  let start = 0;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(before); m; m = CLAUSE_START.exec(before)) start = m.index + m[0].length;
  const clause = before.slice(start);
  FUTURE_IN.lastIndex = 0;
  PAST_IN.lastIndex = 0;
  return FUTURE_IN.test(clause) || PAST_IN.test(clause);
}
/** What opens a clause before the date words: a comma, a semicolon, a colon or a conjunction (not in a name's list: "the Environment, Food and Rural Affairs Committee"). */
const CLAUSE_START = /[;:]|,(?!\s+\p{Lu})|\b(?:but|while)\b|\band\b(?!\s+\p{Lu})/gu;
// (with FUTURE's and PAST's flags: V8 compiles a pattern once for each set of flags, and objects of one source and flags share it)
const FUTURE_IN = new RegExp(FUTURE.source, FUTURE.flags);
const PAST_IN = new RegExp(PAST.source, PAST.flags);
/** A clause joined after the date words, or a purpose: "; ", ", and ", " to protest" (not "to Friday", "to next week"). */
const JOINED_AFTER = /;|,\s+(?:and|but|while|whereas|though|although)\s|\sto\s+(?!(?:the|a|an|next|this|last|early|late|mid|his|her|their|its)\b)\p{Ll}+/u;
/** A clause of another act opened after the date words: ", a week after", " before", " when". */
const OTHER_ACT_AFTER = /\b(?:after|before|when|since|because)\b/g;

/** The complementiser after date words that opens what was said. */
const THAT_AFTER = /\bthat\b/g;
/** A speech verb in the past whose clause the date words are in: "told … on Sunday that", "said on Monday that". */
const SPEECH_BEFORE = /\b(?:said|told|announced|warned|insisted|argued|added|claimed|stated|wrote|declared|confirmed|promised|pledged|vowed|predicted|reported|explained|testified|admitted)\b/;

/** The tense of the verb nearest the date words among those before offset `end`, within `reach` characters; null when none is. */
function tenseInReach(sentence: string, from: number, to: number, end: number, reach = TENSE_REACH): Tense | null {
  let future = Infinity;
  FUTURE.lastIndex = 0;
  for (let m = FUTURE.exec(sentence); m && m.index < end; m = FUTURE.exec(sentence)) {
    // "in protest against a planned rise": an adjective, no verb
    // ("a planned Cruz rally on Saturday" before the date words is the event's own plan)
    if (m[0] === 'planned' && m.index >= to && DETERMINER_BEFORE.test(sentence.slice(Math.max(0, m.index - 5), m.index))) continue;
    future = Math.min(future, distanceOutside(m.index, m.index + m[0].length, from, to));
  }
  let past = Infinity;
  PAST.lastIndex = 0;
  for (let m = PAST.exec(sentence); m && m.index < end; m = PAST.exec(sentence)) {
    // ("against Democrat Tamara Hughes, a retired police captain": a participle after an article is an adjective, no verb)
    if (m[0].endsWith('ed') && DETERMINER_BEFORE.test(sentence.slice(Math.max(0, m.index - 5), m.index))) continue;
    if (!auxiliaryOfFuture(sentence, m.index, m.index + m[0].length)) past = Math.min(past, distanceOutside(m.index, m.index + m[0].length, from, to));
  }
  return Math.min(future, past) <= reach ? (future <= past ? 'future' : 'past') : null;
}

const DETERMINER_BEFORE = /\b(?:a|an|the)\s+$/i;

/** A modal or a plan that puts its clause ahead: "will visit", "is set to open", "plans to travel". */
const MODAL_FUTURE = /\b(?:will|shall|would|(?:is|are) (?:set |due |scheduled |expected |going )?to|plans? to|set to|due to|scheduled to|expected to|going to)\s+(?!have\b)/gi;
/** What ends a clause: punctuation and a word that opens another clause. */
// ("before" after a witness's verb is a preposition: "will appear before a Senate inquiry on Friday")
const CLAUSE_END = /[,;:()—–]|\b(?:and|but|while|whereas|after|(?<!\b(?:appear|appears|appeared|appearing|testify|testifies|testified|come|comes|came|brought|stand|stands|stood) )before|since|said|says|who|which)\b/gi;

/**
 * Whether the first verb of the clause before the date words (from `from` back to a comma or a
 * clause word) is a modal or a plan: "will visit the flooded towns on Wednesday, her office said"
 * is ahead, whatever the nearer "flooded" and "said" say.
 */
function modalAhead(sentence: string, from: number): boolean {
  // most sentences have no modal before their date words: no clause to find
  MODAL_FUTURE.lastIndex = 0;
  const any = MODAL_FUTURE.exec(sentence);
  if (!any || any.index >= from) return false;
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(sentence); m && m.index < from; m = CLAUSE_END.exec(sentence)) start = m.index + m[0].length;
  const clause = sentence.slice(start, from);
  MODAL_FUTURE.lastIndex = 0;
  const modal = MODAL_FUTURE.exec(clause);
  if (!modal) return false;
  // (a participle after its noun is no verb of the clause: "A man accused of assault will stand trial")
  const before = clause.slice(0, modal.index);
  PAST.lastIndex = 0;
  for (let past = PAST.exec(before); past; past = PAST.exec(before)) if (!PARTICIPLE_AFTER.test(before.slice(past.index + past[0].length))) return false;
  return true;
}
/** What follows a participle that modifies a noun: "accused of", "charged with", "convicted over". */
const PARTICIPLE_AFTER = /^\s+(?:of|by|with|over)\b/;

/** How far [start, end) stands from [from, to), in characters; 0 when they touch or overlap. */
const distanceOutside = (start: number, end: number, from: number, to: number): number => Math.max(0, start < from ? from - end : start - to);

/** "was scheduled", "were expected", "will be released": the past verb at [start, end) is an auxiliary of a future. */
function auxiliaryOfFuture(sentence: string, start: number, end: number): boolean {
  FUTURE_AFTER_AUXILIARY.lastIndex = end;
  return FUTURE_AFTER_AUXILIARY.test(sentence) || PASSIVE_AHEAD.test(sentence.slice(Math.max(0, start - 20), start));
}
