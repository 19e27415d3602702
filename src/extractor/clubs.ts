/**
 * Teams the names layer took for people: a name its sentence gives a score against another, "Orlando
 * Pirates beat Kaizer Chiefs 2-1", "Mamelodi Sundowns, who drew 0-0 with Stellenbosch", "lost 3-1 to
 * Kaizer Chiefs". A result with its score is a match's, and only teams play one, whatever their names
 * are (nicknames in the plural, "River Plate", a sponsor's name). So is a name that sacks or hires "its
 * coach" or a "head coach". Read once every lone word is resolved.
 */
import type { LocalActor, LocalMention } from './actors';
import type { Token } from './text';
import type { ArticleState } from './attribution/state';
import { genderOfFirstName } from './gender';
import { PLAYER_POSITIONS } from './lexicon/people';
import { namedOpening } from './attribution/bodyForms';

/** Verbs of a match's result before its score or its opponent ("beat Girona 3-0", "drew 1-1 with"). */
const RESULT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeats', 'edged', 'edges', 'thrashed', 'thrash', 'hammered', 'routed', 'drew', 'draw', 'draws', 'lost', 'lose', 'loses', 'won', 'win', 'wins', 'overcame', 'stunned', 'downed', 'outclassed']);
/** Prepositions between a score and the opponent ("drew 0-0 with Stellenbosch", "lost 2-1 to Chiefs", "won 3-0 against …"). */
const OPPONENT_AFTER_SCORE = new Set(['with', 'to', 'against', 'over', 'at']);
/** A club's staff and fans, after its name: "Chiefs coach …", "Pirates fans". */
const CLUB_STAFF = new Set(['coach', 'manager', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'captain', 'fans', 'supporters']);
/**
 * A football or hockey score in one token, "2-1", "0–0": single figures, as a set of tennis or a
 * game of badminton or snooker ("6-4, 7-5", "21-15", "10-8") is between two people.
 */
const SCORE = /^\d[-–]\d$/;

/** Retypes as organisations the people of the article that a score or a coach's dismissal shows to be teams (see the file's comment). Linear in the mentions and tokens. */
export function retypeTeams(st: ArticleState): void {
  let teams: Set<LocalActor> | undefined;
  // mentions by paragraph and their last or first token, to find the name right before a verb or a
  // score: built on the first verb or score met (few articles have one)
  let mentionsAt: MentionsAt | undefined;
  const endingAt = (pi: number, to: number): LocalMention | undefined => (mentionsAt ??= indexMentions(st.mentions)).ending.get(tokenKey(pi, to));
  // the people named before a club's staff or fans ("Chiefs coach Nasreddine Nabi"), which a given name may open ("Kaizer")
  let staffed: Set<LocalActor> | undefined;
  for (const m of st.mentions) {
    if (m.actor.kind !== 'person') continue;
    // (bounds checked: a read past a paragraph's end deoptimised this stage, out of bounds)
    const tokens = st.paragraphs[m.para].tokens;
    const next = m.to < tokens.length ? tokens[m.to] : undefined;
    if (next && !next.cap && CLUB_STAFF.has(next.lower)) (staffed ??= new Set()).add(m.actor);
  }
  // "Edmonton beat Calgary 3-2": towns that play are their teams (moved below)
  let towns: LocalMention[] | undefined;
  const add = (m: LocalMention | undefined): void => {
    if (m && m.actor.kind === 'person' && namedLikeATeam(m.actor, staffed)) (teams ??= new Set()).add(m.actor);
    else if (m && m.actor.kind === 'place' && !st.paragraphs[m.para].tokens[m.to - 1].possessive) (towns ??= []).push(m);
  };
  for (let pi = 0; pi < st.paragraphs.length; pi++) {
    const t = st.paragraphs[pi].tokens;
    for (let i = 1; i < t.length; i++) {
      // (nearly every token is none of a staff verb, a player's move or a score)
      if (!mayOpenTeamTest(t[i])) continue;
      // "Flamengo sacked its coach", "Flamengo dismissed head coach Tite": only a club dismisses or hires
      // its own coach (a lone word the article names nowhere else is no mention yet: its actor by name)
      if (coachNamedAfter(t, i)) {
        // (over a perfect's auxiliary: "Kano Pillars have dismissed head coach …")
        const end = AUXILIARIES.has(t[i - 1].lower) && i > 1 ? i - 1 : i;
        const club = endingAt(pi, end)?.actor ?? (t[end - 1].cap ? st.table.find('person', t[end - 1].base) : undefined);
        if (club?.kind === 'person' && staffedOnly(club)) (teams ??= new Set()).add(club);
        continue;
      }
      // "The Regina Pats named defenceman …", "the Bombers signed quarterback …": only a team signs or names a player by position
      if (PLAYER_MOVES.has(t[i].lower) && POSITIONS.has(at(t, i + 1)?.lower ?? '')) {
        const m = endingAt(pi, i);
        if (m && m.actor.kind === 'person' && /[^s]s$/.test(t[i - 1].lower) && (staffedOnly(m.actor) || (m.from > 0 && t[m.from - 1].lower === 'the' && !m.actor.roles.length && !m.actor.gender))) (teams ??= new Set()).add(m.actor);
        continue;
      }
      // (a second score after it is a set's: "beat Sinner 6-4, 6-3")
      if (t[i].text.length !== 3 || !SCORE.test(t[i].text) || SCORE.test(at(t, i + 1)?.text ?? '') || SCORE.test(at(t, i + 2)?.text ?? '')) continue;
      // "A beat B 2-1": B ends at the score, the verb before it, A before the verb (or ", who")
      // ("beat the Vancouver Canucks 4-1": over the article before B)
      const b = endingAt(pi, i);
      const verb = b && b.from >= 2 && t[b.from - 1].lower === 'the' ? b.from - 2 : (b?.from ?? 0) - 1;
      if (b && verb >= 0 && RESULT_VERBS.has(t[verb].lower)) {
        add(b);
        add(subjectBefore(t, verb, pi, endingAt));
        continue;
      }
      // "A drew 0-0 with B", "A lost 2-1 to B"
      if (!RESULT_VERBS.has(t[i - 1].lower)) continue;
      const a = subjectBefore(t, i - 1, pi, endingAt);
      if (!a || !OPPONENT_AFTER_SCORE.has(at(t, i + 1)?.lower ?? '')) continue;
      add(a);
      add(mentionsAt?.starting.get(tokenKey(pi, i + 2)));
    }
  }
  if (towns) {
    // (one look over the actors per town: thousands of scores of one town stay linear)
    const teamOf = new Map<LocalActor, LocalActor>();
    for (const m of towns) {
      let team = teamOf.get(m.actor);
      if (!team) teamOf.set(m.actor, (team = townsTeam(st, m.actor)));
      m.actor = team;
    }
  }
  if (!teams) return;
  for (const a of teams) {
    const org = st.table.asOrganisation(a);
    if (org !== a) st.table.merge(a, org, st.mentions);
  }
}

/** Mentions by their paragraph and last token (`ending`) or first token (`starting`), keyed by tokenKey. */
interface MentionsAt {
  ending: Map<number, LocalMention>;
  starting: Map<number, LocalMention>;
}
/** One number for a paragraph and a token in it (no paragraph holds 2^32 tokens; the sum stays an exact integer). */
const tokenKey = (para: number, token: number): number => para * 4294967296 + token;
/** The mentions by where they end and begin; of two at one place, the later. */
function indexMentions(mentions: LocalMention[]): MentionsAt {
  const at: MentionsAt = { ending: new Map(), starting: new Map() };
  for (const m of mentions) {
    at.ending.set(tokenKey(m.para, m.to), m);
    at.starting.set(tokenKey(m.para, m.from), m);
  }
  return at;
}

/** Verbs by which a club parts with or takes on its coach or manager. */
const STAFF_VERBS = new Set(['sacked', 'dismissed', 'fired', 'axed', 'appointed', 'hired', 'sacks', 'dismisses', 'fires', 'appoints', 'hires']);
/** A perfect's auxiliary between a club and its verb. */
const AUXILIARIES = new Set(['has', 'have', 'had']);
/** Verbs by which a team takes on, names or lets go a player ("signed quarterback …", "named defenceman … captain"). */
const PLAYER_MOVES = new Set(['signed', 'signs', 'named', 'names', 'traded', 'trades', 'acquired', 'acquires', 'released', 'releases', 'waived', 'waives', 'drafted', 'recalled', 'recalls', 'claimed']);
const POSITIONS = new Set(PLAYER_POSITIONS);
/** The words the team tests below open with, save a score's figure. */
export const MOVES = new Set([...STAFF_VERBS, ...PLAYER_MOVES]);
/** Token `k`, or undefined past the end (the bound tested, not read past: V8 throws away code optimised before any such read). */
const at = (t: Token[], k: number): Token | undefined => (k < t.length ? t[k] : undefined);
/** Whether a character code is an ASCII digit. */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The shortest and longest words of MOVES. */
const MOVE_SHORTEST = Math.min(...[...MOVES].map((w) => w.length));
const MOVE_LONGEST = Math.max(...[...MOVES].map((w) => w.length));
/** The last letters of the words of MOVES ("sacked", "hires": d and s), one bit each from a. */
const MOVE_ENDS = [...MOVES].reduce((bits, w) => bits | (1 << (w.charCodeAt(w.length - 1) - 97)), 0);
/**
 * Whether token `t` may open one of retypeTeams' tests: three characters with a digit first (a
 * score's shape) or a word of MOVES, the cheap tests of length and last letter before the set's.
 */
export function mayOpenTeamTest(t: Token): boolean {
  const word = t.text;
  return word.length === 3 ? isDigit(word.charCodeAt(0)) || MOVES.has(t.lower) : moveShaped(t.lower) && MOVES.has(t.lower);
}

/** Whether a lower-case word has a length and a last letter some word of MOVES has (the cheap test before the set's). */
function moveShaped(w: string): boolean {
  if (w.length < MOVE_SHORTEST || w.length > MOVE_LONGEST) return false;
  const last = w.charCodeAt(w.length - 1) - 97;
  return last >= 0 && last < 26 && (MOVE_ENDS & (1 << last)) !== 0;
}
/** The posts a club fills. */
const COACHES = new Set(['coach', 'manager', 'trainer']);

/**
 * Whether a verb of STAFF_VERBS at token `i` is followed by the club's own coach ("its coach",
 * "their manager") or a head coach: a player dismisses "her coach" or "coach Torben Beltz", never
 * "its coach" nor "head coach".
 */
function coachNamedAfter(t: Token[], i: number): boolean {
  if (!STAFF_VERBS.has(at(t, i)?.lower ?? '')) return false;
  const own = at(t, i + 1)?.lower === 'its' || at(t, i + 1)?.lower === 'their';
  const k = own ? i + 2 : i + 1;
  const next = at(t, k);
  if (next?.lower === 'head') return at(t, k + 1)?.lower === 'coach';
  return own && !!next && COACHES.has(next.lower);
}

/** Whether a person named before a coach's dismissal is a club: nothing of a person's, and no given name first. */
function staffedOnly(a: LocalActor): boolean {
  return !a.anonymous && !a.roles.length && !a.gender && genderOfFirstName(a.name.split(' ')[0]) === null;
}

/** The mention ending right before the verb at `verb`, or before ", who" there ("Sundowns, who drew"). */
function subjectBefore(t: Token[], verb: number, pi: number, endingAt: (pi: number, to: number) => LocalMention | undefined): LocalMention | undefined {
  const end = t[verb - 1]?.lower === 'who' && t[verb - 2]?.text === ',' ? verb - 2 : verb;
  return endingAt(pi, end);
}

/**
 * Whether person `a` has nothing of a person's: no role, title or gender, and no given name first
 * unless the article names a club's staff after it ("Kaizer Chiefs … Chiefs coach Nasreddine Nabi";
 * "Luke Littler beat Michael Smith 7-3" in darts stays two people).
 */
function namedLikeATeam(a: LocalActor, staffed: Set<LocalActor> | undefined): boolean {
  if (a.anonymous || a.roles.length || a.gender) return false;
  const space = a.name.indexOf(' ');
  return genderOfFirstName(space < 0 ? a.name : a.name.slice(0, space)) === null || !!staffed?.has(a);
}

/**
 * The team a town that plays names: the one team of the article named by the town and a nickname
 * ("Edmonton Oilers"), else a body of the town's name (the place stays the place where it is one:
 * "fans in Edmonton"). Two teams of the town: the town's body too, no guess between them.
 */
function townsTeam(st: ArticleState, town: LocalActor): LocalActor {
  let team: LocalActor | null | undefined;
  for (const a of namedOpening(st.table, town.name)) {
    if (a.kind !== 'organization' || a.anonymous) continue;
    team = team && team !== a ? null : a;
  }
  return team ?? st.table.get('organization', town.name);
}
