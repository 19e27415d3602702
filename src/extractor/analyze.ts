/**
 * One article's text in, its analysis out: actors and their mentions, quotes with speakers and
 * cues, the title and the article's date. Events are read by ./events from the same analysis.
 *
 * Attribution runs in stages over a shared per-article state (./attribution/state), data flowing
 * one way: names become actors and mentions (./attribution/mentions), then for each sentence the
 * cues are found (./attribution/cueDetection), each cue's source phrase (./attribution/source)
 * and content (./attribution/content), and the source phrase is resolved to an actor
 * (./attribution/resolution).
 *
 * This file holds the entry point and the order of the passes; a sentence is attributed in
 * ./attributeSentence, quotations placed by layout in ./quotationForms, a headline's in
 * ./headlineQuotes, and a quote is built in ./quoteBuild.
 */
import { type Paragraph } from './text';
import { readPublished } from './publishedDate';
import { titleCase, titleCaseLine } from './lineKinds';
import type { LocalActor, LocalMention } from './actors';
import { foldCityShortNames, foldGluedNames } from './gluedNames';
import { joinContinuations } from './attribution/contentQuote';
import { collectNames, knownActors, mentionHeadings } from './attribution/mentions';
import { foldKnownAs, resolveSingles } from './attribution/loneNames';
import { retypeLoneBodies } from './loneBodies';
import { retypeTeams } from './clubs';
import { foldBareCongo } from './pairedNames';
import { nameSpokesperson } from './attribution/namedSpokesperson';
import { nameDescribedBodies } from './attribution/namedBody';
import { mentionDatelinePlaces } from './datelinePlaces';
import { continuedAnswer, dropSourcelessHeadline, interviewAnswer, plainHeadline, interviewLayout, InterviewPart, quotationAcrossParagraphs, quotationBeforeCue, signedParagraph, type OpenQuotation } from './attribution/quotations';
import { ArticleState, type AnalyzeOptions, type LocalQuote } from './attribution/state';

export type { AnalyzeOptions, LocalQuote } from './attribution/state';
import { carryQuotation } from './quotationForms';
import { attributeSentence } from './attributeSentence';
import { echoedHeadlineQuote } from './headlineQuotes';
import { answerWithReports } from './answerReports';

export interface Analysis {
  text: string;
  title: string | null;
  published: string | null;
  paragraphs: Paragraph[];
  actors: LocalActor[];
  mentions: LocalMention[];
  quotes: LocalQuote[];
}

/** Analyses one article's text (UTF-16 offsets into `text`). Never throws on odd input. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  // (index loops in stage functions of their own: this runs once per article, much of it before
  // V8 optimises it, where for-of and forEach cost an iterator or a closure per step)
  const st = new ArticleState(text, options);
  collectAllNames(st);
  foldGluedNames(st.table, st.mentions, st.paragraphs);
  resolveSingles(st);
  foldCityShortNames(st.table, st.mentions);
  foldKnownAs(st);
  const firstLine = st.paragraphs.findIndex((p) => p.kind !== 'noise');
  attributeBody(st, firstLine);
  mentionHeadings(st);
  if (st.paragraphs[firstLine]?.kind === 'heading') attributeHeadline(st, firstLine);
  dropSourcelessHeadline(st, firstLine);
  if (firstLine >= 0) echoedHeadlineQuote(st, firstLine);
  foldBareCongo(st.table, st.mentions, st.quotes);
  nameSpokesperson(st);
  nameDescribedBodies(st);
  retypeLoneBodies(st);
  retypeTeams(st);
  mentionDatelinePlaces(st);
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
      // (an answer's paragraph with no label goes on with the answer just read; a labelled turn may
      // report a third person's words, which are theirs)
      const answer = interview[pi] === InterviewPart.Answer ? interviewAnswer(st, pi) : interview[pi] === InterviewPart.Continued ? continuedAnswer(st, pi, st.quotes[st.quotes.length - 1]) : null;
      if (answer && interview[pi] === InterviewPart.Answer) st.quotes.push(...answerWithReports(st, pi, p, answer));
      else {
        st.sentenceSerial += p.sentences.length;
        if (answer) st.quotes.push(answer);
      }
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
  // (a "headline" sentence of hundreds of words is a body's run-on line: each of a headline's cues
  // reads to the sentence's end, which no real headline makes costly)
  for (const s of head.sentences) attributeSentence(st, pi, head, s, s.to - s.from <= HEADLINE_TOKENS);
}
/** The most tokens a headline's sentence has to be read as one (real ones have a few dozen). */
const HEADLINE_TOKENS = 100;

/** A line that only dates the article ("Published March 6, 2024", "2024-03-06"): never its title. */
const DATE_LINE = /^(?:(?:first\s+)?published|updated|posted|date(?:d|line)?)\b|^\d{4}-\d{2}-\d{2}\b|^[A-Z][a-z]+\.? \d{1,2}, \d{4}$/i;
/** A headline of two or three words, capitalised first, with no mark a label or a line of boilerplate ends in ("Rates rise", "Bill stalls"). */
const SHORT_HEADLINE = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}\d'’-]+){1,2}$/u;
/** A web page's labels and buttons of a few words, no headline: "Share this story", "Listen to article", "Related coverage". */
const PAGE_LABEL = /^(?:share|listen|watch|read|subscribe|sign|follow|related|advertisement|sponsored|photo|photos|video|more|top|home|by|skip|log|menu)\b/i;
/** A byline's credit of a few words, no headline: "The Canadian Press", "Staff Reporter", "Editorial Board", "Reuters Staff". */
const CREDIT_LINE = /\b(?:press|reporter|reporters|staff|wire|writer|correspondent|editors?|board|bureau|desk|columnist)$/i;
/** A day of a month in a line that dates an article: "May 2, 2025", "2 May 2025", "Dec. 7", "2025-05-02", "5/2/2025". */
const DAY_OF_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
/** The longest line that may date the article under a short headline ("OTTAWA, May 2, 2025", "By Ann Lee | March 3, 2024"). */
const DATED_LINE_CHARS = 80;
/** The longest first line still read as a headline when it is not set as a heading. */
const HEADLINE_CHARS = 200;
/** The longest first line of two sentences in sentence case read as a headline ("Virginian could make history. Again."): a lede's two sentences run longer. */
const SHORT_HEADLINE_CHARS = 90;

/**
 * The article's title: a heading repeated further down (as a noise line), else a heading that
 * opens it, else an opening line of one short sentence with more text after it (archives often
 * give the headline as a plain first line), or of two in Title Case ("One Sentence From Trump Just
 * Set Off A Firestorm. His Response Took Everyone By Surprise.") or short ("Virginian could make history. Again."). A date line is never the title.
 */
function title(st: ArticleState): string | null {
  const lineOf = (p: Paragraph): string => st.text.slice(p.start, p.end).trim();
  const firstIndex = st.paragraphs.findIndex((p) => p.kind !== 'noise' && !DATE_LINE.test(lineOf(p)));
  const first = st.paragraphs[firstIndex];
  // (two short sentences in sentence case are a headline only over a longer paragraph: "The board
  // voted. Fees rise by a tenth. ¶ The mayor objected." is a lede of short paragraphs)
  // (past labels of one or two words: "The Upshot.", "ABSTRACT.")
  const nextBody = st.paragraphs.slice(firstIndex + 1).find((q) => q.kind === 'body');
  const nextStory = st.paragraphs.slice(firstIndex + 1).find((q) => q.kind === 'body' && q.tokens.filter((x) => x.type === 'word').length > 2);
  const overLonger = (p: Paragraph): boolean => !!nextStory && lineOf(nextStory).length > lineOf(p).length;
  const headlineLike = (p: Paragraph | undefined): boolean =>
    !!p && p.kind === 'body' && (p.sentences.length === 1 || (p.sentences.length === 2 && (titleCase(p.tokens) || (lineOf(p).length <= SHORT_HEADLINE_CHARS && overLonger(p))))) && lineOf(p).length <= HEADLINE_CHARS && !!nextBody;
  // the last noise line of each text, so each heading is checked once (not against every later line)
  const lastNoise = new Map<string, number>();
  st.paragraphs.forEach((p, i) => {
    if (p.kind === 'noise') lastNoise.set(lineOf(p), i);
  });
  const repeated = st.paragraphs.find((p, i) => p.kind === 'heading' && (lastNoise.get(lineOf(p)) ?? -1) > i);
  // ("Rates rise ¶ OTTAWA, May 2, 2025 ¶ …": a headline of two or three words, which the line kinds
  // take for a label, when a line that dates the article follows it)
  const opening = st.paragraphs[0];
  // (a date's month and day or its figures with the year, no lede's sentence that names a year: "The 2024 budget passed …")
  const dated = st.paragraphs[1] && lineOf(st.paragraphs[1]).length <= DATED_LINE_CHARS && /\b(?:1[89]|20)\d\d\b/.test(lineOf(st.paragraphs[1])) && DAY_OF_MONTH.test(lineOf(st.paragraphs[1]));
  if (!repeated && opening?.kind === 'noise' && dated && SHORT_HEADLINE.test(lineOf(opening)) && !PAGE_LABEL.test(lineOf(opening)) && !CREDIT_LINE.test(lineOf(opening))) return lineOf(opening);
  const chosen = repeated ?? (first?.kind === 'heading' || headlineLike(first) ? first : undefined);
  return chosen ? st.text.slice(chosen.start, chosen.end).trim() : null;
}
