/**
 * Part of the article analysis (see ./analyze): one sentence's attribution — every cue in turn
 * with its source phrase and content (./attribution/source, ./attribution/content), coordinated
 * cues, a reported span inside another, inverted cues with no comma, a stance told of someone
 * rather than words, then the quotations no cue took.
 */
import { baseLower, firstQuoteFrom, type Paragraph, type Sentence, type Token } from './text';
import { CLAUSE_BREAK, DETERMINERS, hasFiniteVerb, headlineObjectEnd, isPeopleNoun, MODALS, SUBJECT_PRONOUNS } from './attribution/words';
import type { Span } from './types';
import { findCues, putItComma, type Cue } from './attribution/cueDetection';
import { DOCUMENT_NOUNS } from './cues';
import { lowerBound } from './sorted';
import { accordingContent, findContent, tokenAfter } from './attribution/content';
import { judgedThing } from './attribution/cueObjects';
import { addContinuations, buildQuoteFrom, trimEnd } from './attribution/contentQuote';
import { resolveNp } from './attribution/resolution';
import { resolveSpeakerOf } from './attribution/speakerOf';
import { deniedSaying } from './attribution/plausibleCue';
import { noteRoleSubject } from './attribution/roleSubject';
import { accordingSource, closesSentenceAsSpeaker, findSource, subjectAppositive, subjectBefore } from './attribution/source';
import { npBackward } from './attribution/sourceBefore';
import { dropSeenOver, seenDocumentAfter, seenDocumentBefore } from './attribution/seenDocument';
import { npForward } from './attribution/sourceAfter';
import { ownedClaim } from './attribution/otherReports';
import { askedWhat } from './attribution/personTold';
import { remarksSource } from './attribution/remarksAfter';
import { ArticleState, type Attribution, type LocalQuote, type Np } from './attribution/state';
import { notePublisher } from './attribution/documents';
import { buildQuote, npSpan } from './quoteBuild';
import { headlineColon, unsourcedHeadline } from './headlineQuotes';
import { colonLedQuote, DASHES, dialogueRest, leadIn, signedQuotation } from './quotationForms';

/** A record of someone's words as the head of an "according to" phrase's first words: "a readout of the call", "a summary of his remarks". */
const RECORD_OF_WORDS = /^(?:\S+\s+){0,2}(?:readout|summary|transcript|recording|minutes)\b/i;

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
export function attributeSentence(st: ArticleState, pi: number, p: Paragraph, s: Sentence, headline = false): void {
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
      // ("The senator mocked Rita Moss's claim that …, calling it a lie": the owner of a claim taken
      // up speaks no further in the sentence; the one who took it up goes on)
      if (cue.ownedClaim) continue;
      // ("“…,” said Omar Reyes, who criticized the budget. “It will fail.”": a stance told of the
      // speaker after their words is no one speaking on; the next quotation goes on with the words)
      if (sentenceSpeaker && toldStance(t, s, q)) continue;
      sentenceSpeaker = { speaker: q.speaker, mention: q.speakerMention, cue: q.cue, para: pi, sentence: st.sentenceSerial };
      // ("A reporter asked Lutz whether … She said …": the one asked answers next, not the asker)
      // ("Asked by a reporter whether …, LaGrange said no. “…,” she said": nor the asker of a passive,
      // "Wilson was asked by a reporter whether … She said …")
      const asked = cue.info?.lemma === 'ask' ? askedWhat(t, cue.end, s.to) : null;
      if (!(asked === 'question' || (cue.info?.lemma === 'ask' && t[cue.index + 1]?.lower === 'by'))) st.noteSpeaker(sentenceSpeaker);
      // ("Reporter Alicia Bear asked her about taxes. “…,” she said": the asker still speaks a
      // quoted question next, but "she said" right after is the one asked answering)
      if (asked === 'about' && q.speaker) st.asker = { actor: q.speaker, sentence: st.sentenceSerial };
    }
  }
  if (seenQuote) dropSeenOver(made, seenQuote);
  // "According to a readout of the call, Carney told Sheinbaum that …": a record of words no one
  // speaks for is only the sourcing of the attribution inside it, which is the quote (a survey's or
  // a study's findings are its own: "In a survey …, 61 percent of nurses said …" keeps both)
  for (let qi = made.length - 1; qi >= 0; qi--) {
    const q = made[qi];
    if (q.cueClass === 'according' && !q.speaker && q.speakerMention && RECORD_OF_WORDS.test(q.speakerMention.text)) dropSeenOver(made, q);
  }
  if (!made.length) sentenceSpeaker = colonLedQuote(st, pi, p, s, made) ?? sentenceSpeaker;
  // "“…” Minister NAME made the comments at …", "“…” That is how NAME put it.": the quotation before is NAME's
  if (!made.length && !cues.length && !headline) {
    const remarks = remarksSource(t, s);
    if (remarks) claimQuotationBefore(st, pi, p, s, remarks.subject, st.span(t[remarks.verb].start, t[remarks.verb].end));
  }
  // (rare: the quote is made and noted in there, so that this function is not recompiled for it)
  sentenceSpeaker = signedQuotation(st, pi, p, s, made) ?? sentenceSpeaker;
  leadIn(st, pi, p, s);
  if (s.from === 0 && made.length === 1 && p.tokens[0].type === 'punct') dialogueRest(st, p, s, made);
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
    // ("As Dale put it, CONTENT", "As Dale put it to the committee, CONTENT": the phrase ends on "put", the content after the comma)
    const start = t[cue.phraseEnd].text === ',' ? cue.phraseEnd + 1 : putItComma(t, cue.phraseEnd, s.to) + 1;
    return buildQuote(st, pi, p, s, start, contentEndLimit, np, cueSpan, 'according');
  }
  if (!cue.info) {
    // "according to X": the content is the rest of the sentence.
    const source = accordingSource(t, s, cue);
    if (!source) return null;
    // "according to a memo seen by Reuters": the document is the source, and no one speaks for it
    const seen = seenDocumentAfter(t, source.np, s.to);
    const content = accordingContent(t, cue, seen ? Math.max(seen.to, source.npEnd) : source.npEnd, regionStart, contentEndLimit, s.from);
    if (!content && !seen) makerOfFinding(st, pi, p, s, made, cue, source.np);
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
  // "The minister did not say the deal was dead": the content is taken, no one's words (see deniedSaying)
  if (deniedSaying(t, s, cue.index, info)) return null;
  // "Auditors rejected Rita Moss's claim that the deficit was “under control”": the claim is its owner's
  // (not after a verb whose object is a clause: "said Rubio's claim that … is “simply not true”" is the sayer's)
  const claim = CLAUSE_OBJECT_VERBS.has(info.lemma) ? null : ownedClaim(t, content);
  if (claim) {
    cue.ownedClaim = true;
    // (an owner the names stage made no person or body of, "Biden’s" met once, is named but not made an actor)
    const named = st.mentionAt[pi][claim.owner.to - 1]?.actor;
    const owner = named?.kind === 'person' || named?.kind === 'organization' ? resolveNp(st, pi, p, s, claim.owner) : null;
    return buildQuote(st, pi, p, s, claim.from, content[1], claim.owner, st.span(t[claim.noun].start, t[claim.noun].end), 'speech', owner);
  }
  const { subject, inherited } = source;
  if (inherited) return buildQuoteFrom(st, p, s, content[0], content[1], inherited.speaker, inherited.mention, cueSpan, info.cls);
  if (seen) return buildQuote(st, pi, p, s, content[0], content[1], seen, cueSpan, info.cls, null);
  // ("the court heard that …": evidence whose witness the sentence does not name)
  const speaker = info.lemma === 'hear' ? null : resolveSpeakerOf(st, pi, p, s, subject!, content[0], content[1]);
  // "Japan fears that …" is the reporter's reading of a country, not anyone's words
  if (info.cls === 'attitude' && speaker && (speaker.kind === 'country' || speaker.kind === 'place')) return null;
  return buildQuote(st, pi, p, s, content[0], content[1], subject!, cueSpan, info.cls, speaker);
}

/** Verbs of saying and thinking whose object is a clause, never a claim taken up: "said X's claim that … was false". */
const CLAUSE_OBJECT_VERBS = new Set(['say', 'tell', 'add', 'argue', 'insist', 'write', 'contend', 'maintain', 'state', 'explain', 'claim', 'assert', 'declare', 'warn', 'believe', 'think', 'suggest', 'conclude', 'predict', 'report', 'announce', 'acknowledge', 'concede', 'stress', 'emphasize', 'emphasise', 'find', 'show', 'rule', 'agree', 'admit', 'recall', 'testify', 'allege']);

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
  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci];
    if (cue.joined || !cue.info || cue.subjectEnd < s.from) continue;
    // "…, but the mayor, Tom Riley, said …": a subject with its appositive
    const np = t[cue.subjectEnd].type === 'word' ? subjectBefore(t, s, cue) : subjectAppositive(t, s, cue);
    // ("the mayor, | Tom Riley,": the phrase the appositive names)
    const head = np && t[cue.subjectEnd].type !== 'word' && t[np.from - 1]?.text === ',' && np.from - 2 > s.from ? npBackward(t, np.from - 2, s.from) ?? np : np;
    // ("…,” while in Mississauga, Conservative Leader NAME said …": a place's or time's adjunct between the coordinator and the subject)
    const adjunct = head && t[head.from - 1]?.text === ',' ? coordinatorBeforeAdjunct(t, head.from - 1, s.from) : -1;
    const before = adjunct > 0 ? adjunct : head ? head.from - 1 : -1;
    if (before <= s.from) continue;
    // a main or relative clause of its own after a cue whose content is a noun phrase or an opening
    // adjunct: "questioned an interview in which Crane said …", "Asked whether …, Wilson said …"
    const own = head && cue.info.lemma === 'say' ? ownClauseStart(t, s, before, cues[ci - 1]) : -1;
    if (own >= 0) {
      cue.coordinated = true;
      cue.clauseStart = own;
      continue;
    }
    if (!COORDINATORS.has(t[before].lower)) continue;
    // "allies and partners may pledge": "and"/"or" between noun phrases joins the subject, unless a
    // comma, an adjunct set off or a pronoun subject shows a clause ("…, and officials said", "… and he said")
    const comma = t[before - 1]?.text === ',';
    if (!comma && adjunct < 0 && (t[before].lower === 'and' || t[before].lower === 'or')) {
      const pronoun = np!.to - np!.from === 1 && SUBJECT_PRONOUNS.has(baseLower(t[np!.from]));
      // ("Ann Lee said the mill is vital and Tom Hale said it threatens salmon", "Supporters say it is
      // vital and opponents say …": a second speaker's verb of saying after the clause the first one
      // reported; "He said the mayor and the council said yes" reports no clause before the "and"; nor
      // does a relative clause's gap, "which supporters say is vital and opponents say threatens …")
      // (nor a relative pronoun or a "that" after the "and", "… and who claimed credit", "… and that she
      // …", nor a modal's verb, "NATO allies and partners may pledge …")
      const prev = cues[ci - 1];
      const secondSpeaker = cue.info.cls === 'speech' && !!prev && prev.info?.cls === 'speech' && prev.index < before && !hasFiniteVerb(t, prev.index + 1, prev.index + 2, true) && reportedBefore(t, prev, before)
        && !CLAUSE_OPENERS.has(t[np!.from].lower) && !SUBJECT_PRONOUNS.has(t[before - 1].lower) && !PLANNING.has(t[cue.index - 1]?.lower ?? '') && !DETERMINERS.has(t[cue.index - 1]?.lower ?? '')
        && reportsClause(t, Math.min(s.to, cue.end + CLAUSE_REACH), cue) && !jointBefore(t, before, prev.index);
      if (!pronoun && !secondSpeaker) continue;
      // "Ode said the rules are unfair and he feels he can win": a belief after "and he" goes on with what was said
      if (cue.info.cls === 'attitude' && cues.some((c) => c.index < before && c.info?.cls === 'speech')) continue;
    }
    cue.coordinated = true;
    cue.clauseStart = comma ? before - 1 : before;
  }
}
const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'while', 'whereas', 'although', 'though']);

/**
 * Whether the content after cue `cue` (up to token `to`, CLAUSE_REACH on or the sentence's end) is a
 * clause with a verb of its own ("… and Tom Hale said it threatens salmon", "… and the tenants
 * argued it was illegal"), up to the next comma or subordinator: what the second speaker said. An
 * object, an infinitive or a prepositional phrase is what the first speaker reports the second one
 * did ("… and the town declared an emergency after the dam was breached", "… and his mother called
 * for help", "… and her husband told her not to worry").
 */
function reportsClause(t: Token[], to: number, cue: Cue): boolean {
  let k = cue.end;
  if (t[k]?.lower === 'that') k++;
  let end = k;
  // (an infinitive's "to" ends it too: "told her not to worry")
  while (end < to && t[end].lower !== 'to' && !(t[end].type === 'punct' && /^[,;:—–]$/.test(t[end].text)) && (t[end].lower === 'and' || !CLAUSE_BREAK.has(t[end].lower))) end++;
  if (end <= k + 1) return false;
  // (a charge's object and its grounds: "… and Democrats accused the GOP of stoking the issue", "… blamed the mayor for …")
  if (CHARGES.has(cue.info!.lemma) && t.slice(k + 1, end).some((x) => x.lower === 'of' || x.lower === 'for')) return true;
  // (the clause's verb follows its subject: a verb's form opening the content is its object, "announced plans to move")
  if (hasFiniteVerb(t, k + 1, end, true)) return true;
  // (a verb in -s after a subject, "critics say it goes too far")
  const x = t[k];
  const subject = x.type === 'word' && (SUBJECT_PRONOUNS.has(x.lower) || DETERMINERS.has(x.lower) || x.cap);
  return subject && hasFiniteVerb(t, k + 1, end);
}
/**
 * Whether the first speaker's cue `prev` reports a clause before the "and" at `before`: a finite verb
 * there, or one in -s after a subject ("Lee says the mill smells and Bay says …").
 */
function reportedBefore(t: Token[], prev: Cue, before: number): boolean {
  if (hasFiniteVerb(t, prev.index + 1, before, true)) return true;
  const x = t[prev.end];
  const subject = !!x && x.type === 'word' && (SUBJECT_PRONOUNS.has(x.lower) || DETERMINERS.has(x.lower) || x.cap);
  return subject && hasFiniteVerb(t, prev.end + 1, before);
}

/**
 * Whether the "and" at `and` joins the second speaker to a first one before it ("… and both the
 * mayor and the chief said", "… is vital and the mayor and the chief said"): the noun phrase that
 * ends before the "and", a name or a determiner's phrase ending in a people noun, has "and", "or",
 * "both", "either" or "neither" before it (after token `after`).
 */
function jointBefore(t: Token[], and: number, after: number): boolean {
  let j = and - 1;
  // (a name's words, or a determiner's phrase of up to three words)
  if (t[j]?.type === 'word' && t[j].cap) while (j - 1 > after && t[j - 1].type === 'word' && t[j - 1].cap) j--;
  else {
    // (a people noun ends it, "the mayor"; "the bird sang" ends a clause)
    if (t[j]?.type !== 'word' || !isPeopleNoun(t[j])) return false;
    while (j > after && and - j < 4 && t[j].type === 'word' && !JOINT_DETERMINERS.has(t[j].lower)) j--;
    if (!JOINT_DETERMINERS.has(t[j]?.lower ?? '')) return false;
  }
  return j - 1 > after && JOINT_OPENERS.has(t[j - 1].lower);
}
const JOINT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those']);
const JOINT_OPENERS = new Set(['and', 'or', 'both', 'either', 'neither']);
/** Tokens after a second speaker's cue its clause's verb is looked for in (time linear in the sentence). */
const CLAUSE_REACH = 24;
/** Verbs of a charge whose object and grounds ("of …", "for …") are what the speaker said. */
const CHARGES = new Set(['accuse', 'blame', 'criticize', 'criticise', 'fault', 'condemn', 'slam', 'blast', 'chide', 'scold', 'praise', 'credit', 'thank', 'applaud', 'attack', 'denounce']);
/** Words that open a relative or content clause as a subject's place ("… and who claimed", "… and that she …"). */
const CLAUSE_OPENERS = new Set(['that', 'who', 'which', 'whom', 'whose']);
/** Modals and the future's auxiliaries before a verb: "may pledge", "will pledge" plan, no speech reported. */
const PLANNING = new Set([...MODALS, 'will', 'would']);

/**
 * Where the clause of a "say" cue whose subject starts after token `before` begins when it is no
 * content of an earlier cue: after "in which" / "at which" / "where" (a relative clause on a noun
 * phrase: "an interview in which Crane said …"), or after the comma that closes an opening
 * adjunct ("Asked whether …, Wilson said …", "When …, she said …"). The index, or -1.
 */
function ownClauseStart(t: Token[], s: Sentence, before: number, prev: Cue | undefined): number {
  const w = t[before].lower;
  // (the cue before takes a noun phrase as its object: "questioned an interview"; "said Crane had
  // spoken at a rally where he said …" or "told reporters …" report the relative clause too)
  const onObject = !!prev?.info?.takesObject && !PERSON_OBJECT_CUES.has(prev.info.lemma);
  if (w === 'where' && onObject) return before;
  if (w === 'which' && onObject && RELATIVE_PREPOSITIONS.has(t[before - 1]?.lower ?? '') && before - 1 > s.from) return before - 1;
  if (t[before].text !== ',') return -1;
  // ("Later, asked …": a time word set off before the adjunct)
  let open = s.from;
  if (t[open + 1]?.text === ',' && TIME_OPENERS.has(t[open].lower)) open += 2;
  if (!OPENING_ADJUNCTS.has(t[open]?.lower ?? '')) return -1;
  // (the adjunct's own comma, not a later one: "Asked about it, Ode said that … — no different, he said, from …")
  let comma = open + 1;
  while (comma < before && t[comma].text !== ',') comma++;
  return comma === before ? before : -1;
}
const RELATIVE_PREPOSITIONS = new Set(['in', 'at', 'during', 'on']);
/** Cues whose object is the person addressed, their content a clause after it. */
const PERSON_OBJECT_CUES = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'advise', 'ask']);
const TIME_OPENERS = new Set(['later', 'earlier', 'then', 'afterward', 'afterwards']);
/** Words that open an adjunct clause before a sentence's main clause. */
const OPENING_ADJUNCTS = new Set(['asked', 'pressed', 'questioned', 'when', 'if', 'after', 'while', 'although', 'though', 'because', 'since', 'before', 'once', 'unless']);

/**
 * The coordinator before a short adjunct that ends at the comma `comma` ("while in Mississauga,",
 * "and at a rally in Erie,"): its index, or -1 when the words before the comma (at most five, no
 * mark) open with no preposition of place or time right after a coordinator.
 */
function coordinatorBeforeAdjunct(t: Token[], comma: number, from: number): number {
  for (let j = comma - 1; j > from + 1 && comma - j <= 5 && t[j].type === 'word'; j--) {
    if (ADJUNCT_PREPOSITIONS.has(t[j].lower) && COORDINATORS.has(t[j - 1].lower)) return j - 1;
  }
  return -1;
}
const ADJUNCT_PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'during', 'outside', 'later', 'earlier']);

/**
 * "CONTENT, Mayor Lena Ortiz said.": where the sentence's last cue reports everything before its
 * subject (nothing but adjuncts after the cue), the token range [from, to) of that content, in
 * which other cues are part of what is reported; null otherwise.
 */
function outerReportedSpan(st: ArticleState, pi: number, p: Paragraph, s: Sentence, cues: Cue[]): [number, number] | null {
  const closing = cues[cues.length - 1];
  const stance = cues.length >= 2 && !closing.info && closing.phraseEnd < 0 ? accordingOverStance(p.tokens, s, cues, cues.length - 1) : null;
  if (stance) return stance;
  // "CONTENT, Mr. Ode said, adding …": the participle after the reporting clause leaves it the last
  let n = cues.length;
  while (n > 0 && cues[n - 1].joined) n--;
  const last = cues[n - 1];
  // ("X told police …, the court heard": the evidence names its witness, who speaks; see `attributeCue`)
  if (!last?.info || n < 2 || last.info.lemma === 'hear') return null;
  // "While X claimed …, engineers disagreed": an opening subordinate clause is no one's content
  if (CLAUSE_BREAK.has(p.tokens[s.from].lower)) return null;
  const source = findSource(st, pi, p, s, last, null);
  // ("CONTENT, said Const. Ann Roy.": an inverted subject that closes the sentence reports all before it too)
  if (!source?.subject || (source.inverted && !closesSentenceAsSpeaker(p.tokens, source.subject, s))) return null;
  const content = findContent(p, s, last, last.info, source, s.from, s.to);
  if (!content || content[1] > source.subject.from || content[0] !== s.from) return null;
  // a quotation is content of its own; only plain reported speech nests
  // (or speech still to come, its cues after "will" or "would": "Canada will respond “dollar for dollar” …, the minister said")
  const inner = cues.slice(0, n - 1).filter((c) => c.index >= content[0] && c.index < content[1]);
  if (!inner.length || !inner.every((c) => willBefore(p.tokens, c.index, s.from))) for (let j = content[0]; j < content[1]; j++) if (p.inQuote[j]) return null;
  return content;
}

/** Whether "will" or "would" stands before the cue at `i`, past adverbs ("will firmly respond"): what the subject will say, not what it said. */
function willBefore(t: Token[], i: number, from: number): boolean {
  let k = i - 1;
  while (k > from && t[k].type === 'word' && /ly$/.test(t[k].lower)) k--;
  return k >= from && (t[k].lower === 'will' || t[k].lower === 'would' || t[k].lower === '’ll' || t[k].lower === "'ll");
}

/**
 * "Halvorsen intends to fight the charges, according to his lawyer.": a stance told of someone
 * (attitude verbs only) in the clause a closing "according to X" reports is X's claim, not the
 * subject's words; the token range of that clause, or null. Inner speech cues keep their own
 * quotes ("Y told aides …, according to X": X tells where it was heard).
 */
function accordingOverStance(t: Token[], s: Sentence, cues: Cue[], last: number): [number, number] | null {
  for (let ci = 0; ci < last; ci++) if (cues[ci].info?.cls !== 'attitude') return null;
  const source = accordingSource(t, s, cues[last]);
  const content = source && accordingContent(t, cues[last], source.npEnd, s.from, s.to);
  return content && content[0] === s.from && content[1] <= cues[last].index ? content : null;
}

/** Possessive pronouns that open a source phrase ("his spokesperson"). */
const OWNER_PRONOUNS = new Set(['his', 'her', 'their']);

/**
 * "The investigation found that …, according to the attorney general's office": the sentence's
 * quote, whose subject is a document or an inquiry that no one is named as making, is the words
 * of the one the closing "according to" names (its maker), not of no one.
 */
function makerOfFinding(st: ArticleState, pi: number, p: Paragraph, s: Sentence, made: LocalQuote[], cue: Cue, np: Np): void {
  const found = made[made.length - 1];
  const t = p.tokens;
  if (!found || found.speaker || !found.speakerMention || found.end > t[cue.index].start) return;
  // (the source's last token, found by its end: a scan of the paragraph per cue would be quadratic in a long one)
  const head = lowerBound((j) => t[j].end, found.speakerMention.end, s.from, cue.index);
  if (head === cue.index || t[head].end !== found.speakerMention.end || t[head].cap || !DOCUMENT_NOUNS.has(t[head].lower)) return;
  const maker = resolveNp(st, pi, p, s, np);
  if (!maker) return;
  found.speaker = maker;
  found.speakerMention = npSpan(st, t, np);
}

/** Whether a person is mentioned among tokens [from, to) of paragraph `pi`. */
function personNamedIn(st: ArticleState, pi: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (st.mentionAt[pi][i]?.actor.kind === 'person') return true;
  return false;
}

/** Whether a name's mention opens the phrase at token `i` of paragraph `pi`, after "the" or not. */
function namedAt(st: ArticleState, pi: number, t: Token[], i: number): boolean {
  return !!st.mentionAt[pi][t[i]?.lower === 'the' ? i + 1 : i];
}
