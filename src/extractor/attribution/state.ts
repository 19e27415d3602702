/**
 * The per-article state that the attribution stages share: the layout, the actor table, the
 * mentions found so far (and, per paragraph, which mention covers each token), the quotes made,
 * and the memory of recent speakers that pronouns and continuations resolve against.
 */
import { baseLower, layout, type Paragraph, type Sentence, type Token } from '../text';
import type { Entity } from '../entities';
import type { FrontMatter } from '../frontMatter';
import type { CueInfo } from '../cues';
import { ActorTable, normaliseName, type LocalActor, type LocalMention } from '../actors';
import type { QuoteKind, Span } from '../types';
import { descriptionKinds, orgKindsOfName, type OrgKind } from '../lexicon/organisations';
import { openingClauseEnd } from './words';
import { noteTrade } from './descriptions';

export interface LocalQuote extends Span {
  kind: QuoteKind;
  speaker: LocalActor | null;
  speakerMention: Span | null;
  cue: Span | null;
  // every field is set when a quote is made, in this order: one object shape for V8
  continuation: boolean;
  /** A quotation interrupted by its cue: the quoted pieces of the one attribution. */
  pieces: Span[] | undefined;
  cueClass: CueInfo['cls'] | 'according';
}

export interface AnalyzeOptions {
  /** Also report beliefs, hopes and intentions ("X believes that …"), as PolNeAR annotates them. Default true. */
  attitudes?: boolean;
  /**
   * “A,” he said. “B.” is one attribution: one quote with two pieces (the default, as PARC-style
   * corpora such as PolNeAR annotate it). false reports two quotes, the second marked
   * continuation, as the seeds gold has it.
   */
  joinContinuations?: boolean;
}

/** A phrase as token indices [from, to) of one paragraph. */
export interface Np {
  from: number;
  to: number;
}

/** Who spoke last, and through which cue: continuations and joined clauses inherit it. */
export interface Attribution {
  speaker: LocalActor | null;
  mention: Span | null;
  cue: Span | null;
  para: number;
  /** The article-wide serial of the sentence (see `ArticleState.sentenceSerial`). */
  sentence: number;
}

/** Levels of government written before a body's name as its owner ("the state Department of Health"). */
const GOVERNMENT_LEVELS = new Set(['state', 'federal', 'provincial', 'territorial', 'county', 'city', 'municipal', 'town', 'regional', 'national']);

/** The state of one article's analysis; every stage reads and extends it, in text order. */
export class ArticleState {
  readonly table = new ActorTable();
  readonly mentions: LocalMention[] = [];
  readonly quotes: LocalQuote[] = [];
  readonly paragraphs: Paragraph[];
  readonly dateLine: string | null;
  /** The article's Markdown front matter, if it opens with one. */
  readonly frontMatter: FrontMatter | null;
  /** The wire dateline's span, which no paragraph holds (see Layout). */
  readonly dateline: { start: number; end: number } | null;
  /** Per paragraph, token index -> the mention covering it (an array: token indices are dense). */
  readonly mentionAt: Array<Array<LocalMention | undefined>> = [];
  /** Lone words resolved once all full names are known; `fallback` registers what they are otherwise. */
  readonly singles: Array<{ entity: Entity; para: number; fallback?: () => void }> = [];
  /** Bodies the article named after the noun of their trade ("the utility Lumenco", "children’s agency UNICEF"): the kinds that noun tells, which their names may not. */
  readonly typedKinds = new Map<LocalActor, OrgKind[]>();
  lastSpeaker: Attribution | null = null;
  lastPersonSpeaker: { actor: LocalActor; sentence: number } | null = null;
  /** Who last asked someone about something ("asked her about taxes"), and in which sentence: not whom "she said" right after means. */
  asker: { actor: LocalActor; sentence: number } | null = null;
  /** The person who spoke before `lastPersonSpeaker` (another actor): in an interview's alternation, whom "she says" may go back to. */
  previousPersonSpeaker: { actor: LocalActor; sentence: number } | null = null;
  lastPersonMentioned: { actor: LocalActor; sentence: number } | null = null;
  lastCollectiveSpeaker: LocalActor | null = null;
  lastPublisher: LocalActor | null = null;
  /** The last body or country the article says released or published a document (notePublisher), never one that only spoke: what research ("the study found") speaks for. */
  lastReleaser: LocalActor | null = null;
  /** The first body or country the body of the article says published a document ("a report released by X"): what a headline's "report says" speaks for. */
  firstDocumentPublisher: LocalActor | null = null;
  /** Counts body sentences across the article: how far back a speaker was. */
  sentenceSerial = 0;
  /** A paragraph that ended inside an attributed quotation: the next paragraph's opening quotation goes on with it. */
  carry: { para: number; attribution: Attribution } | null = null;
  /** A paragraph that ended in a lead-in ("She said:", "From Mayor X:"): the next paragraph's opening quotation is its content. */
  leadIn: { para: number; attribution: Attribution } | null = null;
  /** Words (lower case, no possessive) the body writes capitalised inside a sentence, built on first need (see `capitalisedInside`). */
  private insideCapitals: Set<string> | null = null;

  constructor(
    readonly text: string,
    readonly options: AnalyzeOptions,
  ) {
    const l = layout(text);
    this.paragraphs = l.paragraphs;
    this.dateLine = l.dateLine;
    this.frontMatter = l.frontMatter;
    this.dateline = l.dateline;
    for (const p of this.paragraphs) this.mentionAt.push(new Array<LocalMention | undefined>(p.tokens.length).fill(undefined));
  }

  /** Records a mention of `actor` over tokens [from, to) of paragraph `para` (offsets start, end), once; a person wins a token over others. */
  addMention(actor: LocalActor, para: number, from: number, to: number, start: number, end: number): LocalMention {
    // a speaker found again by its name's alias ("Britain said") is the mention the names layer made
    const same = this.mentionAt[para][from];
    if (same && same.actor === actor && same.from === from && same.to === to && same.start === start && same.end === end) return same;
    const m: LocalMention = { actor, para, from, to, start, end, text: this.text.slice(start, end) };
    this.mentions.push(m);
    const at = this.mentionAt[para];
    for (let i = from; i < to; i++) if (!at[i] || actor.kind === 'person') at[i] = m;
    if (actor.kind === 'organization' && from > 0) this.noteType(actor, this.typeNounBefore(para, from, to));
    // ("the Grain Millers union", "the Teamsters union": the members' union in lower case after the name)
    const after = this.paragraphs[para].tokens[to];
    if (actor.kind === 'organization' && after?.lower === 'union' && !after.cap && !orgKindsOfName(actor.name).includes('union')) {
      this.noteType(actor, after);
      noteTrade(this, actor, 'union');
    }
    // ("Denver Arts & Venues, the city's culture agency, said": the noun of a description in
    // apposition after the name tells the body's trade as one before it does)
    if (actor.kind === 'organization') {
      const noun = this.appositiveNoun(para, to);
      if (noun) this.noteType(actor, noun);
    }
    if (m.text !== actor.name) {
      // "the band leader" resolved to a president is found again by its words, but is no name
      // form of theirs to show: a description is an alias only where the person's roles or
      // organisations name it ("the NATO chief", "the former president")
      if (actor.kind === 'person' && description(m.text) && !describes(actor, m.text)) {
        const key = normaliseName(m.text);
        if (!this.table.aliasIndex.has(key)) this.table.aliasIndex.set(key, actor);
      } else this.table.addAlias(actor, m.text);
    }
    return m;
  }

  /** The word that may tell the trade of the body named over tokens [from, to): the one before, or the noun an appositive's commas set the name after ("Her bank, Dominion Savings, said"). */
  private typeNounBefore(para: number, from: number, to: number): Token {
    const t = this.paragraphs[para].tokens;
    return from > 1 && t[from - 1].text === ',' && t[to]?.text === ',' ? t[from - 2] : t[from - 1];
  }

  /**
   * The head noun of a short description set off by commas right after a name ending at token
   * `to` ("…, a city agency,", "…, the province's arts council,"): lower-case words after an
   * article or a possessive, no preposition nor list among them; null for anything else.
   */
  private appositiveNoun(para: number, to: number): Token | null {
    const t = this.paragraphs[para].tokens;
    if (t[to]?.text !== ',' || !APPOSITIVE_OPENERS.has(t[to + 1]?.lower ?? '')) return null;
    for (let k = to + 2; k < t.length && k <= to + 6; k++) {
      const w = t[k];
      if (w.text === ',') return k > to + 2 && !t[k - 1].possessive ? t[k - 1] : null;
      if (w.type !== 'word' || w.cap || APPOSITIVE_BREAKS.has(w.lower)) return null;
    }
    return null;
  }

  /** Notes the kinds a type noun beside a body's name tells ("the utility Lumenco", "children’s agency UNICEF", "the Teamsters union"), the first the article gives. */
  private noteType(actor: LocalActor, noun: Token): void {
    if (noun.type !== 'word' || noun.cap || noun.possessive || this.typedKinds.has(actor)) return;
    // ("the state Department of Health", "the city Parks Department": a level of government before a
    // name that tells its own trade says whose body it is, not what it is)
    if (GOVERNMENT_LEVELS.has(noun.lower) && orgKindsOfName(actor.name).length) return;
    const kinds = descriptionKinds(noun.lower);
    if (kinds) this.typedKinds.set(actor, kinds);
  }

  /** The text between two offsets as a span. */
  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }

  /** Remembers the latest speaker, by kind: pronouns and documents resolve against these. */
  noteSpeaker(a: Attribution): void {
    this.lastSpeaker = a;
    if (a.speaker?.kind === 'person') {
      if (this.lastPersonSpeaker && this.lastPersonSpeaker.actor !== a.speaker) this.previousPersonSpeaker = this.lastPersonSpeaker;
      this.lastPersonSpeaker = { actor: a.speaker, sentence: a.sentence };
    }
    else if (a.speaker) this.lastCollectiveSpeaker = a.speaker;
    if (a.speaker?.kind === 'organization') this.lastPublisher = a.speaker;
  }

  /**
   * Whether the body writes word `lower` capitalised somewhere other than at a sentence's start, as
   * a name is ("President Obama", "“…,” Bob said"); a word capitalised only where it opens its
   * sentence ("Projections suggest …") may be any word. One pass over the article, on first need.
   */
  capitalisedInside(lower: string): boolean {
    if (!this.insideCapitals) {
      const inside = new Set<string>();
      for (const p of this.paragraphs) {
        if (p.kind !== 'body') continue;
        for (const s of p.sentences) for (let i = s.from + 1; i < s.to; i++) {
          const t = p.tokens[i];
          // (after an opening mark or a dash a word may open a sentence of its own)
          if (t.type === 'word' && t.cap && p.tokens[i - 1].type === 'word') inside.add(baseLower(t));
        }
      }
      this.insideCapitals = inside;
    }
    return this.insideCapitals.has(lower);
  }

  /** The first person mentioned in sentence `s` of paragraph `pi`. */
  firstPerson(pi: number, s: Sentence): LocalActor | null {
    // a test of the kind here, not a predicate passed in: one call target per loop, which V8 inlines
    const at = this.mentionAt[pi];
    // ("Preceded by Joe Arpaio, Trump launched …": the main clause's person, not one in an opening phrase)
    for (let i = openingClauseEnd(this.paragraphs[pi].tokens, s, s.to); i < s.to; i++) {
      const m = at[i];
      if (m && m.actor.kind === 'person') return m.actor;
    }
    return null;
  }
}

/**
 * A description rather than a name: it opens with a determiner ("the mayor", "The NATO chief") or
 * is all lower case ("campaign chief"); "de la Fuente" is a name.
 */
const DESCRIPTION = /^(?:(?:the|a|an|his|her|their|its|our)\s|[^\p{Lu}]*$)/iu;

/** Whether a mention's text is a description (see DESCRIPTION); a capital A-Z other than A, H, I, O or T first settles it as none without the pattern. */
function description(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 66 && c <= 90 && c !== 72 && c !== 73 && c !== 79 && c !== 84) return false;
  return DESCRIPTION.test(text);
}

/** Whether every word of a description is a word of the person's roles or organisations ("the former NATO chief" for the NATO Secretary General with the role "NATO chief"). */
function describes(actor: LocalActor, description: string): boolean {
  const known = new Set(actor.orgHints.flatMap((h) => h.split(' ')));
  for (const r of actor.roles) for (const w of normaliseName(r).split(' ')) known.add(w);
  return normaliseName(description)
    .split(' ')
    .every((w) => known.has(w) || NOT_TELLING.has(w));
}

/** Words of a description that tell nothing of whom it describes. */
const NOT_TELLING = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'former', 'then', 'current', 'now', 'new', 'outgoing', 'incoming', 'longtime', 'veteran']);

/** Words that open a body's description in apposition ("Arden Transit, a city agency,"). */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the']);
/** Words that end a description's noun phrase before its comma ("the largest employer in town", "the city and the province"). */
const APPOSITIVE_BREAKS = new Set(['in', 'of', 'for', 'at', 'on', 'with', 'from', 'by', 'to', 'and', 'or', 'which', 'that', 'who', 'said', 'says']);
