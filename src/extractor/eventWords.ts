/**
 * Event words and what makes them events: the triggers ("a summit", "met with", "released a
 * report"), whether an occurrence is used as an event (not inside a name, not a modifier, not a
 * time reference; the places are in ./eventPlaces), and photo captions.
 */
import type { LocalActor } from './actors';
import type { EventKind } from './types';
import type { Analysis } from './analyze';
import { orgKindsOfName } from './lexicon/organisations';
import { MONTH } from './datePatterns';
import { otherSense } from './eventSenses';
import { negated } from './eventNegation';

interface Trigger {
  pattern: RegExp;
  kind: EventKind;
  /** Words without which the pattern cannot match: a sentence runs only the patterns its words call for. */
  words: string;
  /** A verb ("met with"): a new event each time, never a reference back to an earlier one. */
  verb?: true;
  /** A bare noun after a definite word ("this week's gathering"): only ever a reference back. */
  reference?: true;
  /** A court's business, which a sports trial ("went on trial with the club") or a drug's ("a clinical trial began") is not. */
  court?: true;
  /** Only in a sentence of a court's words ("jury", "charged", "Crown Court"): "a trial of 20mph limits began" is a pilot. */
  legal?: true;
  /**
   * Where a match of `pattern` can begin (global): for a pattern that opens with a look-behind,
   * which would otherwise be tried at every character of the sentence.
   */
  starts?: RegExp;
  /** The word that labels the event in place of its kind when the match holds it: "inquest", "trial", "referendum" (all hearings or elections). */
  label?: string;
  /** `label` labels every match, holding the word or not ("The Court of Appeal dismissed …" is a ruling). */
  labelAlways?: true;
}

/** A day that dates the event word after it: "Monday's hearing", "the July 12 general election", "a two-day hearing". */
const DAY_BEFORE = `(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s|${MONTH} \\d{1,2}(?:,? (?:19|20)\\d{2})?|(?:one|two|three|four|five|\\d)-day)`;

/** What kind of election: "federal", "the April 28 general election", "a parliamentary election". */
const ELECTION_OF = 'general|presidential|midterm|special|federal|provincial|state|municipal|local|parliamentary|legislative|national|snap|mayoral|gubernatorial|regional|European';

/** What signing or reaching makes an agreement: "signed a trade pact", "reached a ceasefire deal". */
const AGREEMENT_NOUNS = '(?:agreements?|deals?|treaty|treaties|pacts?|accords?|memorand(?:um|a)|MoUs?|MOUs?|contracts?|declarations?|ceasefires?|truces?|protocols?|charters?|conventions?|compacts?|armistice)';

/** The kinds of court a hearing is held at, as their names end: "Leeds Crown Court", "Cork District Court". */
const COURT_KINDS = "(?:Crown|Local|Magistrates['’]?|District|Circuit|Superior|Supreme|High|County|Federal|Municipal|Sheriff|Youth|Family|Criminal|Bankruptcy|Appeals?|Coroner['’]s|Provincial|Sessions|Civil|Juvenile|Claims|Tax|Labou?r|Employment|Chancery|Magistrate['’]?s)";

/** Date words between "voted" and what was voted for: "voted last week to close", "voted on Tuesday against". */
const VOTE_WHEN = String.raw`(?:(?:on|last|this|earlier|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|night|today|yesterday)`;
/** What names a vote as one body's decision: "a committee vote", "the confidence vote", "a strike vote". */
export const VOTE_MODIFIERS = 'committee|council|caucus|confidence|no-confidence|final|floor|procedural|cloture|board|party|membership|leadership|strike|ratification|recall|parliamentary|shareholder|shareholders[\'’]|members[\'’]';
/** Verbs whose object is a vote that takes place: "held a vote", "lost the confidence vote", "faces a recall vote". */
export const VOTE_VERBS = 'hold|holds|held|holding|call|calls|called|force|forces|forced|schedule|schedules|scheduled|win|wins|won|lose|loses|lost|survive|survives|survived|face|faces|faced|facing';

/**
 * Event words, each with the context that makes it an event and not a figure of speech: "a big
 * deal" and "the election" (in a campaign story) are no events; "the Iowa caucuses" and "a NATO
 * summit" are.
 */
const TRIGGERS: Trigger[] = [
  { pattern: /\b(?:press|news) (?:conference|briefing)s?\b/i, kind: 'press conference', words: 'conference conferences briefing briefings' },
  { pattern: /\btold (?:reporters|journalists|the press)\b/i, kind: 'press conference', words: 'told', verb: true },
  { pattern: /\bsummits?\b/i, kind: 'summit', words: 'summit summits' },
  {
    // (a round of them, or talks opened, concluded or resumed: "concluded a 13th round of talks", "due to resume talks")
    pattern: /\b(?:held|hold|holding|holds|during|in|at|after|before) (?:[\w.]+ ){0,3}?(?:talks|negotiations)\b|\brounds? of (?:[\w-]+ ){0,2}(?:talks|negotiations)\b|\b(?:opened|open|opens|began|begin|begins|concluded|conclude|concludes|resumed|resume|resumes|wrapped up|started|start|launched|relaunched|continue|continued)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\b/i,
    kind: 'talks',
    words: 'talks negotiations',
  },
  // talks told by what became of them: "Talks between Stelco and the union broke down May 2", "Wage talks … will resume next week"
  // (talks that "ended without an agreement" are told as what did not happen, no event)
  {
    pattern: /\b(?:talks|negotiations)(?: (?:between|with|on|over|for) [^,;.()]{1,80}?)? (?:broke down|collapsed|stalled|(?:ended|concluded)(?! without| with no)|wrapped up|opened|began|resumed|got under way|(?:will|are due to|are set to|are expected to|are to) (?:resume|open|begin|start|continue))\b/i,
    kind: 'talks',
    words: 'talks negotiations',
  },
  { pattern: /\b(?:meeting|meetings|gathering) (?:of|with|in|at|between|on|during)\b/i, kind: 'meeting', words: 'meeting meetings gathering' },
  // what was done at one: "agreed the wording at a Cabinet meeting last week"
  { pattern: /\bat (?:a|an) (?:[\w-]+ ){0,2}?meeting\b/i, kind: 'meeting', words: 'meeting' },
  { pattern: /(?<=\b(?:the|this|that|these|its|their|[\w-]+['’]s?)\s+(?:[\w’'-]+\s+){0,3})(?:meeting|meetings|gathering|forum)\b/i, kind: 'meeting', words: 'meeting meetings gathering forum', reference: true, starts: /meeting|gathering|forum/gi },
  {
    // (a trial's "opening statement" is the trial's business)
    pattern: /\b(?:said|says|wrote|added|stated) in (?:a|an|its|his|her|their|the) (?!opening |closing )(?:[\w-]+ ){0,2}statement\b|\b(?:issued|released|put out) (?:a|an|its|his|her|their|the) (?:[\w-]+ ){0,2}statement\b/i,
    kind: 'statement',
    words: 'statement',
  },
  // a minister's statement to a chamber: "will make a statement to the House of Commons next Tuesday"
  {
    pattern: /\b(?:make|makes|made|making|deliver|delivers|delivered|give|gives|gave) (?:a|an) (?:[\w-]+ ){0,2}statement (?:to|in|before) (?:the )?(?:[A-Z][\w-]+ )?(?:House|Commons|Parliament|Dáil|Dail|Senate|Assembly|Legislature|Lords|Congress|MPs)\b/,
    kind: 'statement',
    words: 'statement',
  },
  { pattern: /\b(?:a|his|her|the|their|its) (?:\w+ )?speech\b/i, kind: 'speech', words: 'speech' },
  // (what is said at a court is said at a hearing: "Judge Eugene O'Kelly said at Limerick District Court on Tuesday")
  {
    pattern: new RegExp(`\\b(?:said|says|spoke|speaking) (?:\\w+ ){0,2}at (?:(?:the )?(?!(?:[A-Z][\\w'’-]* ){0,3}${COURT_KINDS} Court\\b)[A-Z][\\w-]*|(?:a|an) (?:[\\w-]+ ){0,3}(?:forum|conference|event|dinner|ceremony|rally|symposium|luncheon|reception))\\b`),
    kind: 'speech',
    words: 'said says spoke speaking',
    verb: true,
  },
  { pattern: new RegExp(`\\b(?:said|says|told|ruled|ordered) (?:\\w+ ){0,2}at (?:the )?(?:[A-Z][\\w'’-]* ){0,3}${COURT_KINDS} Court\\b`), kind: 'hearing', words: 'court', verb: true },
  { pattern: /\b(?:visit|visits|trip) to\b/i, kind: 'visit', words: 'visit visits trip' },
  { pattern: /\b(?:agreement|pact|treaty|accord)\b/i, kind: 'agreement', words: 'agreement pact treaty accord' },
  // (not a determiner opening the sentence, "The debate over housing has raged": a dispute, no one event; "a second debate" is one)
  { pattern: new RegExp(`\\b(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Any|Every|Such|No)\\b)(?:[A-Z][\\w-]+|\\d{4}|${DAY_BEFORE}) (?:presidential |primary |televised )?debates?\\b|\\b(?:televised|TV|head-to-head|leaders['’]|first|second|third|fourth|final)\\s+debates?\\b`), kind: 'debate', words: 'debate debates' },
  // candidates who meet in a debate: "The leaders will meet in a televised debate on Oct. 21" (a debate, not a meeting)
  { pattern: /\b(?:meet|meets|met|face|faces|faced|clash|clashed|square off|squared off) (?:again )?in (?:a|an|the|their) (?:[\w-]+ ){0,2}?debates?\b/i, kind: 'debate', words: 'debate debates', verb: true },
  {
    // a court's hearings by their stage ("a pretrial hearing", "a plea hearing") or their day ("Monday's hearing")
    pattern: new RegExp(
      '\\b(?:congressional|Senate|House|confirmation|court|committee|select committee|parliamentary|tribunal|sentencing|bail|appeal|public|' +
        `pre-?trial|preliminary|evidentiary|plea|extradition|disciplinary|detention|custody|remand|status|confiscation|committal|fitness|parole|immigration|` +
        `deportation|asylum|impeachment|oversight|arbitration|misconduct|competency|${DAY_BEFORE}) hearings?\\b|` +
        // a hearing a body holds: "will hold a hearing on the deal on 3 September", "held a public hearing"
        '\\b(?:hold|holds|held|holding|schedule[ds]?|scheduling) (?:a|an|its|their) (?:[\\w-]+ ){0,2}hearings?\\b',
      'i',
    ),
    kind: 'hearing',
    words: 'hearing hearings',
  },
  // a witness before a committee: "appeared before the Environment, Food and Rural Affairs Committee", "gave evidence to MPs"
  {
    // (in any tense: "will testify before the House Transportation Committee", "will give evidence to", "appear before a Senate inquiry")
    pattern: /\b(?:appear(?:s|ed|ing)?|testif(?:y|ies|ied|ying)|g(?:ive|ives|ave|iving) evidence) (?:before|to) (?:(?:the|a) (?:[\w’'-]+,? (?:and )?){0,6}(?:[Cc]ommittee|[Ss]ubcommittee|[Ii]nquiry|[Tt]ribunal|Commission)|Congress|the Senate|the House|Parliament|MPs|MSPs|TDs|senators|lawmakers|legislators)\b/,
    kind: 'hearing',
    words: 'appear appears appeared appearing testify testifies testified testifying evidence',
    verb: true,
  },
  {
    // (a protest, a demonstration or a vigil held is one too; "a rally would be held outside Parliament")
    pattern: /\brally (?:in|at|on|against|outside|near)\b|\brally (?:will|would|is to|was to|is due to|is set to) be held\b|\b(?:held|hold|holds|holding|staged?|staging)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:rally|protest|demonstration|vigil)\b/i,
    kind: 'rally',
    words: 'rally protest demonstration vigil',
  },
  // people who march or protest somewhere: "marched through the Sydney CBD", "will protest in Paris on Monday"
  // (a place in capitals after the preposition: "protested at the decision" is a complaint)
  {
    // (not "rallied": shares rally; nor a day after the preposition, "marched on Monday")
    pattern: new RegExp(`\\b(?:marched|demonstrated|protested|(?:will|to|plan to|plans to|planned to) (?:march|demonstrate|protest)) (?:through|outside|in front of|at|in|on|to)(?: the)? (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|${MONTH})\\p{Lu}`, 'u'),
    kind: 'rally',
    // (not "march": the month's name, lower-cased, would bring every sentence of March here)
    words: 'marched demonstrated protested demonstrate protest',
    verb: true,
  },
  {
    pattern: new RegExp(
      `\\b(?:[A-Z][\\w-]+(?:['’]s)?|\\d{4}|${DAY_BEFORE}) (?:(?:${ELECTION_OF}) )?(?:primary|primaries|caucus|caucuses|election)\\b|` +
        // one held, called, won or lost: "holds a parliamentary election on 12 April", "since winning the federal election"
        `\\b(?:hold|holds|held|holding|call|calls|called|set|sets|setting|won|win|wins|winning|lost|lose|loses|losing|contest|contested|contesting|voted in|votes in)\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:${ELECTION_OF})\\s+elections?\\b`,
    ),
    kind: 'election',
    words: 'primary primaries caucus caucuses election elections',
  },
  // voters' day: "Nova Scotia voters will go to the polls on Nov. 4" (the day of the election, whatever day it was called)
  // (with its day: "hopes they still go to the polls and elect …", "to mobilize voters to go to the polls" are no one vote)
  {
    pattern: new RegExp(`\\b(?:go|goes|went|will go|head|heads|headed|return|returns|returned) to the polls(?= (?:on |next |this |in )?(?:\\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|${MONTH}|tomorrow\\b|today\\b))`, 'i'),
    kind: 'election',
    words: 'polls',
    verb: true,
  },
  // a referendum held ("in a national referendum on Sunday", "held a referendum in March 2024"), not one asked for ("called for a referendum")
  {
    pattern: new RegExp(`(?:\\b(?:in|held|hold|holds|holding|won|lost|win|lose|staged?|voted in|vote in|votes in)\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?|\\b(?:\\d{4}|${DAY_BEFORE})\\s+)referendums?\\b`, 'i'),
    kind: 'election',
    words: 'referendum referendums',
    label: 'referendum',
  },
  // voters who elect a body or an office: "Voters in Saxony elect a new state parliament on Sunday"
  {
    pattern: /\b(?:[Vv]oters|[Ee]lectors|[Rr]esidents|\p{Lu}\p{Ll}+ians|\p{Lu}\p{Ll}+ers)\b[^,;.]{0,40}? (?:elect|elects|will elect|choose|will choose) (?:a|an|the|their) (?:new )?(?:[\w-]+ ){0,2}?(?:parliament|legislature|assembly|president|mayor|government|council|governor|congress|senate|Bundestag|Landtag|Sejm|Storting|Riksdag)\b/u,
    kind: 'election',
    words: 'elect elects choose',
    verb: true,
  },
  // an election with its day: "in a primary on June 17", "the general election on Sunday" ("the election on Monday" alone may be any)
  {
    pattern: new RegExp(`\\b(?:(?:a|an) (?:(?:${ELECTION_OF}) )?|(?:the|its|their) (?:${ELECTION_OF}) )(?:primary|election|caucus|caucuses)(?= (?:on|next|this) (?:\\d|${MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|week\\b|month\\b))`),
    kind: 'election',
    words: 'primary election caucus caucuses',
  },
  // a by-election is one contest for one seat, whatever stands before it ("the riding by-election"), where "the election" may be any
  { pattern: /\bby-elections?\b/i, kind: 'election', words: 'by-election by-elections' },
  { pattern: /\b(?:visited|visiting|arrived in|traveled to|travelled to)\b/i, kind: 'visit', words: 'visited visiting arrived traveled travelled', verb: true },
  { pattern: /\b(?:will|would|shall|(?:set|due|scheduled|expected|plans?|is|are) to) (?:visit|tour|travel to|travel on to)\b/i, kind: 'visit', words: 'visit tour travel', verb: true },
  { pattern: /\b(?:met with|met|meets with|will meet|would meet|(?:due|set|scheduled|expected|is|are|was|were) to meet)\b/i, kind: 'meeting', words: 'met meets meet', verb: true },
  // a meeting in the present with its day: "when its ministers meet online on Sunday", "Ministers meet in Brussels next week"
  {
    pattern: new RegExp(`\\b(?:meet|meets)(?= (?:(?:online|virtually|again|privately|in person|in [A-Z][\\w-]+) )?(?:on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|\\d|${MONTH})|next (?:week|month)|this (?:week|month)|later this|tomorrow\\b))`),
    kind: 'meeting',
    words: 'meet meets',
    verb: true,
  },
  { pattern: /\bheld talks\b/i, kind: 'talks', words: 'held', verb: true },
  // a game by its score: "the Edmonton Oilers beat the Calgary Flames 4-3" (a meeting of two teams)
  {
    pattern: /\b(?:beat|defeated|edged|downed|thrashed|routed)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+\d{1,3}[-–]\d{1,3}\b/u,
    kind: 'meeting',
    words: 'beat defeated edged downed thrashed routed',
    verb: true,
    label: 'game',
    labelAlways: true,
  },
  // what is signed must be an agreement: a petition, a guest book, a card or a bill is not one
  { pattern: new RegExp(`\\b(?:signed|will sign)\\s+(?:on\\s+to\\s+|(?:[\\w’'-]+\\s+){0,4})${AGREEMENT_NOUNS}\\b`, 'i'), kind: 'agreement', words: 'signed sign', verb: true },
  { pattern: /\b(?:reached|struck|clinched|sealed|agreed to|brokered|inked)\s+(?:[\w’'-]+\s+){0,3}(?:deals?|ceasefires?|truces?|armistice)\b/i, kind: 'agreement', words: 'deal deals ceasefire ceasefires truce truces armistice', verb: true },
  { pattern: /\b(?:announced|unveiled)\b/i, kind: 'announcement', words: 'announced unveiled', verb: true },
  // a central bank's decision on rates is announced on a set day: "The Bank's next rate decision is due on 18 December"
  // (one told with no day, "complicating the Bank's next rate decision", is only a reference)
  { pattern: /\b(?:interest[- ]rate|rate|monetary policy) decisions?(?= (?:(?:is|are|was|were|will be) )?(?:(?:due|expected|scheduled|set) )?(?:on|next|this|in|at|later|early|\w+day)\b)/i, kind: 'announcement', words: 'decision decisions' },
  {
    pattern: /\b(?:published|released|issued|wrote in(?! (?:the|that|this|his|her|their|its) ))\b (?:(?:a|an|the|its|his|her|their) )?(?:[\w-]+ ){0,3}(?:piece|report|statement|analysis|study|memo|letter|book|commentary|op-ed|essay|article|Foreign Affairs)\b/i,
    kind: 'publication',
    words: 'published released issued wrote',
    verb: true,
  },
  // a film's or a book's release: "is released in cinemas on December 12", "opens in theaters Friday"
  { pattern: /\b(?:released|opens|premieres) in (?:UK |US |Irish )?(?:cinemas|theatres|theaters|bookshops|bookstores)\b/i, kind: 'publication', words: 'released opens premieres', verb: true },
  // "a report published on Thursday by the institute": the publication told after the thing published
  {
    // (a poll's or a survey's release is no event: its findings are the news, "a poll released last week found";
    // one a body is named as releasing is a study's publication, "A survey released Monday by the Alpine Institute")
    pattern: /\b(?:piece|report|analysis|study|memo|letter|book|commentary|op-ed|essay|article|interview)s?(?: with (?:the )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3})?,? (?:published|released|issued)(?= (?:on|last|this|earlier|today|yesterday|by|in|at|\w+day)\b)|\b(?:polls?|surveys?) (?:published|released|issued)(?= (?:(?:on |last |this )?\w+ )?by\b)/iu,
    kind: 'publication',
    words: 'published released issued',
    verb: true,
  },
  { pattern: /\bwrote in (?:the|that|this|his|her|their) (?:piece|report|analysis|study|memo|letter|book|commentary|op-ed|essay|article)\b/i, kind: 'publication', words: 'wrote', reference: true },
  { pattern: /\b(?:told|addressed) (?:an audience|a crowd|the [A-Z][\w.]+ (?:Congress|Parliament|Assembly))\b/, kind: 'speech', words: 'told addressed', verb: true },
  // a speech in a legislature, as parliamentary reports put it: "Speaking in the Dáil on Tuesday", "told the Commons", "spoke in Parliament"
  {
    pattern: /\b(?:[Ss]peaking|[Ss]poke|told|[Aa]ddressing|addressed) (?:in )?the (?:Dáil|Dail|Seanad|Commons|House of Commons|House of Lords|Lok Sabha|Rajya Sabha|Knesset|Bundestag|Senate floor|House floor)\b|\b(?:[Ss]peaking|[Ss]poke) (?:in|to) (?:Parliament|the (?:[A-Z][\w-]+ )?(?:Assembly|Parliament|Legislature))\b/,
    kind: 'speech',
    words: 'speaking spoke told addressing addressed',
    verb: true,
  },
  // a coroner's inquest: "told the inquest", "an inquest into his death heard"
  // (one asked for is none yet: "called for an inquest into his death", "want inquests into")
  {
    pattern: /\b(?:told|at|to|before|opened|resumed) (?:the|an) inquest\b|(?<!\b(?:for|want|wants|wanted|demand|demands|demanded|seek|seeks|sought|urged|ordered) (?:an |a |the |new )?)\binquests? (?:(?:has|had|was) )?(?:into|in|at|heard|was told|opened|resumed)\b/i,
    kind: 'hearing',
    words: 'inquest inquests',
    label: 'inquest',
  },
  // a court's business by what happens there: "appeared at Leeds Crown Court", "stood trial", "was jailed for seven years"
  // (a court by its kind: "Earls Court", "the Royal Court Theatre" are no courts)
  {
    pattern: new RegExp(
      `\\b(?:(?:appeared|appears|appear|appearing)(?: again| briefly| first)?|due back) (?:(?:in|at|before) (?:(?:the )?(?:[A-Z][\\w'’-]* ){0,3}${COURT_KINDS} Court|the Old Bailey|court|a (?:magistrate|judge))\\b(?! of public)|by video(?:[- ]?link)?\\b)|` +
        "\\b(?:stood|stands|went on|goes on|will stand|faces|is facing) trial\\b(?! by| with)|\\b(?:was|has been|had been) (?:jailed|sentenced|convicted|acquitted)\\b(?! without)|" +
        // a fine a court imposes: "was fined $560,000 in the Auckland District Court"
        `\\b(?:was|were|has been|had been) fined\\b(?=(?:[^,;.]|[,.]\\d){0,40}\\b(?:in|at|by) (?:the )?(?:[A-Z][\\w'’-]* ){0,3}${COURT_KINDS} Court)`,
    ),
    kind: 'hearing',
    words: 'appeared appears appear appearing back trial jailed sentenced convicted acquitted fined',
    verb: true,
    court: true,
    label: 'trial',
  },
  // a trial by its opening: "The trial of Daniel Okafor and Priya Nandra, who deny fraud, opened on Wednesday" (a court's, not a drug's or a pilot's)
  {
    // (or set down: "A trial on the merits is scheduled to begin on September 14")
    pattern: /\b(?:trial|retrial)(?: (?:of|on|in|for)(?: [\p{L}\d'’.-]+){1,16}?)?(?:,[^,;]{1,80},)? (?:opened|opens|began|begins|started|starts|resumed|resumes|got under way|gets under way|is under way|(?:is|was|are|were) (?:scheduled|set|due|expected) to (?:begin|start|open|resume))\b/u,
    kind: 'hearing',
    words: 'trial retrial',
    verb: true,
    court: true,
    legal: true,
    label: 'trial',
  },
  // a court's ruling: "A federal appeals court on Tuesday blocked a Texas law", "The Court of Appeal on Monday dismissed …"
  {
    pattern:
      /\b(?:[Cc]ourt|[Tt]ribunal|[Jj]ustices|[Jj]udges)(?: of (?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}))?(?:,? (?:on |last |this |late |earlier )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|today|yesterday),?)? (?:ruled|blocked|dismissed|upheld|overturned|struck down|quashed|threw out|rejected|halted)\b/,
    kind: 'hearing',
    // (gated by the court's word, rarer than its verbs)
    words: 'court tribunal justices judges',
    verb: true,
    label: 'ruling',
    labelAlways: true,
  },
  // a judgment set down or handed down: "The Supreme Court will deliver its judgment on … on Wednesday next week"
  {
    pattern: /\b(?:deliver|delivers|delivered|delivering|hand down|hands down|handed down|give|gives|gave|issue|issues|issued)\s+(?:its|their|his|her|a|the)\s+(?:[\w-]+\s+)?(?:judgment|judgement|ruling|verdict)\b/i,
    kind: 'hearing',
    words: 'judgment judgement ruling verdict',
    verb: true,
    legal: true,
    label: 'ruling',
    labelAlways: true,
  },
  // a court hearing a case: "will hear arguments in the full case on April 2", "Five justices heard the case"
  {
    pattern: /\b(?:will hear|to hear|heard|hears|began hearing|is hearing) (?:(?:oral |closing |opening )?arguments|the case|the appeal|an appeal|the challenge|submissions)\b/i,
    kind: 'hearing',
    // (gated by what is heard, rarer than "heard")
    words: 'arguments case appeal challenge submissions',
    verb: true,
    legal: true,
  },
  // what was done at one: "argued the case at a hearing in August"
  { pattern: /\bat (?:a|an) (?:[\w-]+ ){0,2}?hearing\b/i, kind: 'hearing', words: 'hearing' },
  // a labour dispute's strike ("went on strike", "walked off the job", "staged a walkout"), not a military one ("an air strike", "a strike on")
  // (one threatened or habitual is none: "would go on strike if …", "have gone on strike three times")
  {
    pattern: /\b(?:(?:went|are|were|is|was|will go) on strike|walk(?:ed|ing|s)? off the job|(?:staged?|staging|held|began|launched?) an? (?:[\w-]+ )?walkout|(?:took|taking|began|staged?|launched?) (?:strike|industrial) action)\b/i,
    kind: 'strike',
    words: 'strike job walkout action',
    verb: true,
  },
  // ("nationwide strikes on the energy grid", "rolling strikes on Gaza" are air raids: only kinds no raid has)
  // (a date after "on" is the strike's: "began a five-day strike on Friday")
  {
    pattern: new RegExp(`\\b(?:general|wildcat|hunger|national|nationwide|rotating|warning|token|indefinite|all-out|\\d+-(?:hour|day|week)|(?:one|two|three|four|five|six|seven|ten)-(?:hour|day|week)) (?:strikes?|walkouts?)\\b(?! (?:on|against) (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|\\d|${MONTH}))`, 'i'),
    kind: 'strike',
    words: 'strike strikes walkout walkouts',
  },
  // a strike by its span or its start: "will strike for 48 hours from 6 March", "a strike that began on Feb. 3"
  {
    pattern: new RegExp(`\\b(?:will|would|to|shall) strike (?:for (?:\\d+|a|an|one|two|three|four|five|six|seven|ten) (?:more )?(?:hours?|days?|weeks?)|from (?:\\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|${MONTH}|midnight|next))\\b`, 'i'),
    kind: 'strike',
    words: 'strike',
    verb: true,
  },
  // (the event word is the verb, whose date follows it: "ending a strike that began on Feb. 3")
  { pattern: /(?<=\b(?:strike|walkout),? (?:that|which) )(?:began|started)\b/i, kind: 'strike', words: 'strike walkout', verb: true, starts: /began|started/gi },
  // a legislature's or a council's vote on one measure: "passed the amended Land Use Charge Bill", "voted 7-2 to approve" (not "passed more amendments")
  {
    // (a judge rejects a motion, a governor or a studio approves a budget: only a chamber "passes" those)
    pattern: new RegExp(
      String.raw`\b(?:passed|voted (?:down|through))\s+(?:the|a|an|its)\s+(?:[\w’'-]+\s+){0,5}?(?:bill|legislation|amendment|budget|motion|resolution|ordinance|bylaw|by-law)\b|\b(?:approved|rejected|adopted)\s+(?:the|a|an|its)\s+(?:[\w’'-]+\s+){0,5}?(?:bill|legislation|amendment|resolution|ordinance|bylaw|by-law)\b|\bvot(?:ed|ing)\s+(?:\d+[-–]\d+|\d+ to \d+|unanimously)\b|` +
        // a body's decision by its vote ("the board voted last week to close", "voted 99 per cent in favour of a strike mandate")
        String.raw`\bvoted\s+(?:${VOTE_WHEN}\s+)?(?:(?:overwhelmingly|narrowly|unanimously)\s+)?(?:to|against|in favou?r of)\s|\bvoted\s+\d+(?:\.\d+)?\s*(?:per cent|percent|%)\s+(?:in favou?r|against)\b`,
      'i',
    ),
    kind: 'vote',
    words: 'passed approved rejected adopted voted voting',
    verb: true,
  },
  // a vote set down: "Council is expected to vote on June 10", "MPs will vote on the bill on 12 March"
  {
    pattern: /\b(?:will|shall|(?:is|are) (?:expected |due |set |scheduled |poised )?to|(?:expected|due|scheduled|set) to) vote (?:on|next|this|later)\b/i,
    kind: 'vote',
    words: 'vote',
    verb: true,
  },
  // a vote by its name: "a committee vote on the nomination", "a confidence vote on the budget", "held a caucus vote"
  // (not a figure of speech, "gave his coach a vote of confidence", nor a count, "by 212 votes")
  {
    pattern: new RegExp(String.raw`\b(?:${VOTE_MODIFIERS}) votes?\b(?! of confidence)|\bvotes? of no[- ]confidence\b|\b(?:${VOTE_VERBS})\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?vote\b(?! of confidence)`, 'i'),
    kind: 'vote',
    words: 'vote votes',
  },
];

/** `pattern` of the triggers with `starts`, sticky: tried only where `starts` finds a beginning. */
const STICKY = TRIGGERS.map((t) => (t.starts ? new RegExp(t.pattern.source, `${t.pattern.flags}y`) : null));

/** The first match of trigger `i`'s pattern in the sentence, as `pattern.exec` gives it. */
function firstMatch(i: number, sentence: string): RegExpExecArray | null {
  const { pattern, starts } = TRIGGERS[i];
  const sticky = STICKY[i];
  if (!starts || !sticky) return pattern.exec(sentence);
  // every match begins where `starts` matches: the first of those where the pattern matches is the leftmost match
  for (starts.lastIndex = 0; ; starts.lastIndex++) {
    const at = starts.exec(sentence);
    if (!at) return null;
    sticky.lastIndex = starts.lastIndex = at.index;
    const m = sticky.exec(sentence);
    if (m) return m;
  }
}

/** Kinds from the most to the least specific: a sentence's event is the first kind it holds. */
export const TRIGGER_ORDER: EventKind[] = ['summit', 'talks', 'meeting', 'press conference', 'visit', 'speech', 'agreement', 'vote', 'strike', 'statement', 'announcement', 'publication', 'debate', 'hearing', 'rally', 'election'];

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

/**
 * A definite reference just before an event word: "the summit", "this week's gathering",
 * "Stoltenberg’s visits"; not "the next budget meeting", one still to come.
 */
const DEFINITE_BEFORE = /\b(?:the|this|that|these|its|their|his|her|[\w-]+['’]s?)\s+(?:(?!(?:a|an|another|one|next)\s)[\w’'-]+\s+){0,3}$/i;
const DETERMINERS = new Set(['The', 'This', 'That', 'These', 'Its', 'Their', 'His', 'Her']);
/** Nouns an event word only modifies: "summit declaration", "meeting room", "treaty obligations". */
const MODIFIED_NOUN = new RegExp(
  '^\\s*(?:declaration|communiqu[eé]|agenda|venue|site|host|hosts|preparations?|organi[sz]ers?|season|room|rooms|hall|table|minutes|schedule|obligations?|' +
    'allies|partners|members|ally|partner|member|text|language|draft|signatories|talking points|notes|transcript|calendar|' +
    // an election's people, rules and paraphernalia: "Democratic primary voters", "the 2008 election cycle", "an election poster"
    'voters?|electorate|posters?|cycles?|officials?|workers?|observers?|monitors?|laws?|fraud|interference|hacking|spending|strategists?|' +
    'polls?|polling|forecasts?|ads?|advertising|coverage|stage|moderators?)\\b',
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

/** "for a", "for an" before an event word: its purpose. */
const FOR_ONE = /\bfor\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,3}$/i;

/** The rest of a body's name after an event word in title case: " of Oban Organisation", " Commission". */
const BODY_AFTER = /^(?:\s+(?:of|for|on|the|\p{Lu}[\p{L}-]*)){0,4}\s+(?:Organi[sz]ation|Commission|Council|Secretariat|Alliance|Association|Authority|Agency|Institute|Foundation|Office)\b/u;

/** What a summit is the peak of: "the summit of the league", "the summit of world tennis", "the summit of her career". */
const PEAK_OF = /^\s+of\s+(?:(?:the|his|her|its|their|world|European|English)\s+)?(?:[\w-]+\s+)?(?:league|table|standings|rankings|charts?|game|sport|mountain|peak|hill|ladder|career|profession|power|football|tennis|golf|cricket|rugby|athletics|industry|pyramid|pile|heap)\b|^\s+of\s+(?:Mount|Mt\.?|Mont|Monte|Ben|Pico|Cerro)\s/i;

/** A climb to a peak: "reached the summit", "hikers who climbed to the summit". */
const CLIMBED_TO = /\b(?:reached|reach|reaches|reaching|climbed|climb|climbs|climbing|scaled|scale|scaling|conquered|summited)\s+(?:to\s+)?$/i;

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
    "cheers|backlash|praise|success|indifference|suspicion|hostility)(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:from|of|over|about|on|at|in|by|and|for|after|when|as|but|because)\\b))",
  'i',
);

/** A meeting held as a debate: " in a televised debate", " again in their final debate". */
const IN_A_DEBATE = /^\s+(?:again\s+)?in\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?debates?\b/i;

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
}

/**
 * The sentence's event word, used as an event: not inside a name ("North Atlantic Treaty
 * Organisation"), not modifying a noun ("summit declaration"); a time reference ("before the
 * summit") only when nothing else is. `reported` is the sentence with quotations blanked out, so
 * their words count for nothing; `names` are the spans of names of actors in the text, the
 * sentence starting at `sentenceStart` of it. `reported` events the sentence also holds (no
 * reference back, no time reference), each kind's first, are pushed to `also` when given.
 */
export function triggerIn(reported: string, possible: Set<number>, names: ReadonlyArray<{ start: number; end: number }>, sentenceStart: number, also?: TriggerHit[]): TriggerHit | null {
  let best: TriggerHit | null = null;
  let bestRank = Infinity;
  for (const i of possible) {
    const { kind, verb, reference } = TRIGGERS[i];
    const m = firstMatch(i, reported);
    if (!m) continue;
    const end = m.index + m[0].length;
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
    if (negated(reported, m, !!verb)) continue;
    // "will meet the pledge", "met its targets", "was met with criticism": to meet in another sense
    if (verb && kind === 'meeting' && NOT_MET_IN_PERSON.test(reported.slice(end, end + 64)) && !MET_THE_OPPOSITION.test(reported.slice(end, end + 64))) continue;
    // "will meet in a televised debate": the debate is the event
    if (verb && kind === 'meeting' && IN_A_DEBATE.test(reported.slice(end, end + 48))) continue;
    const before = reported.slice(Math.max(0, m.index - 40), m.index);
    // (a match that opens with its verb, "lost a confidence vote", "set a snap election": what stands before is its subject's)
    const noun = !verb && !VERB_OPENING.test(m[0]);
    const definite = noun && DEFINITE_BEFORE.test(before);
    // ("to meet in Brussels for an informal summit": what a journey is for, not a time reference)
    const timeReference = noun && ASIDE_PREPOSITION.test(before) && !FOR_ONE.test(before);
    // ranks: an event the sentence reports, by kind; then references back; then time references
    const rank = TRIGGER_ORDER.indexOf(kind) + (reference ? 100 : 0) + (timeReference ? 200 : 0);
    const label = TRIGGERS[i].label && (TRIGGERS[i].labelAlways || m[0].toLowerCase().includes(TRIGGERS[i].label!)) ? TRIGGERS[i].label : undefined;
    if (also && !reference && !timeReference && !definite) also.push({ kind, offset: m.index, verb: !!verb, definite: false, referenceOnly: false, qualifiers: [], label });
    if (rank < bestRank || (rank === bestRank && best && m.index < best.offset)) {
      bestRank = rank;
      const qualifiers = definite ? (DEFINITE_BEFORE.exec(before)![0].match(/\p{Lu}[\p{L}-]*/gu) ?? []).filter((w) => !DETERMINERS.has(w)) : [];
      best = { kind, offset: m.index, verb: !!verb, definite: definite || !!reference, referenceOnly: !!reference || timeReference, qualifiers, label };
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
/** After a newsroom's name: it reports ("Reuters reported", "Bloomberg first reported"). */
const REPORTS_AFTER = /^\s+(?:has\s+|had\s+|first\s+|previously\s+|earlier\s+)*(?:reported|reports)\b/i;

/**
 * Whether mention `m` is a newsroom that only tells the story, no party to the event: one that saw
 * a document or reports ("seen by Reuters", "according to the AP", "Bloomberg reported"; the wire
 * of a dateline, "(Reuters) -", is outside the sentence already). `narration` is the sentence's
 * text from offset `from`.
 */
export function onlyReports(narration: string, from: number, m: Analysis['mentions'][number]): boolean {
  if (!isNewsroom(m.actor)) return false;
  const before = narration.slice(Math.max(0, m.start - from - 60), m.start - from);
  const after = narration.slice(m.end - from, m.end - from + 40);
  return REPORTS_BEFORE.test(before) || REPORTS_AFTER.test(after);
}
