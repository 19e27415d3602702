/**
 * Event words and what makes them events: the triggers ("a summit", "met with", "released a
 * report", their patterns in ./eventTriggers), whether an occurrence is used as an event (not inside a name, not a modifier, not a
 * time reference; the places are in ./eventPlaces), and photo captions.
 */
import type { LocalActor } from './actors';
import type { EventKind } from './types';
import type { Analysis } from './analyze';
import { orgKindsOfName } from './lexicon/organisations';
import { otherSense } from './eventSenses';
import { negated } from './eventNegation';
import { TRIGGERS } from './eventTriggers';
import { MONTH, WEEKDAY } from './datePatterns';

/** `pattern` of the triggers with `starts`, sticky: tried only where `starts` finds a beginning. */
const STICKY = TRIGGERS.map((t) => (t.starts ? new RegExp(t.pattern.source, `${t.pattern.flags}y`) : null));

/**
 * `pattern` of each trigger, global: where its first match and a later one are looked for. One
 * copy for both: V8 compiles a pattern once for each set of flags it runs with, and the first
 * match looked for with `pattern` itself compiled most triggers twice.
 */
const GLOBAL = TRIGGERS.map((t) => new RegExp(t.pattern.source, `${t.pattern.flags.replace('g', '')}g`));

/** The first match of trigger `i`'s pattern in the sentence from offset `from`, as `pattern.exec` gives it. */
function firstMatch(i: number, sentence: string, from = 0): RegExpExecArray | null {
  const { starts } = TRIGGERS[i];
  const sticky = STICKY[i];
  if (!starts || !sticky) {
    const global = GLOBAL[i];
    global.lastIndex = from;
    return global.exec(sentence);
  }
  // every match begins where `starts` matches: the first of those where the pattern matches is the leftmost match
  for (starts.lastIndex = from; ; starts.lastIndex++) {
    const at = starts.exec(sentence);
    if (!at) return null;
    sticky.lastIndex = starts.lastIndex = at.index;
    const m = sticky.exec(sentence);
    if (m) return m;
  }
}

/** Kinds from the most to the least specific: a sentence's event is the first kind it holds. */
export const TRIGGER_ORDER: EventKind[] = ['summit', 'talks', 'meeting', 'press conference', 'visit', 'speech', 'swearing-in', 'agreement', 'vote', 'strike', 'statement', 'announcement', 'publication', 'debate', 'hearing', 'rally', 'election'];

/** Word -> the triggers it makes possible. */
const TRIGGERS_BY_WORD = new Map<string, number[]>();
TRIGGERS.forEach((t, i) => {
  for (const w of t.words.split(' ')) TRIGGERS_BY_WORD.set(w, [...(TRIGGERS_BY_WORD.get(w) ?? []), i]);
});
/** One more than the longest event word. */
const SHAPE_LENGTHS = Math.max(...[...TRIGGERS_BY_WORD.keys()].map((w) => w.length)) + 1;
/** Where a word's shape (its length, first and last character) sits in SHAPES. */
const shapeAt = (length: number, first: number, last: number): number => (length * 128 + first) * 128 + last;
/**
 * 1 at shapeAt(…) of each event word (all are ASCII): every word of an article is looked up, and
 * nearly all fail this test without being hashed ("said" passes, "that" and "this" do not).
 */
const SHAPES = new Uint8Array(SHAPE_LENGTHS * 128 * 128);
for (const w of TRIGGERS_BY_WORD.keys()) SHAPES[shapeAt(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;

/** The triggers a lower-case word makes possible, if any. */
export function triggersFor(word: string): number[] | undefined {
  const { length } = word;
  if (length >= SHAPE_LENGTHS || length === 0) return undefined;
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(length - 1);
  if (first >= 128 || last >= 128 || SHAPES[shapeAt(length, first, last)] === 0) return undefined;
  return TRIGGERS_BY_WORD.get(word);
}

/** An ASCII capital's small letter; any other code unit as it is. */
const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * Whether the word at text[start, end) may be an event word: false only when triggersFor gives
 * nothing for it in lower case. Read from the article's text (its length, its first and last
 * characters), not from the word's lower-case copy: the walk tests every word of an article, and
 * the text, read in order, is far cheaper to reach than each token's own string. Exact because
 * every event word is ASCII: lower-casing never shortens a word and maps an ASCII character alone;
 * a word that starts or ends beyond ASCII answers true (the Kelvin sign lower-cases to "k").
 */
export function mayBeEventWord(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length >= SHAPE_LENGTHS || length <= 0) return false;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  return first >= 128 || last >= 128 || SHAPES[shapeAt(length, asciiLower(first), asciiLower(last))] === 1;
}

/**
 * A definite reference just before an event word: "the summit", "this week's gathering",
 * "Stoltenberg’s visits"; not "the next budget meeting", one still to come.
 */
const DEFINITE_BEFORE = /\b(?:the|this|that|these|its|their|his|her|[\w-]+['’]s?)\s+(?:(?!(?:a|an|another|one|next)\s)[\w’'-]+\s+){0,3}$/i;
/** A noun trigger's match that opens with a definite article: "the speech". */
const DEFINITE_OPENING = /^(?:the|this|that)\s/i;
const DETERMINERS = new Set(['The', 'This', 'That', 'These', 'Its', 'Their', 'His', 'Her']);
/** Nouns an event word only modifies: "summit declaration", "meeting room", "treaty obligations". */
const MODIFIED_NOUN = new RegExp(
  // (past another event word too: "the summit meeting room")
  '^\\s*(?:(?:meeting|conference|summit|election|vote|strike)\\s+)?(?:declaration|communiqu[eé]|agenda|venue|site|places?|spots?|host|hosts|preparations?|organi[sz]ers?|season|room|rooms|hall|table|minutes|schedule|obligations?|' +
    'allies|partners|members|ally|partner|member|text|language|draft|signatories|talking points|notes|transcript|calendar|' +
    // an election's people, rules and paraphernalia: "Democratic primary voters", "the 2008 election cycle", "an election poster"
    'voters?|electorate|posters?|cycles?|officials?|workers?|observers?|monitors?|laws?|fraud|interference|hacking|spending|strategists?|' +
    'polls?|polling|forecasts?|ads?|advertising|coverage|stage|moderators?|' +
    // a climb's stages: "the final summit push", "a summit bid" (a strike's or a talks' team, "the strike team"; "the meeting point")
    'push|bid|attempts?|ridge|routes?|camps?|teams?|points?|' +
    // a campaign runs before its election, no day of the vote ("The election campaign officially began on Sunday"); a way of speaking
    'campaigns?|impediments?|therap(?:y|ists?)|patterns|' +
    // what goes before a strike: "issued a 72-hour strike notice", "the strike deadline", "a strike mandate"
    'notices?|deadlines?|mandates?|threats?|funds?|pay)\\b',
  'i',
);
/** A count or an amount before a plural event word: "the number of meetings", "dozens of summits", "a series of talks" (not "a round of talks": one event). */
const COUNTED_BEFORE = /\b(?:number|numbers|dozens|hundreds|thousands|scores|series|string|lot|lots|plenty|handful|couple|amount|total)\s+of\s+(?:[\w’'-]+\s+){0,2}$/i;
/** A time reference or a topic: "before the summit", "ahead of this week's gathering", "an analysis on the summit", "met … to prepare the summit". */
// (a conjunction ends the preposition's phrase: "dissolved parliament on Friday and set a snap election")
// (so does a verb with its object: "after the union staged a warning strike" is a clause of its own)
const ASIDE_PREPOSITION = /\b(?:before|after|ahead of|prior to|since|until|following|during|throughout|on|about|regarding|over|for|against|(?:to\s+)?prepar(?:e|es|ed|ing)(?:\s+for)?|in\s+preparation\s+for)\s+(?:(?!(?:and|or|but)\s|[a-z]+ed\s+(?:a|an|the|its|their|his|her)\s)[\w’'-]+\s+){0,4}$/i;

/** A verb opening a noun trigger's match: "held a rally", "lost a confidence vote", "resumed talks". */
const VERB_OPENING =
  /^(?:hold|holds|held|holding|call|calls|called|set|sets|setting|win|wins|won|winning|lose|loses|lost|losing|contest(?:s|ed|ing)?|voted|votes|force[sd]?|forcing|schedul(?:e|es|ed|ing)|surviv(?:e|es|ed|ing)|fac(?:e|es|ed|ing)|open(?:s|ed)?|beg[ia]n|begins|conclude[sd]?|resume[sd]?|wrapped|start(?:s|ed)?|(?:re)?launched|continued?|staged?|staging|took|taking)\s/i;

/** What may close a sentence after its reporting cue: a day, then the full stop. */
const CUE_CLOSING = /^(?:\s+(?:on\s+|late\s+|early\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)(?:\s+(?:night|morning|afternoon|evening))?)?\s*[.!?]?\s*$/;
/** A comma, then the few words of the source, before a cue: ", committee chairman Tim Scott". */
// (a body's full name may run long: ", the Office of the Chief Coroner for Ontario announced Monday.")
const CUE_SUBJECT = /,\s+(?:[\p{L}'’.-]+\s+){1,9}$/u;

/**
 * A day of its own right after an event noun, past an aside comma and a place: "The group's last
 * meeting, on the 2nd, ended …", "the party's convention in Winnipeg next month", "The Fed's next
 * meeting is March 17-18": the noun names
 * the occasion by its day, no reference back to one told before.
 */
const OWN_DAY_AFTER = new RegExp(
  `^,?\\s+(?:(?:in|at)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3},?\\s+)?(?:on\\s+(?:the\\s+\\d{1,2}(?:st|nd|rd|th)\\b|${MONTH}\\s+\\d|${WEEKDAY}\\b)|(?:next|last|this)\\s+(?:week|month|year|${WEEKDAY})\\b)|^\\s+(?:is|was|will be)\\s+(?:(?:on|set for|scheduled for)\\s+)?(?:${MONTH}\\s+\\d|${WEEKDAY}\\b)`,
  'u',
);

/** A preposition of setting before the noun, in its clause: "at the", "at the Fair Immigration Reform Movement and The Nation". */
const SETTING_BEFORE = /\b(?:at|to|from|in)\s+[^,;.]{0,56}$/i;

/** "for a", "for an" before an event word: its purpose. */
const FOR_ONE = /\bfor\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,3}$/i;

/** The rest of a body's name after an event word in title case: " of Oban Organisation", " Commission". */
const BODY_AFTER = /^(?:\s+(?:of|for|on|the|\p{Lu}[\p{L}-]*)){0,4}\s+(?:Organi[sz]ation|Commission|Council|Secretariat|Alliance|Association|Authority|Agency|Institute|Foundation|Office)\b/u;

/** What a summit is the peak of: "the summit of the league", "the summit of world tennis", "the summit of her career". */
const PEAK_OF = /^\s+of\s+(?:(?:the|his|her|its|their|world|European|English)\s+)?(?:[\w-]+\s+)?(?:league|table|standings|rankings|charts?|game|sport|mountain|peak|hill|ladder|career|profession|power|football|tennis|golf|cricket|rugby|athletics|industry|pyramid|pile|heap)\b|^\s+of\s+(?:Mount|Mt\.?|Mont|Monte|Ben|Pico|Cerro)\s|^\s+of\s+(?:his|her|its|their|my|our|your)\s+(?!(?:[\w-]+\s+)?(?:leaders|ministers|allies|counterparts|heads|partners|members|governors|premiers|mayors)\b)/i;

/** A climb to a peak: "reached the summit", "hikers who climbed to the summit". */
const CLIMBED_TO = /\b(?:reached|reach|reaches|reaching|climbed|climb|climbs|climbing|scaled|scale|scaling|conquered|summited)\s+(?:to\s+)?(?:the\s+|a\s+)?$/i;

/**
 * What follows "meet"/"met (with)" when nobody meets in person: a goal or demand met ("meet the
 * pledge", "met its emissions targets", "meets the criteria"), or a reception ("was met with
 * criticism", "met with stiff resistance", but "met with opposition leaders": the noun must end
 * the phrase); up to two modifiers before the noun.
 */
const NOT_MET_IN_PERSON = new RegExp(
  "^\\s+(?:(?:the|a|an|its|their|his|her|our|your|this|that|these|those|all|any|every|both|such|much|some|widespread|little)\\s+)?" +
    // no preposition but "of" among the modifiers: "met with leaders on targets" is a meeting, "met with a lot of skepticism" none
    "(?:(?!(?:on|about|over|for|in|at|to|from|by|with|and|or|after|before|during)\\s)[\\w’'-]+\\s+){0,2}?" +
    '(?:(?:pledges?|goals?|targets?|deadlines?|demands?|requirements?|standards?|criteria|criterion|obligations?|expectations?|needs|thresholds?|' +
    'quotas?|benchmarks?|commitments?|conditions?|costs?|bills?|payroll)\\b|' +
    '(?:criticism|resistance|opposition|skepticism|scepticism|protests?|outrage|approval|applause|silence|derision|ridicule|disbelief|boos|' +
    "cheers|backlash|praise|success|indifference|suspicion|hostility|chants|jeers|heckling|anger|fury|dismay|alarm|concern|laughter|shock|surprise|condemnation|scorn|rejection)(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:from|of|over|about|on|at|in|by|and|for|after|when|as|but|because)\\b))",
  'i',
);

/** The auxiliary of a passive "met with" (a reception): "was met with", "has been met with", "were largely met with". */
const RECEIVED_BEFORE = /\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\p{Ll}+ly\s+)?$/u;

/** A meeting held as a debate: " in a televised debate", " again in their final debate". */
const IN_A_DEBATE = /^\s+(?:again\s+|only\s+|once\s+|twice\s+){0,2}(?:in|for)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?debates?\b/i;

/**
 * "met with the opposition in Caracas", "met with the Venezuelan opposition": with "the", the
 * opposition is the parties opposed, people one meets; "met with the opposition of the unions" is
 * still a reception.
 */
const MET_THE_OPPOSITION = /^\s+the\s+(?:[\w’'-]+\s+){0,2}?opposition\b(?!\s+(?:of|from|to)\b)/i;

export interface TriggerHit {
  kind: EventKind;
  /** Offset of the event word's phrase in the sentence. */
  offset: number;
  verb: boolean;
  /** A definite noun phrase that refers back to an event ("the summit", "this week's gathering"). */
  definite: boolean;
  /** A reference back or an aside ("before the summit"): an event of its own only when nothing else is. */
  referenceOnly: boolean;
  /** Capitalised words between the definite word and the event word: "the NATO summit" -> ["NATO"]. */
  qualifiers: string[];
  /** The word that labels the event in place of its kind ("inquest"), if any. */
  label?: string;
  /** One phase of an election held in phases: see Trigger.phase. */
  phase?: true;
  /** The noun set down for a time or a place: see Trigger.setDown. */
  setDown?: true;
}

/**
 * The sentence's event word, used as an event: not inside a name ("North Atlantic Treaty
 * Organisation"), not modifying a noun ("summit declaration"); a time reference ("before the
 * summit") only when nothing else is. `reported` is the sentence with quotations blanked out, so
 * their words count for nothing; `names` are the spans of names of actors in the text, the
 * sentence starting at `sentenceStart` of it. `reported` events the sentence also holds (no
 * reference back, no time reference), each pattern's first and, after it, its second, are pushed
 * to `also` when given.
 */
export function triggerIn(reported: string, possible: readonly number[], names: ReadonlyArray<{ start: number; end: number }>, sentenceStart: number, also?: TriggerHit[]): TriggerHit | null {
  let best: TriggerHit | null = null;
  let bestRank = Infinity;
  for (const i of possible) {
    const { kind, verb } = TRIGGERS[i];
    // a second use of the same words is looked for only once the first is another event of the
    // sentence's (`also`): "a runoff on April 13 after … Sunday's first round" holds two elections
    let pushed = false;
    for (let m = firstMatch(i, reported), pass = 0; m && pass < 2; m = pushed && !pass++ ? firstMatch(i, reported, m.index + m[0].length) : null) {
      const end = m.index + m[0].length;
      // (not the setting of another act: "spoke at The Nation forum on Sunday" is a speech's day)
      const reference = TRIGGERS[i].reference && !(OWN_DAY_AFTER.test(reported.slice(end, end + 60)) && !SETTING_BEFORE.test(reported.slice(Math.max(0, m.index - 60), m.index)));
      // "Treaty" of the North Atlantic Treaty Organisation: a name, not an event
      if (!verb && /^\p{Lu}/u.test(m[0]) && insideName(names, sentenceStart + m.index, sentenceStart + end)) continue;
      // "the Treaty of Oban Organisation", "the Port Treaty Commission": a body's name the analysis did not take whole
      if (!verb && /^\p{Lu}/u.test(m[0]) && BODY_AFTER.test(reported.slice(end, end + 60))) continue;
      // "at the summit of the league", "the summit of his career": a peak, not a gathering
      if (kind === 'summit' && (PEAK_OF.test(reported.slice(end, end + 48)) || CLIMBED_TO.test(reported.slice(Math.max(0, m.index - 24), m.index)))) continue;
      // "the American Action Forum", "the World Economic Forum": a forum in title case is a body's name
      if (m[0] === 'Forum') continue;
      // "broad agreement among analysts", "the Good Friday Agreement", "the zloty's rally": another sense
      if (!verb && otherSense(kind, reported, m.index, end)) continue;
      if (verb && nameWord(reported, m)) continue;
      // "a clinical trial began", "went on trial with the club in the pre-season": no court's business
      if (TRIGGERS[i].court && /trial/i.test(m[0]) && (NOT_A_COURT_TRIAL.test(reported.slice(Math.max(0, m.index - 24), end + 10)) || (SPORT.test(reported) && !LEGAL.test(reported)))) continue;
      if (TRIGGERS[i].legal && !LEGAL.test(reported)) continue;
      // "the number of meetings", "dozens of summits": a count of events is no one event
      // ("Thousands of farmers held a rally": a count of the verb's subject, not of events)
      if (!verb && !VERB_OPENING.test(m[0]) && COUNTED_BEFORE.test(reported.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (!verb && MODIFIED_NOUN.test(reported.slice(end))) continue;
      // "ended without an agreement", "did not meet", "no deal was reached": what did not happen is no event
      if (negated(reported, m, !!verb, kind === 'strike' || kind === 'rally')) continue;
      // "will meet the pledge", "met its targets", "was met with criticism": to meet in another sense
      if (verb && kind === 'meeting' && NOT_MET_IN_PERSON.test(reported.slice(end, end + 64)) && !MET_THE_OPPOSITION.test(reported.slice(end, end + 64))) continue;
      // "was met with chants of …", "were met with tear gas": in the passive, "met with" is how something was received
      if (verb && kind === 'meeting' && /^met with$/i.test(m[0]) && RECEIVED_BEFORE.test(reported.slice(Math.max(0, m.index - 24), m.index))) continue;
      // "will meet in a televised debate": the debate is the event
      if (verb && kind === 'meeting' && IN_A_DEBATE.test(reported.slice(end, end + 48))) continue;
      const before = reported.slice(Math.max(0, m.index - 40), m.index);
      // (a match that opens with its verb, "lost a confidence vote", "set a snap election": what stands before is its subject's)
      const noun = !verb && !VERB_OPENING.test(m[0]);
      // (the pattern may take the determiner in: "to boycott the speech" refers back as "the summit" does)
      const definite = noun && (DEFINITE_BEFORE.test(before) || DEFINITE_OPENING.test(m[0]));
      // ("to meet in Brussels for an informal summit": what a journey is for, not a time reference)
      const timeReference = noun && ASIDE_PREPOSITION.test(before) && !FOR_ONE.test(before);
      // ranks: an event the sentence reports, by kind; then references back; then time references
      // ("…, committee chairman Tim Scott announced.": the cue that reports the sentence's event, after any other kind)
      const cue = kind === 'announcement' && verb && CUE_CLOSING.test(reported.slice(end)) && CUE_SUBJECT.test(reported.slice(Math.max(0, m.index - 60), m.index));
      const rank = TRIGGER_ORDER.indexOf(kind) + (cue ? 50 : 0) + (reference ? 100 : 0) + (timeReference ? 200 : 0);
      const label = TRIGGERS[i].label && (TRIGGERS[i].labelAlways || m[0].toLowerCase().includes(TRIGGERS[i].label!)) ? TRIGGERS[i].label : undefined;
      if (also && !reference && !timeReference && !definite) {
        also.push({ kind, offset: m.index, verb: !!verb, definite: false, referenceOnly: false, qualifiers: [], label });
        pushed = true;
      }
      if (pass) continue;
      // (of one rank, a verb before a noun: "after talks with the HSE broke down late on Thursday" is dated by what became of the talks)
      if (rank < bestRank || (rank === bestRank && best && (verb && !best.verb ? true : !!verb === best.verb && m.index < best.offset))) {
        bestRank = rank;
        const qualifiers = definite ? ((DEFINITE_BEFORE.exec(before)?.[0] ?? m[0]).match(/\p{Lu}[\p{L}-]*/gu) ?? []).filter((w) => !DETERMINERS.has(w)) : [];
        best = { kind, offset: m.index, verb: !!verb, definite: definite || !!reference, referenceOnly: !!reference || timeReference, qualifiers, label, phase: TRIGGERS[i].phase, setDown: TRIGGERS[i].setDown };
      }
    }
  }
  return best;
}

/**
 * Whether a verb trigger's match opens with a word of a name: "the Met Office", "Met Police" (a
 * capital past the sentence's first word, and another after it), unless the sentence is a
 * headline, whose every word has one ("Trump Meets With Expert").
 */
function nameWord(reported: string, m: RegExpExecArray): boolean {
  if (!/^\p{Lu}/u.test(m[0]) || !/\S/.test(reported.slice(0, m.index))) return false;
  const word = /^\S+/.exec(m[0])![0];
  return /^\s+\p{Lu}/u.test(reported.slice(m.index + word.length)) && /\s\p{Ll}{4,}/u.test(reported);
}

/** A trial that is no court's: "a clinical trial", "the drug trial", "a pilot trial", "trial balloon". */
const NOT_A_COURT_TRIAL = /\b(?:clinical|drug|drugs|vaccine|medical|randomi[sz]ed|pilot|field|free|time|phase \w+|treatment|research) trials?\b|\btrial balloons?\b/i;
/** A court's words in a sentence. */
const LEGAL = /\b(?:court|lawsuit|suit|sued|plaintiffs?|justices|jury|jurors?|judge|magistrates?|accused|charged?|charges|den(?:y|ies|ied)|prosecut\w*|defendants?|pleaded|plead|guilty|murder|manslaughter|fraud|assault|rape|theft|conspiracy|defence lawyer|attorney)\b/i;
/** A football club's words in a sentence: a player "on trial" with a club is tried out. */
const SPORT = /\b(?:club|squad|pre-?season|signing|signed|midfielder|striker|goalkeeper|defender|winger|academy|trialists?|League Cup|Premier League|manager)\b/;


/** Whether [start, end) lies in a name and ends before the name does. */
function insideName(names: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  for (const n of names) if (start >= n.start && end < n.end) return true;
  return false;
}

/** Kinds an unspecific word ("gathering", "forum", "meeting") may refer back to. */
export const GATHERINGS: ReadonlySet<EventKind> = new Set(['summit', 'meeting', 'talks', 'press conference', 'hearing', 'rally']);
/** Occasions of speaking, which one speaker's next words may go on with. */
export const SPEAKING: ReadonlySet<EventKind> = new Set(['statement', 'speech', 'press conference']);

/** A photo credit in a line ("(AP Photo/…", "Photo: …", "/Getty Images") or a line of its own ("Credit: NATO"). */
const CREDIT =
  /\((?:AP|AFP|Reuters|Getty|EPA|Xinhua|Bloomberg)?\s*Photo\b|\b(?:Photo|Image|Credit|Photo credit)\s*:|\/(?:Getty Images|AFP|Reuters|AP)\b|\((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*\s*\/\s*(?:The\s+)?\p{Lu}[\p{L} .&'’-]{1,40}\)\s*$|\b(?:REUTERS|AFP|AP|EPA|XINHUA|POOL|GETTY IMAGES)\s*\/\s*\p{Lu}/u;

/**
 * A credit on a line of its own, under its caption: the label and a few words, a name or an agency
 * ("Photo: Jane Doe/Reuters"); a labelled line that goes on is a caption itself ("Photo: Workers
 * arrive for the morning shift at the port."), and the paragraph above it is the article's.
 */
const CREDIT_LINE = /^\s*(?:Credit|Photo|Image|Photograph)\s*:\s*(?:\S+\s+){0,5}\S*\s*$/i;

/** Whether a paragraph is a photo caption: it carries a credit, or the next line is one. */
export function isCaption(paragraph: string, next: string | null): boolean {
  return CREDIT.test(paragraph) || (next !== null && CREDIT_LINE.test(next));
}

/** A newsroom: an organisation whose name is an outlet's. */
export const isNewsroom = (a: LocalActor): boolean => a.kind === 'organization' && orgKindsOfName(a.name).includes('media');

/** Before a newsroom's name: it saw a document or reports the story ("a memo seen by", "first reported by", "according to"). */
const REPORTS_BEFORE = /\b(?:(?:seen|reviewed|obtained|viewed|examined|read|reported)(?:\s+(?:first|exclusively|earlier|on|last|this|\w+day|week|month))*\s+by|according\s+to)\s+(?:the\s+)?$/i;
/**
 * Before any body's name: it counted or projected the figures the sentence tells ("according to
 * projections by the public broadcaster ZDF", "exit polls from the Ipsos institute"), which a
 * broadcaster or a pollster does without taking part in the event.
 */
const COUNTED_BY = /\b(?:projections?|exit polls?|polls?|estimates?|forecasts?|surveys?|tall(?:y|ies)|(?:preliminary|provisional|partial|early) (?:results|figures|counts?))\s+(?:\w+\s+){0,2}?(?:by|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
/** After a newsroom's name: it reports ("Reuters reported", "Bloomberg first reported"). */
const REPORTS_AFTER = /^\s+(?:has\s+|had\s+|first\s+|previously\s+|earlier\s+)*(?:reported|reports)\b/i;

/**
 * Whether mention `m` only tells the story, no party to the event: a newsroom that saw a document
 * or reports ("seen by Reuters", "according to the AP", "Bloomberg reported"; the wire of a
 * dateline, "(Reuters) -", is outside the sentence already), or any body whose projections or
 * counts the sentence cites (COUNTED_BY). `narration` is the sentence's
 * text from offset `from`.
 */
export function onlyReports(narration: string, from: number, m: Analysis['mentions'][number]): boolean {
  const before = narration.slice(Math.max(0, m.start - from - 60), m.start - from);
  if (m.actor.kind === 'organization' && COUNTED_BY.test(before)) return true;
  if (!isNewsroom(m.actor)) return false;
  const after = narration.slice(m.end - from, m.end - from + 40);
  return REPORTS_BEFORE.test(before) || REPORTS_AFTER.test(after);
}
