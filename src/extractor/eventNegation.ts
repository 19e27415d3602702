/**
 * Event words that are negated, undone, only possible or only asked for (a stage of ./eventWords'
 * trigger test): "ended without an agreement", "did not meet", "the summit was cancelled", "could
 * hold talks", "urged both sides to resume talks".
 */

/** A negation: "no", "no one", "never", "without", "failed to", "didn't". */
const NEGATION = "(?:\\b(?:[Nn]o(?: one)?|[Nn]obody|[Nn]ot|[Nn]ever|[Ww]ithout|[Nn]or|failed to|refused to|declined to|unable to|fell short of)|n['’]t)\\s+";
/** Auxiliaries and adverbs between a negation and its verb: "has not yet", "did not formally", "have not publicly". */
const NEGATED_AUXILIARY = '(?:(?:have|has|had|be|been|yet|ever|even|to|\\p{Ll}+ly)\\s+)*';
/** Verbs that make or hold what the event word names: "failed to reach an agreement", "never held a press conference". */
const MAKING = '(?:(?:reach|sign|strike|hold|attend|conclude|agree|make|give|deliver|secure|seal|call|schedule|get)(?:s|ed|ing)?|making|struck|held|made|gave|given|got|gotten)\\s+(?:on\\s+|to\\s+)?';
const DETERMINER = '(?:a|an|any|the|its|their|his|her|our|this|that|these|those|such)';
/** Modifiers of the event word after the determiner: "a border", "formal", "a nondisclosure"; not "until", "only", "longer". */
const MODIFIER = `(?!(?:${DETERMINER}|until|only|just|least|longer|sooner|less|more|matter|doubt)\\b)\\p{Ll}[\\p{Ll}’'-]*\\s+`;
/**
 * A negation of the event word: for a noun, the negation, a verb that would make it, a determiner
 * and modifiers ("no formal agreement", "failed to reach an agreement", "never signed a border
 * treaty", "without a press conference"), not a negation of another verb ("didn't show the speech",
 * "not until the summit"); for a verb, the negation and auxiliaries only ("did not meet", "has
 * never visited"; not "never stopped speaking at").
 */
const NEGATED_NOUN_BEFORE = new RegExp(`${NEGATION}${NEGATED_AUXILIARY}(?:${MAKING})?(?:${DETERMINER}\\s+)?(?:${MODIFIER}){0,2}$`, 'u');
const NEGATED_VERB_BEFORE = new RegExp(`${NEGATION}${NEGATED_AUXILIARY}$`, 'u');
/** "an agreement was not reached", "the deal has never been signed". */
const NEGATED_AFTER = /^\s*(?:(?:was|were|has|have|had|is|are|could|would)\s*(?:not|n['’]t)|(?:was|were|has|have|had)\s+never)\s+(?:be(?:en)?\s+)?(?:reached|signed|agreed|concluded|struck|held|finali[sz]ed)\b/i;
/** Verbs that undo a planned event: "the summit was cancelled", "called off the talks", "a meeting … was postponed indefinitely". */
// (not one put off to a day, which still takes place: "was postponed until Jan. 14", "was put off to April 2")
const UNDOING = "(?:cancell?ed|called off|(?:postponed|put off)(?!\\s+(?:until|till|to)\\s+(?:\\d|\\p{Lu}))|scrapped|shelved|axed|abandoned|put on hold|suspended)";
/** An event that did not come about: "did not go ahead", "never took place", "will not happen". */
const NOT_HAPPENING = "(?:(?:did|does|do|will|would)\\s*(?:not|n['’]t)|never)\\s+(?:go ahead|went ahead|take place|took place|happen|happened)";
/** The event word's own phrase: no verb or conjunction, which would open another clause. */
const OWN_PHRASE = '(?:\\s+(?:(?:with|of|in|at|between|on|for|among)\\s+)?(?:(?!\\b(?:and(?! \\p{Lu})|but|or|if|unless|once|after|as|when|while|because|that|which|who|is|are|was|were|has|had|have|will)\\b)[^,;.]){1,60}?)?';
/**
 * An event word whose clause undoes it: the undoing verb after it, past a phrase of its own ("with
 * Gulf producers", "of ministers in Porto") and an aside between commas ("…, planned for
 * Wednesday, was called off"), or before it ("cancelled the visit", "called off a planned summit").
 */
const UNDONE_AFTER = new RegExp(
  `^${OWN_PHRASE}(?:,[^,;]{1,80},)?\\s*(?:(?:was|were|has been|have been|had been|is being|was being)\\s+(?:\\p{Ll}+ly\\s+)?${UNDOING}|${NOT_HAPPENING})\\b`,
  'u',
);
/** An event set down, then undone in a clause joined to it: "The hearing was set for Feb. 2 but was postponed", "… had been planned, but it was called off". */
const UNDONE_LATER = new RegExp(`^[^;]{0,100}?\\b(?:but|and|only to be)\\s+(?:(?:it|they|that)\\s+)?(?:(?:was|were|has been|have been|had been|is being)\\s+(?:\\p{Ll}+ly\\s+)?)?${UNDOING}\\b`, 'u');
const UNDONE_BEFORE = new RegExp(`\\b${UNDOING}\\s+(?:(?:plans?|proposals?)\\s+for\\s+)?(?:${DETERMINER}\\s+|[\\p{Lu}\\d][\\p{L}\\d.-]*['’]s?\\s+)?(?:${MODIFIER}){0,2}$`, 'u');
/**
 * An urging or a call, not an event: "urged both sides to resume talks", "called on the union to
 * hold a vote", "called for a summit" (one who urges is no party to what it asks for).
 */
const URGED_BEFORE = new RegExp(
  `\\b(?:urg(?:e|es|ed|ing)|(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?) on|(?:ask|press|encourag|implor)(?:e|es|s|ed|ing)?|appeal(?:s|ed|ing)? to)\\s+(?:[\\p{L}’'-]+\\s+){0,4}?to\\s+(?:${MAKING})?(?:${DETERMINER}\\s+)?(?:${MODIFIER}){0,2}$|` +
    `\\b(?:call(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?) for\\s+(?:${DETERMINER}\\s+)?(?:${MODIFIER}){0,2}$`,
  'u',
);
/** Whether `before` ends in URGED_BEFORE; most have none of its verbs, tested first. */
const urged = (before: string): boolean => URGING_VERB.test(before) && URGED_BEFORE.test(before);
const URGING_VERB = /urg|call|appeal|ask|press|encourag|implor|push/i;
/**
 * A possibility or a proposal, not an event: "could hold talks", "might sign an agreement", "the city
 * should hold a public hearing", "would only consider a summit", "is weighing a visit", "proposed a
 * meeting" (what is planned is "will", "is to", "is expected to").
 */
const POSSIBLE_BEFORE = new RegExp(`\\b(?:could|might|may|should|ought to|(?:would|will)\\s+(?:only\\s+)?(?:consider|weigh|entertain|welcome)|(?:is|are|was|were)\\s+(?:considering|weighing|mulling|contemplating|open\\s+to)|(?:proposed|suggested|floated|offered)(?=\\s+(?:a|an|holding|to)\\b))\\s+(?:(?:also|yet|still|even|\\p{Ll}+ly)\\s+)*(?:${MAKING})?(?:${DETERMINER}\\s+)?(?:${MODIFIER}){0,2}$`, 'u');

/**
 * A strike or a protest called for a day: a union that "called for a general strike on Monday"
 * sets it down, as "called a strike" does (a call for one with no day is still only asked for).
 */
const CALLED_FOR = /\bcall(?:s|ed|ing)? for\s+\S+\s+(?:\S+\s+){0,2}$/i;
const DAY_AFTER = /^,?\s+(?:on|for|from|next|this)\s+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|week\b)/;

/**
 * Whether the event word matched at `m` is negated: "ended without an agreement", "did not meet", "an agreement was not reached".
 * `setDown`: the word names a strike or a protest, which a call for it with its day sets down.
 */
export function negated(reported: string, m: RegExpExecArray, verb: boolean, setDown = false): boolean {
  // (nor what someone is urged to do or calls for: "urged both sides to resume talks", "called for a summit")
  if (verb) return NEGATED_VERB_BEFORE.test(reported.slice(Math.max(0, m.index - 48), m.index)) || urged(reported.slice(Math.max(0, m.index - 64), m.index));
  // a determiner the pattern takes in ("her speech") belongs to what stands before the noun
  const to = m.index + (LEADING_DETERMINER.exec(m[0])?.[0].length ?? 0);
  const before = reported.slice(Math.max(0, to - 48), to);
  const after = reported.slice(m.index + m[0].length, m.index + m[0].length + 180);
  if (NEGATED_NOUN_BEFORE.test(before) || NEGATED_AFTER.test(after) || UNDONE_BEFORE.test(before) || UNDONE_AFTER.test(after) || UNDONE_LATER.test(after) || POSSIBLE_BEFORE.test(before)) return true;
  return urged(reported.slice(Math.max(0, to - 64), to)) && !(setDown && CALLED_FOR.test(before) && DAY_AFTER.test(after));
}
const LEADING_DETERMINER = new RegExp(`^${DETERMINER}\\s+`, 'i');
