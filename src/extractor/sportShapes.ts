/**
 * Run shapes of sport (asked by ./runShapes): teams' and clubs' names ("the Dallas Stars",
 * "Leicester City manager …"), contests and their finals ("the Memorial Cup", "the Super Rugby
 * Pacific final"), events named after a place ("the Cedar Ridge fire"), sports' governing bodies
 * ("Cricket Australia"), national sides' nicknames ("the Super Falcons squad").
 */
import { genderOfFirstName } from './gender';
import type { Token } from './text';
import { COMMON_CAPITALISED, PARTY_WORDS, PLACE_HEADS } from './gazetteer';
import { peopleNoun } from './lexicon/people';
import { knownLength } from './knownNames';

/**
 * Whether the run [from, to) ends as a team's name does: a word in the plural that is no party,
 * people noun or given name, after a word that is no given name; or after one, when "the" opens
 * the run, as it opens no one's name ("the Boston Celtics", "the Dallas Stars"; "Austin Rivers").
 */
export function teamName(tokens: Token[], from: number, to: number): boolean {
  const w = tokens[to - 1];
  // (a people's noun ends a team's name after a city of two words, "Kansas City Chiefs", "New York
  // Giants"; after one it is the city's people, "Ontario Teachers")
  // (a compound's parts in capitals too: "Tiger-Cats")
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}*)?[^s]s$/u.test(w.text) || w.possessive || COMMON_CAPITALISED.has(w.lower) || PLACE_HEADS.has(w.lower) || PARTY_WORDS.has(w.lower) || (to - from < 3 && peopleNoun(w.lower) !== null) || genderOfFirstName(w.base) !== null) return false;
  return genderOfFirstName(tokens[to - 2].base) === null || theBefore(tokens, from) || clubWordAfter(tokens[to]);
}

/** Whether a match's or a club's word follows a team's name ("Orlando Pirates beat …", "… coach"), none that people do as well ("won"). */
export const clubWordAfter = (next: Token | undefined): boolean => clubAfter(next) && !PERSONAL_RESULTS.has(next!.lower);

/** Whether the article "the" stands right before token `from`. */
export const theBefore = (tokens: Token[], from: number): boolean => from > 0 && tokens[from - 1].lower === 'the';

/**
 * Words after "Leicester City" that make it the club, not the city ("Galway City" is also what Irish
 * papers call the city): a club's staff, fans and results. A verb that a council uses too ("said",
 * "announced") leaves the city, unless the article named the club before (ActorTable.get).
 */
const CLUB_AFTER = new Set(['manager', 'coach', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'fans', 'supporters', 'beat', 'defeated', 'edged', 'thrashed', 'won', 'lost', 'drew', 'signed']);

/** Words of CLUB_AFTER that a person does as well ("Orlando Rivers won the race"). */
const PERSONAL_RESULTS = new Set(['won', 'lost', 'signed']);

export const clubAfter = (next: Token | undefined): boolean => !!next && !next.cap && CLUB_AFTER.has(next.lower);

/** Words of a club's people: "Manchester City said … midfielder Rodri" is the club speaking, "Coventry City said the bins …" the city. */
const CLUB_PEOPLE = new Set(['manager', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'captain', 'squad', 'players']);

/** Whether the cue at `i` after "X City" has a club's people later in its sentence (up to 12 words). */
export function clubSpeaks(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'said' && tokens[i]?.lower !== 'says' && tokens[i]?.lower !== 'confirmed' && tokens[i]?.lower !== 'announced') return false;
  for (let k = i + 1; k < tokens.length && k <= i + 12 && tokens[k].text !== '.'; k++) if (CLUB_PEOPLE.has(tokens[k].lower)) return true;
  return false;
}

/** Nouns of events named after a place or a thing, never a person: "the Cedar Ridge fire", "the Harvest Lights festival". */
const PLACE_EVENT_NOUNS = new Set(['festival', 'fire', 'wildfire', 'blaze', 'bushfire', 'storm', 'flood', 'floods', 'marathon', 'regatta']);

/** Nouns of contests and shows that a performer's name may also modify ("the Taylor Swift concert"). */
const CONTEST_NOUNS = new Set(['tournament', 'championship', 'championships', 'title', 'concert']);

/**
 * Whether the run [from, to) only modifies the event's noun after it: with no given name first, or
 * after a determiner before a place's event ("the Cedar Ridge fire"; the nouns are verbs too: "saw
 * Daniel Perez fire three shots", "Ann Lee and Tom Kerr storm out"), and no given name first
 * before a contest's ("a Grand Slam title"; "the Taylor Brooks concert" keeps the singer).
 */
export function namedEventAfter(tokens: Token[], from: number, to: number): boolean {
  const noun = tokens[to].lower;
  // ("West Texas Intermediate crude", "Brent crude": a grade of oil, whatever its words)
  if (noun === 'crude') return true;
  if (!PLACE_EVENT_NOUNS.has(noun) && !CONTEST_NOUNS.has(noun)) return false;
  if (genderOfFirstName(tokens[from].base) === null) return true;
  return PLACE_EVENT_NOUNS.has(noun) && from > 0 && EVENT_DETERMINERS.has(tokens[from - 1].lower);
}

/** A contest's deciding matches, in lower case after its name ("the Super Rugby Pacific final"; "grand" opens "grand final"). */
export const FINALS = new Set(['final', 'finals', 'semi-final', 'semi-finals', 'semifinal', 'semifinals', 'quarter-final', 'quarter-finals', 'quarterfinal', 'quarterfinals', 'grand']);

/** Words after "final" that go on with the sentence, not a noun it modifies ("the … final in Hamilton"; not "the Senate final vote"). */
const AFTER_FINAL = new Set(['in', 'on', 'at', 'against', 'with', 'between', 'next', 'last', 'this', 'and', 'or', 'was', 'is', 'will', 'for', 'after', 'before', 'since', 'when']);

/**
 * Whether the run [from, to) names the contest whose final is at `to`: after a determiner or a
 * capitalised word cut from its name ("the Super Rugby Pacific final"), no given name first, and
 * after "final" a mark or a word that goes on with the sentence.
 */
export function contestBeforeFinal(tokens: Token[], from: number, to: number): boolean {
  let k = to;
  if (tokens[k].lower === 'grand') k++;
  if (tokens[k].cap || (k > to && tokens[k].lower !== 'final')) return false;
  const before = from > 0 ? tokens[from - 1] : undefined;
  if (!before || !(EVENT_DETERMINERS.has(before.lower) || (before.cap && before.type === 'word'))) return false;
  const next = tokens[k + 1];
  return genderOfFirstName(tokens[from].base) === null && (!next || next.type !== 'word' || AFTER_FINAL.has(next.lower));
}

/** Last words of contests named in capitals ("Scotties Tournament of Hearts", "Memorial Cup", "Brier Championship"). */
export const CONTEST_HEADS = new Set(['tournament', 'championship', 'championships', 'invitational', 'cup', 'playoffs', 'olympics', 'paralympics']);

/** First words of a football competition named a league, not a league's body ("Champions League"; the "Premier League" speaks). */
export const CUP_LEAGUES = new Set(['champions', 'europa', 'conference', 'nations']);

const EVENT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'last', "year's"]);

/** Sports whose governing bodies are named by the sport and the nation or state ("Cricket Australia", "Rugby Canada"). */
export const SPORT_WORDS = new Set(['cricket', 'rugby', 'football', 'soccer', 'hockey', 'netball', 'tennis', 'golf', 'athletics', 'swimming', 'cycling', 'rowing', 'basketball', 'volleyball', 'baseball', 'softball', 'gymnastics', 'skate', 'ski', 'boxing', 'sailing', 'triathlon', 'bowls', 'hurling', 'squash', 'badminton', 'judo', 'canoe']);

/** Whether the run [from, to) is a sport's word and a place the lists know, in either order (the sport first or last). */
export function sportBody(tokens: Token[], from: number, to: number): boolean {
  const sportFirst = SPORT_WORDS.has(tokens[from].lower);
  const [a, b] = sportFirst ? [from + 1, to] : [from, to - 1];
  const known = knownLength(tokens, a, b);
  return !!known && known.n === b - a && (known.kind === 'country' || known.kind === 'place' || known.kind === 'capital');
}

/** A league's division by its compass point ("AL East", "NFC North", "Pacific Division" is named otherwise). */
export const DIVISION_COMPASS = new Set(['east', 'west', 'north', 'south', 'central']);

/** Words a division's compass point follows ("American League East", "AFC West", "NL Central"). */
export const LEAGUE_WORDS = new Set(['league', 'conference', 'afc', 'nfc', 'al', 'nl']);

/** A side's nickname in the plural after "Super" ("Eagles", "Falcons"), no storm's name. */
const SIDE_NICKNAME = /^\p{Lu}\p{Ll}+[^s]s$/u;

/** Words after a side's name that only a side takes: its squad, staff, players and fans. */
const SIDE_WORDS = new Set(['squad', 'team', 'side', 'coach', 'captain', 'fans', 'supporters', 'player', 'players', 'star', 'stars', 'camp', 'manager', 'striker', 'forward', 'defender', 'midfielder', 'goalkeeper', 'winger']);

/**
 * Whether "Super" at `from` and the plural after it are a national side's nickname ("Former Super
 * Eagles winger …", "the Super Falcons squad"): a side's word must follow ("Super Bowls", "Super
 * Lives" are none).
 */
export function superSide(tokens: Token[], from: number, to: number): boolean {
  return tokens[from].lower === 'super' && from + 1 < to && SIDE_NICKNAME.test(tokens[from + 1].text) && SIDE_WORDS.has(tokens[from + 2]?.lower ?? '');
}
