/**
 * One article's text in, its analysis out: actors and their mentions, quotes with speakers and
 * cues, the title and the article's date. Events are read by ./events from the same analysis.
 *
 * Attribution runs in stages over a shared per-article state (./attribution/state), data flowing
 * one way: names become actors and mentions (./attribution/mentions), then for each sentence the
 * cues are found (./attribution/cueDetection), each cue's source phrase (./attribution/source)
 * and content (./attribution/content), and the source phrase is resolved to an actor
 * (./attribution/resolution).
 */
import { baseLower, firstQuoteFrom, type Paragraph, type Sentence, type Token } from './text';
import { CLAUSE_BREAK, hasFiniteVerb, headlineObjectEnd, isExclamation, isRubric, SUBJECT_PRONOUNS } from './attribution/words';
import { readPublished } from './publishedDate';
import { FULL_MONTHS, SHORT_MONTH } from './datePatterns';
import { ROLE_NOUNS } from './gazetteer';
import { titleCase, titleCaseLine } from './lineKinds';
import type { LocalActor, LocalMention } from './actors';
import { foldGluedNames } from './gluedNames';
import type { Span } from './types';
import { findCues, type Cue } from './attribution/cueDetection';
import { accordingContent, findContent, tokenAfter } from './attribution/content';
import { judgedThing } from './attribution/cueObjects';
import { addContinuations, buildQuoteFrom, joinContinuations, trimEnd } from './attribution/contentQuote';
import { colonQuotation } from './attribution/colonQuote';
import { collectNames, knownActors, mentionHeadings } from './attribution/mentions';
import { foldKnownAs, resolveSingles } from './attribution/loneNames';
import { retypeLoneBodies } from './loneBodies';
import { retypeTeams } from './clubs';
import { resolveNp } from './attribution/resolution';
import { resolveSpeakerOf } from './attribution/speakerOf';
import { noteRoleSubject } from './attribution/roleSubject';
import { accordingSource, findSource, subjectAppositive, subjectBefore } from './attribution/source';
import { npBackward } from './attribution/sourceBefore';
import { dropSeenOver, seenDocumentAfter, seenDocumentBefore } from './attribution/seenDocument';
import { npForward } from './attribution/sourceAfter';
import { askedPersonEnd } from './attribution/personTold';
import { dropSourcelessHeadline, interviewAnswer, plainHeadline, interviewLayout, InterviewPart, quotationAcrossParagraphs, quotationBeforeCue, signedParagraph, type OpenQuotation } from './attribution/quotations';
import { ArticleState, type AnalyzeOptions, type Attribution, type LocalQuote, type Np } from './attribution/state';
import { notePublisher } from './attribution/documents';
import { quotationAttributedAhead, statementReader } from './attribution/readStatement';

export type { AnalyzeOptions, LocalQuote } from './attribution/state';

export interface Analysis {
  text: string;
  title: string | null;
  published: string | null;
  paragraphs: Paragraph[];
  actors: LocalActor[];
  mentions: LocalMention[];
  quotes: LocalQuote[];
}

/** Words before "from" in a lead-in line: "And from …:". */
const LEAD_IN_OPENERS = new Set(['and', 'also', 'plus']);

/** Analyses one article's text (UTF-16 offsets into `text`). Never throws on odd input. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  // (index loops in stage functions of their own: this runs once per article, much of it before
  // V8 optimises it, where for-of and forEach cost an iterator or a closure per step)
  const st = new ArticleState(text, options);
  collectAllNames(st);
  foldGluedNames(st.table, st.mentions);
  resolveSingles(st);
  foldKnownAs(st);
  const firstLine = st.paragraphs.findIndex((p) => p.kind !== 'noise');
  attributeBody(st, firstLine);
  mentionHeadings(st);
  if (st.paragraphs[firstLine]?.kind === 'heading') attributeHeadline(st, firstLine);
  dropSourcelessHeadline(st, firstLine);
  retypeLoneBodies(st);
  retypeTeams(st);
  const actors = usedActors(st);
  st.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  st.quotes.sort((a, b) => a.start - b.start);
  if (options.joinContinuations !== false) joinContinuations(st);
  return {
    text,
    title: st.frontMatter?.title ?? title(st),
    // (a front matter's lines are no header: the date lines after it are)
    published: st.dateLine ?? readPublished(st.frontMatter ? text.slice(st.frontMatter.end) : text),
    paragraphs: st.paragraphs,
    actors,
    mentions: st.mentions,
    quotes: st.quotes,
  };
}

/** The names of every body sentence, as actors and mentions. */
function collectAllNames(st: ArticleState): void {
  // a line in Title Case names only what the body or the lexicon confirms: read after the body
  const firstLine = st.paragraphs.findIndex((p) => p.kind !== 'noise');
  const titled: number[] = [];
  for (let pi = 0; pi < st.paragraphs.length; pi++) {
    const p = st.paragraphs[pi];
    if (p.kind !== 'body') continue;
    if (titleCaseLine(p.tokens, pi === firstLine)) titled.push(pi);
    else for (let si = 0; si < p.sentences.length; si++) collectNames(st, pi, p, p.sentences[si]);
  }
  const known = titled.length ? knownActors(st) : undefined;
  for (const pi of titled) {
    const p = st.paragraphs[pi];
    for (let si = 0; si < p.sentences.length; si++) collectNames(st, pi, p, p.sentences[si], known);
  }
}

/** The attributions of every body sentence, in text order; `firstLine` is the article's first line that is no noise. */
function attributeBody(st: ArticleState, firstLine: number): void {
  const open: OpenQuotation[] = [];
  const interview = interviewLayout(st);
  for (let pi = 0; pi < st.paragraphs.length; pi++) {
    const p = st.paragraphs[pi];
    if (p.kind !== 'body') continue;
    // a Q&A layout: the interviewer's questions report nothing, an answer is its speaker's words
    if (interview && interview[pi] !== InterviewPart.None) {
      st.sentenceSerial += p.sentences.length;
      const answer = interview[pi] === InterviewPart.Answer ? interviewAnswer(st, pi) : null;
      if (answer) st.quotes.push(answer);
      continue;
    }
    // a first line in title case is the headline, though it ends in a full stop; so is a short
    // first line in sentence case without one
    const headline = pi === firstLine && (titleCase(p.tokens) || plainHeadline(st, pi));
    // a quotation paragraph signed on the next line ("— Name, Title") is the signer's
    if (p.quotes.length && p.quotes[0].open === 0) signedParagraph(st, pi);
    const firstQuote = st.quotes.length;
    for (let si = 0; si < p.sentences.length; si++) {
      st.sentenceSerial++;
      attributeSentence(st, pi, p, p.sentences[si], headline);
    }
    if (p.quotes.length) quotationBeforeCue(st, p, firstQuote);
    if (p.quotes.length || open.length) quotationAcrossParagraphs(st, pi, p, firstQuote, open);
    carryQuotation(st, pi, p);
  }
}

/** The actors of the table that something mentions or that speak, in the table's order. */
function usedActors(st: ArticleState): LocalActor[] {
  const used = new Set<LocalActor>();
  for (let i = 0; i < st.mentions.length; i++) used.add(st.mentions[i].actor);
  for (let i = 0; i < st.quotes.length; i++) {
    const speaker = st.quotes[i].speaker;
    if (speaker) used.add(speaker);
  }
  const actors: LocalActor[] = [];
  for (let i = 0; i < st.table.actors.length; i++) if (used.has(st.table.actors[i])) actors.push(st.table.actors[i]);
  return actors;
}

/**
 * The headline reports speech too ("Mayor Says Bridge Will Reopen", "Ortiz: ‘We Will Appeal’"):
 * the sentences of the heading that opens the article, paragraph `pi` (the first line only:
 * later headings are section labels, links and captions as often as not).
 */
function attributeHeadline(st: ArticleState, pi: number): void {
  const head = st.paragraphs[pi];
  for (const s of head.sentences) attributeSentence(st, pi, head, s, true);
}

/**
 * "Daily walk cuts dementia risk, study finds", "…, Bangor researchers say", "…, doctors warn": a
 * headline's reported words (no quotation) whose source comes after them and is no one the article's body names (none, or
 * a group or unnamed source only the headline mentions) tell the story's finding, not a speaker's
 * words; the body reports them with their source. "Bridge will reopen, mayor says" keeps its mayor.
 */
function unsourcedHeadline(st: ArticleState, pi: number, q: LocalQuote): boolean {
  // (words in quotation marks are someone's, whoever: '“Thank you, Mr President,” she said')
  if (!q.cue || q.cue.start < q.end || q.kind !== 'indirect') return false;
  const a = q.speaker;
  if (!a) return true;
  if (a.kind !== 'group' && !a.anonymous) return false;
  for (const m of st.mentions) if (m.actor === a && m.para !== pi) return false;
  return true;
}

/** A line that only dates the article ("Published March 6, 2024", "2024-03-06"): never its title. */
const DATE_LINE = /^(?:(?:first\s+)?published|updated|posted|date(?:d|line)?)\b|^\d{4}-\d{2}-\d{2}\b|^[A-Z][a-z]+\.? \d{1,2}, \d{4}$/i;
/** The longest first line still read as a headline when it is not set as a heading. */
const HEADLINE_CHARS = 200;

/**
 * The article's title: a heading repeated further down (as a noise line), else a heading that
 * opens it, else an opening line of one short sentence with more text after it (archives often
 * give the headline as a plain first line). A date line is never the title.
 */
function title(st: ArticleState): string | null {
  const lineOf = (p: Paragraph): string => st.text.slice(p.start, p.end).trim();
  const firstIndex = st.paragraphs.findIndex((p) => p.kind !== 'noise' && !DATE_LINE.test(lineOf(p)));
  const first = st.paragraphs[firstIndex];
  const headlineLike = (p: Paragraph | undefined): boolean =>
    !!p && p.kind === 'body' && p.sentences.length === 1 && lineOf(p).length <= HEADLINE_CHARS && st.paragraphs.slice(firstIndex + 1).some((q) => q.kind === 'body');
  // the last noise line of each text, so each heading is checked once (not against every later line)
  const lastNoise = new Map<string, number>();
  st.paragraphs.forEach((p, i) => {
    if (p.kind === 'noise') lastNoise.set(lineOf(p), i);
  });
  const repeated = st.paragraphs.find((p, i) => p.kind === 'heading' && (lastNoise.get(lineOf(p)) ?? -1) > i);
  const chosen = repeated ?? (first?.kind === 'heading' || headlineLike(first) ? first : undefined);
  return chosen ? st.text.slice(chosen.start, chosen.end).trim() : null;
}

/** A quotation after a person's name, a short predicate and a colon (./attribution/colonQuote), made and noted as the sentence's attribution. */
function colonLedQuote(st: ArticleState, pi: number, p: Paragraph, s: Sentence, made: LocalQuote[]): Attribution | null {
  const q = colonQuotation(st, pi, p, s);
  if (!q) return null;
  made.push(q);
  const a: Attribution = { speaker: q.speaker, mention: q.speakerMention, cue: q.cue, para: pi, sentence: st.sentenceSerial };
  st.noteSpeaker(a);
  return a;
}

/** A source named by a relative pronoun: the clause tells of someone already speaking. */
const RELATIVE_MENTIONS = new Set(['who', 'which']);

/**
 * Whether quote `q` of sentence `s` is a stance told of someone, not words: reported with no
 * quotation and no clause of its own ("opposed the measure", "who criticized the budget last
 * year"), by a verb of attitude or through a relative pronoun.
 */
function toldStance(t: Token[], s: Sentence, q: LocalQuote): boolean {
  if (q.kind !== 'indirect' || (q.cueClass === 'speech' && !RELATIVE_MENTIONS.has(q.speakerMention?.text.toLowerCase() ?? ''))) return false;
  const from = tokenAfter(t, q.start, s);
  let to = from;
  while (to < s.to && t[to].start < q.end) to++;
  return !hasFiniteVerb(t, from, to);
}

/** Every cue of one sentence in turn, then the quotations no cue took. */
function attributeSentence(st: ArticleState, pi: number, p: Paragraph, s: Sentence, headline = false): void {
  const t = p.tokens;
  const inQuote = p.inQuote;
  // ("The premier brushed off the criticism. She said …": the premier is who "she" is)
  if (!headline) noteRoleSubject(st, pi, p, s);
  const firstPerson = st.firstPerson(pi, s);
  const made: LocalQuote[] = [];
  const cues = findCues(t, s, inQuote, st.options, headline);
  if (headline) {
    const q = headlineColon(st, pi, p, s);
    if (q) made.push(q);
  }
  markCoordinated(t, s, cues);
  // "The city has asked …, Mayor Lena Ortiz said.": cues inside an outer clause's content are part of it
  const outer = outerReportedSpan(st, pi, p, s, cues);
  // the next cue that opens a clause of its own ends a cue's content
  const boundary: Array<Cue | undefined> = new Array(cues.length);
  for (let ci = cues.length - 1, next: Cue | undefined; ci >= 0; ci--) {
    boundary[ci] = next;
    if (cues[ci].joined || cues[ci].coordinated) next = cues[ci];
  }
  let sentenceSpeaker: Attribution | null = null;
  let seenQuote: LocalQuote | null = null;
  let consumed = -1;
  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci];
    // a cue inside content already reported ("said that …, they will announce …") is part of it
    if (cue.index < consumed && !cue.joined) continue;
    if (outer && cue.index >= outer[0] && cue.index < outer[1]) continue;
    const q = attributeCue(st, pi, p, s, cue, boundary[ci], sentenceSpeaker, made);
    if (cue.consumedUntil >= 0) consumed = Math.max(consumed, cue.consumedUntil);
    if (q && cue.seenDocument) seenQuote = q;
    if (q && !(headline && cue.info && judgedThing(t, cue.info.lemma, cue.end, headlineObjectEnd(t, cue.end, s.to), true)) && !(headline && unsourcedHeadline(st, pi, q))) {
      made.push(q);
      // ("“…,” said Omar Reyes, who criticized the budget. “It will fail.”": a stance told of the
      // speaker after their words is no one speaking on; the next quotation goes on with the words)
      if (sentenceSpeaker && toldStance(t, s, q)) continue;
      sentenceSpeaker = { speaker: q.speaker, mention: q.speakerMention, cue: q.cue, para: pi, sentence: st.sentenceSerial };
      // ("A reporter asked Lutz whether … She said …": the one asked answers next, not the asker)
      if (!(cue.info?.lemma === 'ask' && askedPersonEnd(t, cue.end, s.to) > 0)) st.noteSpeaker(sentenceSpeaker);
    }
  }
  if (seenQuote) dropSeenOver(made, seenQuote);
  if (!made.length) sentenceSpeaker = colonLedQuote(st, pi, p, s, made) ?? sentenceSpeaker;
  // (rare: the quote is made and noted in there, so that this function is not recompiled for it)
  sentenceSpeaker = signedQuotation(st, pi, p, s, made) ?? sentenceSpeaker;
  leadIn(st, pi, p, s);
  addContinuations(st, pi, p, s, made, sentenceSpeaker);
  for (const q of made) {
    q.text = st.text.slice(q.start, q.end);
    st.quotes.push(q);
  }
  if (firstPerson) st.lastPersonMentioned = { actor: firstPerson, sentence: st.sentenceSerial };
  // "CSIS released an analysis … The report highlights …": the report speaks for its publisher
  notePublisher(st, pi, s);
}

/** One cue: its source phrase and content, then the speaker; null when the cue reports nothing here. */
function attributeCue(st: ArticleState, pi: number, p: Paragraph, s: Sentence, cue: Cue, nextCue: Cue | undefined, sentenceSpeaker: Attribution | null, made: LocalQuote[]): LocalQuote | null {
  const t = p.tokens;
  const cueSpan = st.span(t[cue.index].start, t[cue.end - 1].end);
  // content stops before a coordinated or participial cue ("… and criticized …", "…, saying …")
  const contentEndLimit = nextCue && (nextCue.joined || nextCue.coordinated) ? nextCue.clauseStart : s.to;
  const regionStart = made.length ? tokenAfter(t, made[made.length - 1].end, s) : s.from;

  if (!cue.info && cue.phraseEnd >= 0) {
    const np = { from: cue.end, to: cue.phraseEnd };
    return buildQuote(st, pi, p, s, cue.phraseEnd + 1, contentEndLimit, np, cueSpan, 'according');
  }
  if (!cue.info) {
    // "according to X": the content is the rest of the sentence.
    const source = accordingSource(t, s, cue);
    if (!source) return null;
    // "according to a memo seen by Reuters": the document is the source, and no one speaks for it
    const seen = seenDocumentAfter(t, source.np, s.to);
    const content = accordingContent(t, cue, seen ? Math.max(seen.to, source.npEnd) : source.npEnd, regionStart, contentEndLimit, s.from);
    if (!content) return null;
    if (seen) {
      cue.seenDocument = true;
      return buildQuote(st, pi, p, s, content[0], content[1], seen, cueSpan, 'according', null);
    }
    const author = source.author && resolveNp(st, pi, p, s, source.author);
    // "The provincial minister, according to his spokesperson, has asked …": "his" is the subject's,
    // a role no one here is named in; a person named earlier is not whom the pronoun means (one
    // named before the cue is: "That case … put Makaeff through the wringer, according to her lawyers")
    if (content[0] < cue.index && OWNER_PRONOUNS.has(t[source.np.from].lower) && !namedAt(st, pi, t, content[0]) && !personNamedIn(st, pi, content[0], cue.index)) return buildQuote(st, pi, p, s, content[0], content[1], source.np, cueSpan, 'according', null);
    return buildQuote(st, pi, p, s, content[0], content[1], source.np, cueSpan, 'according', author ?? undefined);
  }

  const info = cue.info;
  const source = findSource(st, pi, p, s, cue, sentenceSpeaker);
  if (!source) return invertedWithoutComma(st, pi, p, s, cue, cueSpan);
  // "A copy of the memo seen by Reuters said …", "…, said a report reviewed by the Globe": the document speaks, and no one for it
  const seen = source.subject && (source.inverted ? seenDocumentAfter(t, source.subject, s.to) : seenDocumentBefore(t, source.subject, s.from));
  if (seen) source.subject = seen;
  const content = findContent(p, s, cue, info, source, regionStart, contentEndLimit);
  if (!content) {
    // "Ortiz said:" closing its paragraph: the quotation in the next paragraph is the content
    if (info.cls === 'speech' && t[s.to - 1]?.text === ':' && !nextCue && source.subject && !source.inverted) {
      st.leadIn = { para: pi, attribution: { speaker: resolveNp(st, pi, p, s, source.subject), mention: npSpan(st, t, source.subject), cue: cueSpan, para: pi, sentence: st.sentenceSerial } };
    }
    // "“Who are they?” Ana Ruiz said of the board on Monday.": the quotation just before is this cue's
    // ("Okafor spoke at a meeting": speaking as an event reports no quotation)
    if (info.cls === 'speech' && info.lemma !== 'speak' && source.subject && !source.inverted && source.subject.from === s.from) claimQuotationBefore(st, pi, p, s, source.subject, cueSpan);
    return null;
  }
  cue.consumedUntil = content[1];
  const { subject, inherited } = source;
  if (inherited) return buildQuoteFrom(st, p, s, content[0], content[1], inherited.speaker, inherited.mention, cueSpan, info.cls);
  if (seen) return buildQuote(st, pi, p, s, content[0], content[1], seen, cueSpan, info.cls, null);
  // ("the court heard that …": evidence whose witness the sentence does not name)
  const speaker = info.lemma === 'hear' ? null : resolveSpeakerOf(st, pi, p, s, subject!, content[0], content[1]);
  // "Japan fears that …" is the reporter's reading of a country, not anyone's words
  if (info.cls === 'attitude' && speaker && (speaker.kind === 'country' || speaker.kind === 'place')) return null;
  return buildQuote(st, pi, p, s, content[0], content[1], subject!, cueSpan, info.cls, speaker);
}

/**
 * An inverted speech cue with no comma or closing mark before it, where the source stage finds no
 * subject: "Said plant supervisor Ines Marr: “…”" (the cue opens the sentence, its subject after
 * it, then a colon or a comma and the quotation) and dialogue after a dash, "— Will it hurt the
 * fishermen? asked a reporter." The quote, or null when the sentence is neither.
 */
function invertedWithoutComma(st: ArticleState, pi: number, p: Paragraph, s: Sentence, cue: Cue, cueSpan: Span): LocalQuote | null {
  const t = p.tokens;
  if (cue.info?.cls !== 'speech' || (cue.info.form !== 'ed' && cue.info.form !== 's')) return null;
  const np = npForward(t, cue.end, s.to);
  if (!np) return null;
  if (cue.index === s.from) {
    // "Wrote the critic NAME in Sunday's paper: “…”": a short adjunct may stand before the colon
    let k = np.to;
    while (k < s.to && k - np.to < 8 && t[k].type === 'word') k++;
    // "Said one resident, NAME: “…”": the name in apposition speaks
    let source = np;
    if (t[k]?.text === ',' && k === np.to && t[k + 1]?.cap) {
      let j = k + 1;
      while (j < s.to && j - k <= 4 && t[j].type === 'word' && t[j].cap) j++;
      if (t[j]?.text === ':') {
        source = { from: k + 1, to: j };
        k = j;
      }
    }
    const mark = t[k + 1];
    if ((t[k]?.text !== ':' && t[k]?.text !== ',') || !mark || (mark.type !== 'open' && mark.type !== 'ambiguous')) return null;
    return buildQuote(st, pi, p, s, k + 1, s.to, source, cueSpan, 'speech');
  }
  const stop = t[cue.subjectEnd];
  if (s.from !== 0 || !DASHES.has(t[0].text) || !stop || (stop.text !== '?' && stop.text !== '!') || (np.to < s.to && t[np.to].type === 'word')) return null;
  return buildQuote(st, pi, p, s, 1, cue.subjectEnd + 1, np, cueSpan, 'speech');
}

/**
 * A speech cue whose subject opens sentence `s` and that found no content of its own takes the
 * quotation that ends right before the sentence (“…?” / “…!” then "Name said …"), when it was
 * made a continuation of an earlier speaker.
 */
function claimQuotationBefore(st: ArticleState, pi: number, p: Paragraph, s: Sentence, subject: Np, cue: Span): void {
  const close = s.from > 0 ? p.tokens[s.from - 1] : undefined;
  if (!close || (close.type !== 'close' && close.type !== 'ambiguous')) return;
  let q: LocalQuote | undefined = st.quotes[st.quotes.length - 1];
  if (!q || q.end > close.start || close.start - q.end > 3) {
    // a quotation no cue took (too short to go on with anyone): this cue's
    const qm = p.quotes[firstQuoteFrom(p.quotes, s.from - 1) - 1];
    if (!qm || qm.close !== s.from - 1 || (q && q.end > qm.start)) return;
    q = { start: qm.start, end: trimEnd(st.text, qm.start, qm.end), text: '', kind: 'direct', speaker: null, speakerMention: null, cue: null,
      continuation: true, pieces: undefined, cueClass: 'speech' };
    if (q.end <= q.start) return;
    q.text = st.text.slice(q.start, q.end);
    st.quotes.push(q);
  }
  if (!q.continuation) return;
  // q is the last quote: replaced by a new one, not changed, so that a quote's fields stay
  // constant to V8 (changing one here deoptimised the stages that had read quotes)
  st.quotes[st.quotes.length - 1] = { start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: resolveNp(st, pi, p, s, subject),
    speakerMention: npSpan(st, p.tokens, subject), cue, continuation: false, pieces: q.pieces, cueClass: 'speech' };
}

/**
 * Marks cues whose own subject follows a coordinator ("…, and he said …", "…, but officials
 * say …"): their clause starts there, so the cue before ends its content at it.
 */
function markCoordinated(t: Token[], s: Sentence, cues: Cue[]): void {
  for (const cue of cues) {
    if (cue.joined || !cue.info || cue.subjectEnd < s.from) continue;
    // "…, but the mayor, Tom Riley, said …": a subject with its appositive
    const np = t[cue.subjectEnd].type === 'word' ? subjectBefore(t, s, cue) : subjectAppositive(t, s, cue);
    // ("the mayor, | Tom Riley,": the phrase the appositive names)
    const head = np && t[cue.subjectEnd].type !== 'word' && t[np.from - 1]?.text === ',' && np.from - 2 > s.from ? npBackward(t, np.from - 2, s.from) ?? np : np;
    const before = head ? head.from - 1 : -1;
    if (before <= s.from || !COORDINATORS.has(t[before].lower)) continue;
    // "allies and partners may pledge": "and"/"or" between noun phrases joins the subject, unless a
    // comma or a pronoun subject shows a clause ("…, and officials said", "… and he said")
    const comma = t[before - 1]?.text === ',';
    if (!comma && (t[before].lower === 'and' || t[before].lower === 'or')) {
      const pronoun = np!.to - np!.from === 1 && SUBJECT_PRONOUNS.has(baseLower(t[np!.from]));
      if (!pronoun) continue;
      // "Ode said the rules are unfair and he feels he can win": a belief after "and he" goes on with what was said
      if (cue.info.cls === 'attitude' && cues.some((c) => c.index < before && c.info?.cls === 'speech')) continue;
    }
    cue.coordinated = true;
    cue.clauseStart = comma ? before - 1 : before;
  }
}
const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'while', 'whereas', 'although', 'though']);

/**
 * "CONTENT, Mayor Lena Ortiz said.": where the sentence's last cue reports everything before its
 * subject (nothing but adjuncts after the cue), the token range [from, to) of that content, in
 * which other cues are part of what is reported; null otherwise.
 */
function outerReportedSpan(st: ArticleState, pi: number, p: Paragraph, s: Sentence, cues: Cue[]): [number, number] | null {
  // "CONTENT, Mr. Ode said, adding …": the participle after the reporting clause leaves it the last
  let n = cues.length;
  while (n > 0 && cues[n - 1].joined) n--;
  const last = cues[n - 1];
  // ("X told police …, the court heard": the evidence names its witness, who speaks; see `attributeCue`)
  if (!last?.info || n < 2 || last.info.lemma === 'hear') return null;
  // "While X claimed …, engineers disagreed": an opening subordinate clause is no one's content
  if (CLAUSE_BREAK.has(p.tokens[s.from].lower)) return null;
  const source = findSource(st, pi, p, s, last, null);
  if (!source?.subject || source.inverted) return null;
  const content = findContent(p, s, last, last.info, source, s.from, s.to);
  if (!content || content[1] > source.subject.from || content[0] !== s.from) return null;
  // a quotation is content of its own; only plain reported speech nests
  for (let j = content[0]; j < content[1]; j++) if (p.inQuote[j]) return null;
  return content;
}

/**
 * “…” —Board Chair Kwame Asante: a quotation signed by a name after a dash, with no verb. The
 * quote is added to `made` and its attribution noted as the latest speaker's; that attribution,
 * or null when the sentence has no such signature.
 */
function signedQuotation(st: ArticleState, pi: number, p: Paragraph, s: Sentence, made: LocalQuote[]): Attribution | null {
  // (one function, the rare quote made and noted in here: a small wrapper was inlined into
  // attributeSentence, which V8 then recompiled the first time a signature turned up)
  const t = p.tokens;
  for (let qi = firstQuoteFrom(p.quotes, s.from); qi < p.quotes.length && p.quotes[qi].open < s.to; qi++) {
    const qm = p.quotes[qi];
    if (qm.close < s.from || qm.close >= s.to) continue;
    const dash = t[qm.close + 1];
    if (!dash || !DASHES.has(dash.text) || made.some((q) => q.start <= qm.start && q.end >= qm.start)) continue;
    let end = qm.close + 2;
    while (end < s.to && end - qm.close < 14 && t[end].type === 'word') end++;
    const np = { from: qm.close + 2, to: end };
    // nothing but punctuation after the name (tested first: every dash after a quotation makes
    // this test, so V8 has seen it before it optimises this function)
    let rest = end;
    while (rest < s.to && t[rest].type === 'punct') rest++;
    if (rest < s.to || np.to - np.from < 1 || !t[np.from].cap) continue;
    let named = false;
    for (let j = np.from; j < np.to; j++) if (st.mentionAt[pi][j]) named = true;
    if (!named) continue;
    const cue = st.span(dash.start, dash.end);
    const q: LocalQuote = { start: qm.start, end: trimEnd(st.text, qm.start, qm.end), text: '', kind: 'direct', speaker: resolveNp(st, pi, p, s, np),
      speakerMention: npSpan(st, t, np), cue, continuation: false, pieces: undefined, cueClass: 'speech' };
    made.push(q);
    const a: Attribution = { speaker: q.speaker, mention: q.speakerMention, cue: q.cue, para: pi, sentence: st.sentenceSerial };
    st.noteSpeaker(a);
    return a;
  }
  return null;
}
const DASHES = new Set(['—', '–', '-', '―']);


/**
 * A paragraph's last sentence that ends in a colon may be a lead-in (see leadInFrom). (The test
 * here is made by every sentence; the rest is a call V8 makes too seldom to inline, so the rare
 * lead-in, first met after attributeSentence is optimised, no longer recompiles it.)
 */
function leadIn(st: ArticleState, pi: number, p: Paragraph, s: Sentence): void {
  if (s.to !== p.tokens.length) return;
  if (p.tokens[s.to - 1]?.text === ':') leadInFrom(st, pi, p, s);
  else if (p.tokens[s.to - 1]?.text === '.') readerLeadIn(st, pi, p, s);
}

/** "His sister, Mary Lee, read a statement.": the reader speaks the quotation of the next paragraphs (see statementReader). */
function readerLeadIn(st: ArticleState, pi: number, p: Paragraph, s: Sentence): void {
  const reader = statementReader(p.tokens, s);
  if (!reader || quotationAttributedAhead(st, pi)) return;
  const t = p.tokens;
  st.leadIn = { para: pi, attribution: { speaker: resolveNp(st, pi, p, s, reader.np), mention: npSpan(st, t, reader.np), cue: st.span(t[reader.verb].start, t[reader.verb].end), para: pi, sentence: st.sentenceSerial } };
}

/** "And from Deputy Mayor Lucinda Braithwaite:": a line that hands the next paragraph's quotation to a name. */
function leadInFrom(st: ArticleState, pi: number, p: Paragraph, s: Sentence): void {
  const t = p.tokens;
  let a = s.from;
  if (LEAD_IN_OPENERS.has(t[a]?.lower)) a++;
  if (t[a]?.lower !== 'from') return;
  const np = { from: a + 1, to: s.to - 1 };
  if (np.to - np.from < 1 || np.to - np.from > 12) return;
  for (let j = np.from; j < np.to; j++) if (t[j].type !== 'word' && t[j].text !== ',') return;
  const named = st.mentionAt[pi].slice(np.from, np.to).some((m) => m && m.actor.kind !== 'place');
  if (!named) return;
  st.leadIn = { para: pi, attribution: { speaker: resolveNp(st, pi, p, s, np), mention: npSpan(st, t, np), cue: st.span(t[a].start, t[a].end), para: pi, sentence: st.sentenceSerial } };
}

/**
 * After a paragraph: when it ends inside an attributed quotation (a quotation over several
 * paragraphs, each opening with a mark and only the last closing), the next paragraph's opening
 * quotation carries that attribution on.
 */
function carryQuotation(st: ArticleState, pi: number, p: Paragraph): void {
  st.carry = null;
  const last = p.quotes[p.quotes.length - 1];
  if (!last || last.close >= 0) return;
  for (let i = st.quotes.length - 1; i >= 0 && i >= st.quotes.length - 4; i--) {
    const q = st.quotes[i];
    if (q.start <= last.start && q.end >= last.start && q.cue) {
      st.carry = { para: pi, attribution: { speaker: q.speaker, mention: q.speakerMention, cue: q.cue, para: pi, sentence: st.sentenceSerial } };
      return;
    }
  }
}

/**
 * "Ortiz: ‘We Will Appeal’", "Senate Leader: Vote Next Week": a headline that opens with a short
 * name phrase and a colon gives the rest to that phrase; null otherwise.
 */
function headlineColon(st: ArticleState, pi: number, p: Paragraph, s: Sentence): LocalQuote | null {
  const t = p.tokens;
  let colon = -1;
  for (let j = s.from; j < Math.min(s.to, s.from + 7); j++) {
    if (t[j].text === ':') {
      colon = j;
      break;
    }
    if (t[j].type !== 'word' || !t[j].cap) return null;
  }
  if (colon <= s.from || s.to - colon < 3 || isRubric(t, s.from, colon) || datelineLabel(st, t, s.from, colon) || onlyDate(t, colon + 1, s.to)) return null;
  // ("BUSTED: Emails Reveal …": what follows is still a claim, made by no one the label names)
  if (isExclamation(t, s.from, colon)) return buildQuoteFrom(st, p, s, colon + 1, s.to, null, null, st.span(t[colon].start, t[colon].end), 'speech');
  // ("CNN President On Trump: …": the topic after a capitalised preposition is no part of the
  // speaker, an office; "Stealth Over Health:" names no one)
  let to = s.from + 1;
  while (to < colon && !(TOPIC_PREPOSITIONS.has(t[to].text) && ROLE_NOUNS.has(t[to - 1].lower))) to++;
  const np = { from: s.from, to };
  return buildQuote(st, pi, p, s, colon + 1, s.to, np, st.span(t[colon].start, t[colon].end), 'speech');
}
/**
 * Whether the headline's label before its colon (tokens [from, colon)) is one word the first body
 * paragraph opens with in capitals as its dateline ("Bengaluru: Three held …, says SP" over
 * "BENGALURU: Three men have been arrested …"): a place, as South Asian papers head stories.
 */
function datelineLabel(st: ArticleState, t: Token[], from: number, colon: number): boolean {
  if (colon - from !== 1) return false;
  const body = st.paragraphs.find((p) => p.kind === 'body' && p.tokens.length > 2);
  const first = body?.tokens[0];
  return !!first && first.text === t[from].text.toUpperCase() && first.text !== t[from].text && (body.tokens[1].text === ':' || body.tokens[1].text === ',');
}

/** A word or mark of a date or a time of day: "12", "May", "2025", "Tuesday", "10:42", "a.m.", "ET", ",". */
const DATE_OR_TIME_WORD = new RegExp(`^(?:\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}|${FULL_MONTHS}|${SHORT_MONTH}|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?|at|on|a\\.?m\\.?|p\\.?m\\.?|[ecmp][sd]?t|gmt|utc|bst|cet|[,.:/|–—-])$`, 'i');

/**
 * Whether tokens [from, to) are a date or a time and nothing else: "Published: 12 May 2025" and
 * "Updated: Tuesday, 10:42 a.m. ET" are a page's labels over its story, not anyone's words.
 */
function onlyDate(t: Token[], from: number, to: number): boolean {
  let digits = false;
  for (let j = from; j < to; j++) {
    if (!DATE_OR_TIME_WORD.test(t[j].text)) return false;
    if (/\d/.test(t[j].text)) digits = true;
  }
  return digits;
}

/** Prepositions a Title Case headline capitalises before the topic of a label: "Pelosi On Impeachment:", "Biden After Vote:". */
const TOPIC_PREPOSITIONS = new Set(['On', 'About', 'Over', 'After', 'Against', 'Amid', 'Before', 'Following', 'Regarding']);

/** The text span of a phrase, without a final possessive ’s. */
function npSpan(st: ArticleState, t: Token[], np: Np): Span {
  return st.span(t[np.from].start, t[np.to - 1].possessive ? t[np.to - 1].end - 2 : t[np.to - 1].end);
}

/** Possessive pronouns that open a source phrase ("his spokesperson"). */
const OWNER_PRONOUNS = new Set(['his', 'her', 'their']);

/** Whether a person is mentioned among tokens [from, to) of paragraph `pi`. */
function personNamedIn(st: ArticleState, pi: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (st.mentionAt[pi][i]?.actor.kind === 'person') return true;
  return false;
}

/** Whether a name's mention opens the phrase at token `i` of paragraph `pi`, after "the" or not. */
function namedAt(st: ArticleState, pi: number, t: Token[], i: number): boolean {
  return !!st.mentionAt[pi][t[i]?.lower === 'the' ? i + 1 : i];
}

/** A quote whose speaker is the source phrase `np`, resolved here unless given. */
function buildQuote(st: ArticleState, pi: number, p: Paragraph, s: Sentence, from: number, to: number, np: Np, cue: Span, cls: LocalQuote['cueClass'],
  speaker = resolveNp(st, pi, p, s, np)): LocalQuote | null {
  const t = p.tokens;
  const mention = st.span(t[np.from].start, t[np.to - 1].possessive ? t[np.to - 1].end - 2 : t[np.to - 1].end);
  return buildQuoteFrom(st, p, s, from, to, speaker, mention, cue, cls);
}
