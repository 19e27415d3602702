/**
 * The event words ("a summit", "met with", "released a report", "went on strike") as patterns,
 * each with the context that makes it an event and not a figure of speech. ./eventWords finds
 * them in a sentence and checks each occurrence is used as an event.
 */
import type { EventKind } from './types';
import { DAY_BEFORE, MONTH, WEEKDAY } from './datePatterns';
import { RATIFYING } from './eventSenses';
import { COURT_KINDS, COURT_TRIGGERS } from './eventTriggersCourts';
import { ELECTION_TRIGGERS } from './eventTriggersElections';

export interface Trigger {
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
  /** One phase of an election held in phases ("the second phase of polling"): a later phase told is the same election. */
  phase?: true;
  /** `label` labels every match, holding the word or not ("The Court of Appeal dismissed …" is a ruling). */
  labelAlways?: true;
  /** The noun set down for a time or a place (SET_DOWN): an occasion whoever holds it ("The vote will now take place on April 8"). */
  setDown?: true;
}

/** Groups whose leaders' yearly summit goes by the group's name: "the G7", "the G20". */
const SUMMIT_GROUPS = '(?:G7|G-7|G20|G-20|APEC|BRICS)';

/** Not a word that opens another activity between "said" and "at": "after", "while", a verb in -ing ("training"; a morning or an evening is a time). */
const NOT_AN_ACTIVITY = '(?!(?:after|before|while|when|whilst|following|since|upon|then|and)\\b|(?!(?:morning|evening)\\b)\\w+ing\\b)';

/** What signing or reaching makes an agreement: "signed a trade pact", "reached a ceasefire deal". */
const AGREEMENT_NOUNS = '(?:agreements?|deals?|treaty|treaties|pacts?|accords?|memorand(?:um|a)|MoUs?|MOUs?|contracts?|declarations?|ceasefires?|truces?|protocols?|charters?|conventions?|compacts?|armistice)';


/** Date words between "voted" and what was voted for: "voted last week to close", "voted on Tuesday against". */
// (a day of the month too: "voted on the 10th to close", "voted Jan. 12 to approve")
const VOTE_WHEN = String.raw`(?:(?:(?:on|last|this|earlier|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|night|today|yesterday)|in\s+${MONTH}|(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)|(?:on\s+)?${MONTH}\s+\d{1,2})`;
/**
 * A predicate that sets an event down for a time or a place, after its noun as the subject: "The vote will now
 * take place on April 8", "A separate civil trial is scheduled to begin in September", "a second demonstration
 * is planned at Queen's Park", "The first debate is set for Feb. 8" (the noun alone, "the vote", may be a
 * reference back or a figure of speech; set down, it is an occasion).
 */
const SET_DOWN = String.raw`(?=,?\s+(?:(?:will|is|are|was|were|has been|had been)\s+(?:now\s+|also\s+|then\s+|tentatively\s+|expected\s+to\s+)?)(?:take\s+place|be\s+held|(?:set|scheduled|slated|planned)\s+(?:for|on|at|in|outside|to\s+(?:begin|start|open|resume|take\s+place|be\s+held))|due\s+to\s+(?:begin|start|open|resume|take\s+place|be\s+held))\b)`;

/** Not after a service or a vehicle, whose rounds are no visit: "mobile library services will visit", "the bus visited". */
const NO_SERVICE_BEFORE = '(?<!\\b(?:services?|vans?|bus|buses|librar(?:y|ies)|bookmobiles?|trucks?|lorries|lorry|clinics?|units?|routes?) )';

/** What names a vote as one body's decision: "a committee vote", "the confidence vote", "a strike vote". */
export const VOTE_MODIFIERS = 'preselection|committee|council|caucus|confidence|no-confidence|final|floor|procedural|cloture|board|party|membership|leadership|strike|ratification|recall|parliamentary|shareholder|shareholders[\'’]|members[\'’]';
/** Verbs whose object is a vote that takes place: "held a vote", "lost the confidence vote", "faces a recall vote". */
export const VOTE_VERBS = 'hold|holds|held|holding|call|calls|called|force|forces|forced|schedule|schedules|scheduled|win|wins|won|lose|loses|lost|survive|survives|survived|face|faces|faced|facing';

/**
 * Event words, each with the context that makes it an event and not a figure of speech: "a big
 * deal" and "the election" (in a campaign story) are no events; "the Iowa caucuses" and "a NATO
 * summit" are.
 */
export const TRIGGERS: Trigger[] = [
  { pattern: /\b(?:press|news) (?:conference|briefing)s?\b/i, kind: 'press conference', words: 'conference conferences briefing briefings' },
  { pattern: /\btold (?:reporters|journalists|the press)\b/i, kind: 'press conference', words: 'told', verb: true },
  { pattern: /\bbrief(?:ed|s|ing)? (?:reporters|journalists|the media|the press)\b/i, kind: 'press conference', words: 'briefed brief briefs briefing', verb: true },
  { pattern: /\bsummits?\b/i, kind: 'summit', words: 'summit summits' },
  // a summit by its group's name alone, used as an occasion: "attend the G20 in Johannesburg", "The G7 wrapped
  // up in Kananaskis", "next year's G7"; a UN climate conference by its number, "COP29" (not the group, "G7 leaders", "the G7 agreed")
  {
    pattern: new RegExp(
      `\\b(?:attend(?:s|ed|ing)?|host(?:s|ed|ing)?|skip(?:s|ped|ping)?|at|during|to)\\s+(?:the|this year['’]s|next year['’]s|last year['’]s)\\s+${SUMMIT_GROUPS}(?!\\s+(?:countries|nations|members|leaders|ministers|economies|partners|allies|group|finance|foreign|trade|presidency|summit|statement|communiqu[eé]|declaration)\\b)|` +
        `\\b(?:[Tt]he|[Nn]ext year['’]s|[Ll]ast year['’]s|[Tt]his year['’]s)\\s+${SUMMIT_GROUPS}(?=\\s+(?:wrapped up|opened|opens|began|begins|ended|ends|closed|concluded|kicked off|got under way|(?:will be|was|is being) (?:held|hosted)|(?:will|would) be hosted)\\b)|` +
        `\\bCOP ?(?:1[5-9]|[23]\\d|40)\\b`,
    ),
    kind: 'summit',
    words: 'g7 g-7 g20 g-20 apec brics cop cop15 cop16 cop17 cop18 cop19 cop20 cop21 cop22 cop23 cop24 cop25 cop26 cop27 cop28 cop29 cop30 cop31 cop32 cop33 cop34 cop35 cop36 cop37 cop38 cop39 cop40',
  },
  {
    // (a round of them, or talks opened, concluded or resumed: "concluded a 13th round of talks", "due to resume talks";
    // a union's and an employer's, "will resume bargaining on Nov. 16"; not a willingness, "was open to talks")
    // (a journey's or a meeting's purpose too, "will travel to Washington later this week for talks", "had met for crisis talks";
    // not talks asked for or hoped for, "called for talks", "a starting point for negotiations")
    pattern: /\b(?:held|hold|holding|holds|during|in|at|after|before|for(?<=\b(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flying|arrive|arrives|arrived|met|meet|meets|gathered|gather|gathers|sat down|sit down|head|heads|headed|went|go|goes|came|come|comes|returned|return|returns)\b(?: [\w.'’-]+){0,5} for)) (?:[\w.]+ ){0,3}?(?:talks|negotiations)\b|\brounds? of (?:[\w-]+ ){0,2}(?:talks|negotiations)\b|\b(?:opened|open|opens|began|begin|begins|concluded|conclude|concludes|resumed|resume|resumes|wrapped up|started|start|launched|relaunched|continue|continued)(?!\s+to\s)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\b|\b(?:resumed|resume|resumes|resuming|began|begin|begins|start|started|starts)\s+(?:contract\s+|collective\s+)?bargaining\b(?!\s+(?:table|rights|power|unit|units|agent|agreement|position)\b)/i,
    kind: 'talks',
    words: 'talks negotiations bargaining',
  },
  // talks told by what became of them: "Talks between Stelco and the union broke down May 2", "Wage talks … will resume next week"
  // (talks that "ended without an agreement" are told as what did not happen, no event)
  {
    // (the match is what became of them, where their date follows: "talks with the Health Service Executive broke down late on Thursday")
    pattern: /(?<=\b(?:talks|negotiations)(?: (?:between|with|on|over|for) [^,;.()]{1,80}?)? )(?:broke down|collapsed|stalled|(?:ended|concluded)(?! without| with no)|wrapped up|opened|began|resumed|got under way|(?:will|would|are due to|are set to|are expected to|are scheduled to|are to) (?:resume|open|begin|start|continue))\b/i,
    kind: 'talks',
    words: 'talks negotiations',
    starts: /broke|collapsed|stalled|ended|concluded|wrapped|opened|began|resumed|got|will|would|are/gi,
    verb: true,
  },
  // a party's or a body's convention, a gathering of its delegates: "for the party's policy convention" (not a treaty, "the Geneva Convention", nor a building, "convention centre")
  { pattern: /\b(?:policy|party|nominating|annual|biennial|national|provincial|state|founding) conventions?\b(?! (?:centre|center|hall|facilities|space|business|bureau)\b)/, kind: 'meeting', words: 'convention conventions', label: 'convention', labelAlways: true },
  // sides back at or sitting down at the table: "will return to the bargaining table on Monday", "sat down at the negotiating table"; a bargaining session
  {
    pattern: /\b(?:return|returns|returned|returning|head back|heads back|headed back|go back|goes back|went back|come back|came back|sat down|sit down|sits down|sitting down)\s+(?:at|to)\s+the\s+(?:bargaining|negotiating)\s+table\b|\b(?:bargaining|negotiating|mediation)\s+sessions?\b/i,
    kind: 'talks',
    words: 'table session sessions',
  },
  { pattern: /\b(?:meeting|meetings|gathering) (?:of|with|in|at|between|on|during)\b/i, kind: 'meeting', words: 'meeting meetings gathering' },
  // one by its span: "at the end of a two-day policy meeting"
  { pattern: /\b(?:one|two|three|four|five|\d)-day (?:[\w-]+ ){0,2}?meeting\b(?! (?:room|rooms|hall|place|space|point)\b)/i, kind: 'meeting', words: 'meeting' },
  // one held or convened, whatever follows it: "held a team meeting Tuesday", "will convene an emergency meeting"
  { pattern: /\b(?:hold|holds|held|holding|convene[sd]?|convening) (?:a|an|its|their) (?:[\w-]+ ){0,2}?meeting\b(?! (?:room|rooms|hall|place|space|point)\b)/i, kind: 'meeting', words: 'meeting' },
  // what was done at one: "agreed the wording at a Cabinet meeting last week"
  { pattern: /\bat (?:a|an) (?:[\w-]+ ){0,2}?meeting\b/i, kind: 'meeting', words: 'meeting' },
  // a body's own sitting by its day, no reference back: "will take up the measure again at its Dec. 9 meeting"
  { pattern: new RegExp(`\\b(?:at|during) (?:its|their) (?:next |regular |special )?${MONTH} \\d{1,2} (?:[\\w-]+ )?meeting\\b`), kind: 'meeting', words: 'meeting' },
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
  // a speech to come, whatever words describe it: "will deliver his first post-election speech to the National Press Club on 20 May"
  { pattern: /\b(?:will|is due to|is set to|is expected to|is to|is scheduled to) (?:deliver|give|make) (?:a|an|his|her|their|its) (?:[\w'’-]+ ){0,3}?speech\b/i, kind: 'speech', words: 'speech', verb: true },
  // (what is said at a court is said at a hearing: "Judge Eugene O'Kelly said at Limerick District Court on Tuesday")
  // (not where the words between tell another activity, its own place: "Clayton said after training at the University of the West Indies")
  {
    pattern: new RegExp(`\\b(?:said|says|spoke|speaking) (?:${NOT_AN_ACTIVITY}\\w+ ){0,2}at (?:(?:the )?(?!(?:[A-Z][\\w'’-]* ){0,3}${COURT_KINDS} Court\\b)[A-Z][\\w-]*|(?:a|an) (?:[\\w-]+ ){0,3}(?:forum|conference|event|dinner|ceremony|rally|symposium|luncheon|reception))\\b`),
    kind: 'speech',
    words: 'said says spoke speaking',
    verb: true,
  },
  { pattern: new RegExp(`\\b(?:said|says|told|ruled|ordered) (?:\\w+ ){0,2}at (?:the )?(?:[A-Z][\\w'’-]* ){0,3}${COURT_KINDS} Court\\b`), kind: 'hearing', words: 'court', verb: true },
  { pattern: /\b(?:visit|visits|trip) to\b/i, kind: 'visit', words: 'visit visits trip' },
  { pattern: /\b(?:agreement|pact|treaty|accord)\b/i, kind: 'agreement', words: 'agreement pact treaty accord' },
  // (not a determiner opening the sentence, "The debate over housing has raged": a dispute, no one event; "a second debate" is one)
  { pattern: new RegExp(`\\b(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Any|Every|Such|No)\\b)(?:[A-Z][\\w-]+|\\d{4}|${DAY_BEFORE}) (?:presidential |primary |televised )?debates?\\b|\\b(?:televised|TV|head-to-head|leaders['’]|first|second|third|fourth|final)\\s+(?:(?:leadership|presidential|vice-presidential|mayoral|party|leaders['’]|French-language|English-language|primary|televised)\\s+)?debates?\\b`), kind: 'debate', words: 'debate debates' },
  // a chamber's debate to come: "The Senedd will debate the findings next week"
  {
    pattern: /(?<=\b(?:Senedd|Parliament|Senate|House|Assembly|D[áa]il|Seanad|Commons|Lords|MPs|MSPs|MEPs|TDs|[Ll]awmakers|[Ll]egislators|[Cc]ouncil|[Cc]ouncillors|[Ss]enators|Congress|Bundestag|Knesset) )(?:will|is due to|are due to|is set to|are set to|is expected to|are expected to|is to|are to|is scheduled to|are scheduled to) debate\b/,
    kind: 'debate',
    words: 'debate',
    verb: true,
    starts: /\b(?:will|is|are)\b/g,
  },
  // candidates who meet in a debate: "The leaders will meet in a televised debate on Oct. 21" (a debate, not a meeting)
  { pattern: /\b(?:meet|meets|met|face|faces|faced|clash|clashed|square off|squared off) (?:(?:again|only|once|twice) ){0,2}(?:in|for) (?:a|an|the|their) (?:[\w-]+ ){0,2}?debates?\b/i, kind: 'debate', words: 'debate debates', verb: true },
  // candidates who take part in one: "will take part in a debate hosted by the chamber of commerce on April 22"
  // (not in a public argument: "took part in the debate over fares")
  // the debate candidates face off in, a noun as "a French-language debate" is: "will face off in the first official debate in Montreal"
  { pattern: /(?<=\b(?:face|faces|faced|facing) off (?:again )?in )(?:a|an|the|their) (?:[\w-]+ ){0,2}?debates?\b/i, kind: 'debate', words: 'debate debates' },
  { pattern: /\b(?:take|takes|took|taking) part in (?:a|an|the|their) (?:[\w-]+ ){0,2}?debates?\b(?! (?:over|about|around|surrounding)\b)/i, kind: 'debate', words: 'debate debates', verb: true },
  {
    // a court's hearings by their stage ("a pretrial hearing", "a plea hearing") or their day ("Monday's hearing")
    pattern: new RegExp(
      '\\b(?:congressional|Senate|House|confirmation|court|committee|select committee|parliamentary|tribunal|sentencing|bail|appeal|public|' +
        `pre-?trial|preliminary|evidentiary|plea|extradition|disciplinary|detention|custody|remand|status|confiscation|committal|fitness|parole|immigration|` +
        `deportation|asylum|impeachment|oversight|arbitration|misconduct|competency|${DAY_BEFORE}) hearings?\\b|` +
        // a hearing a body holds: "will hold a hearing on the deal on 3 September", "held a public hearing"
        // (or resumed, opened, continued: "The High Court on Tuesday resumed its hearing into the collapse")
        '\\b(?:hold|holds|held|holding|set|sets|setting|schedule[ds]?|scheduling|resume[ds]?|resuming|open(?:s|ed)?|continue[ds]?) (?:a|an|its|their) (?:[\\w-]+ ){0,2}hearings?\\b|' +
        // the next sitting by its day: "with the next hearing on September 16", "set a further hearing for 3 June", "will argue at the hearing on May 2"
        `\\b(?:the|next|further|new|final|full) hearing(?=,? (?:(?:is|was|will be|has been) )?(?:(?:set|scheduled|fixed|listed|due) )?(?:on|for) (?:\\d|${MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b))`,
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
    // (a protest, a demonstration or a vigil held is one too, or one planned for a place or a day, "Parents plan a protest outside the Assembly"; "a rally would be held outside Parliament";
    // protests to be held, "would hold protests outside Parliament next week", not a custom, "has held rallies before")
    pattern: /\brally (?:in|at|on|against|outside|near)\b|\brally (?:will|would|is to|was to|is due to|is set to) be held\b|\b(?:held|hold|holds|holding|staged?|staging)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:rally|protest|demonstration|vigil)\b|\b(?:plan|plans|planned|planning)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:rally|protest|demonstration|vigil)(?=\s+(?:outside|in front of|near|at|in|on|next|this)\b)|\b(?:will|would|to) (?:hold|stage) (?:[\w-]+\s+)?(?:rallies|protests|demonstrations|vigils)\b/i,
    kind: 'rally',
    words: 'rally protest demonstration vigil rallies protests demonstrations vigils',
  },
  // people who march or protest somewhere: "marched through the Sydney CBD", "will protest in Paris on Monday"
  // (a place in capitals after the preposition: "protested at the decision" is a complaint)
  {
    // (not a day after the preposition, "marched on Monday"; "rallied" not of a market's shares or prices)
    // (people who rally near a building: "supporters rallied near the court", "protested outside the embassy")
    pattern: new RegExp(
      `\\b(?:marched|rallied(?<!\\b(?:[Ss]hares|[Ss]tocks|[Mm]arkets?|[Pp]rices?|[Dd]ollar|[Ii]ndex|[Bb]onds?|[Cc]urrency|[Pp]ound|[Ee]uro|[Yy]en|[Ff]utures|[Oo]il|[Gg]old|[Ww]all [Ss]treet) rallied)|demonstrated|protested|(?:will|to|plan to|plans to|planned to) (?:march|rally|demonstrate|protest))` +
        `(?: (?:through|outside|in front of|at|in|on|to|from|near)(?: the)?(?: (?:central|downtown|northern|southern|eastern|western|inner|old|historic))? (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|${MONTH})\\p{Lu}| (?:outside|near|in front of) (?:the|a) \\p{Ll})`,
      'u',
    ),
    kind: 'rally',
    // ("march" brings every sentence of March here too, where the pattern's verbs fail at once: "will march to City Hall on the 19th")
    words: 'marched march demonstrated protested demonstrate protest rallied rally',
    verb: true,
  },
  // a crowd of protesters ("fired tear gas at thousands of protesters"), or people who went somewhere in protest ("drove tractors through Dublin … in protest")
  {
    pattern: /\b(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Tt]ens of thousands) of (?:[\w'’-]+ )?(?:protesters|protestors|demonstrators|marchers)\b|\b(?:drove|marched|rode|gathered|took to the streets)\b[^.;]{0,80}?\bin protest (?:at|against|over)\b|\b(?:blocked|blockaded|occupied|gathered|picketed|drove|marched)\b[^.;]{0,80}?\bto protest (?:against |the |a |an |new |federal |provincial )?\p{Ll}/u,
    kind: 'rally',
    words: 'protesters protestors demonstrators marchers protest',
    verb: true,
  },
  ...ELECTION_TRIGGERS,
  // (a service's round is no visit: "mobile library services will visit each of the three towns", "the screening bus visited")
  { pattern: new RegExp(`${NO_SERVICE_BEFORE}\\b(?:visited|visiting|arrived in|traveled to|travelled to)\\b`, 'i'), kind: 'visit', words: 'visited visiting arrived traveled travelled', verb: true },
  { pattern: new RegExp(`${NO_SERVICE_BEFORE}\\b(?:will|would|shall|(?:set|due|scheduled|expected|plans?|is|are) to) (?:visit|tour|travel to|travel on to)\\b`, 'i'), kind: 'visit', words: 'visit tour travel', verb: true },
  // a swearing-in: "was sworn in as chief justice on Monday", "will be sworn in at Government House on Tuesday", "took the oath of office"
  // (not one that times another act, "since she was sworn in in 2021", nor a witness's or a jury's in court, nor a
  // person's past told in a relative clause, "Brand, who was sworn in last year, said": background)
  {
    pattern:
      /(?<!\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil|[Ww]hen|[Oo]nce)\s+(?:[\p{L}.'’-]+\s+){0,4})(?<!\b(?:witness|witnesses|jurors?|jury|who)\s+)\b(?:(?:was|were|is|are|will be|(?:is|are) (?:due|set|expected|scheduled) to be|to be) sworn in|(?:took|takes|will take) the oath of office)\b/u,
    kind: 'swearing-in',
    words: 'sworn oath',
    verb: true,
  },
  // a visit to a disaster told by its verb: "flew over the affected areas on Thursday afternoon", "toured flood-hit villages"
  // (only over or through a stricken place: "jets flew over the capital" is no visit)
  {
    pattern: /\b(?:flew|flies|fly|flying|toured|tours|tour|touring|inspected|inspects|inspecting)(?: over| through)? (?:the )?(?:[\w-]+ ){0,2}?(?:affected|flooded|devastated|damaged|stricken|ravaged|hardest-hit|worst-hit|[\w-]+-(?:hit|ravaged|affected|stricken|damaged)) (?:areas?|regions?|provinces?|districts?|villages?|towns?|communities|neighbou?rhoods?|zones?|sites?|coast(?:line)?|parts)\b/i,
    kind: 'visit',
    words: 'flew flies fly flying toured tours tour touring inspected inspects inspecting',
    verb: true,
  },
  { pattern: /\b(?:met with|met|meets with|will meet|would meet|(?:due|set|scheduled|expected|is|are|was|were) to meet)\b/i, kind: 'meeting', words: 'met meets meet', verb: true },
  // a meeting in the present with its day: "when its ministers meet online on Sunday", "Ministers meet in Brussels next week"
  {
    pattern: new RegExp(`\\b(?:meet|meets)(?= (?:(?:online|virtually|again|privately|in person|in [A-Z][\\w-]+) )?(?:on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|\\d|${MONTH}|the \\d{1,2}(?:st|nd|rd|th)\\b)|next (?:week|month)|this (?:week|month)|later this|tomorrow\\b))`),
    kind: 'meeting',
    words: 'meet meets',
    verb: true,
  },
  // one more set down: "Another meeting is planned for Thursday", "a further meeting will be held next month"
  { pattern: /\b(?:another|(?:a|the) (?:further|second|third|follow-up|new|next))\s+(?:[\w-]+\s+)?meeting (?:is|was|has been|will be) (?:planned|scheduled|set|due|expected|called|held)\b/i, kind: 'meeting', words: 'meeting' },
  // a conference by what it does ("the Mobile World Congress, which runs from 2 to 5 March"), a verb so its name may hold it
  {
    // (the match is the verb, where its date follows)
    // (not a press conference, "Clinton's last press conference was held on Dec. 4", a kind of its own)
    pattern: new RegExp(`(?<=(?<!\\b(?:press|news) )\\b(?:conference|congress|convention|forum|expo|symposium)\\b,? (?:which |that )?)(?:runs|will run|ran|takes place|took place|will take place|opens|opened|will open|is held|was held|will be held|gets under way|got under way|begins|began|starts|started|kicks off|kicked off)(?= (?:from|on|between|until|this|next|last|\\d|${MONTH}|${WEEKDAY}\\b))`, 'i'),
    kind: 'meeting',
    words: 'conference congress convention forum expo symposium',
    verb: true,
    starts: /\b(?:runs|will|ran|takes|took|opens|opened|is|was|gets|got|begins|began|starts|started|kicks|kicked)\b/gi,
  },
  { pattern: /\bheld talks\b/i, kind: 'talks', words: 'held', verb: true },
  // a town hall as a meeting with voters: "faced a crowd at a town hall in Grand Junction", "will hold another town hall"
  // (with "a" or "another", or held: "at the town hall" is the building)
  { pattern: /\b(?:at|hold|holds|held|holding|host|hosts|hosted|hosting) (?:a|an|another) (?:[\w-]+ ){0,2}?town[- ]halls?\b(?! (?:building|offices?|square|clock|steps)\b)/i, kind: 'meeting', words: 'town', label: 'town hall', labelAlways: true },
  // a game by its score: "the Edmonton Oilers beat the Calgary Flames 4-3" (a meeting of two teams)
  {
    // (or the score first: "drew 1-1 with Everton", "lost 3-1 to the Sharks", "won 2-0 at Anfield")
    pattern:
      /\b(?:beat|defeated|edged|downed|thrashed|routed)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+\d{1,3}[-–]\d{1,3}\b|\b(?:drew|lost|won)\s+\d{1,3}[-–]\d{1,3}\s+(?:with|to|against|at|over)\s+(?:the\s+)?\p{Lu}/u,
    kind: 'meeting',
    words: 'beat defeated edged downed thrashed routed drew lost won',
    verb: true,
    label: 'game',
    labelAlways: true,
  },
  // what is signed must be an agreement: a petition, a guest book, a card or a bill is not one
  { pattern: new RegExp(`\\b(?:signed|will sign)\\s+(?:on\\s+to\\s+|(?:[\\w’'-]+\\s+){0,4})${AGREEMENT_NOUNS}\\b`, 'i'), kind: 'agreement', words: 'signed sign', verb: true },
  // a document two sides sign together: "signed a joint action plan", "signed a joint framework on critical minerals"
  { pattern: /\b(?:signed|sign|signs|signing|will sign) (?:a|an|the) joint (?:[\w-]+ ){0,2}?(?:plan|framework|roadmap|road map|strategy|arrangement|understanding|initiative|programme|program)\b/i, kind: 'agreement', words: 'signed sign signs signing', verb: true },
  { pattern: /\b(?:reached|struck|clinched|sealed|agreed to|brokered|inked)\s+(?:[\w’'-]+\s+){0,3}(?:deals?|ceasefires?|truces?|armistice)\b/i, kind: 'agreement', words: 'deal deals ceasefire ceasefires truce truces armistice', verb: true },
  // a company's deal to buy or merge: "said on Tuesday it had agreed to buy regional railroad Gateway Rail Corp" (not "agreed to buy time")
  { pattern: /\b(?:agreed|agrees|has agreed|have agreed) to (?:buy|acquire|purchase|merge with|take over|sell)\s+(?!(?:time|votes?|more|some|into)\b)(?:[\w’'.&-]+\s+){0,5}?(?:\p{Lu}[\p{L}&.-]*|stake|shares|business|unit|division|operations|assets|rival|company|firm|maker|carrier|railroad|railway|bank|insurer|chain|retailer|producer)\b/u, kind: 'agreement', words: 'agreed agrees', verb: true },
  { pattern: /\b(?:announced|unveiled)\b/i, kind: 'announcement', words: 'announced unveiled', verb: true },
  // a campaign or a drive launched: "the Ministry of Health on Thursday launched a campaign to vaccinate" (not a war's, "a bombing campaign", "a campaign of air strikes")
  // (nor a person's, "the candidate who launched his campaign by declaring …": a candidacy's history; nor any
  // launch told of the person in a relative clause, "Duale, who launched a national enrolment drive in 2024, resigned": background)
  {
    pattern: /(?<!\bwho\s+)\b(?:launched|launches|will launch|to launch|unveiled|kicked off|kicks off|will kick off)\s+(?:a|an|its|the)\s+(?!(?:[\w'’-]+\s+){0,2}?(?:bombing|military|air|aerial|drone|missile|terror|smear|disinformation|ground)\s)(?:[\w'’-]+\s+){0,3}?(?:campaign|drive|initiative|programme|program|appeal)\b(?!\s+of\b)/i,
    kind: 'announcement',
    words: 'campaign drive initiative programme program appeal',
    starts: /\b(?:launche[ds]|will (?:launch|kick)|to launch|unveiled|kick(?:ed|s) off)/gi,
    label: 'launch',
    labelAlways: true,
  },
  // a company's results day: "posted a 21 per cent drop in first-half profit on Thursday", "raised its profit forecast", "will report its Christmas trading on 9 January"
  {
    pattern:
      /\b(?:posted|posts|reported|reports|announced|booked|delivered)\s+(?:a|an|its|their|record)\s+(?:[\w$€£.,%-]+\s+){0,6}?(?:(?:in|to)\s+(?:[\w-]+\s+){0,2})?(?:profits?|earnings|results|losses|loss|revenues?)\b(?!\s+(?:of|from)\s+(?:the|a)\s+\p{Ll}+\s+(?:department|campaign|committee))|\b(?:raised|lifted|cut|lowered|upgraded|downgraded)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:profit|earnings|sales|revenue)\s+(?:forecast|guidance|outlook)\b|\b(?:will|is due to|is set to|is expected to)\s+(?:report|publish|post|release|announce)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:results|earnings|trading(?:\s+update)?)\b/u,
    kind: 'announcement',
    words: 'profit profits earnings results losses loss revenue revenues forecast guidance outlook trading',
    verb: true,
    label: 'results',
    labelAlways: true,
  },
  // a budget presented: "delivered the Government's budget on Thursday", "will hand down the budget on 25 March"
  {
    pattern: /\b(?:delivered|delivers|deliver|presented|presents|present|tabled|tables|table|handed down|hands down|hand down)\s+(?:the|its|his|her|their|a)\s+(?:[\w'’-]+\s+){0,2}budget\b(?!\s+(?:cuts?|request|proposal)\b)/i,
    kind: 'announcement',
    words: 'budget',
    verb: true,
    label: 'budget',
    labelAlways: true,
  },
  // a central bank's decision on rates is announced on a set day: "The Bank's next rate decision is due on 18 December"
  // (one told with no day, "complicating the Bank's next rate decision", is only a reference)
  { pattern: /\b(?:interest[- ]rate|rate|monetary policy) decisions?(?= (?:(?:is|are|was|were|will be) )?(?:(?:due|expected|scheduled|set) )?(?:on|next|this|in|at|later|early|\w+day)\b)/i, kind: 'announcement', words: 'decision decisions' },
  {
    pattern: /\b(?:published|released|issued|wrote in(?! (?:the|that|this|his|her|their|its) ))\b (?:(?:a|an|the|its|his|her|their) )?(?:[\w-]+ ){0,3}(?:piece|report|statement|analysis|study|memo|letter|book|commentary|op-ed|essay|article|Foreign Affairs)\b/i,
    kind: 'publication',
    words: 'published released issued wrote',
    verb: true,
  },
  // a report to come: "will release its final report on the stadium in September", "is expected to publish its report in the spring"
  // (or a forecast or figures: "will publish its economic and fiscal forecast on 26 November")
  // (or what observers publish: "said they would publish a preliminary statement on Thursday")
  { pattern: /\b(?:will|would|to) (?:publish|release|deliver|present) (?:its|their|a|the|his|her) (?:[\w-]+ ){0,3}(?:report|review|findings|forecasts?|outlook|assessment|figures|data|statistics|estimates|audit|statement)\b/i, kind: 'publication', words: 'publish release deliver present', verb: true },
  // an inquiry's findings delivered: "An independent inquiry delivered its findings on Monday"
  // (not in a clause that times another act: "a poll conducted last month, before the F.B.I. released its findings")
  { pattern: /(?<!\b(?:[Bb]efore|[Aa]fter|[Ss]ince|[Uu]ntil|[Ww]hen|[Oo]nce)\s+(?:[\p{L}.'’-]+\s+){0,4})\b(?:delivered|delivers|presented|presents|published|publishes|released|releases|issued|issues|handed down) (?:its|their|his|her) (?:[\w-]+ ){0,2}?(?:findings|conclusions)\b/iu, kind: 'publication', words: 'findings conclusions', verb: true, starts: /\b(?:deliver|present|publish|release|issue|handed down)/giu },
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
  // a speech to come: "will speak to business leaders in Auckland on Friday", "is due to address the party conference"
  {
    // (a chamber or the nation too: "will address the United Nations General Assembly in New York on Tuesday")
    pattern: /\b(?:will|is due to|is set to|is expected to|is to|is scheduled to) (?:speak to|address) (?:the |a |an )?(?:[\w'’-]+ ){0,3}(?:leaders|conference|delegates|audience|members|students|supporters|crowd|congress|convention|forum|gathering|dinner|lunch|luncheon|assembly|parliament|legislature|nation|summit|session|rally|graduates|lawmakers)\b/i,
    kind: 'speech',
    words: 'speak address',
    verb: true,
  },
  { pattern: /\b(?:told|addressed) (?:an audience|a crowd|the [A-Z][\w.]+ (?:Congress|Parliament|Assembly)|(?:a|an) (?:[\w'’-]+ ){0,2}(?:forum|conference|summit|rally|gathering|dinner|congress|convention|symposium|luncheon|seminar))\b/, kind: 'speech', words: 'told addressed', verb: true },
  // a speech at an event to come: "is scheduled to speak at an event in Washington on Tuesday" (not "at length", "at 2 p.m.")
  { pattern: /\b(?:will|is due to|is set to|is expected to|is to|is scheduled to|are due to|are scheduled to) speak (?:at|before) (?:(?:a|an|the) |[A-Z])/, kind: 'speech', words: 'speak', verb: true },
  // an address given: "in an address to the nation on Sunday evening", "delivered his State of the Union address" (not an email or a home address)
  {
    pattern: /\b(?:in|during|gave|delivered|delivers|deliver|give|gives|make|makes|made)\s+(?:a|an|his|her|their|its)\s+(?:(?:televised|national|nationwide|inaugural|keynote|farewell|annual|radio|video|New Year['’]s?|State of the (?:Union|Nation|State)|budget|opening|closing)\s+){0,2}address(?:es)?\b(?=\s+(?:to|on|at|before|in|from)\b|\s*[,.;])/,
    kind: 'speech',
    words: 'address addresses',
  },
  // a speech in a legislature, as parliamentary reports put it: "Speaking in the Dáil on Tuesday", "told the Commons", "spoke in Parliament"
  {
    pattern: /\b(?:[Ss]peaking|[Ss]poke|told|[Aa]ddressing|addressed) (?:in )?the (?:Dáil|Dail|Seanad|Commons|House of Commons|House of Lords|Lok Sabha|Rajya Sabha|Knesset|Bundestag|Senate floor|House floor)\b|\b(?:[Ss]peaking|[Ss]poke) (?:in|to) (?:Parliament|the (?:[A-Z][\w-]+ )?(?:Assembly|Parliament|Legislature))\b/,
    kind: 'speech',
    words: 'speaking spoke told addressing addressed',
    verb: true,
  },
  ...COURT_TRIGGERS,
  // a labour dispute's strike ("went on strike", "walked off the job", "staged a walkout", "began a strike"), not a military one ("an air strike", "a strike on")
  // (one threatened or habitual is none: "would go on strike if …", "have gone on strike three times")
  {
    // (under way since a day: "on strike since December 1", "have been on strike since Nov. 15")
    pattern: /\b(?:(?:went|are|were|is|was|been|will go) on strike|on strike since|walk(?:ed|ing|s)? off the job|(?:staged?|staging|held|began|launched?) an? (?:[\w-]+ )?walkout|(?:began|begun|started|staged?|staging|held) an? (?:teachers['’] |workers['’] |doctors['’] |nurses['’] )?strike\b(?! (?:on|against) (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d))|(?:took|taking|began|staged?|launched?) (?:strike|industrial) action)\b/i,
    kind: 'strike',
    words: 'strike job walkout action',
    verb: true,
  },
  // a lockout, the employer's side of a strike: "locked out 140 newsroom employees early Monday", "a lockout that began on Nov. 2",
  // "The lockout began Nov. 3", "after their employer ended a week-long lockout" (one ended took place)
  // (not a door or an account: what is locked out must be workers)
  {
    pattern: /\blocked out (?:(?:about|some|nearly|almost|more than|all|its|their|the)\s+){0,2}(?:[\d,]+\s+)?(?:[\w'’-]+\s+){0,4}?(?:workers|employees|members|staff|teachers|nurses|players|journalists|dockworkers|longshoremen|foremen|drivers|mechanics|operators)\b|(?<=\b(?:workers|employees|members|staff|teachers|nurses|players|journalists|dockworkers|longshoremen|drivers|mechanics|operators)\b[^.;,]{0,60}?\b(?:were|have been|had been|are|are being|will be) )locked out\b(?! of\b)|\b(?:began|imposed|declared|started|launched) an? lockout\b|\b(?:ended|ending|ends|lifted|lifting|lifts) (?:a|an|the|its|their) (?:[\w-]+ ){0,2}?lockout\b/i,
    kind: 'strike',
    words: 'locked lockout',
    verb: true,
    label: 'lockout',
    labelAlways: true,
  },
  // a lockout by its start, a noun that may refer back ("The lockout began Nov. 3" after "ended a week-long lockout")
  { pattern: /\blockout,? (?:(?:that|which) )?(?:began|started)\b/i, kind: 'strike', words: 'lockout', label: 'lockout', labelAlways: true },
  // a walkout by its span: "will walk out for five days starting May 27" (not "walked out of the meeting")
  {
    pattern: /\b(?:will|would|to|shall|plan to|plans to|walked|walks) (?:walk )?out for (?:\d+|a|an|one|two|three|four|five|six|seven|ten) (?:more )?(?:hours?|days?|weeks?)\b/i,
    kind: 'strike',
    words: 'walk walked walks',
    verb: true,
  },
  // ("nationwide strikes on the energy grid", "rolling strikes on Gaza" are air raids: only kinds no raid has)
  // (a date after "on" is the strike's: "began a five-day strike on Friday")
  {
    pattern: new RegExp(`\\b(?:general|wildcat|hunger|national|nationwide|countrywide|statewide|state-wide|province-wide|provincial|citywide|city-wide|rotating|warning|token|indefinite|all-out|\\d+-(?:hour|day|week)|(?:one|two|three|four|five|six|seven|ten)-(?:hour|day|week)) (?:strikes?|walkouts?)\\b(?! (?:on|against) (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|\\d|${MONTH}))`, 'i'),
    kind: 'strike',
    words: 'strike strikes walkout walkouts',
  },
  // a day of action or of protest, national or with its day: "a national day of action on 27 November", "called a day of protests for Sept. 18"
  {
    pattern: new RegExp(`\\b(?:national|nationwide|countrywide|global|international|statewide|Europe-wide|province-wide) days? of (?:action|strikes?|industrial action)\\b|\\bdays? of (?:action|strikes?|industrial action)(?=,? (?:on|for|next|this) (?:\\d|${MONTH}|${WEEKDAY}\\b|week\\b|month\\b))`, 'i'),
    kind: 'strike',
    words: 'action strike strikes',
    label: 'day of action',
  },
  {
    pattern: new RegExp(`\\b(?:national|nationwide|countrywide|global|international|statewide|Europe-wide|province-wide) days? of (?:protests?|mobili[sz]ation|rage)\\b|\\bdays? of (?:protests?|mobili[sz]ation|rage)(?=,? (?:on|for|next|this) (?:\\d|${MONTH}|${WEEKDAY}\\b|week\\b|month\\b))`, 'i'),
    kind: 'rally',
    words: 'protest protests mobilisation mobilization rage',
    label: 'day of protest',
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
        String.raw`\bvoted\s+(?:${VOTE_WHEN}\s+)?(?:(?:overwhelmingly|narrowly|unanimously)\s+)?(?:to|against|in favou?r of)\s|\bvoted\s+\d+(?:\.\d+)?\s*(?:per cent|percent|%)\s+(?:in favou?r|against)\b|\bvoted\s+\d+(?:\.\d+)?\s*(?:per cent|percent|%)?\s*(?:to|-)\s*\d+(?:\.\d+)?\s*(?:per cent|percent|%)?`,
      'i',
    ),
    kind: 'vote',
    words: 'passed approved rejected adopted voted voting',
    verb: true,
  },
  // a chamber's decision by its subject: "Mexico's Senate approved a sweeping overhaul … early on Wednesday", "Birmingham City Council approved a 7.5 per cent council tax rise on Tuesday night"
  {
    // (the match is the verb, its subject before it, as the voter is looked for)
    pattern:
      /(?<=\b(?:[Cc]ouncil|[Ss]enate|[Pp]arliament|[Aa]ssembly|[Ll]egislature|[Cc]ongress|MPs|[Ll]awmakers|[Cc]ouncillors|[Ss]enators|[Dd]eputies|the House)(?:,? (?:(?:on|late|early|last) )*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: night)?|week|night),?)? (?:(?:narrowly|unanimously|overwhelmingly) )?)(?:approved|passed|rejected|adopted|endorsed)\b/,
    kind: 'vote',
    words: 'approved passed rejected adopted endorsed',
    verb: true,
    starts: /approved|passed|rejected|adopted|endorsed/g,
  },
  // a vote set down: "Council is expected to vote on June 10", "MPs will vote on the bill on 12 March"
  {
    // (or expected by those who will vote: "Senate leaders expect to vote early next week")
    pattern: /\b(?:will|shall|(?:is|are) (?:expected |due |set |scheduled |poised )?to|(?:expected|due|scheduled|set) to|expects? to|plans? to|intends? to) (?:(?:now|also|then|again|finally|instead) )?vote (?:on|next|this|later|early (?:next|this) (?:week|month))\b/i,
    kind: 'vote',
    words: 'vote',
    verb: true,
  },
  // a members' ballot: "will hold a preselection ballot for the seat", "Unite will ballot its members on further action next month"
  {
    pattern: new RegExp(String.raw`\b(?:${VOTE_MODIFIERS}|preselection|postal|union) ballots?\b|\b(?:will|to|would|plans? to) ballot (?:its|their|all|the) (?:[\w-]+ )?members\b`, 'i'),
    kind: 'vote',
    words: 'ballot ballots',
  },
  // a vote by its name: "a committee vote on the nomination", "a confidence vote on the budget", "held a caucus vote"
  // (not a figure of speech, "gave his coach a vote of confidence", nor a count, "by 212 votes")
  {
    pattern: new RegExp(String.raw`\b(?:${VOTE_MODIFIERS}) votes?\b(?! of confidence)|\bvotes? of no[- ]confidence\b|\b(?:${VOTE_VERBS})\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:motion of no[- ]confidence|(?:no-|non-)?confidence motion)\b|\b(?:${VOTE_VERBS})\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?vote\b(?! of confidence)`, 'i'),
    kind: 'vote',
    words: 'vote votes motion',
  },
  // a measure passed by a vote of members: "members ratified the treaty in a vote in 2024", "approved the contract in a ballot"
  {
    pattern: new RegExp(`\\b${RATIFYING}\\s+(?:the|a|an|its|their)\\s+(?:[\\w’'-]+\\s+){0,4}?in an? (?:[\\w-]+\\s+)?(?:vote|ballot)\\b`, 'i'),
    kind: 'vote',
    words: 'vote ballot',
    verb: true,
  },
  // an occasion set down for a time or a place, its noun the subject (SET_DOWN): "The vote will now take place on April 8"
  { pattern: new RegExp(String.raw`\b(?:vote|ballot)${SET_DOWN}`, 'i'), kind: 'vote', words: 'vote ballot', setDown: true },
  { pattern: new RegExp(String.raw`\bdebates?${SET_DOWN}`, 'i'), kind: 'debate', words: 'debate debates' },
  { pattern: new RegExp(String.raw`\brun-?offs?${SET_DOWN}`, 'i'), kind: 'election', words: 'runoff runoffs run-off run-offs', label: 'runoff', labelAlways: true },
  { pattern: new RegExp(String.raw`\bmeeting${SET_DOWN}`, 'i'), kind: 'meeting', words: 'meeting' },
  { pattern: new RegExp(String.raw`\bsummit${SET_DOWN}`, 'i'), kind: 'summit', words: 'summit' },
  // a party's members who choose a leader at a convention hold an election: "will choose their next leader at a convention in Winnipeg on March 29"
  {
    pattern: /\b(?:choose|chooses|chose|choosing|elect|elects|elected|electing|pick|picks|picked|picking|select|selects|selected|selecting)\s+(?:a|an|its|their|the|his|her)\s+(?:next|new|permanent|interim)\s+leader\s+at\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?convention\b|\bleadership convention\b/i,
    kind: 'election',
    words: 'convention',
    verb: true,
    label: 'leadership convention',
    labelAlways: true,
  },
  { pattern: new RegExp(String.raw`\b(?:rally|protest|demonstration|march|vigil|rallies|protests|demonstrations|marches|vigils)${SET_DOWN}`, 'i'), kind: 'rally', words: 'rally protest demonstration march vigil rallies protests demonstrations marches vigils' },
  { pattern: new RegExp(String.raw`\b(?:hearing|sentencing)${SET_DOWN}`, 'i'), kind: 'hearing', words: 'hearing sentencing' },
  // (a trial in a sentence of a court's words, or one a court's word names: "A separate civil trial is scheduled to begin in September"; not a pilot's, "a trial of a four-day week is set to begin")
  { pattern: new RegExp(String.raw`\b(?:trial|retrial)${SET_DOWN}`, 'i'), kind: 'hearing', words: 'trial retrial', court: true, legal: true, label: 'trial' },
  { pattern: new RegExp(String.raw`\b(?:civil|criminal|jury|murder|manslaughter|fraud|assault|sentencing) (?:trial|retrial)${SET_DOWN}`, 'i'), kind: 'hearing', words: 'trial retrial', court: true, label: 'trial' },
];
