/**
 * The event words of a court's business (hearings, trials, pleas, sentences, inquests, rulings) as
 * patterns, a part of ./eventTriggers' list kept in its place there (the order of the list is the
 * order ties are broken in).
 */
import type { Trigger } from './eventTriggers';
import { MONTH, WEEKDAY } from './datePatterns';

/** The kinds of court a hearing is held at, as their names end: "Leeds Crown Court", "Cork District Court". */
export const COURT_KINDS = "(?:Crown|Local|Magistrates['’]?|District|Circuit|Superior|Supreme|High|County|Federal|Municipal|Sheriff|Youth|Family|Criminal|Bankruptcy|Appeals?|Coroner['’]s|Provincial|Sessions|Civil|Juvenile|Claims|Tax|Labou?r|Employment|Chancery|Magistrate['’]?s)";

/** A court's business, each with the context that makes it an event. */
export const COURT_TRIGGERS: Trigger[] = [
  // a coroner's inquest: "told the inquest", "an inquest into his death heard"
  // (one asked for is none yet: "called for an inquest into his death", "want inquests into")
  // (one asked for and set down is one: "called for a coroner's inquest, which is set to open in June")
  {
    pattern: /\b(?:told|at|to|before|opened|resumed) (?:the|an) inquest\b|(?<!\b(?:for|want|wants|wanted|demand|demands|demanded|seek|seeks|sought|urged|ordered) (?:an |a |the |new )?)\binquests? (?:(?:has|had|was) )?(?:into|in|at|heard|was told|opened|resumed)\b|\binquests?,? (?:which|that) (?:is|was|are|were) (?:set|due|scheduled|expected) to (?:open|begin|start|resume)\b/i,
    kind: 'hearing',
    words: 'inquest inquests',
    label: 'inquest',
  },
  // a court's business by what happens there: "appeared at Leeds Crown Court", "stood trial", "was jailed for seven years"
  // (a court by its kind: "Earls Court", "the Royal Court Theatre" are no courts)
  {
    pattern: new RegExp(
      `\\b(?:(?:appeared|appears|appear|appearing)(?: again| briefly| first)?|(?:due|expected|scheduled)(?: back)?) (?:(?:in|at|before) (?:(?:the )?(?:[A-Z][\\w'’-]* ){0,3}${COURT_KINDS} Court|the Old Bailey|court|a (?:magistrate|judge))\\b(?! of public)|by video(?:[- ]?link)?\\b)|` +
        // a plea entered or to be entered on its day, by the named person just before: "Iswaran, 62, had pleaded guilty on
        // 24 September", "Berg is due to plead not guilty on Friday" (not "a former congressman, R-Mich., pleaded guilty",
        // "the hacker who … pleaded guilty", nor one undated, "Chatwal pleaded guilty to making …": background)
        // (or by the person the sentence opens with, described: "MINNEAPOLIS (AP) — A former Minnesota state senator pleaded not guilty Tuesday")
        `(?<=(?:\\b\\p{Lu}[\\p{L}'’.-]+(?:, \\d{1,3},)?|(?:^|[—–]\\s*)(?:A|An|The)(?: (?!(?:who|which|that)\\b)[\\p{L}'’.-]+){1,6}) (?:had |has )?)(?:pleaded|pleads|pled|will plead|(?:is|are) (?:due|expected|set|scheduled) to plead) (?:not )?guilty(?=,? (?:(?:on|in|last|this|earlier|late) )?(?:\\d|${MONTH}|${WEEKDAY}\\b|today\\b|yesterday\\b))|` +
        "\\b(?:stood|stands|went on|goes on|will stand|will go on|(?<!\\b(?:unfit|fit|competent|incompetent|able|unable|enough|ready) )(?:is |are )?(?:due |set |expected )?to (?:stand|go on)|faces|is facing) trial\\b(?! by| with)|\\b(?:was|has been|had been|(?:will|is to|are to|(?:is|are) due to) be) (?:jailed|sentenced|convicted|acquitted)\\b(?! without)|" +
        // a fine a court imposes: "was fined $560,000 in the Auckland District Court"
        `\\b(?:was|were|has been|had been) fined\\b(?=(?:[^,;.]|[,.]\\d){0,40}\\b(?:in|at|by) (?:the )?(?:[A-Z][\\w'’-]* ){0,3}${COURT_KINDS} Court)`,
      'u',
    ),
    kind: 'hearing',
    words: 'appeared appears appear appearing due expected scheduled back trial jailed sentenced convicted acquitted fined guilty',
    // (the first words of its alternatives; the plea's look-behind made it try every character: its
    // costliest pattern, since "due", "expected" and "back" are common)
    starts: /\b(?:appear|plead|(?:due|expected|scheduled|pled|stood|stands|went|goes|faces|to|set|will|is|are|was|were|has|had)\b)/gu,
    verb: true,
    court: true,
    label: 'trial',
  },
  // a trial set down by its day: "Judge Nancy Brasel set a trial date of March 2", "scheduled the trial for Jan. 5"
  {
    pattern: new RegExp(`\\b(?:set|sets|setting|scheduled|schedules|fixed|fixes) (?:a|the|her|his|their) (?:new )?trial(?: date)? (?:of|for)(?= (?:\\d|${MONTH}|${WEEKDAY}\\b))`),
    kind: 'hearing',
    words: 'trial',
    verb: true,
    court: true,
    legal: true,
    label: 'trial',
    labelAlways: true,
  },
  // a trial by its opening: "The trial of Daniel Okafor and Priya Nandra, who deny fraud, opened on Wednesday" (a court's, not a drug's or a pilot's)
  {
    // (or set down: "A trial on the merits is scheduled to begin on September 14", "The trial of … will begin on 12 January")
    pattern: /\b(?:trial|retrial)(?: (?:of|on|in|for)(?: [\p{L}\d'’.-]+){1,16}?)?(?:,[^,;]{1,80},)? (?:opened|opens|began|begins|started|starts|resumed|resumes|got under way|gets under way|is under way|(?:is|was|are|were) (?:scheduled|set|due|expected) to (?:begin|start|open|resume)|will (?:begin|start|open|resume))\b/u,
    kind: 'hearing',
    words: 'trial retrial',
    verb: true,
    court: true,
    legal: true,
    label: 'trial',
  },
  // a hearing by its opening, a tribunal's as a court's: "A hearing into a proposed wind farm opened on the 14th before
  // the Ontario Land Tribunal", "The OLT hearing began on Aug. 14" (not "a hearing aid", nor one only asked for: no verb of its start)
  {
    pattern: /\bhearings?(?: (?:of|on|in|into|for|before)(?: [\p{L}\d'’.-]+){1,16}?)?(?:,[^,;]{1,80},)? (?:opened|opens|began|begins|started|starts|resumed|resumes|got under way|gets under way|is under way|(?:is|was|are|were) (?:scheduled|set|due|expected) to (?:begin|start|open|resume)|will (?:begin|start|open|resume))\b/u,
    kind: 'hearing',
    words: 'hearing hearings',
  },
  // a verdict by what the jury or the judge found: "A jury on Friday found Marcus D. Whitfield Jr. guilty of aggravated murder"
  {
    pattern: /\b(?:[Jj]ury|[Jj]urors|[Jj]udge(?: [A-Z][\w'’.-]*){0,3})(?: [^,;.]{1,30}?)? (?:found|finds|find) (?:[A-Z][\w'’.-]*,? ){1,5}(?:not )?guilty\b/,
    kind: 'hearing',
    words: 'guilty',
    verb: true,
    label: 'verdict',
    labelAlways: true,
  },
  // a sentencing set down by its day: "Judge Eleanor Van Buskirk set sentencing for Dec. 10"
  {
    pattern: new RegExp(`\\b(?:set|sets|scheduled|schedules) (?:a |the )?sentencing(?: hearing)? (?:for|on)(?= (?:\\d|${MONTH}|${WEEKDAY}\\b))`),
    kind: 'hearing',
    words: 'sentencing',
    verb: true,
    label: 'sentencing',
    labelAlways: true,
  },
  // a court's ruling: "A federal appeals court on Tuesday blocked a Texas law", "The Court of Appeal on Monday dismissed …"
  {
    pattern:
      /\b(?:[Cc]ourt|[Tt]ribunal|[Jj]ustices|[Jj]udges?|[Mm]agistrates?|[Cc]oroner)(?: of (?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})| [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?(?:,? (?:on |last |this |late |earlier )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|today|yesterday),?)? (?:ruled|blocked|dismissed|upheld|overturned|struck down|quashed|threw out|rejected|halted)\b/,
    kind: 'hearing',
    // (gated by the court's word, rarer than its verbs)
    words: 'court tribunal justices judges judge magistrate magistrates coroner',
    verb: true,
    label: 'ruling',
    labelAlways: true,
  },
  // a court sitting told by what its bench heard: "magistrates were told on Wednesday", "Jury selection began Monday in the … trial"
  // ("the court heard" is a cue of what was said there, whatever it tells: "A clinical trial began on Monday, the court heard")
  {
    pattern: /\b(?:[Mm]agistrates|[Tt]he (?:jury|tribunal)) (?:was|were) told\b|\b[Jj]ury selection (?:began|begins|begin|started|starts|will begin|(?:is|was) (?:set|due|scheduled|expected) to begin)\b/,
    kind: 'hearing',
    words: 'told selection',
    verb: true,
  },
  // a hearing held: "A hearing on pretrial motions was held Friday", "the hearing will be held on 3 June"
  { pattern: /\bhearings? (?:(?:on|into|in|over|for) [^,;.]{1,40}? )?(?:was|were|will be|is to be|(?:is|are) (?:set|due|scheduled|expected) to be) held\b/i, kind: 'hearing', words: 'hearing hearings' },
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
  // a case or an appeal to be heard: "their appeal against the ruling will be heard in September"
  { pattern: /\b(?:appeal|appeals|case|challenge)(?: [^,;.]{1,40}?)? (?:will be|is to be|are to be|(?:is|are) (?:set|due|scheduled|expected) to be) heard\b/i, kind: 'hearing', words: 'heard', verb: true },
  // what was done at one: "argued the case at a hearing in August"
  { pattern: /\bat (?:a|an) (?:[\w-]+ ){0,2}?hearing\b/i, kind: 'hearing', words: 'hearing' },
];
