/**
 * The event words of elections (primaries, referendums, recalls, runoffs, phases, by-elections) as
 * patterns, a part of ./eventTriggers' list kept in its place there (the order of the list is the
 * order ties are broken in).
 */
import type { Trigger } from './eventTriggers';
import { DAY_BEFORE, MONTH, WEEKDAY } from './datePatterns';

/** A phase of polling or voting held: "was held", "began", "will take place". */
const HELD = '(?:(?:was|were|is|are|will be) held|began|begins|opened|opens|started|starts|got under way|(?:is|was) under way|(?:will|is to|is due to|is set to) (?:begin|open|start|take place|be held))\\b';

/** What kind of election: "federal", "the April 28 general election", "a parliamentary election". */
const ELECTION_OF = 'state assembly|assembly|general|presidential|midterm|special|federal|provincial|state|municipal|local|parliamentary|legislative|national|snap|mayoral|gubernatorial|governorship|senatorial|regional|European';

/** A caucus as a party's members and its officers, no vote: "the ANC caucus leader in the council", "Labor caucus chair". */
const CAUCUS_OFFICERS = 'leaders?|leadership|chairs?|chairman|chairwoman|chairperson|whips?|spokes(?:man|woman|person)|members?|meetings?|room';

/** Elections, each with the context that makes it an event. */
export const ELECTION_TRIGGERS: Trigger[] = [
  {
    pattern: new RegExp(
      // (not after a possessive that opens the sentence: "Its caucus leader", "Their primary concern"; nor an electing told as a noun, "The election of a new chair is expected")
      `\\b(?:(?!(?:Its|Their|His|Her|Our|My|Your)\\b)(?!(?:The|An?) election of\\b)[A-Z][\\w-]+(?:['’]s)?|\\d{4}|${DAY_BEFORE}) (?:(?:${ELECTION_OF}) )?(?:primary|primaries|caucus(?! (?:${CAUCUS_OFFICERS})\\b)|caucuses|election)\\b|` +
        // one held, called, won, lost or voted in: "holds a parliamentary election on 12 April", "since winning the federal election", "voted on Tuesday in a general election"
        `\\b(?:hold|holds|held|holding|call|calls|called|set|sets|setting|won|win|wins|winning|lost|lose|loses|losing|contest|contested|contesting|(?:voted|votes)(?: (?:on )?${WEEKDAY})? in)\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:${ELECTION_OF})\\s+elections?\\b`,
    ),
    kind: 'election',
    words: 'primary primaries caucus caucuses election elections',
  },
  // a race won or lost for an office: "won the Virginia governor's race on Tuesday", "lost the mayoral race" (not a horse's or a car's;
  // one won, not one that may be: "in case Trump wins the presidential race")
  {
    pattern: /\b(?:won|lost)\s+(?:the|a|her|his|their)\s+(?:[\w'’.-]+\s+){0,2}?(?:governor['’]s|mayoral|mayor['’]s|presidential|Senate|House|congressional|gubernatorial|leadership|council|legislative|Assembly)\s+(?:race|contest)\b/,
    kind: 'election',
    words: 'race contest',
    verb: true,
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
    pattern: new RegExp(`(?:\\b(?:in|held|hold|holds|holding|won|lost|win|lose|staged?|(?:voted|votes|vote)(?: (?:on )?${WEEKDAY})? in)\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?|\\b(?:\\d{4}|${DAY_BEFORE})\\s+)referendums?\\b`, 'i'),
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
  // a recall put to voters: "Voters in Marion County will decide Aug. 18 whether to recall County Commissioner Danielle Bethell"
  {
    pattern: /\b(?:[Vv]oters|[Rr]esidents|[Ee]lectors)\b[^,;.]{0,40}? (?:will|would|are to|are set to|get to) decide (?:on )?(?:[\w.,]+ ){0,3}?whether to recall\b/,
    kind: 'election',
    words: 'recall',
    verb: true,
    label: 'recall',
    labelAlways: true,
  },
  // an election with its day: "in a primary on June 17", "the general election on Sunday" ("the election on Monday" alone may be any)
  {
    pattern: new RegExp(`\\b(?:(?:a|an) (?:(?:${ELECTION_OF}) )?|(?:the|its|their) (?:${ELECTION_OF}) )(?:primary|election|caucus|caucuses)(?= (?:on|next|this) (?:\\d|${MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|week\\b|month\\b))`),
    kind: 'election',
    words: 'primary election caucus caucuses',
  },
  // an election set down by its kind: "A general election is expected in the autumn", "The state election is due on 31 October"
  {
    pattern: new RegExp(`\\b(?:[Aa]n?|[Tt]he) (?:(?:${ELECTION_OF}) )elections? (?:is|are|will be) (?:expected|due|set|scheduled|likely|to be held)\\b`),
    kind: 'election',
    words: 'election elections',
  },
  // elections set down for a day, whatever their kind: "Primary elections in Texas are scheduled for March 3"
  {
    pattern: new RegExp(
      `\\b(?:(?:${ELECTION_OF}|\\p{Lu}[\\p{L}-]+) elections|[Pp]rimaries|[Ee]lections)(?: in (?:the )?\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,2})? (?:are|were|will be) (?:scheduled|set|due|slated|planned|to be held) (?:for|on) (?:\\d|${MONTH}|${WEEKDAY}\\b)`,
      'u',
    ),
    kind: 'election',
    words: 'elections primaries',
  },
  // a runoff by its kind or its day ("vote in a presidential runoff on December 14"), and a first round by its day ("Sunday's first round")
  // (one only possible is none: "a candidate needs 50 percent to avoid a runoff")
  {
    pattern: new RegExp(
      `\\b(?:${ELECTION_OF}) run-?offs?\\b|\\brun-?offs?(?= (?:(?:election|vote|ballot) )?(?:on|next|this) (?:\\d|${MONTH}|${WEEKDAY}\\b|week\\b|month\\b))|\\b${WEEKDAY}['’]s (?:(?:${ELECTION_OF}) )?(?:first|second|final) round\\b`,
    ),
    kind: 'election',
    words: 'runoff runoffs run-off run-offs round',
  },
  // an election held in phases, told by a phase held or by its polling where it is held: "the
  // second round of the regional polls will be held on 4 May", "Polling opened on Monday in 94
  // constituencies" (not a chamber's voting on a bill, nor "early voting will begin", nor a phase to come, "as the first round of voting nears")
  {
    pattern: new RegExp(
      `\\b(?:first|second|third|fourth|fifth|sixth|seventh|final|last|next|opening) (?:phase|round) of (?:the )?(?:[\\w'’-]+ ){0,3}?(?:elections?|polls|polling|voting)\\b(?=(?: [\\w'’-]+){0,3} (?:${HELD}|on (?:\\d|${MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)))|` +
        `(?<!\\b(?:[Ee]arly|[Pp]ostal|[Aa]bsentee|[Aa]dvance|[Ii]n-person|[Mm]ail) )\\b(?:[Vv]oting|[Pp]olling) ${HELD}(?=[^.;]{0,80}\\b(?:constituenc(?:y|ies)|seats|polling stations|booths|ridings|wards|districts|phase|round)\\b)`,
      'i',
    ),
    kind: 'election',
    words: 'phase round voting polling',
    phase: true,
  },
  // an election told by its phases and their days: "Bihar will vote in two phases on 6 and 11 November" (dated by its first polling day)
  {
    pattern: new RegExp(`\\b(?:vote|votes|voted|voting|go to the polls|went to the polls) in (?:two|three|four|five|six|seven|[2-9]) phases(?=,? (?:on|from|between|starting) (?:\\d|${MONTH}))`, 'i'),
    kind: 'election',
    words: 'phases',
    verb: true,
    phase: true,
  },
  // a by-election is one contest for one seat, whatever stands before it ("the riding by-election"), where "the election" may be any
  // (Canadian Press writes "byelection")
  { pattern: /\bby-?elections?\b/i, kind: 'election', words: 'by-election by-elections byelection byelections' },
];
