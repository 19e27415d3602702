/**
 * Stage 3 of attribution, the reported content: its span. After the cue ("said (that) …", "told
 * reporters Friday: “…”", read in ./clauseAfterCue), before it ("CONTENT, X said") or across it
 * ("…, he said, …"). Whether it is a quotation, and the quotations that continue an attribution,
 * are in ./contentQuote.
 */
import { lowerBound } from '../sorted';
import { CUE_FORMS, DOCUMENT_NOUNS, type CueInfo } from '../cues';
import { ROLE_NOUNS } from '../gazetteer';
import { peopleNoun } from '../lexicon/people';
import { NAME_PARTICLES } from '../nameWords';
import { baseLower, type Paragraph, type Sentence, type Token } from '../text';
import { contentAfter, partWithParticiple, timeDistanceAt } from './clauseAfterCue';
import { skipTimeForward } from './timeAfterCue';
import { dismissedPerson, insideOpeningQuestion } from './cueSenses';
import { tallyAt } from './tally';
import type { Cue } from './cueDetection';
import { ofWhich } from './appositive';
import type { SourcePhrase } from './source';
import { ADJUNCT_START, citedClauseAfter, citingAsideClose, CLAUSE_BREAK, DETERMINERS, hasAuxiliary, hasFiniteVerb, isLyAdverb, participleWithAgent, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, TIME_WORDS, TITLE_LIKE, wordsIn } from './words';
import { OBJECT_NOT_SPEECH } from './cueObjects';
import { beforeOtherReport, joinedQuotation, opensOnCue, ownReport, reportedAppositive } from './otherReports';

/** Relative pronouns that open a clause around a cue: "The dam, which he said was built in 1962, holds …". */
const RELATIVE_OPENERS = new Set(['which', 'who', 'that', 'whom']);
/** Subordinators that open a clause ending at its comma: "While some parents say …, the principal says …". */
/** Infinitives that make a cue of wanting one of asking: "wanted to know", "wants to ask". */
const ASKING = new Set(['know', 'ask']);
const SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'if', 'because', 'since', 'as', 'when', 'unless', 'after', 'before', 'until', 'once']);
/** Words right before an aside's cue after which the clause the aside interrupts opens: "where, he said, …". */
const CLAUSE_HOSTS = new Set(['where', 'because', 'that']);
/** Words that can stand before a subordinator at the start of a sentence: "Even as he said …,". */
const SUBORDINATOR_LEADS = new Set(['even', 'just', 'only', 'but', 'and']);

/**
 * The content of a verb cue whose source phrase is `src`, as token indices [from, to) of the
 * paragraph, or null. `regionStart` is where text not yet used by this sentence's attributions
 * begins; `contentEndLimit` where a joined cue's clause starts (or the sentence's end).
 */
/**
 * "A banner reading “Justice for Dana” hung outside the court": a participle after a noun inside
 * the sentence's subject (no finite verb before it) takes the quotation right after it alone; the
 * words after that quotation are the main clause's. `content` as it was otherwise ("issued a
 * statement saying “the economy” is strong" keeps its clause).
 */
function quotationInSubject(t: Token[], s: Sentence, cue: Cue, content: [number, number]): [number, number] {
  const open = t[content[0]];
  if ((open.type !== 'open' && open.type !== 'ambiguous') || cue.index === s.from || t[cue.index - 1].type !== 'word' || hasFiniteVerb(t, s.from, cue.index)) return content;
  let close = content[0] + 1;
  while (close < content[1] && t[close].type !== 'close' && t[close].type !== 'ambiguous') close++;
  return close + 1 < content[1] ? [content[0], close + 1] : content;
}

/**
 * Where the source's clause opens, for content read back from it: the subject's first word, or
 * for "“…,” the release quoted Kiki Ferrari as saying." the first word of the medium quoting the
 * subject (at most six words after the closing mark or comma).
 */
function clauseLead(t: Token[], cue: Cue, subject: { from: number }): number {
  const quoted = t[subject.from - 1];
  if (t[cue.index - 1]?.lower !== 'as' || !quoted || (quoted.lower !== 'quoted' && quoted.lower !== 'quotes')) return subject.from;
  let j = subject.from - 2;
  while (j >= 0 && subject.from - 2 - j < 6 && t[j].type === 'word') j--;
  return j >= 0 && j < subject.from - 2 && t[j].type !== 'word' ? j + 1 : subject.from;
}

export function findContent(p: Paragraph, s: Sentence, cue: Cue, info: CueInfo, src: SourcePhrase, regionStart: number, contentEndLimit: number): [number, number] | null {
  const t = p.tokens;
  const { subject, inverted } = src;
  const k = cue.subjectEnd;
  let content: [number, number] | null = null;
  if (inverted) {
    content = regionBefore(t, regionStart, k + 1, true);
  } else {
    // ", who say …, disagree", ", which he said was …, holds", "While some say …, others": a
    // relative or subordinate clause ends at its comma
    const opener = subject ? t[subject.from - 1] : undefined;
    const relative =
      !!subject &&
      // (", a lawyer who argued the case, called …": a relative pronoun is a clause's, set off or not)
      ((subject.to - subject.from === 1 && RELATIVE_PRONOUNS.has(t[subject.from].lower) && (opener?.text === ',' || opener?.type === 'word')) ||
        (!!opener && RELATIVE_OPENERS.has(opener.lower) && t[subject.from - 2]?.text === ',') ||
        (!!opener &&
          SUBORDINATORS.has(opener.lower) &&
          (subject.from - 1 === s.from ||
            t[subject.from - 2]?.text === ',' ||
            (subject.from - 2 === s.from && SUBORDINATOR_LEADS.has(t[s.from].lower)) ||
            // ("A neighbour, who asked not to be named because she feared reprisals, said …": nested in the source's aside)
            mainVerbAfter(t, nextComma(t, p.inQuote, cue.end + 1, contentEndLimit), contentEndLimit))));
    // "Asked by the prosecutor whether …, Brooks said": a passive cue opening the sentence is its circumstance, up to its comma
    const circumstance = cue.index === s.from && t[cue.index + 1]?.lower === 'by';
    // ("Asked whether Webb would testify, DeGuerin said: …": a cue inside the opening question ends at its comma, where the answer's begins)
    const question = insideOpeningQuestion(t, s, cue.index);
    let limit = relative || circumstance || question ? nextComma(t, p.inQuote, question ? cue.end : cue.end + 1, contentEndLimit) : contentEndLimit;
    // "…, who said the bill was flawed, unfair and rushed, voted": a list's commas are inside the clause
    for (let close = relative ? listClose(t, limit, contentEndLimit) : -1; close > limit; close = listClose(t, limit, contentEndLimit)) limit = close;
    // "…, who declared in the spin room, “…”": the quotation after the comma is still the content
    if (limit < contentEndLimit && (t[limit + 1]?.type === 'open' || t[limit + 1]?.type === 'ambiguous')) limit = contentEndLimit;
    // "dismissed head coach Tite on Monday, a day after …": a firing, no words, nor the clause after it
    if (info.lemma === 'dismiss' && dismissedPerson(t, cue.end, limit)) return null;
    content = contentAfter(t, s, cue.end, info, limit);
    // ("“Where is the money?” Lee wanted to know.": "to know" alone is no content; the cue asks the quotation before it)
    if (content && t[content[0]].lower === 'to' && ASKING.has(t[content[0] + 1]?.lower ?? '') && (content[0] + 2 === content[1] || t[content[0] + 2].type === 'punct')) content = null;
    // ("…, Global Affairs Canada said Saturday, a move Moscow vowed to answer": an appositive that sums
    // up the sentence and reports another on it is no content; what stands before the subject is)
    if (content && t[content[0] - 1]?.text === ',' && reportedAppositive(t, content[0], content[1])) content = null;
    if (content && info.form === 'ing') content = quotationInSubject(t, s, cue, content);
    const lead = subject ? clauseLead(t, cue, subject) : -1;
    const before = subject ? lead - 1 : -1;
    // "CONTENT, NP said": only where a comma or a closing mark stands before the subject
    // (not before a cue with a tally of its own: "Harlan had 28 points, Quill added 24 and …")
    const canLookBack = before >= regionStart && (t[before].text === ',' || t[before].type === 'close' || t[before].type === 'ambiguous' || t[before].text === '—') && !(!content && tallyAt(t, cue.end, contentEndLimit));
    // “A,” she said, “b …”: the quotation before the cue is its content; the one after goes on with it
    if (
      content &&
      canLookBack &&
      (t[before].type === 'close' || t[before].type === 'ambiguous') &&
      p.inQuote[before - 1] &&
      (t[content[0]].type === 'open' || t[content[0]].type === 'ambiguous') &&
      t[content[0] - 1]?.text === ','
    ) {
      const quoted = regionBefore(t, regionStart, lead, false);
      if (quoted) return quoted;
    }
    // "Retired teacher Helen Park, who spoke …, said": a relative pronoun's antecedent is no content
    // ("a 'Hamlet' that whispers for three hours": a relative pronoun right after quotation marks has them, a title, as its antecedent)
    const titleAntecedent = !!subject && subject.to - subject.from === 1 && (opener?.type === 'close' || opener?.type === 'ambiguous') && (t[subject.from].lower === 'that' || RELATIVE_PRONOUNS.has(t[subject.from].lower));
    // (a refusal reports nothing before it: "X reported, the Foundation refused to release the names")
    const refusal = info.lemma === 'refuse' || info.lemma === 'decline';
    // ("… to Gagnon Inc., the same firm residents blamed for the delays": a verb that takes a person
    // and then its complement's preposition, with no person between, has its object gapped: the cue
    // is a relative clause's about the name before, reporting nothing)
    // (only a verb whose preposition follows its person: "residents had warned for years", "the city
    // warned of delays", "the ministry assured with a statement" take theirs directly, and report)
    const gapped = !!GAP_COMPLEMENTS[info.lemma]?.includes(t[cue.end]?.lower ?? '');
    // ("The festival drew 40,000 people, organizers said Monday, even as rain fell": a subordinate
    // clause past the cue's adjunct and its comma hangs from the clause before the subject, which
    // is the content when there is one)
    const pastComma = content && canLookBack && content[0] > cue.end + 1 && t[content[0] - 1]?.text === ',' && subordinateAt(t, content[0]) ? content : null;
    if (pastComma) content = null;
    // ("The company that runs the site, Waste Management Quebec, wants to raise …": a cue whose
    // infinitive follows it has its object there; the phrase before the appositive is its subject's
    // head; a quotation before it is still its words: "“Where is the money?” Lee wanted to know")
    // (a verb of speech's "to" opens whom it went to: "Ackman wrote to investors, telling …")
    const infinitive = info.cls !== 'speech' && t[cue.end]?.lower === 'to' && t[cue.end + 1]?.type === 'word' && !t[cue.end + 1].cap && t[before]?.text === ',';
    if (!content && canLookBack && !titleAntecedent && !refusal && !gapped && !infinitive && !(relative && RELATIVE_PRONOUNS.has(t[subject!.from].lower))) {
      // ("The budget, Holt said, would cut …": a short subject before the cue, only when its clause goes on after it)
      // ("When a nurse returned, the governor ordered a quarantine": a subordinate clause alone, before a cue
      // whose object follows it, is the main clause's circumstance; "If X, he said, Y" keeps it)
      // ("In a post on Facebook, the union representing …, CUPE Local 500, thanked …": after a
      // document's adjunct, what stands before the subject's appositive is its head, no content)
      const circumstance = (t[cue.end]?.type === 'word' && subordinateOnly(t, regionStart, lead)) || documentAdjunctOpens(t, regionStart, lead);
      // ("Ann Lee said the plan works — Linda Moss disagreed": a clause that is a report of its own is its cue's, not this one's)
      const region = circumstance ? null : joinedQuotation(t, p.inQuote, regionBefore(t, regionStart, lead, false));
      const long = t[before].text === '—' ? ownReport(t, p.inQuote, region) : region;
      const short = long ? null : shortSubjectBefore(t, regionStart, lead);
      content = withoutTrailingRole(t, long ?? short);
      // "Many of the closures, he said, have involved public courses": the clause goes on after its cue
      if (content && content[1] === lead - 1) {
        const across = acrossCue(t, p.inQuote, content, cue.end, contentEndLimit);
        const goesOn = across[1] > content[1];
        content = (goesOn || !short) && clauseOrQuotation(t, content, goesOn ? skipTimeForward(t, cue.end, contentEndLimit) : -1, across[1]) ? across : null;
        // "pointed at a spot where, he said, a freighter nearly went aground": after a word that
        // opens a clause, the aside's clause is the content, not the sentence it hangs from (not
        // when that word opens the content itself: "That, Ruiz says, is the point")
        if (content && goesOn && lead - 2 > content[0] && CLAUSE_HOSTS.has(t[lead - 2]?.lower ?? '')) content = [skipTimeForward(t, cue.end, contentEndLimit) + 1, across[1]];
      } else if (short || !clauseOrQuotation(t, content, -1)) content = null;
    }
    content ??= pastComma;
    // "For example, she wrote in an analysis, CONTENT." (not after a cue's noun-phrase object, which
    // contentAfter turned down: "noted testimony by Gregory Hicks, the former deputy chief …")
    if (!content && subject && !titleAntecedent && !objectBeforeComma(t, cue.end, info)) content = contentAfterParenthetical(t, s, cue.end, limit) ?? contentAfterCitedAside(t, cue.end, limit);
    // "wrote in a letter, a copy of which was seen by …,": a relative clause about the letter is no content
    if (content && content[0] >= cue.end && t[content[0] - 1]?.text === ',' && ofWhich(t, content[0], content[1])) content = null;
  }
  // ("The teacher whom Mayor Ann Lee praised said …", "Ann Lee, who Tom Hale praised, said …": a
  // relative clause's verb whose object is the relative pronoun; words that open on the main
  // clause's cue are that cue's, never this one's)
  if (content && !p.inQuote[content[0]] && opensOnCue(t[content[0]])) return null;
  // ("Protesters chanted “Cap the rent now” as they marched": a verb of manner reports only its quotations)
  if (content && info.needsQuotation) content = quotationsOnly(t, p.inQuote, content);
  if (content && content[0] >= cue.end) content = beforeOtherReport(t, p.inQuote, content);
  return content && withoutHearing(t, p.inQuote, withoutSourceTerms(t, p.inQuote, withoutNarrationAfterQuotation(t, p.inQuote, content), subject ? subject.from : cue.index, cue.end));
}

/**
 * Content [a, b) that opens on a quotation, cut after the last of the quotations chained to it by
 * "and", "or" or a comma (“A” and “B” as they walked …); as it is otherwise.
 */
function quotationsOnly(t: Token[], inQuote: Uint8Array, [a, b]: [number, number]): [number, number] {
  if (t[a].type !== 'open' && t[a].type !== 'ambiguous') return [a, b];
  let j = a;
  for (;;) {
    let c = j + 1;
    while (c < b && inQuote[c]) c++;
    if (c >= b) return [a, b];
    const link = t[c + 1]?.text === ',' || t[c + 1]?.lower === 'and' || t[c + 1]?.lower === 'or' ? c + 2 : -1;
    if (link < 0 || link >= b || (t[link].type !== 'open' && t[link].type !== 'ambiguous')) return [a, c + 1];
    j = link;
  }
}

/**
 * "said inflation was “not yet beaten”, dashing hopes of a cut", "…,” drawing boos from the crowd":
 * a participle's clause after a closing quotation mark and its comma is the reporter's narration,
 * never the speaker's (PolNeAR's development gold never runs on past one); the content ends at the
 * mark. Prepositions in -ing ("including", "regarding") go on with the content.
 */
function withoutNarrationAfterQuotation(t: Token[], inQuote: Uint8Array, content: [number, number]): [number, number] {
  const [a, b] = content;
  // (the close of the quotation the cue sets off, found once: -1 for a content that opens on none)
  const setOffClose = t[a - 1]?.text === ',' || t[a - 1]?.text === ':' ? quotationClose(t, inQuote, a) : -1;
  for (let j = a + 1; j < b - 2; j++) {
    const x = t[j];
    if ((x.type !== 'close' && x.type !== 'ambiguous') || !inQuote[j - 1] || inQuote[j + 1]) continue;
    const n = t[j + 1].text === ',' ? j + 2 : t[j - 1].text === ',' ? j + 1 : -1;
    const w = n > 0 ? t[n] : undefined;
    if (w && w.type === 'word' && !w.cap && w.lower.length > 5 && w.lower.endsWith('ing') && !ING_PREPOSITIONS.has(w.lower)) return [a, j + 1];
    // "said, “We vote Thursday,” and the council agreed": words quoted after the cue are all it reports;
    // a clause a conjunction joins after them, with no quotation of its own, is the reporter's
    if (j === setOffClose && narratedAfter(t, inQuote, j + 1, b)) return [a, j + 1];
  }
  return content;
}

/** The closing mark of the quotation that opens at `a`; -1 when `a` opens none. */
function quotationClose(t: Token[], inQuote: Uint8Array, a: number): number {
  if (t[a].type !== 'open' && t[a].type !== 'ambiguous') return -1;
  let c = a + 1;
  while (c < t.length && inQuote[c]) c++;
  return c;
}

/**
 * Whether [from, b) is ", and CLAUSE" or "but CLAUSE" after a quotation the cue sets off by a comma
 * or a colon (at `from` - 1, opening at the content's start): a clause with a finite verb and no
 * quotation ("and the council agreed", "and shared a link"), not a second complement ("and that
 * …") nor an ellipsis ("and no order to stand down").
 */
function narratedAfter(t: Token[], inQuote: Uint8Array, from: number, b: number): boolean {
  const k = t[from]?.text === ',' ? from + 1 : from;
  if (t[k]?.lower !== 'and' && t[k]?.lower !== 'but') return false;
  if (t[k + 1]?.type !== 'word' || t[k + 1].lower === 'that') return false;
  // (the verb comes before any infinitive: "and no order to do so" has none)
  let verbsEnd = k + 1;
  while (verbsEnd < b && t[verbsEnd].lower !== 'to') verbsEnd++;
  if (!hasFiniteVerb(t, k + 1, verbsEnd, true)) return false;
  for (let j = k + 1; j < b; j++) if (inQuote[j] || t[j].type === 'open' || t[j].type === 'ambiguous') return false;
  return true;
}
/** Words in -ing that are prepositions, going on with the phrase before them. */
const ING_PREPOSITIONS = new Set(['including', 'excluding', 'regarding', 'concerning', 'according', 'during', 'notwithstanding', 'pending', 'considering']);

/**
 * "Briggs told police he had acted in self-defence, the court heard.": content that ends on a
 * body's "heard" (at most four words after its comma) ends before that comma; the body only tells
 * where the words were given in evidence (see ./documentCues `courtHeard`).
 */
function withoutHearing(t: Token[], inQuote: Uint8Array, content: [number, number]): [number, number] {
  const [a, b] = content;
  // (the sentence's full stop may close the content)
  const e = t[b - 1]?.type === 'word' ? b : b - 1;
  if (t[e - 1]?.lower !== 'heard' || inQuote[e - 1]) return content;
  for (let j = e - 2; j > a && e - j <= 5; j--) {
    if (t[j].text === ',') return [a, j];
    if (t[j].type !== 'word') break;
  }
  return content;
}

/**
 * "confirmed the meeting on the condition of anonymity because …", "…, he said, on condition of
 * anonymity to speak freely": the terms the source set for speaking end what was said (with a
 * comma, "only" or "speaking" before them). Content across the cue (tokens `source` to `cueEnd`)
 * whose part after it is only those terms ends before the source.
 */
function withoutSourceTerms(t: Token[], inQuote: Uint8Array, content: [number, number], source: number, cueEnd: number): [number, number] {
  const [a, b] = content;
  for (let j = a + 2; j < b - 2; j++) {
    if (inQuote[j] || t[j].lower !== 'on') continue;
    const c = t[j + 1].lower === 'the' ? j + 2 : j + 1;
    if (t[c].lower !== 'condition' || (t[c + 1]?.lower !== 'of' && t[c + 1]?.lower !== 'that')) continue;
    let e = j;
    while (e > a + 2 && (t[e - 1].text === ',' || t[e - 1].lower === 'only' || t[e - 1].lower === 'speaking')) e--;
    if (a < source && e <= cueEnd) e = source;
    while (e > a + 2 && t[e - 1].text === ',') e--;
    return [a, e];
  }
  return content;
}

/**
 * "according to X, CONTENT" or "CONTENT, according to X": the content, given where the source
 * phrase ends (`npEnd`); null when the text before the cue is another cue's ("Y said …, according
 * to X": one quote, Y's). `sentenceFrom` is where the sentence starts.
 */
export function accordingContent(t: Token[], cue: Cue, npEnd: number, regionStart: number, contentEndLimit: number, sentenceFrom = regionStart): [number, number] | null {
  const before = regionBefore(t, regionStart, cue.index, true);
  // "“…,” the judge said at the time, according to a transcript", "…,” Walker said, according to
  // an attendee": after the sentence's own attribution the phrase tells where its words were
  // found, no quote of its own (a quotation after it goes on with the speaker's)
  if (before && regionStart > sentenceFrom && reportingClause(t, before)) return null;
  // "The provincial minister, according to his spokesperson, has asked …": an aside between a
  // subject and its verb; the words are the whole clause, not the subject alone
  if (before && t[before[1]]?.text === ',' && t[npEnd]?.text === ',' && !hasFiniteVerb(t, before[0], before[1], true) && hasFiniteVerb(t, npEnd + 1, Math.min(contentEndLimit, npEnd + 4), true)) return [before[0], contentEndLimit];
  if (before) return before;
  // ("Y said …, according to X": the sentence's own attribution has its quote; X tells where it was heard)
  return t[npEnd]?.text === ',' ? [npEnd + 1, contentEndLimit] : null;
}

/** Whether a subordinate clause opens at token `k`: "although …", "even as …", "even though …". */
function subordinateAt(t: Token[], k: number): boolean {
  const x = t[k];
  return x?.type === 'word' && (SUBORDINATORS.has(x.lower) || (x.lower === 'even' && SUBORDINATORS.has(t[k + 1]?.lower ?? '')));
}

/** Whether tokens [from, to) are one subordinate clause and its comma: a subordinator first ("When", "If", "After"), no other comma. */
function subordinateOnly(t: Token[], from: number, to: number): boolean {
  if (!SUBORDINATORS.has(t[from]?.lower ?? '')) return false;
  for (let j = from + 1; j < to - 1; j++) if (t[j].text === ',' || t[j].type === 'open' || t[j].type === 'ambiguous') return false;
  return true;
}

/** Whether tokens [a, b) are only the reporting clause of the quotation before them: a closing mark or a comma, then a speech verb among a few words. */
function reportingClause(t: Token[], [a, b]: [number, number]): boolean {
  if (b - a > 14 || !(t[a].type === 'close' || t[a].type === 'ambiguous' || t[a].text === ',')) return false;
  for (let j = a + 1; j < b; j++) {
    if (t[j].type === 'open' || t[j].type === 'ambiguous') return false;
    if (t[j].type === 'word' && !t[j].cap && CUE_FORMS.get(t[j].lower)?.cls === 'speech') return true;
  }
  return false;
}

/**
 * Content before a cue set off by commas, continued after it: "CONTENT, he said, CONTENT". Not
 * when what follows starts a clause of its own ("…, he said, and left", "…, he said, adding …").
 */
function acrossCue(t: Token[], inQuote: Uint8Array, before: [number, number], cueEnd: number, limit: number): [number, number] {
  const comma = skipTimeForward(t, cueEnd, limit);
  const next = t[comma + 1];
  if (t[comma]?.text !== ',' || inQuote[comma] || !next || next.type !== 'word' || limit - comma < 4) return before;
  // ("The findings, the authors wrote, suggest that …": a document's own verb of report goes on with it)
  // "…, he said, and the cap would save …": a coordinated clause with a subject of its own goes on
  // with what was said ("…, he said, and left" is the speaker's act)
  if ((next.lower === 'and' || next.lower === 'but') && coordinatedClause(t, comma + 2, limit)) return [before[0], limit];
  // ("Nobody, he said, knew whether …", "Many, she said, wanted …": a verb of attitude after the aside is the clause's own)
  const nextCue = CUE_FORMS.get(next.lower);
  // ("…, its lawyer said Wednesday, a day after council voted it down": a time before or after an event is an adjunct, no clause going on)
  if (timeDistanceAt(t, comma + 1, limit)) return before;
  // ("…, the ministry said, a move Moscow vowed to answer": an appositive that sums up the clause and reports another on it)
  if (reportedAppositive(t, comma + 1, limit)) return before;
  // ("She is leaving, she said, because the commute …": a reason after the aside is the clause's
  // own, unless it is why the speaker went unnamed, "…, he said, because he was not authorized to …")
  const reason = next.lower === 'because' && !unnamedReason(t, comma + 2, limit);
  if ((CLAUSE_BREAK.has(next.lower) && !reason) || partWithParticiple(t, comma + 1) || (nextCue && !(nextCue.cls === 'attitude' && nextCue.form === 'ed') && !documentHead(t[before[1] - 1])) || /ing$/.test(next.lower) || next.lower === 'according') return before;
  // (a quotation inside the clause makes it mixed, "Van de Ven, he said, was “getting closer”"; one
  // that opens it is a direct quote of its own)
  if (t[comma + 1].type === 'open' || t[comma + 1].type === 'ambiguous') return before;
  // (nor one that opens an attribution of its own: "…, state television reported, he said Iran “will not bow”")
  const cue = SUBJECT_PRONOUNS.has(next.lower) ? CUE_FORMS.get(t[comma + 2]?.lower ?? '') : undefined;
  if (cue && cue.cls === 'speech' && (cue.form === 'ed' || cue.form === 's')) return before;
  // ("Profit fell to $13.7 billion, the company said, slightly below forecasts": a whole clause
  // before the cue, and no verb after it: the words after are the writer's aside, not the clause going on)
  if (!hasFiniteVerb(t, comma + 1, limit, true) && hasFiniteVerb(t, before[0], before[1], true)) return before;
  return [before[0], limit];
}

/** Whether tokens [from, to) tell why a source spoke unnamed: "he was not authorized to speak", "of the matter's sensitivity, on condition of anonymity". */
function unnamedReason(t: Token[], from: number, to: number): boolean {
  for (let j = from; j < to && j < from + 12; j++) if (UNNAMED_REASONS.has(t[j].lower)) return true;
  return false;
}
const UNNAMED_REASONS = new Set(['authorized', 'authorised', 'allowed', 'permitted', 'anonymity', 'publicly', 'sensitivity']);

/**
 * Whether tokens [from, to) after "and" or "but" are a clause with its own subject: a first word that
 * is no verb ("the cap would …", "by then water had …") and an auxiliary or a past form after it,
 * not a new attribution ("and she added that …").
 */
function coordinatedClause(t: Token[], from: number, to: number): boolean {
  const first = t[from];
  if (!first || first.type !== 'word' || to - from < 3 || CUE_FORMS.has(first.lower) || (!first.cap && (hasAuxiliary(t, from, from + 1) || /(?:ed|ing)$/.test(first.lower)))) return false;
  if (SUBJECT_PRONOUNS.has(first.lower) && CUE_FORMS.get(t[from + 1]?.lower ?? '')?.cls === 'speech') return false;
  for (let j = from + 1; j < to; j++) {
    if (t[j].type === 'open' || t[j].type === 'ambiguous') return false;
    if (t[j].type === 'word' && !t[j].cap && CUE_FORMS.get(t[j].lower)?.cls === 'speech' && (SUBJECT_PRONOUNS.has(t[j - 1].lower) || t[j - 1].cap)) return false;
  }
  return hasFiniteVerb(t, from + 1, to, true);
}

/** Whether `x` heads a document or its findings, in the singular or the plural ("findings", "results", "data"). */
function documentHead(x: Token | undefined): boolean {
  return !!x && x.type === 'word' && !x.cap && (DOCUMENT_NOUNS.has(x.lower) || (x.lower.endsWith('s') && DOCUMENT_NOUNS.has(x.lower.slice(0, -1))));
}

/**
 * Whether the comma at `comma` (before `to`) gives way to a finite verb of speech whose subject
 * came before the aside the comma closes (", said she heard shouting"), not to a participle of it
 * (", said to be furious", ", said by aides …").
 */
function mainVerbAfter(t: Token[], comma: number, to: number): boolean {
  if (comma + 2 >= to || t[comma].text !== ',') return false;
  const verb = t[comma + 1];
  const cue = verb.type === 'word' && !verb.cap ? CUE_FORMS.get(verb.lower) : undefined;
  return !!cue && cue.cls === 'speech' && (cue.form === 'ed' || cue.form === 's') && !cue.needsQuotation && t[comma + 2].lower !== 'to' && t[comma + 2].lower !== 'by';
}

/** The first comma outside quotations in [from, to), or `to`. */
function nextComma(t: Token[], inQuote: Uint8Array, from: number, to: number): number {
  for (let j = from; j < to; j++) if (t[j].text === ',' && !inQuote[j]) return j;
  return to;
}

/** Words that end a list's item: a clause goes on there, no list. */
const NOT_IN_ITEM = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'has', 'have', 'had', 'did', 'does', ...SUBJECT_PRONOUNS, 'who', 'which', 'that', 'said', 'says']);

/**
 * Where a list that goes on after the comma at `comma` ends: ", unfair and rushed," — items of
 * one to three lower-case words, the last after "and" or "or", then a comma; the index of that
 * comma, or -1 when what follows the comma is no such list (", voted against it").
 */
function listClose(t: Token[], comma: number, to: number): number {
  let k = comma + 1;
  for (let items = 0; items < 8; ) {
    // (an item before "and": ", and many more" after a clause adds to the sentence, not to a list)
    const last = t[k]?.lower === 'and' || t[k]?.lower === 'or';
    if (last && !items) return -1;
    if (last) k++;
    const start = k;
    while (k < to && k - start < 3 && t[k].type === 'word' && !t[k].cap && !NOT_IN_ITEM.has(t[k].lower) && t[k].lower !== 'and' && t[k].lower !== 'or') k++;
    if (k === start) return -1;
    if (last) return t[k]?.text === ',' ? k : -1;
    if (t[k]?.lower === 'and' || t[k]?.lower === 'or') {
      items++;
      continue;
    }
    if (t[k]?.text !== ',') return -1;
    k++;
    items++;
  }
  return -1;
}

/** The first token of sentence `s` at or after text offset `offset` (or `s.to`). */
export function tokenAfter(t: Token[], offset: number, s: Sentence): number {
  // tokens are in text order: a binary search, since every cue of a long sentence asks
  return lowerBound((i) => t[i].start, offset, s.from, s.to);
}

/**
 * Text before a subject, after the last clause used: "CONTENT, NP said". A short adverbial
 * ("On Friday, X said") is no content; a quotation is, however short.
 */
function regionBefore(t: Token[], from: number, to: number, allowShort: boolean): [number, number] | null {
  from = afterClockStamp(t, from, to);
  let b = to;
  while (b > from && (t[b - 1].text === ',' || t[b - 1].text === '—' || t[b - 1].text === ':')) b--;
  if (b - from < 2) return null;
  // "Asked whether …, Champoux declined to say": the question that prompted the answer is not what was said
  if (CIRCUMSTANCE_PARTICIPLES.has(t[from].lower)) return null;
  const quoted = quotationAt(t, from, b);
  if (!quoted && !allowShort && wordsIn(t, from, b) < 4 && !shortClause(t, from, b)) return null;
  return [from, b];
}

/** Determiners of a document in an opening adjunct: "In a post on Facebook,", "In its statement,". */
const DOCUMENT_ADJUNCT_DETERMINERS = new Set(['a', 'an', 'its', 'his', 'her', 'their', 'the']);
/**
 * Whether tokens [from, to) open with a document's adjunct and its comma ("In a post on Facebook,",
 * "In a statement Tuesday,") with more words after that comma: what follows is the subject's
 * phrase, not content reported before it.
 */
function documentAdjunctOpens(t: Token[], from: number, to: number): boolean {
  if (t[from]?.lower !== 'in' || !DOCUMENT_ADJUNCT_DETERMINERS.has(t[from + 1]?.lower ?? '')) return false;
  const noun = t[from + 2]?.lower === 'written' || t[from + 2]?.lower === 'news' ? from + 3 : from + 2;
  if (!DOCUMENT_NOUNS.has(t[noun]?.lower ?? '')) return false;
  for (let j = noun + 1; j < to && j <= noun + 6; j++) if (t[j].text === ',') return j + 1 < to - 1;
  return false;
}

/** Participles that open a clause of the circumstances of an answer: "Asked about …,", "Pressed on …,", "Reached by phone,". */
const CIRCUMSTANCE_PARTICIPLES = new Set(['asked', 'pressed', 'questioned', 'reached', 'contacted', 'interviewed', 'challenged', 'quizzed', 'told', 'informed', 'speaking', 'responding', 'replying', 'writing']);

/** Demonstrative pronouns that may stand alone as a clause's subject before an aside's cue. */
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);

/**
 * "The budget, Holt said, …", "Van de Ven, he said, …": two or three words from `from` to the
 * comma before `subject`, a determiner first ("such" may lead it), a demonstrative alone, or a name of up to four words (capitalised, or a
 * surname's particles), as the region before a cue (its clause must go on after the cue, which
 * the caller checks); null otherwise.
 */
function shortSubjectBefore(t: Token[], from: number, subject: number): [number, number] | null {
  const comma = subject - 1;
  if (t[comma]?.text !== ',' || comma - from < 1 || comma - from > 4) return null;
  for (let j = from; j < comma; j++) if (t[j].type !== 'word') return null;
  // "That, Ruiz says, is the point": a demonstrative alone is the clause's subject
  if (comma - from === 1 && DEMONSTRATIVES.has(t[from].lower)) return [from, comma];
  // "Such a plan, critics say, would cost too much"
  const lead = t[from].lower === 'such' && DETERMINERS.has(t[from + 1]?.lower ?? '') ? from + 1 : from;
  if (DETERMINERS.has(t[lead].lower)) return comma - lead >= 2 && comma - lead <= 3 ? [from, comma] : null;
  for (let j = from; j < comma; j++) if (!t[j].cap && !(j > from && NAME_PARTICLES.has(t[j].lower))) return null;
  return t[from].cap && !SUBJECT_PRONOUNS.has(t[from].lower) ? [from, comma] : null;
}

/** Whether tokens [a, b) open or close with a quotation mark. */
const quotationAt = (t: Token[], a: number, b: number): boolean => t[a].type === 'open' || t[a].type === 'ambiguous' || t[b - 1].type === 'close' || t[b - 1].type === 'ambiguous';

/**
 * Whether content before a subject, `region`, is a quotation or a clause: it holds a finite verb,
 * or its clause goes on after the cue, from the comma at `goesOn` to its end `to` (-1: it does
 * not), and has one there ("The average benefit, it says, would be $300"). A bare noun phrase
 * before a subject's comma is an appositive ("A lawyer for the firm, Ellen Marsh, did not
 * respond"; "The agency's chief executive, Rick Leary, declined to comment").
 */
function clauseOrQuotation(t: Token[], region: [number, number] | null, goesOn: number, to = goesOn): boolean {
  if (!region) return false;
  const [a, b] = region;
  if (quotationAt(t, a, b)) return true;
  return hasClauseVerb(t, a, b) || (goesOn >= 0 && hasClauseVerb(t, goesOn + 1, to));
}

/** A finite verb in tokens [from, to), after a noun or after a pronoun subject ("This makes it hard", "That seems unlikely"). */
function hasClauseVerb(t: Token[], from: number, to: number): boolean {
  if (hasFiniteVerb(t, from, to)) return true;
  for (let j = from; j < to; j++) {
    // "It's to our advantage", "He’s leaning": a contracted "is" or "has", capitalised or not
    if (/[’']s$/.test(t[j].text) && CONTRACTED_SUBJECTS.has(baseLower(t[j]))) return true;
    if (j > from && !t[j].cap && /[^s]s$|[^e]ed$/.test(t[j].lower) && CONTRACTED_SUBJECTS.has(t[j - 1].lower)) return true;
    if (barePresentAfterPlural(t, from, j)) return true;
    if (verbAfterAside(t, from, j)) return true;
  }
  return false;
}

/**
 * "Tom Hale, 21, died in the crash", "The driver, a nurse, suffered burns": a verb in -ed right
 * after the comma that closes an aside (an age, or lower-case words) on the subject, a comma at
 * most five tokens before that one.
 */
function verbAfterAside(t: Token[], from: number, j: number): boolean {
  const x = t[j];
  if (j - 3 < from || x.cap || !/[^e]ed$/.test(x.lower) || t[j - 1].text !== ',') return false;
  const last = t[j - 2];
  if (!/^\d{1,3}$/.test(last.text) && (last.type !== 'word' || last.cap)) return false;
  for (let k = j - 3; k >= from && j - k <= 6; k--) if (t[k].text === ',') return k > from;
  return false;
}

/** What follows a bare present verb's stem in news copy: a preposition, a count or a time ("return on Monday", "rise 5%", "open as usual"). */
const AFTER_BARE_VERB = new Set(['on', 'at', 'in', 'to', 'from', 'for', 'as', 'after', 'before', 'until', 'by', 'with', 'into', 'over', 'under', 'again', 'today', 'tomorrow', 'tonight', 'next', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * "Buses return on Monday, the city said", "Schools open as usual, the board said": a plural noun
 * opening the clause (at most a determiner and one modifier before it), then a lower-case word
 * with no ending of its own, then a preposition, a count or a time: a verb in the bare present,
 * which no list of forms tells from a noun ("bus routes", "school board members" do not pass).
 */
function barePresentAfterPlural(t: Token[], from: number, j: number): boolean {
  const x = t[j];
  const noun = t[j - 1];
  if (j - from < 1 || j - from > 3 || x.type !== 'word' || x.cap || !/^[a-z]{3,}$/.test(x.lower) || /(?:s|ed|ing|ly)$/.test(x.lower) || DETERMINERS.has(x.lower) || AFTER_BARE_VERB.has(x.lower)) return false;
  if (noun.type !== 'word' || noun.possessive || !/[^su]s$/.test(noun.lower) || noun.lower.length < 4) return false;
  for (let k = from; k < j - 1; k++) if (t[k].type !== 'word' || (k > from && t[k].cap !== noun.cap)) return false;
  const next = t[j + 1];
  return !!next && (AFTER_BARE_VERB.has(next.lower) || /^\d/.test(next.text));
}
/** Pronouns and demonstratives that stand as a clause's subject before its verb, or with it contracted ("that's"). */
const CONTRACTED_SUBJECTS = new Set(['this', 'that', 'these', 'those', 'it', 'he', 'she', 'there', 'here', 'what', 'who', 'which']);

/** A live blog's clock time before a dash: "10:10am —", "9.02 pm -". */
const CLOCK_STAMP = /^\d{1,2}[:.]\d{2}(?:am|pm|a\.m\.|p\.m\.)?$/i;

/** Where the text after a clock stamp opening tokens [from, to) starts ("10:10am — Schools …"), else `from`. */
function afterClockStamp(t: Token[], from: number, to: number): number {
  for (let k = from + 1; k < Math.min(to, from + 5); k++) {
    const x = t[k].text;
    if (x !== '—' && x !== '–' && x !== '-') continue;
    let stamp = '';
    for (let i = from; i < k; i++) stamp += t[i].text;
    return CLOCK_STAMP.test(stamp) ? k + 1 : from;
  }
  return from;
}

/**
 * "She was wrong, he said.", "Prices will rise, Hallam said.": tokens [from, to) are a short
 * clause of their own, a subject (a pronoun, or a word that opens no adjunct) and a finite verb
 * after it, not an adverbial ("On Friday", "In Paris", "Asked about it").
 */
function shortClause(t: Token[], from: number, to: number): boolean {
  if (to - from < 2 || t[from].type !== 'word') return false;
  const first = baseLower(t[from]);
  if (SUBJECT_PRONOUNS.has(first)) return hasFiniteVerb(t, from + 1, to, true);
  if (ADJUNCT_START.has(first) || CLAUSE_BREAK.has(first) || CUE_FORMS.has(first) || /(?:ed|ing|ly)$/.test(first)) return false;
  for (let j = from + 1; j < to; j++) if (!t[j].cap && AUXILIARIES.has(t[j].lower)) return true;
  return false;
}
/** Auxiliaries that make a short clause finite: "Prices will rise", "Nobody was hurt". */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'has', 'have', 'had', 'did', 'does']);

/** "‘…,’ the Home Secretary, Yvette Marlow, said": the role before the name is not content. */
function withoutTrailingRole(t: Token[], region: [number, number] | null): [number, number] | null {
  if (!region) return null;
  const [a, b] = region;
  for (let j = b - 1; j > a && b - j <= 8; j--) {
    const x = t[j];
    if (x.text !== ',' && x.type !== 'close' && x.type !== 'ambiguous') continue;
    if (!rolePhrase(t, j + 1, b)) return region;
    let end = j;
    while (end > a && t[end].text === ',') end--;
    return end + 1 - a >= 2 ? [a, end + 1] : region;
  }
  return region;
}

/** Whether tokens [a, b) are all words, one of them a role noun, a title or a lower-case noun for a person ("her brother", "one ferry worker"). */
function rolePhrase(t: Token[], a: number, b: number): boolean {
  let role = false;
  for (let i = a; i < b; i++) {
    if (t[i].type !== 'word') return false;
    role ||= ROLE_NOUNS.has(t[i].lower) || TITLE_LIKE.test(t[i].text) || (!t[i].cap && peopleNoun(t[i].lower) === 'singular');
  }
  return role;
}

/** Whether a cue whose noun-phrase object is no speech (OBJECT_NOT_SPEECH: "noted the drop", "cited a report"; "thanked" whom) has such an object at token `from`: a lower-case word that opens no adjunct. */
function objectBeforeComma(t: Token[], from: number, info: CueInfo): boolean {
  const first = t[from];
  // ("thanked his wife, Rita Hale, who …": whom one thanks, never an adjunct before words said)
  if (info.lemma === 'thank' && first?.type === 'word') return true;
  return OBJECT_NOT_SPEECH.has(info.lemma) && first?.type === 'word' && !first.cap && !ADJUNCT_START.has(first.lower) && !TIME_WORDS.has(first.lower) && !isLyAdverb(first);
}

/**
 * "Officials said Tuesday, quoting the mayor, “We will rebuild.”", "The chief said, citing the
 * ministry, that …": after the cue (and its time) an aside of "quoting" or "citing" (see citedAside
 * in ./plausibleCue), then the quotation or the "that" clause the cue reports, as token indices
 * [from, to), or null.
 */
function contentAfterCitedAside(t: Token[], cueEnd: number, limit: number): [number, number] | null {
  const comma = skipTimeForward(t, cueEnd, limit);
  if (t[comma]?.text !== ',' || (t[comma + 1]?.lower !== 'quoting' && t[comma + 1]?.lower !== 'citing')) return null;
  const close = citingAsideClose(t, comma + 2, limit);
  const next = close > 0 ? t[close + 1] : undefined;
  if (next?.lower === 'that') return close + 2 < limit ? [close + 2, limit] : null;
  return next && (next.type === 'open' || next.type === 'ambiguous') ? [close + 1, limit] : null;
}

/** After a cue and its adjuncts, a comma, then the reported clause: "For example, she wrote in an analysis, CONTENT." */
function contentAfterParenthetical(t: Token[], s: Sentence, from: number, limit: number): [number, number] | null {
  const end = Math.min(limit, s.to);
  for (let j = from; j < Math.min(end, from + 12); j++) {
    if (t[j].type !== 'word' && t[j].text !== ',') return null;
    if (t[j].text !== ',') continue;
    // ("reported, citing people familiar with the matter, the company is …": the source's aside, then the clause)
    if (j === from && (t[j + 1]?.lower === 'citing' || t[j + 1]?.lower === 'quoting')) {
      const close = citingAsideClose(t, j + 2, end);
      return close > 0 && t[close + 1].lower !== 'that' && citedClauseAfter(t, close + 1, end) && wordsIn(t, close + 1, end) >= 4 ? [close + 1, end] : null;
    }
    const first = t[j + 1];
    // (the words before the comma are an adjunct, "in an analysis": "threatened a strike after the price doubled, …" is an object and a clause of its own)
    // ("added a goal in the win, hours before …": an object, then the clause of another subject)
    if (DETERMINERS.has(t[from].lower) && (hasFiniteVerb(t, from, j, true) || CLAUSE_BREAK.has(t[j + 2]?.lower ?? ''))) return null;
    // ("ordered such a quarantine, even though she …": a subordinate clause after an object)
    const subordinate = CLAUSE_BREAK.has(first?.lower ?? '') || (first?.lower === 'even' && CLAUSE_BREAK.has(t[j + 2]?.lower ?? ''));
    // ("answered with a 75-yard drive, capped by a pass …": a participle and its agent tell of the
    // adjunct's noun, no clause; "contended in its letter, written by …, that …" reports the clause after it)
    const participle = !!first && (/ing$/.test(first.lower) || (participleWithAgent(t, j + 1) && !t.slice(j + 3, end).some((x) => x.lower === 'that')));
    if (wordsIn(t, j + 1, end) >= 4 && first && first.type === 'word' && !ADJUNCT_START.has(first.lower) && !subordinate && !participle) return [j + 1, end];
    return null;
  }
  return null;
}

/**
 * Verbs of saying that take a person and then a complement opened by these prepositions ("blamed …
 * for", "accused … of", "credited … with"): right after the verb, the person is gapped.
 */
const GAP_COMPLEMENTS: Record<string, readonly string[]> = {
  blame: ['for'],
  accuse: ['of'],
  credit: ['with', 'for'],
  praise: ['for'],
  fault: ['for'],
  criticize: ['for'],
  criticise: ['for'],
  condemn: ['for'],
  slam: ['for'],
  blast: ['for'],
  attack: ['for'],
  thank: ['for'],
  chide: ['for'],
  scold: ['for'],
  mock: ['for'],
  ridicule: ['for'],
  denounce: ['for'],
};
