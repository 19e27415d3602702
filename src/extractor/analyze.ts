/**
 * One article's text in, its analysis out: actors and their mentions, quotes with speakers and
 * cues, the title and the article's date. Events are read by ./events from the same analysis.
 */
import { baseLower, layout, type Paragraph, type Sentence, type Token } from './text';
import { classifyRun, findRuns, isAcronym, isLoneName, isNameWord, type Entity } from './names';
import { CUE_FORMS, DOCUMENT_NOUNS, INFINITIVE_CUES, particleRequired, particlesFor, VERB_FILLERS, type CueInfo } from './cues';
import { countryByDemonym, countryBySurface, DAYS_AND_MONTHS, GROUP_NOUNS, ORG_HEADS, PARTY_WORDS, REGIONS, ROLE_NOUNS, TITLES, US_STATES } from './gazetteer';
import { acronymOf, ActorTable, addOnce, normaliseName, type LocalActor, type LocalMention } from './actors';
import { readPublished } from './dates';
import type { QuoteKind, Span } from './types';

export interface LocalQuote extends Span {
  kind: QuoteKind;
  speaker: LocalActor | null;
  speakerMention: Span | null;
  cue: Span | null;
  continuation?: boolean;
  /** A quotation interrupted by its cue: the quoted pieces of the one attribution. */
  pieces?: Span[];
  cueClass: CueInfo['cls'] | 'according';
}

export interface Analysis {
  text: string;
  title: string | null;
  published: string | null;
  paragraphs: Paragraph[];
  actors: LocalActor[];
  mentions: LocalMention[];
  quotes: LocalQuote[];
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

const TELL_CLASS = new Set(['tell', 'assure', 'inform', 'remind', 'advise', 'reassure', 'thank']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'that', 'some', 'many', 'several', 'two', 'three', 'other', 'another', 'one', 'both', 'most', 'all', 'few']);
const STOP_BACKWARD = new Set(
  'in|at|on|to|from|with|by|for|about|after|before|during|over|under|into|than|as|like|since|until|while|when|because|if|whether|and|or|but|that|which|who|whom|is|are|was|were|be|been|has|have|had|not|also|said|says|told|would|will|could|than|so|then|where|what|how|why|although|though|per|via|against|among|amid|between|through'.split(
    '|',
  ),
);
const ADJUNCT_START = new Set(
  'in|at|on|to|during|after|before|from|with|for|as|while|when|last|this|next|earlier|later|since|ahead|outside|inside|near|today|yesterday|tonight|recently|then|afterward|afterwards|shortly|again|repeatedly|via|through|over|under|late|early|once|about|of|up|out|back|down|off|so|too|more|much|nothing|little'.split(
    '|',
  ),
);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Pronouns that can be the source of an attribution on their own: "he said", "who said". */
const SOURCE_PRONOUNS = new Set([...SUBJECT_PRONOUNS, 'you', 'who', 'which', 'that']);
const QUANTITY_WORDS = new Set(['much', 'many', 'few', 'more', 'little', 'most', 'some', 'none', 'all']);
/** Heads of a share of people, as polls report them: "majorities of Democrats", "half of voters". */
const SHARE_WORDS = new Set(['majority', 'majorities', 'minority', 'plurality', 'percent', 'half', 'third', 'thirds', 'quarter', 'quarters', 'most', 'many', 'share', 'number']);
const RELATIVE_PRONOUNS = new Set(['who', 'which']);
const PARENTHETICAL_ADVERBS = new Set(['however', 'though', 'too', 'meanwhile', 'instead', 'also', 'moreover', 'nevertheless', 'nonetheless', 'meantime', 'likewise', 'indeed', 'then']);
/** Attitude verbs whose object alone is the stance: "endorsed Trump", "opposes the deal". */
const STANCE_VERBS = new Set(['endorse', 'support', 'oppose']);
/** Subjects that are people though no name or role: "Not everyone finds …", "That person said …". */
const PEOPLE_WORDS = new Set(
  ('people|officials|observers|experts|many|others|some|percent|majority|half|third|respondents|most|critics|polls|campaign|company|group|committee|party|agency|department|ministry|police|court|judge|authorities|spokesman|spokeswoman|everyone|everybody|nobody|someone|somebody|anyone|few|both|each|none|all|person|man|woman|source|sources|friends|aides|allies|' +
    // organisations named by what they are, and people by their relation to someone
    'airline|firm|network|newspaper|paper|magazine|station|union|board|council|commission|hospital|school|university|team|office|embassy|bank|store|club|church|friend|spouse|wife|husband|son|daughter|mother|father|brother|sister|relative|neighbor|neighbour|family|families|lawyer|attorney|doctor|teacher|witness|witnesses')
    .split('|'),
);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'will', 'would', 'does', 'did']);
const COURTESY_TITLES = new Set(['mr.', 'mrs.', 'ms.', 'miss', 'mr', 'mrs', 'ms', 'mx.']);
/** Lower-case words of role phrases beyond the general modifiers: "presidential nominee", "top diplomat". */
const ROLE_ADJECTIVES = new Set(['presidential', 'vice', 'congressional', 'gubernatorial', 'senatorial', 'parliamentary', 'ministerial', 'diplomatic', 'economic', 'social', 'prime', 'attorney', 'majority', 'minority', 'ranking', 'supreme', 'district', 'county', 'city', 'founding', 'managing', 'editorial', 'digital', 'strategic', 'communications']);
/** Studies that report findings in their own right: "In a new poll, …". */
const STUDY_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'report', 'census']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const MAKE = new Set(['made', 'makes', 'make', 'making']);
const MAKE_CLEAR: CueInfo = { lemma: 'make clear', cls: 'speech', form: 'ed', takesObject: false };
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'earlier', 'later', 'recently']);
const PUBLISHES = new Set(['released', 'published', 'issued', 'unveiled']);
/** Verbs whose progressive form still reports speech: "is saying that", "was claiming". */
const PROGRESSIVE_CUES = new Set(['say', 'tell', 'write', 'claim', 'argue', 'insist', 'suggest', 'warn', 'call', 'ask', 'accuse', 'urge', 'promise', 'vow', 'predict', 'demand', 'tweet']);
/** Participles that attribute whatever follows them: "…, saying …", "…, adding …". */
const PARTICIPLE_CUES = new Set(['say', 'add', 'tell', 'write', 'note', 'argue', 'claim', 'insist', 'warn', 'explain']);
/** Thinking verbs that take a bare clause: "Trump thinks the wall …". */
const COGNITIVE = new Set(['believe', 'think', 'feel', 'hope', 'fear', 'expect', 'know', 'worry', 'doubt', 'suspect', 'assume', 'figure', 'reckon', 'guess', 'wish']);
/** Words that open a new clause: a cue's content search stops there. */
const CLAUSE_BREAK = new Set(['as', 'while', 'when', 'because', 'since', 'although', 'though', 'after', 'before', 'if', 'but', 'and', 'which', 'who', 'where', 'so', 'whose']);
const PLURAL_PRONOUNS = new Set(['they']);
const NARRATOR_PRONOUNS = new Set(['i', 'we', 'you']);
const GOVERNMENT_NOUNS = new Set(['government', 'regime', 'administration', 'cabinet', 'authorities', 'leadership', 'state']);
const EVENT_NOUNS = new Set(['summit', 'meeting', 'conference', 'talks', 'forum', 'gathering', 'session', 'dialogue', 'convention', 'rally']);
const LEADER_WORDS = ['chief', 'head', 'boss', 'leader', 'chairman', 'chair', 'director', 'president', 'secretary-general', 'secretary general', 'premier', 'ceo', 'chief executive', 'commander'];
const ROLE_SYNONYMS: Record<string, string[]> = {
  chief: LEADER_WORDS,
  head: LEADER_WORDS,
  boss: LEADER_WORDS,
  leader: LEADER_WORDS,
  diplomat: ['secretary of state', 'foreign minister', 'foreign secretary', 'diplomat', 'ambassador', 'envoy'],
  official: ['official', 'spokes', 'adviser', 'advisor', 'secretary', 'minister', 'director'],
};

interface Np {
  from: number;
  to: number;
}

interface Cue {
  index: number;
  /** null for "according to". */
  info: CueInfo | null;
  /** Token after the cue and its particle. */
  end: number;
  /** Last token before the cue once auxiliaries, adverbs and time words are skipped. */
  subjectEnd: number;
  /** A participle or a coordinated verb: it shares the subject of the clause before. */
  joined: boolean;
  /** Where that joined clause begins (its comma or "and"). */
  clauseStart: number;
  /** Set once the cue is used: later cues inside its content are part of it. */
  consumedUntil?: number;
  /** For "In a poll …, CONTENT": the comma that ends the source phrase. */
  phraseEnd?: number;
}

interface Attribution {
  speaker: LocalActor | null;
  mention: Span | null;
  cue: Span | null;
  para: number;
  sentence: number;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new ArticleAnalyzer(text, options).run();
}

class ArticleAnalyzer {
  private readonly table = new ActorTable();
  private readonly mentions: LocalMention[] = [];
  private readonly quotes: LocalQuote[] = [];
  private readonly paragraphs: Paragraph[];
  private readonly dateLine: string | null;
  /** Per paragraph: token index -> mention covering it. */
  /** Per paragraph, token index -> the mention covering it (an array: token indices are dense). */
  private readonly mentionAt: Array<Array<LocalMention | undefined>> = [];
  /** Lone words resolved once all full names are known; `fallback` registers what they are otherwise. */
  private readonly singles: Array<{ entity: Entity; para: number; fallback?: () => void }> = [];
  private lastSpeaker: Attribution | null = null;
  private lastPersonSpeaker: { actor: LocalActor; sentence: number } | null = null;
  private lastPersonMentioned: { actor: LocalActor; sentence: number } | null = null;
  private lastCollectiveSpeaker: LocalActor | null = null;
  private lastPublisher: LocalActor | null = null;
  private sentenceSerial = 0;

  constructor(
    private readonly text: string,
    private readonly options: AnalyzeOptions,
  ) {
    const l = layout(text);
    this.paragraphs = l.paragraphs;
    this.dateLine = l.dateLine;
    for (const p of this.paragraphs) this.mentionAt.push(new Array<LocalMention | undefined>(p.tokens.length).fill(undefined));
  }

  run(): Analysis {
    this.paragraphs.forEach((p, pi) => {
      if (p.kind === 'body') for (const s of p.sentences) this.collectNames(pi, p, s);
    });
    this.table.foldGluedNames(this.mentions);
    this.resolveSingles();
    this.paragraphs.forEach((p, pi) => {
      if (p.kind !== 'body') return;
      p.sentences.forEach((s) => {
        this.sentenceSerial++;
        this.attributeSentence(pi, p, s);
      });
    });
    this.mentionHeadings();
    const used = new Set<LocalActor>();
    for (const m of this.mentions) used.add(m.actor);
    for (const q of this.quotes) if (q.speaker) used.add(q.speaker);
    const actors = this.table.actors.filter((a) => used.has(a));
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    this.quotes.sort((a, b) => a.start - b.start);
    if (this.options.joinContinuations !== false) this.joinContinuations();
    return {
      text: this.text,
      title: this.title(),
      published: this.dateLine ?? readPublished(this.text),
      paragraphs: this.paragraphs,
      actors,
      mentions: this.mentions,
      quotes: this.quotes,
    };
  }

  /** Folds each continuation into the quote before it in the same paragraph, as one quote of several pieces. */
  private joinContinuations(): void {
    const paraOf = (offset: number): number => this.paragraphs.findIndex((p) => offset >= p.start && offset <= p.end);
    const kept: LocalQuote[] = [];
    for (const q of this.quotes) {
      const head = kept[kept.length - 1];
      if (q.continuation && head && head.cue === q.cue && paraOf(head.start) === paraOf(q.start)) {
        head.pieces = [...(head.pieces ?? [this.span(head.start, head.end)]), this.span(q.start, q.end)];
        head.end = q.end;
        head.text = this.text.slice(head.start, head.end);
        if (head.kind === 'indirect') head.kind = 'mixed';
        continue;
      }
      kept.push(q);
    }
    this.quotes.length = 0;
    this.quotes.push(...kept);
  }

  private title(): string | null {
    const first = this.paragraphs.find((p) => p.kind !== 'noise');
    const repeated = this.paragraphs.find((p, i) => p.kind === 'heading' && this.paragraphs.slice(i + 1).some((q) => q.kind === 'noise' && this.text.slice(q.start, q.end).trim() === this.text.slice(p.start, p.end).trim()));
    const chosen = repeated ?? (first?.kind === 'heading' ? first : undefined);
    return chosen ? this.text.slice(chosen.start, chosen.end).trim() : null;
  }

  // ---- names ----------------------------------------------------------------------------------

  private addMention(actor: LocalActor, para: number, from: number, to: number, start: number, end: number): LocalMention {
    const m: LocalMention = { actor, para, from, to, start, end, text: this.text.slice(start, end) };
    this.mentions.push(m);
    const at = this.mentionAt[para];
    for (let i = from; i < to; i++) if (!at[i] || actor.kind === 'person') at[i] = m;
    if (m.text !== actor.name) this.table.addAlias(actor, m.text);
    return m;
  }

  private collectNames(pi: number, p: Paragraph, s: Sentence): void {
    const tokens = p.tokens;
    for (const [from, to] of findRuns(tokens, s.from, s.to)) {
      const entities = classifyRun(tokens, from, to, this.text);
      for (const e of entities) this.registerEntity(pi, p, s, e);
      // "the Asia-Pacific partners", "US officials": a named group
      const noun = tokens[to];
      if (noun?.type === 'word' && GROUP_NOUNS.has(noun.lower) && !tokens[to - 1].possessive) {
        const group = this.table.get('group', this.text.slice(tokens[from].start, noun.end));
        this.addMention(group, pi, from, to + 1, tokens[from].start, noun.end);
      }
    }
  }

  private registerEntity(pi: number, p: Paragraph, s: Sentence, e: Entity): void {
    const tokens = p.tokens;
    switch (e.type) {
      case 'place':
      case 'capital':
        if (e.to - e.from === 1 && !e.country) {
          this.singles.push({ entity: e, para: pi, fallback: () => this.registerPlace(pi, p, e) });
          return;
        }
        this.registerPlace(pi, p, e);
        return;
      case 'country':
      case 'organization': {
        const defined = e.type === 'organization' ? this.table.aliasIndex.get(normaliseName(e.surface)) : undefined;
        const actor = defined ?? this.table.get(e.type, e.name);
        this.addMention(actor, pi, e.from, e.to, e.start, e.end);
        // "Center for Strategic and International Studies (CSIS)": the acronym is an alias.
        if (tokens[e.to]?.text === '(' && tokens[e.to + 2]?.text === ')' && /^[A-Z][A-Z0-9&]+$/.test(tokens[e.to + 1].base)) {
          this.table.addAlias(actor, tokens[e.to + 1].base);
        }
        this.extendPlace(pi, p, e);
        return;
      }
      case 'person': {
        const actor = this.table.get('person', e.name);
        this.addMention(actor, pi, e.from, e.to, e.start, e.end);
        this.collectRoles(actor, pi, p, s, e);
        return;
      }
      case 'single':
        this.singles.push({ entity: e, para: pi });
        return;
      case 'role':
      case 'group':
        return;
    }
  }

  private registerPlace(pi: number, p: Paragraph, e: Entity): void {
    const actor = this.table.get('place', e.type === 'capital' ? e.surface : e.name);
    if (e.type === 'capital') actor.capitalOf = e.country;
    this.addMention(actor, pi, e.from, e.to, e.start, e.end);
    this.extendPlace(pi, p, e);
  }

  /** "Washington, D.C." is one place. */
  private extendPlace(pi: number, p: Paragraph, e: Entity): void {
    const t = p.tokens;
    if ((e.type === 'capital' || e.type === 'place') && t[e.to]?.text === ',' && t[e.to + 1] && /^(?:D\.C\.|[A-Z][a-z]{2,4}\.)$/.test(t[e.to + 1].text)) {
      const place = this.table.get('place', this.text.slice(e.start, t[e.to + 1].end));
      this.table.addAlias(place, e.surface);
      this.addMention(place, pi, e.from, e.to + 2, e.start, t[e.to + 1].end);
    }
  }

  private collectRoles(actor: LocalActor, pi: number, p: Paragraph, s: Sentence, e: Entity): void {
    const t = p.tokens;
    const roles: Np[] = [];
    if (e.role) roles.push({ from: e.from - countWords(e.role), to: e.from });
    // lower-case role before the name: "White House national security adviser Jake Sullivan"
    let k = e.from - 1;
    if (k >= s.from && t[k].type === 'word' && !t[k].cap && ROLE_NOUNS.has(t[k].lower)) {
      // back over names and role words only: "Republican presidential nominee", not "… released part of Republican presidential nominee"
      let a = k;
      // capitalised words only where they name an organisation or a country ("White House", "GOP") or a party or nation
      const named = (i: number): boolean => {
        const kind = this.mentionAt[pi][i]?.actor.kind;
        return kind === 'organization' || kind === 'country' || kind === 'place' || PARTY_WORDS.has(t[i].lower) || countryByDemonym.has(t[i].lower);
      };
      const roleWord = (i: number): boolean => {
        const x = t[i];
        return x.type === 'word' && !DETERMINERS.has(x.lower) && !STOP_BACKWARD.has(x.lower) && !CUE_FORMS.has(x.lower) && (x.cap ? named(i) : isNounish(x) || ROLE_ADJECTIVES.has(x.lower));
      };
      while (a - 1 >= s.from && k - a < 6 && roleWord(a - 1)) a--;
      roles.push({ from: a, to: k + 1 });
    }
    // role before the name across a comma: "his principal deputy national security adviser, Kim Tae-hyo"
    if (k >= s.from && t[k].text === ',' && k - 1 >= s.from && t[k - 1].type === 'word') {
      let a = k - 1;
      const last = t[a];
      if (ROLE_NOUNS.has(last.lower) || TITLE_LIKE.test(last.text) || isNameWord(last)) {
        while (a - 1 >= s.from && t[a - 1].type === 'word' && !STOP_BACKWARD.has(t[a - 1].lower)) a--;
        if (t[a].type === 'word' && DETERMINERS.has(t[a].lower)) a++;
        const headIsRole = t.slice(a, k).some((x) => ROLE_NOUNS.has(x.lower) || TITLE_LIKE.test(x.text));
        if (headIsRole && k - a <= 12) roles.push({ from: a, to: k });
      }
    }
    // appositive after the name: "Lin Jian, a spokesman for the Chinese foreign ministry,"
    k = e.to;
    if (t[k]?.text === ',') {
      let a = k + 1;
      if (t[a] && DETERMINERS.has(t[a].lower) && t[a].lower !== 'that') a++;
      let b = a;
      while (b < s.to && b - a < 20 && t[b].text !== ',' && t[b].text !== '.' && t[b].type === 'word' && !CUE_FORMS.has(t[b].lower) && t[b].lower !== 'who') b++;
      if (b > a && t.slice(a, Math.min(b, a + 5)).some((x) => ROLE_NOUNS.has(x.lower) || TITLE_LIKE.test(x.text))) roles.push({ from: a, to: b });
    }
    for (const r of roles) {
      if (r.from < 0 || r.to <= r.from) continue;
      if (!isRole(t.slice(r.from, r.to))) continue;
      const role = this.text.slice(t[r.from].start, t[r.to - 1].end).replace(/^(?:the|a|an|his|her)\s+/i, '');
      if (!role || role.length > 120) continue;
      addOnce(actor.roles, role);
      this.addOrgHints(actor, pi, r);
    }
  }

  /** The organisations and countries named in a role: "the NATO chief" is found through them. */
  private addOrgHints(actor: LocalActor, pi: number, r: Np): void {
    const add = (name: string): void => {
      addOnce(actor.orgHints, normaliseName(name));
      const acr = acronymOf(name);
      if (acr) addOnce(actor.orgHints, acr);
    };
    for (let i = r.from; i < r.to; i++) {
      const m = this.mentionAt[pi][i];
      if (!m || m.actor === actor || m.actor.kind === 'person') continue;
      add(m.actor.name);
      for (const alias of m.actor.aliases) add(alias);
    }
  }

  /** Lone capitalised words: a known person's surname or given name, a defined acronym, or nothing yet. */
  private resolveSingles(): void {
    for (const { entity: e, para, fallback } of this.singles) {
      const key = normaliseName(e.surface);
      let actor: LocalActor | undefined = this.table.aliasIndex.get(key);
      if (!actor) {
        const persons = this.table.personsWithToken(e.surface);
        if (persons.length) actor = this.nearestPerson(persons, e.surface);
      }
      if (!actor && fallback) {
        fallback();
        continue;
      }
      if (!actor && e.role) {
        // "Mr. Cruz" with no full name in the article is still a person.
        actor = this.table.get('person', e.name);
      }
      if (!actor) continue;
      this.addMention(actor, para, e.from, e.to, e.start, e.end);
      if (e.role && actor.kind === 'person' && isRole(this.paragraphs[para].tokens.slice(e.from - countWords(e.role), e.from))) addOnce(actor.roles, e.role);
    }
  }

  private nearestPerson(persons: LocalActor[], token: string): LocalActor {
    if (persons.length === 1) return persons[0];
    const t = normaliseName(token);
    const bySurname = persons.filter((p) => p.nameTokens[p.nameTokens.length - 1] === t);
    return (bySurname.length === 1 ? bySurname : persons)[0];
  }

  private mentionHeadings(): void {
    const known = new Map<string, LocalActor>();
    for (const a of this.table.actors) {
      if (a.kind === 'person' && a.nameTokens.length > 1) known.set(a.name, a);
      if (a.kind !== 'person') known.set(a.name, a);
    }
    this.paragraphs.forEach((p, pi) => {
      if (p.kind !== 'heading') return;
      for (const [from, to] of findRuns(p.tokens, 0, p.tokens.length)) {
        for (let a = from; a < to; a++) {
          // no name is longer than 12 words: a long run must not make this all-pairs
          for (let b = Math.min(to, a + 12); b > a; b--) {
            const start = p.tokens[a].start;
            const last = p.tokens[b - 1];
            const end = last.possessive ? last.end - 2 : last.end;
            const surface = this.text.slice(start, end);
            // an acronym in a headline names an organisation even if the body never repeats it ("CCP’s Support")
            const acronym = b - a === 1 && isAcronym(p.tokens[a]) && !countryBySurface.has(p.tokens[a].base.toLowerCase()) && !TITLES.has(p.tokens[a].base.toLowerCase()) ? this.table.get('organization', p.tokens[a].base) : undefined;
            const actor = known.get(surface) ?? this.table.aliasIndex.get(normaliseName(surface)) ?? (b - a === 1 ? this.uniqueSurname(surface) : undefined) ?? acronym;
            if (actor) {
              this.addMention(actor, pi, a, b, start, end);
              a = b - 1;
              break;
            }
          }
        }
      }
    });
  }

  private uniqueSurname(token: string): LocalActor | undefined {
    const persons = this.table.personsWithToken(token);
    return persons.length === 1 ? persons[0] : undefined;
  }

  // ---- attribution ----------------------------------------------------------------------------

  private attributeSentence(pi: number, p: Paragraph, s: Sentence): void {
    const t = p.tokens;
    const inQuote = p.inQuote;
    const firstPerson = this.firstMention(pi, s, (a) => a.kind === 'person');
    const made: LocalQuote[] = [];
    const cues = this.findCues(t, s, inQuote);
    let sentenceSpeaker: Attribution | null = null;
    let consumed = -1;
    for (let ci = 0; ci < cues.length; ci++) {
      const cue = cues[ci];
      // a cue inside content already reported ("said that …, they will announce …") is part of it
      if (cue.index < consumed && !cue.joined) continue;
      const nextCue = cues.slice(ci + 1).find((c) => c.joined);
      const q = this.attributeCue(pi, p, s, cue, nextCue, sentenceSpeaker, made);
      if (cue.consumedUntil !== undefined) consumed = Math.max(consumed, cue.consumedUntil);
      if (q) {
        made.push(q);
        sentenceSpeaker = { speaker: q.speaker, mention: q.speakerMention, cue: q.cue, para: pi, sentence: this.sentenceSerial };
        this.noteSpeaker(sentenceSpeaker);
      }
    }
    // Quotations no cue took: a stand-alone quote carries on the previous attribution.
    for (const qm of p.quotes) {
      if (qm.open < s.from || qm.open >= s.to) continue;
      if (made.some((q) => q.start <= qm.start && q.end >= qm.end) || this.quotes.some((q) => q.start <= qm.start && q.end >= qm.end)) continue;
      const words = t.slice(qm.open + 1, qm.close < 0 ? t.length : qm.close).filter((x) => x.type === 'word').length;
      if (words < 4) continue;
      const sentenceWords = t.slice(s.from, s.to).filter((x) => x.type === 'word').length;
      const prev = sentenceSpeaker ?? this.lastSpeaker;
      const recent = prev && (prev === sentenceSpeaker || (this.sentenceSerial - prev.sentence <= 2 && pi - prev.para <= 1));
      const standalone = sentenceSpeaker !== null || words / sentenceWords >= 0.75;
      if (!prev || !recent || !standalone || !prev.cue) continue;
      made.push({
        start: qm.start,
        end: trimEnd(this.text, qm.start, qm.end),
        text: '',
        kind: 'direct',
        speaker: prev.speaker,
        speakerMention: prev.mention,
        cue: prev.cue,
        continuation: true,
        cueClass: 'speech',
      });
    }
    for (const q of made) {
      q.text = this.text.slice(q.start, q.end);
      this.quotes.push(q);
    }
    if (firstPerson) this.lastPersonMentioned = { actor: firstPerson, sentence: this.sentenceSerial };
    // "CSIS released an analysis … The report highlights …": the report speaks for its publisher
    if (publishes(t, s)) {
      const publisher = this.firstMention(pi, s, (a) => a.kind === 'organization' || a.kind === 'country');
      if (publisher) this.lastPublisher = publisher;
    }
  }

  private noteSpeaker(a: Attribution): void {
    this.lastSpeaker = a;
    if (a.speaker?.kind === 'person') this.lastPersonSpeaker = { actor: a.speaker, sentence: a.sentence };
    else if (a.speaker) this.lastCollectiveSpeaker = a.speaker;
    if (a.speaker?.kind === 'organization') this.lastPublisher = a.speaker;
  }

  private firstMention(pi: number, s: Sentence, pred: (a: LocalActor) => boolean): LocalActor | null {
    for (let i = s.from; i < s.to; i++) {
      const m = this.mentionAt[pi][i];
      if (m && pred(m.actor)) return m.actor;
    }
    return null;
  }

  private findCues(t: Token[], s: Sentence, inQuote: Uint8Array): Cue[] {
    const cues: Cue[] = [];
    for (let i = s.from; i < s.to; i++) {
      const tok = t[i];
      if (tok.type !== 'word' || inQuote[i]) continue;
      if (tok.cap && i !== s.from) continue;
      // "In a poll released Monday, 50 percent …": the poll is the source
      if (i === s.from && tok.lower === 'in') {
        const comma = this.studyPhraseEnd(t, s, i + 1);
        if (comma > 0) {
          cues.push({ index: i, info: null, end: i + 1, subjectEnd: i - 1, joined: false, clauseStart: i, phraseEnd: comma });
          i = comma;
          continue;
        }
      }
      if (tok.lower === 'according' && t[i + 1]?.lower === 'to') {
        const joined = t[i - 1]?.text === ',';
        cues.push({ index: i, info: null, end: i + 2, subjectEnd: i - 1, joined, clauseStart: joined ? i - 1 : i });
        i++;
        continue;
      }
      // "made it clear that …": a speech act in three words
      if (MAKE.has(tok.lower) && (t[i + 1]?.lower === 'clear' || (t[i + 1]?.lower === 'it' && t[i + 2]?.lower === 'clear'))) {
        const end = t[i + 1].lower === 'clear' ? i + 2 : i + 3;
        if (t[end]?.lower !== 'that' && t[end]?.text !== ':') continue;
        let k = i - 1;
        while (k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || (/ly$/.test(t[k].lower) && !t[k].cap))) k--;
        cues.push({ index: i, info: MAKE_CLEAR, end, subjectEnd: k, joined: t[k]?.lower === 'and', clauseStart: t[k]?.lower === 'and' ? k : i });
        i = end - 1;
        continue;
      }
      const info = CUE_FORMS.get(tok.lower);
      if (!info) continue;
      if (info.cls === 'attitude' && this.options.attitudes === false) continue;
      let end = i + 1;
      const particles = particlesFor(info.lemma);
      if (particles.length && t[end] && particles.includes(t[end].lower)) end++;
      else if (particleRequired(info.lemma)) continue;
      if (!this.plausibleCue(t, s, i, info)) continue;
      let k = i - 1;
      while (k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || (/ly$/.test(t[k].lower) && !t[k].cap))) k--;
      k = this.skipTimeBackward(t, k, s.from);
      k = skipParenthetical(t, k, s.from);
      const before = t[k];
      const joinedByAnd = !!before && before.lower === 'and';
      const participle = info.form === 'ing' && !!before && (before.text === ',' || before.type === 'close' || ['and', 'while', 'before', 'after', 'when', '—'].includes(before.lower));
      const joined = joinedByAnd || participle;
      const clauseStart = joined ? (t[k - 1]?.text === ',' && before.lower === 'and' ? k - 1 : k) : i;
      cues.push({ index: i, info, end, subjectEnd: k, joined, clauseStart });
    }
    return cues;
  }

  /** Filters verb forms that are no attribution here: "the say", "was criticized", "to say". */
  private plausibleCue(t: Token[], s: Sentence, i: number, info: CueInfo): boolean {
    let k = i - 1;
    const fillers: string[] = [];
    while (k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || /ly$/.test(t[k].lower))) fillers.push(t[k--].lower);
    const prev = k >= s.from ? t[k] : undefined;
    const passive = fillers.some((f) => ['was', 'were', 'been', 'being', 'is', 'are', 'be'].includes(f));
    if (info.form === 'ing') {
      const next = t[i + 1];
      const clauseNext = !!next && (next.lower === 'that' || next.type === 'open' || next.text === ':' || ['it', 'he', 'she', 'they', 'we', 'i', 'the'].includes(next.lower));
      if (passive) return PROGRESSIVE_CUES.has(info.lemma) && clauseNext;
      const participle = !!prev && (prev.text === ',' || ['and', 'while', 'before', 'after', 'when', '—'].includes(prev.lower) || prev.type === 'close');
      return participle && (PARTICIPLE_CUES.has(info.lemma) || clauseNext);
    }
    if (passive && (info.form === 'ed' || info.form === 'en')) return false;
    if (prev?.lower === 'to' || prev?.lower === 'the' || prev?.lower === 'a') return false;
    // "five states", "his remarks", "these reports": a plural noun, not a verb
    if (info.form === 's' && prev && prev.lower !== 'that' && (DETERMINERS.has(prev.lower) || NUMBER_WORDS.has(prev.lower) || /^\d+$/.test(prev.text))) return false;
    if ((info.cls === 'attitude' || info.cls === 'report') && !this.plausibleAttitude(t, i, info, prev)) return false;
    if (info.form === 'base') {
      const modal = fillers.some((f) => ['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do'].includes(f));
      const next = t[i + 1];
      const clauseNext = !!next && (next.lower === 'that' || next.type === 'open' || next.text === ':' || next.text === ',' || (next.type === 'word' && !ADJUNCT_START.has(next.lower) && !STOP_BACKWARD.has(next.lower)));
      return modal || (!!prev && (['i', 'we', 'they', 'you', 'who'].includes(prev.lower) || GROUP_NOUNS.has(prev.lower) || (prev.lower.endsWith('s') && !prev.cap) || ((isNameWord(prev) || /^\d/.test(prev.text)) && clauseNext)));
    }
    return true;
  }

  /** "support", "show", "find" and the like: only with a clause, after a document, or a thinking verb after a person. */
  private plausibleAttitude(t: Token[], i: number, info: CueInfo, prev: Token | undefined): boolean {
    const next = t[i + 1];
    if (next && (next.lower === 'that' || next.type === 'open' || next.text === ':')) return true;
    if (infinitiveAt(t, i + 1, info)) return true;
    // "Christie endorsed Trump", "voters who oppose the wall": a stance toward someone or something named
    if (STANCE_VERBS.has(info.lemma) && next && next.type === 'word' && (next.cap || DETERMINERS.has(next.lower) || ['him', 'her', 'them', 'it'].includes(next.lower))) return true;
    if (info.cls === 'report' && prev && DOCUMENT_NOUNS.has(prev.lower.replace(/s$/, ''))) return true;
    return info.cls === 'attitude' && COGNITIVE.has(info.lemma) && !!prev && (PERSON_PRONOUNS.has(prev.lower) || isNameWord(prev) || ['i', 'we', 'they'].includes(prev.lower)) && !!next && next.type === 'word' && !ADJUNCT_START.has(next.lower);
  }

  private attributeCue(
    pi: number,
    p: Paragraph,
    s: Sentence,
    cue: Cue,
    nextCue: Cue | undefined,
    sentenceSpeaker: Attribution | null,
    made: LocalQuote[],
  ): LocalQuote | null {
    const t = p.tokens;
    const cueSpan = this.span(t[cue.index].start, t[cue.end - 1].end);
    // content stops before a coordinated or participial cue ("… and criticized …", "…, saying …")
    const contentEndLimit = nextCue && nextCue.joined ? nextCue.clauseStart : s.to;
    const regionStart = made.length ? this.tokenAfter(t, made[made.length - 1].end, s) : s.from;

    if (!cue.info && cue.phraseEnd !== undefined) {
      const np = { from: cue.end, to: cue.phraseEnd };
      return this.buildQuote(pi, p, s, cue.phraseEnd + 1, contentEndLimit, np, cueSpan, 'according');
    }
    if (!cue.info) {
      // "according to X": the content is the rest of the sentence.
      const np = this.npForward(t, cue.end, s.to) ?? this.phraseUntilComma(t, cue.end, s.to);
      if (!np) return null;
      let npEnd = np.to;
      // "according to Jane Doe, a pollster at …, CONTENT": a short role phrase between commas
      if (t[npEnd]?.text === ',') {
        const after = this.skipAppositive(t, npEnd, s.to);
        const role = t.slice(npEnd + 1, after);
        if (t[after]?.text === ',' && role.length <= 12 && role.slice(0, 4).some((x) => ['a', 'an'].includes(x.lower) || ROLE_NOUNS.has(x.lower) || TITLE_LIKE.test(x.text))) npEnd = after;
      }
      const before = this.regionBefore(t, regionStart, cue.index, true);
      const content = before ?? (t[npEnd]?.text === ',' ? ([npEnd + 1, contentEndLimit] as [number, number]) : null);
      if (!content) return null;
      return this.buildQuote(pi, p, s, content[0], content[1], np, cueSpan, 'according');
    }

    const info = cue.info;
    let subject: Np | null = null;
    let inherited: Attribution | null = null;
    let k = cue.subjectEnd;
    let inverted = false;
    if (cue.joined) {
      // "…, saying that …" or "… and said …": the subject of the clause before
      inherited = sentenceSpeaker ?? this.subjectOfSentence(pi, p, s, cue.index);
    } else if (k >= s.from && t[k].type === 'word') {
      subject = this.npBackward(t, k, s.from);
    } else if (k >= s.from && (t[k].text === ',' || t[k].type === 'close' || t[k].type === 'ambiguous' || t[k].text === '—')) {
      const appositive = this.appositiveSubject(t, k, s.from);
      if (appositive) subject = appositive;
      else {
        const np = this.npForward(t, cue.end, s.to);
        // "…, said the minister of …" inverts; "…, said she turned out …" is a clause after its cue
        const clauseAfter = !!np && np.to - np.from === 1 && SUBJECT_PRONOUNS.has(t[np.from].lower) && t[np.to]?.type === 'word';
        if (np && !clauseAfter && k > s.from) {
          subject = np;
          inverted = true;
        }
      }
    }
    if (!subject && !inherited) return null;

    let content: [number, number] | null = null;
    if (inverted) {
      content = this.regionBefore(t, regionStart, k + 1, true);
    } else {
      // ", who say …, disagree": a relative clause between commas ends at its comma
      const relative = subject && subject.to - subject.from === 1 && RELATIVE_PRONOUNS.has(t[subject.from].lower) && t[subject.from - 1]?.text === ',';
      let limit = relative ? this.nextComma(t, p.inQuote, cue.end + 1, contentEndLimit) : contentEndLimit;
      // "…, who declared in the spin room, “…”": the quotation after the comma is still the content
      if (limit < contentEndLimit && (t[limit + 1]?.type === 'open' || t[limit + 1]?.type === 'ambiguous')) limit = contentEndLimit;
      content = this.contentAfter(t, s, cue.end, info, limit);
      const before = subject ? subject.from - 1 : -1;
      // "CONTENT, NP said": only where a comma or a closing mark stands before the subject
      const canLookBack = before >= regionStart && (t[before].text === ',' || t[before].type === 'close' || t[before].type === 'ambiguous' || t[before].text === '—');
      if (!content && canLookBack) {
        content = this.withoutTrailingRole(t, this.regionBefore(t, regionStart, subject!.from, false));
        // "Many of the closures, he said, have involved public courses": the clause goes on after its cue
        if (content && content[1] === subject!.from - 1) content = this.acrossCue(t, p.inQuote, content, cue.end, contentEndLimit);
      }
      // "For example, she wrote in an analysis, CONTENT."
      if (!content && subject) content = this.contentAfterParenthetical(t, s, cue.end, limit);
    }
    if (!content) return null;
    cue.consumedUntil = content[1];
    if (inherited) return this.buildQuoteFrom(p, s, content[0], content[1], inherited.speaker, inherited.mention, cueSpan, info.cls);
    const speaker = this.resolveNp(pi, p, s, subject!);
    // "Japan fears that …" is the reporter's reading of a country, not anyone's words
    if (info.cls === 'attitude' && speaker && (speaker.kind === 'country' || speaker.kind === 'place')) return null;
    return this.buildQuote(pi, p, s, content[0], content[1], subject!, cueSpan, info.cls, speaker);
  }

  /**
   * Content before a cue set off by commas, continued after it: "CONTENT, he said, CONTENT". Not
   * when what follows starts a clause of its own ("…, he said, and left", "…, he said, adding …").
   */
  private acrossCue(t: Token[], inQuote: Uint8Array, before: [number, number], cueEnd: number, limit: number): [number, number] {
    const comma = this.skipTimeForward(t, cueEnd, limit);
    const next = t[comma + 1];
    if (t[comma]?.text !== ',' || inQuote[comma] || !next || next.type !== 'word' || limit - comma < 4) return before;
    if (CLAUSE_BREAK.has(next.lower) || CUE_FORMS.has(next.lower) || /ing$/.test(next.lower) || next.lower === 'according') return before;
    for (let j = comma + 1; j < limit; j++) if (t[j].type === 'open' || t[j].type === 'ambiguous') return before;
    return [before[0], limit];
  }

  /** The first comma outside quotations in [from, to), or `to`. */
  private nextComma(t: Token[], inQuote: Uint8Array, from: number, to: number): number {
    for (let j = from; j < to; j++) if (t[j].text === ',' && !inQuote[j]) return j;
    return to;
  }

  /**
   * "In a new poll by X, CONTENT", "In the latest survey, CONTENT": where a sentence opens with a
   * study as its frame, the comma that ends it; -1 when the phrase is no study or the rest has a
   * cue of its own ("In a statement, the senator said …").
   */
  private studyPhraseEnd(t: Token[], s: Sentence, from: number): number {
    let comma = -1;
    let study = false;
    for (let j = from; j < Math.min(s.to, from + 14); j++) {
      if (t[j].text === ',') {
        comma = j;
        break;
      }
      if (t[j].type !== 'word' && t[j].text !== '/' && t[j].text !== '-') return -1;
      if (STUDY_NOUNS.has(t[j].lower)) study = true;
    }
    if (!study || comma < 0 || s.to - comma < 5) return -1;
    for (let j = comma + 1; j < s.to; j++) if (t[j].type === 'word' && CUE_FORMS.has(t[j].lower) && !t[j].cap) return -1;
    return comma;
  }

  private tokenAfter(t: Token[], offset: number, s: Sentence): number {
    for (let i = s.from; i < s.to; i++) if (t[i].start >= offset) return i;
    return s.to;
  }

  /**
   * Text before a subject, after the last clause used: "CONTENT, NP said". A short adverbial
   * ("On Friday, X said") is no content; a quotation is, however short.
   */
  private regionBefore(t: Token[], from: number, to: number, allowShort: boolean): [number, number] | null {
    let b = to;
    while (b > from && (t[b - 1].text === ',' || t[b - 1].text === '—' || t[b - 1].text === ':')) b--;
    if (b - from < 2) return null;
    const quoted = t[from].type === 'open' || t[from].type === 'ambiguous' || t[b - 1].type === 'close' || t[b - 1].type === 'ambiguous';
    const words = t.slice(from, b).filter((x) => x.type === 'word').length;
    if (!quoted && !allowShort && words < 4) return null;
    return [from, b];
  }

  /** "‘…,’ the Home Secretary, Yvette Marlow, said": the role before the name is not content. */
  private withoutTrailingRole(t: Token[], region: [number, number] | null): [number, number] | null {
    if (!region) return null;
    const [a, b] = region;
    for (let j = b - 1; j > a && b - j <= 8; j--) {
      const x = t[j];
      if (x.text !== ',' && x.type !== 'close' && x.type !== 'ambiguous') continue;
      const phrase = t.slice(j + 1, b);
      const isRole = phrase.every((w) => w.type === 'word') && phrase.some((w) => ROLE_NOUNS.has(w.lower) || TITLE_LIKE.test(w.text));
      if (!isRole) return region;
      let end = j;
      while (end > a && t[end].text === ',') end--;
      return end + 1 - a >= 2 ? [a, end + 1] : region;
    }
    return region;
  }

  private contentAfter(t: Token[], s: Sentence, from: number, info: CueInfo, limit: number): [number, number] | null {
    let k = from;
    const end = Math.min(limit, s.to);
    while (k < end && t[k].type === 'word' && /ly$/.test(t[k].lower) && !t[k].cap) k++;
    if (TELL_CLASS.has(info.lemma)) {
      const obj = this.objectForward(t, k, end);
      if (obj) k = obj.to;
    }
    k = this.skipTimeForward(t, k, end);
    // "said in a statement that …", "told reporters Friday: “…”"; a clause that starts at once
    // ("said the scandal is the latest issue that …") has its own "that"s
    const adjunct = !!t[k] && t[k].type === 'word' && ADJUNCT_START.has(t[k].lower);
    for (let j = k; j < Math.min(end, k + 16); j++) {
      if (j > k && !adjunct) break;
      const tok = t[j];
      const prev = t[j - 1];
      if (tok.lower === 'that' && tok.type === 'word' && !(prev && ['so', 'such', 'now', 'the', 'all', 'like'].includes(prev.lower))) return j + 1 < end ? [j + 1, end] : null;
      if (tok.text === ':') return j + 1 < end ? [j + 1, end] : null;
      if (tok.type === 'open' || tok.type === 'ambiguous') {
        if (j === k || prev.text === ',' || prev.text === ':') return [j, end];
        break;
      }
      if (tok.text === ',') {
        const next = t[j + 1];
        if (next && (next.type === 'open' || next.type === 'ambiguous')) return [j + 1, end];
        // "told The Washington Post, Fiorina would lead …": the clause after the cue's comma
        if (j === k && k > from && next?.type === 'word' && end - j > 4 && !CLAUSE_BREAK.has(next.lower) && !ADJUNCT_START.has(next.lower) && !/ing$/.test(next.lower) && !CUE_FORMS.has(next.lower)) return [j + 1, end];
        break;
      }
      if (tok.type === 'word' && ((CUE_FORMS.has(tok.lower) && j > k) || CLAUSE_BREAK.has(tok.lower))) break;
      if (tok.text === '.' || tok.text === ';') break;
    }
    const first = t[k];
    if (!first || k >= end) return null;
    if (infinitiveAt(t, k, info)) return end - k >= 2 ? [k, end] : null;
    if (first.type !== 'word' && first.type !== 'open' && first.type !== 'ambiguous') return null;
    // "said much of the talk was …" opens a clause; "said much" alone does not; "told reporters
    // this was …" opens one, "said this week" does not
    const quantity = (QUANTITY_WORDS.has(first.lower) && t[k + 1]?.lower === 'of') || (first.lower === 'too' && QUANTITY_WORDS.has(t[k + 1]?.lower ?? ''));
    const demonstrative = first.lower === 'this' && !TIME_WORDS.has(t[k + 1]?.lower ?? '');
    if (first.type === 'word' && !quantity && !demonstrative && (ADJUNCT_START.has(first.lower) || DAYS_AND_MONTHS.has(first.lower))) return null;
    if (end - k < 2) return null;
    return [k, end];
  }

  /** "said on Friday he …", "says tonight he …": time words between a cue and its clause. */
  private skipTimeForward(t: Token[], k: number, end: number): number {
    let j = k;
    const timeWord = (w: Token | undefined): boolean => !!w && w.type === 'word' && (DAYS_AND_MONTHS.has(w.lower) || TIME_WORDS.has(w.lower) || /^\d{1,2}$/.test(w.lower));
    while (j < end) {
      if (timeWord(t[j])) j++;
      else if (['on', 'last', 'this', 'next', 'early', 'late'].includes(t[j].lower) && timeWord(t[j + 1])) j += 2;
      else break;
    }
    return j;
  }

  /** After a cue and its adjuncts, a comma, then the reported clause. */
  private contentAfterParenthetical(t: Token[], s: Sentence, from: number, limit: number): [number, number] | null {
    const end = Math.min(limit, s.to);
    for (let j = from; j < Math.min(end, from + 12); j++) {
      if (t[j].type !== 'word' && t[j].text !== ',') return null;
      if (t[j].text !== ',') continue;
      const words = t.slice(j + 1, end).filter((x) => x.type === 'word').length;
      const first = t[j + 1];
      if (words >= 4 && first && first.type === 'word' && !ADJUNCT_START.has(first.lower) && !CLAUSE_BREAK.has(first.lower) && !/ing$/.test(first.lower)) return [j + 1, end];
      return null;
    }
    return null;
  }

  private skipTimeBackward(t: Token[], k: number, from: number): number {
    // "Lin Jian, …, on Monday accused": time words between subject and verb
    let j = k;
    while (j >= from && t[j].type === 'word' && (DAYS_AND_MONTHS.has(t[j].lower) || TIME_WORDS.has(t[j].lower) || ['on', 'last', 'this'].includes(t[j].lower))) j--;
    return j;
  }


  /** "Lin Jian, a spokesman for …, accused": the subject is the name before the appositive. */
  private appositiveSubject(t: Token[], comma: number, from: number): Np | null {
    // "Many speakers at the service — including Muslims and Jews — said"
    if (t[comma].text === '—') {
      for (let j = comma - 1; j > from && comma - j < 25; j--) if (t[j].text === '—') return t[j - 1]?.type === 'word' ? this.npBackward(t, j - 1, from) : null;
      return null;
    }
    if (t[comma].text !== ',') return null;
    let end = comma;
    for (let j = comma - 1; j > from && comma - j < 40; j--) {
      if (t[j].type === 'open' || t[j].type === 'close' || t[j].type === 'ambiguous') return null;
      if (t[j].text !== ',') continue;
      const seg = t.slice(j + 1, end);
      const head = seg[0];
      if (!head) return null;
      const before = t[j - 1];
      // "a spokesman for …", "co-founder of …", "who …", a place and time ("in Kentucky"), or a
      // lower-case description after a name ("senior associate at the Annenberg Institute")
      const roleWord = (x: Token): boolean => ROLE_NOUNS.has(x.lower) || ROLE_NOUNS.has(x.lower.replace(/^[a-z]+-/, '')) || TITLE_LIKE.test(x.text);
      const description = head.type === 'word' && !head.cap && isNameWord(before) && !seg.some((x) => AUXILIARIES.has(x.lower) || (CUE_FORMS.has(x.lower) && !x.cap));
      // ", which organized the letter,", ", wearing a T-shirt,", ", including X,": look further back
      const aside = RELATIVE_PRONOUNS.has(head.lower) || (/ing$/.test(head.lower) && !seg.slice(0, 5).some(roleWord));
      const segIsRole = !aside && ((DETERMINERS.has(head.lower) && head.lower !== 'that') || seg.slice(0, 5).some(roleWord) || head.lower === 'who' || ADJUNCT_START.has(head.lower) || description);
      const segIsName = seg.every((x) => isNameWord(x) || x.text === '.' || x.lower === 'of');
      // "… a delegate from Houston, Texas, said": a state or country that ends a place before it
      const placeGoesOn = segIsName && !!before?.cap && knownPlace(seg) && t.slice(Math.max(from, j - 4), j).some((x) => x.lower === 'from' || x.lower === 'in' || x.lower === 'of');
      if (placeGoesOn || aside) {
        end = j;
        continue;
      }
      if (segIsName) return { from: j + 1, to: end };
      // "Mr. Regalado, 69, said"
      if (seg.length === 1 && /^\d{1,3}$/.test(head.text) && before?.type === 'word') return this.npBackward(t, j - 1, from);
      // "Marley Anderson, 21, a junior from …, said": an age between name and role;
      // "Rep. Elijah Cummings (D-Md.), chair of …, said": a party label between them
      let nameEnd = skipParenthetical(t, j - 1, from);
      if (segIsRole && nameEnd - 2 >= from && /^\d{1,3}$/.test(t[nameEnd].text) && t[nameEnd - 1].text === ',') nameEnd -= 2;
      if (segIsRole && nameEnd >= from && t[nameEnd].type === 'word') return this.npBackward(t, nameEnd, from);
      return null;
    }
    // "Mrs. Clinton, who did not say so, said": the asides reach back to the subject itself
    return end < comma && t[end - 1]?.type === 'word' ? this.npBackward(t, skipParenthetical(t, end - 1, from), from) : null;
  }

  private skipAppositive(t: Token[], comma: number, to: number): number {
    let j = comma + 1;
    while (j < to && t[j].text !== ',' && t[j].text !== '.') j++;
    return j;
  }

  private npBackward(t: Token[], end: number, from: number): Np | null {
    const last = t[end];
    if (last.type !== 'word') return null;
    // "he’s predicted": a pronoun with its auxiliary
    if (SOURCE_PRONOUNS.has(baseLower(last))) return { from: end, to: end + 1 };
    let a = end;
    while (a - 1 >= from && end - a < 14) {
      const prev = t[a - 1];
      if (prev.type !== 'word') {
        if (prev.text === '-' || prev.text === '’' || prev.text === '.') break;
        break;
      }
      if (DETERMINERS.has(prev.lower) && prev.lower !== 'that') {
        a--;
        // "majorities of farmers in three provinces": the determiner of a place after the share
        const share = shareBefore(t, a, from);
        if (share >= 0) {
          a = share;
          continue;
        }
        // "delegates at the hall"
        if (placedPeople(t, a, from)) {
          a -= 2;
          continue;
        }
        break;
      }
      if (prev.possessive && !prev.cap && !['america’s', "america's"].includes(prev.lower)) {
        a--;
        continue;
      }
      if (prev.lower === 'of' || prev.lower === 'for') {
        if (a - 2 >= from && (ROLE_NOUNS.has(t[a - 2].lower) || TITLE_LIKE.test(t[a - 2].text) || isNameWord(t[a - 2]))) {
          a--;
          continue;
        }
        break;
      }
      if ((prev.lower === 'in' || prev.lower === 'at') && a - 2 >= from && EVENT_NOUNS.has(t[a - 2].lower)) {
        a--;
        continue;
      }
      // "officials in Beijing": people and where they are
      if (placedPeople(t, a, from)) {
        a -= 2;
        continue;
      }
      // poll subjects: "six in 10", "majorities of Democrats in five states", "55 percent of voters"
      const share = shareBefore(t, a, from);
      if (share >= 0) {
        a = share;
        continue;
      }
      if (!prev.cap && (STOP_BACKWARD.has(prev.lower) || CUE_FORMS.has(prev.lower))) break;
      // "While Clinton claimed …": a subordinator capitalised only because it opens the sentence
      if (prev.cap && a - 1 === from && (STOP_BACKWARD.has(prev.lower) || CLAUSE_BREAK.has(prev.lower))) break;
      if (!prev.cap && !isNounish(prev)) {
        // "a school spokesman": any modifier between a determiner and the head
        if (a - 2 >= from && DETERMINERS.has(t[a - 2].lower) && t[a - 2].lower !== 'that' && end - a < 3) a -= 2;
        // "…, top black lawmakers said": up to two modifiers of a people noun after a clause boundary
        else if (end - a < 2 && isPeopleNoun(last)) {
          let b = a - 1;
          while (b > a - 3 && b >= from && (isModifierWord(t[b]) || isNameWord(t[b]))) b--;
          if (b < from || t[b].text === ',' || t[b].text === '—' || DETERMINERS.has(t[b].lower)) a = b < from ? from : DETERMINERS.has(t[b].lower) ? b : b + 1;
        }
        break;
      }
      a--;
    }
    // A lower-case word alone is no subject ("the war said"): it needs a name, a role or a group word.
    const seg = t.slice(a, end + 1);
    const singular = last.lower.endsWith('s') ? last.lower.slice(0, -1) : last.lower;
    const ok =
      seg.some((x) => isNameWord(x) || SHARE_WORDS.has(x.lower) || (x !== last && isPeopleNoun(x))) ||
      (seg.length > 2 && /^\d+$/.test(last.text) && seg[seg.length - 2].lower === 'in') ||
      ROLE_NOUNS.has(last.lower) ||
      GROUP_NOUNS.has(last.lower) ||
      DOCUMENT_NOUNS.has(last.lower) ||
      DOCUMENT_NOUNS.has(singular) ||
      GOVERNMENT_NOUNS.has(last.lower) ||
      EVENT_NOUNS.has(last.lower) ||
      PEOPLE_WORDS.has(last.lower) ||
      isPeopleNoun(last);
    return ok ? { from: a, to: end + 1 } : null;
  }

  private npForward(t: Token[], start: number, to: number): Np | null {
    const first = t[start];
    if (!first || first.type !== 'word') return null;
    if (['he', 'she', 'they', 'we', 'i', 'you', 'it', 'him', 'her', 'them', 'us', 'me', 'reporters'].includes(first.lower)) return { from: start, to: start + 1 };
    let b = start;
    if (DETERMINERS.has(first.lower) && first.lower !== 'that') b++;
    while (b < to && t[b].type === 'word' && b - start < 10) {
      const w = t[b];
      if (w.lower === 'of' && b + 1 < to && isNameWord(t[b + 1])) {
        b++;
        continue;
      }
      if (STOP_BACKWARD.has(w.lower) || CUE_FORMS.has(w.lower) || ADJUNCT_START.has(w.lower) || DAYS_AND_MONTHS.has(w.lower)) break;
      if (!w.cap && !isNounish(w)) break;
      b++;
      if (w.possessive && w.cap) continue;
    }
    return b > start && (b > start + 1 || !DETERMINERS.has(first.lower)) ? { from: start, to: b } : null;
  }

  /** "according to a recent poll of Indiana voters," — the whole phrase up to its comma. */
  private phraseUntilComma(t: Token[], start: number, to: number): Np | null {
    let b = start;
    while (b < to && b - start < 25 && t[b].text !== ',' && !(t[b].type === 'punct' && /[.;!?]/.test(t[b].text))) b++;
    return b > start ? { from: start, to: b } : null;
  }

  /** The person told: "reporters", "an audience", "the U.S. Congress", "him". */
  private objectForward(t: Token[], start: number, to: number): Np | null {
    const first = t[start];
    if (!first || first.type !== 'word') return null;
    if (['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists', 'lawmakers', 'supporters', 'voters', 'viewers', 'listeners'].includes(first.lower)) return { from: start, to: start + 1 };
    let b = start;
    // a capitalised word belongs to the name ("The Huffington Post", "The Star-Ledger of Newark")
    const stops = (w: Token): boolean => !w.cap && (STOP_BACKWARD.has(w.lower) || ADJUNCT_START.has(w.lower) || CUE_FORMS.has(w.lower)) || DAYS_AND_MONTHS.has(w.lower);
    // "told the BBC the vote would …", "told the Post he’s …": a second determiner or a pronoun starts the reported clause
    const startsClause = (w: Token): boolean => b > start + (DETERMINERS.has(first.lower) ? 1 : 0) && (DETERMINERS.has(w.lower) || SUBJECT_PRONOUNS.has(baseLower(w)));
    while (b < to && b - start < 8 && t[b].type === 'word') {
      if (t[b].lower === 'of' && isNameWord(t[b + 1]) && b > start) {
        b++;
        continue;
      }
      if (stops(t[b]) || startsClause(t[b])) break;
      b++;
    }
    return b > start ? { from: start, to: b } : null;
  }

  /** The subject of a clause whose verb we did not see as a cue: its first noun phrase. */
  private subjectOfSentence(pi: number, p: Paragraph, s: Sentence, before: number): Attribution | null {
    const t = p.tokens;
    for (let i = s.from; i < before; i++) {
      if (t[i].type === 'open' || t[i].type === 'ambiguous') return null;
      const m = this.mentionAt[pi][i];
      if (m) {
        const actor = this.asAgent(m.actor);
        return { speaker: actor, mention: this.span(m.start, m.end), cue: null, para: pi, sentence: this.sentenceSerial };
      }
      if (t[i].type === 'word' && ['he', 'she', 'they'].includes(t[i].lower)) {
        const np = { from: i, to: i + 1 };
        return { speaker: this.resolveNp(pi, p, s, np), mention: this.span(t[i].start, t[i].end), cue: null, para: pi, sentence: this.sentenceSerial };
      }
    }
    return null;
  }

  /** A capital city that speaks is its government. */
  private asAgent(actor: LocalActor): LocalActor {
    if (actor.capitalOf) {
      const country = this.table.get('country', actor.capitalOf);
      this.table.addAlias(country, actor.name);
      return country;
    }
    return actor;
  }

  private buildQuote(pi: number, p: Paragraph, s: Sentence, from: number, to: number, np: Np, cue: Span, cls: LocalQuote['cueClass'], speaker = this.resolveNp(pi, p, s, np)): LocalQuote | null {
    const t = p.tokens;
    const mention = this.span(t[np.from].start, t[np.to - 1].possessive ? t[np.to - 1].end - 2 : t[np.to - 1].end);
    return this.buildQuoteFrom(p, s, from, to, speaker, mention, cue, cls);
  }

  private buildQuoteFrom(p: Paragraph, s: Sentence, from: number, to: number, speaker: LocalActor | null, mention: Span | null, cue: Span, cls: LocalQuote['cueClass']): LocalQuote | null {
    const t = p.tokens;
    let a = from;
    let b = Math.min(to, s.to);
    while (a < b && (t[a].text === ',' || t[a].text === ':' || t[a].text === '—' || t[a].text === '-')) a++;
    while (b > a && t[b - 1].type === 'punct' && /^[.,;:!?—-]$/.test(t[b - 1].text) && !p.inQuote[b - 1]) b--;
    if (b - a < 2) return null;
    // exactly one quotation: a direct quote, without its marks
    const whole = p.quotes.find((q) => q.open === a && (q.close === b - 1 || (q.close < 0 && b === Math.min(to, s.to))));
    if (whole) {
      return { start: whole.start, end: trimEnd(this.text, whole.start, whole.end), text: '', kind: 'direct', speaker, speakerMention: mention, cue, cueClass: cls };
    }
    const hasMarks = t.slice(a, b).some((x) => x.type === 'open' || x.type === 'close' || x.type === 'ambiguous');
    if (t[a].lower === 'that' && b - a > 2) a++;
    const start = t[a].start;
    const end = t[b - 1].end;
    return { start, end, text: '', kind: hasMarks ? 'mixed' : 'indirect', speaker, speakerMention: mention, cue, cueClass: cls };
  }

  private span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }

  // ---- who a subject is -----------------------------------------------------------------------

  private resolveNp(pi: number, p: Paragraph, s: Sentence, np: Np): LocalActor | null {
    const t = p.tokens;
    const head = t[np.to - 1];
    const words = t.slice(np.from, np.to);
    // "she’s said": the pronoun without its auxiliary
    const lowerHead = baseLower(head);
    if (np.to - np.from === 1 && head.type === 'word') {
      if (PERSON_PRONOUNS.has(lowerHead)) return this.personBefore(pi, s, np.from) ?? this.salientPerson();
      if (PLURAL_PRONOUNS.has(lowerHead) || lowerHead === 'it') return this.lastCollectiveSpeaker;
      if (NARRATOR_PRONOUNS.has(lowerHead)) return null;
      if (lowerHead === 'who' || lowerHead === 'which' || lowerHead === 'that') return this.antecedent(pi, t, np.from, s.from);
    }
    // a person named in the phrase wins: "White House national security adviser Jake Sullivan"
    let person: LocalMention | null = null;
    let other: LocalMention | null = null;
    for (let i = np.from; i < np.to; i++) {
      const m = this.mentionAt[pi][i];
      if (!m) continue;
      if (m.actor.kind === 'person') person = m;
      else if (!other || m.to === np.to) other = m;
    }
    if (person) return person.actor;
    // a lone capitalised word never seen with a full name: a person known by one name
    if (np.to - np.from === 1 && isLoneName(head) && !other) {
      const actor = this.table.get('person', head.base);
      this.addMention(actor, pi, np.from, np.to, head.start, head.possessive ? head.end - 2 : head.end);
      return actor;
    }
    const phrase = this.text.slice(t[np.from].start, head.end);
    const bare = phrase.replace(/^(?:the|a|an|his|her|their|its|our)\s+/i, '');
    const known = this.table.aliasIndex.get(normaliseName(bare));
    if (known && !DOCUMENT_NOUNS.has(lowerHead)) {
      this.addMention(known, pi, np.from, np.to, t[np.from].start, head.end);
      return known;
    }
    if (other && other.to === np.to) return this.asAgent(other.actor);
    if (GOVERNMENT_NOUNS.has(lowerHead)) {
      const country = this.countryIn(words) ?? (other?.actor.kind === 'country' ? other.actor.name : null);
      if (country) {
        const actor = this.table.get('country', country);
        this.addMention(actor, pi, np.from, np.to, t[np.from].start, head.end);
        return actor;
      }
    }
    if (DOCUMENT_NOUNS.has(lowerHead)) {
      if (other) return other.actor;
      return this.lastPublisher;
    }
    if (EVENT_NOUNS.has(lowerHead) || words.some((w) => EVENT_NOUNS.has(w.lower))) {
      if (other) return this.asAgent(other.actor);
    }
    if (GROUP_NOUNS.has(lowerHead) && words.some((w) => isNameWord(w) || w.lower === 'administration')) {
      const actor = this.table.get('group', bare);
      actor.anonymous = true;
      this.addMention(actor, pi, np.from, np.to, t[np.from].start, head.end);
      return actor;
    }
    if (ROLE_NOUNS.has(lowerHead) || lowerHead === 'secretary-general') {
      const indefinite = /^(?:a|an)$/i.test(words[0].text);
      if (indefinite && /official|diplomat|source|officer|aide|spokes/.test(lowerHead)) {
        const actor = this.table.get('person', bare);
        actor.anonymous = true;
        actor.nameTokens = [];
        this.table.addAlias(actor, phrase);
        this.addMention(actor, pi, np.from, np.to, t[np.from].start, head.end);
        return actor;
      }
      if (!indefinite) return this.resolveRole(pi, np, t, bare, lowerHead, other);
    }
    if (other) return this.asAgent(other.actor);
    return null;
  }

  /** The person a "he" or "she" most likely means: the newer of the last speaker and the last person in subject position. */
  private salientPerson(): LocalActor | null {
    const speaker = this.lastPersonSpeaker;
    const subject = this.lastPersonMentioned;
    if (!speaker || !subject) return speaker?.actor ?? subject?.actor ?? null;
    return subject.sentence > speaker.sentence ? subject.actor : speaker.actor;
  }

  /** "Stoltenberg arrived …, where he called for …": a person earlier in the same sentence. */
  private personBefore(pi: number, s: Sentence, before: number): LocalActor | null {
    for (let i = before - 1; i >= s.from; i--) {
      const m = this.mentionAt[pi][i];
      if (m && m.actor.kind === 'person' && !m.actor.anonymous) return m.actor;
    }
    return null;
  }

  private antecedent(pi: number, t: Token[], who: number, from: number): LocalActor | null {
    let k = who - 1;
    if (t[k]?.text === ',') k--;
    for (let j = k; j >= from && j > k - 4; j--) {
      const m = this.mentionAt[pi][j];
      if (m) return this.asAgent(m.actor);
    }
    return null;
  }

  private countryIn(words: Token[]): string | null {
    for (const w of words) {
      const c = countryByDemonym.get(w.lower) ?? countryBySurface.get(w.base.toLowerCase());
      if (c) return c.name;
    }
    return null;
  }

  /** "the NATO chief", "America’s top diplomat", "the official": the person whose roles fit. */
  private resolveRole(pi: number, np: Np, t: Token[], bare: string, roleNoun: string, org: LocalMention | null): LocalActor | null {
    const orgKeys = new Set<string>();
    if (org) {
      orgKeys.add(normaliseName(org.actor.name));
      for (const a of org.actor.aliases) orgKeys.add(normaliseName(a));
      const acr = acronymOf(org.actor.name);
      if (acr) orgKeys.add(acr);
    }
    const country = this.countryIn(t.slice(np.from, np.to));
    const synonyms = ROLE_SYNONYMS[roleNoun] ?? [roleNoun];
    const fits = (a: LocalActor): boolean => {
      if (a.kind !== 'person') return false;
      const roles = a.roles.map((r) => r.toLowerCase());
      const roleOk = roles.some((r) => synonyms.some((syn) => r.includes(syn))) || (a.anonymous && synonyms.some((syn) => a.name.toLowerCase().includes(syn)));
      if (!roleOk) return false;
      // "the Commission chief" fits a role at the "EU Commission"
      const orgFits = (k: string): boolean => a.orgHints.some((h) => h === k || h.endsWith(` ${k}`) || k.endsWith(` ${h}`));
      if (orgKeys.size && ![...orgKeys].some(orgFits)) return false;
      if (country && a.orgHints.length && !roles.some((r) => r.includes(country.toLowerCase()) || r.includes('u.s.') || r.includes('state'))) return country === 'United States' ? roles.some((r) => /secretary of state|u\.s\.|american/.test(r)) : false;
      return true;
    };
    // most recently mentioned first
    const seen = new Set<LocalActor>();
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const a = this.mentions[i].actor;
      if (seen.has(a)) continue;
      seen.add(a);
      if (fits(a)) {
        this.addMention(a, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
        return a;
      }
    }
    for (const a of this.table.actors) if (!seen.has(a) && fits(a)) return a;
    if (org && LEADER_WORDS.includes(roleNoun)) {
      const actor = this.table.get('person', bare);
      actor.nameTokens = [];
      actor.pendingRole = { org: normaliseName(org.actor.name), role: 'leader' };
      this.addMention(actor, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
      return actor;
    }
    return null;
  }
}

const TITLE_LIKE = /^(?:Secretary|Minister|President|Director|Chairman|Spokes\w*|Chief|Head|Dean|Professor|Ambassador|Adviser|Advisor|Analyst|Senator|Governor|Mayor)\b/;

function countWords(phrase: string): number {
  return phrase.split(/\s+/).filter(Boolean).length;
}

function isNounish(t: Token): boolean {
  return ROLE_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower) || GOVERNMENT_NOUNS.has(t.lower) || EVENT_NOUNS.has(t.lower) || MODIFIERS.has(t.lower);
}

const MODIFIERS = new Set(
  'senior|top|former|deputy|principal|chief|national|security|foreign|defense|defence|policy|press|campaign|state|federal|local|military|intelligence|administration|government|white|house|trilateral|regional|global|international|economic|political|public|health|finance|trade|energy|justice|interior|homeland|executive|general|special|assistant|associate|vice|acting|interim|unnamed|anonymous|other|some|many|several|two|three|four|five|ministry|department|election|party|republican|democratic|conservative|liberal|independent|leading|prominent|veteran|longtime|new|current|outgoing|incoming|retired|communications|legal|research|news|media|polling'.split(
    '|',
  ),
);

/** "Gov. Pat McCrory (R) blamed": steps back over a short parenthesis before a verb. */
function skipParenthetical(t: Token[], k: number, from: number): number {
  // "experts, however, said"
  if (t[k]?.text === ',' && k - 2 >= from && t[k - 2].text === ',' && PARENTHETICAL_ADVERBS.has(t[k - 1].lower)) return k - 3;
  if (t[k]?.text !== ')') return k;
  for (let j = k - 1; j >= from && k - j <= 8; j--) if (t[j].text === '(') return j - 1;
  return k;
}

/** Drops trailing white space from a span. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/** "released", "published", "issued", "put out", "unveiled" among a sentence's words. */
function publishes(t: Token[], s: Sentence): boolean {
  for (let i = s.from; i < s.to; i++) {
    // most words fail on their first letter, before any set look-up (r, p, i, u)
    const c = t[i].lower.charCodeAt(0);
    if (c !== 114 && c !== 112 && c !== 105 && c !== 117) continue;
    if (PUBLISHES.has(t[i].lower) || (t[i].lower === 'put' && t[i + 1]?.lower === 'out')) return true;
  }
  return false;
}

/** "to" and a verb after a cue that takes an infinitive: "vowed to rebuild …". */
function infinitiveAt(t: Token[], i: number, info: CueInfo): boolean {
  const verb = t[i + 1];
  return INFINITIVE_CUES.has(info.lemma) && t[i]?.lower === 'to' && !!verb && verb.type === 'word' && !verb.cap && !DETERMINERS.has(verb.lower);
}

/**
 * Poll subjects: where the phrase ending before token `a` continues back through "in", "of" or
 * "among" to a share ("six in 10", "55 percent of voters", "majorities of Democrats in five
 * states"), the index the subject starts at; -1 otherwise.
 */
function shareBefore(t: Token[], a: number, from: number): number {
  const prep = t[a - 1]?.lower;
  if (a - 1 < from || (prep !== 'in' && prep !== 'of' && prep !== 'among')) return -1;
  const before = t[a - 2];
  if (a - 2 >= from && (SHARE_WORDS.has(before.lower) || /^\d+$/.test(before.text) || NUMBER_WORDS.has(before.lower))) return a - 2;
  // back over the place to the share: "majorities of Democrats | in five states"
  const start = Math.max(from, a - 6);
  const share = t.slice(start, a - 1).findLastIndex((x, i, all) => SHARE_WORDS.has(x.lower) && all[i + 1]?.lower === 'of');
  return share >= 0 ? start + share : -1;
}

/**
 * Whether words make a role worth showing: not a courtesy title alone ("Mr."), not ending in
 * somebody's name ("President Barack Obama", "President Obama" beside Donald Trump), no clause.
 */
function isRole(words: Token[]): boolean {
  if (!words.length) return false;
  if (words.length === 1 && COURTESY_TITLES.has(words[0].lower)) return false;
  const nameWord = (x: Token | undefined): boolean =>
    !!x && x.cap && x.type === 'word' && !TITLES.has(x.lower) && !TITLE_LIKE.test(x.text) && !ROLE_NOUNS.has(x.lower) && !ORG_HEADS.has(x.lower) && !isAcronym(x);
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if (nameWord(last) && (nameWord(before) || (!!before && (TITLES.has(before.lower) || TITLE_LIKE.test(before.text))))) return false;
  // a role has no verb: "… Donald Trump recently has been meeting with …" is a clause
  return !words.some((x) => AUXILIARIES.has(x.lower));
}

/** A noun for people or a body of them: "lawmakers", "spokesman", "families"; "environmentalists", "Iowans" by their ending. */
function isPeopleNoun(x: Token): boolean {
  return !x.cap && (GROUP_NOUNS.has(x.lower) || ROLE_NOUNS.has(x.lower) || PEOPLE_WORDS.has(x.lower) || /(?:ists|ians|ans|ents|ors|ers|ives)$/.test(x.lower));
}

/** A lower-case word that can modify a noun before it: not a verb form we know, a function word or an adverb. */
function isModifierWord(x: Token): boolean {
  return x.type === 'word' && !x.cap && !STOP_BACKWARD.has(x.lower) && !CUE_FORMS.has(x.lower) && !VERB_FILLERS.has(x.lower) && !ADJUNCT_START.has(x.lower) && !DETERMINERS.has(x.lower) && !/(?:ly|ed|ing)$/.test(x.lower);
}

/** A run of words that is a known state, country or region: "Texas", "South Korea". */
function knownPlace(seg: Token[]): boolean {
  const key = seg.map((x) => x.lower).join(' ');
  return US_STATES.has(key) || countryBySurface.has(key) || REGIONS.has(key);
}

/** Whether "in", "at" or "from" before token `a` follows a people noun: "delegates at | the hall". */
function placedPeople(t: Token[], a: number, from: number): boolean {
  const prep = t[a - 1]?.lower;
  return a - 2 >= from && (prep === 'in' || prep === 'at' || prep === 'from') && isPeopleNoun(t[a - 2]);
}
