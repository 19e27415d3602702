/**
 * Events, the place of a sentence's event (a stage of ./eventCandidates): the place after "in"/"at"
 * (after "to" or a visit verb, for a visit), a name after them the gazetteer does not know, or a
 * country an adjective names ("the Lithuanian summit").
 */
import type { LocalActor } from './actors';
import { countryByDemonym, DAYS_AND_MONTHS } from './gazetteer';
import type { EventKind } from './types';
import { TRIGGER_ORDER } from './eventWords';
export interface PlaceFound {
  actor: LocalActor | null;
  name: string;
  /** Every place after "in"/"at"/"to" or a visit verb in the sentence: "visiting Japan and South Korea". */
  all: string[];
  /** Where the place stands in the sentence. */
  at: number;
}

/** "in", "at", and a part of the place: "rallied in central Belgrade". */
const PLACE_BEFORE = /\b(?:in|at)\s+(?:the\s+)?(?:(?:central|downtown|northern|southern|eastern|western|inner|old|historic)\s+)?$/i;
/** "the war in Ukraine", "troops in Syria", "drivers at Southway Rail", "football matches in London": the place of another noun (a workplace, a thing bought or held), not of the event. */
const OTHER_NOUN_BEFORE = /\b(?:war|wars|conflict|crisis|fighting|invasion|situation|violence|unrest|attacks?|troops|forces|interests|investments?|presence|role|people|support|operations?|economy|markets?|workers|drivers|staff|employees|nurses|teachers|pilots|engineers|miners|members|investors|shareholders|executives|managers|bosses|matches|games|races|concerts|shows|tickets|hotels|properties|homes|flats|offices|shops|stores|accounts|assets)\s+(?:in|at)\s+(?:the\s+)?$/i;
/** "elections in": another noun's place, save for an election's own ("Primary elections in Texas are scheduled for March 3"). */
const ELECTIONS_BEFORE = /\belections?\s+(?:in|at)\s+(?:the\s+)?$/i;
const TO_BEFORE = /\b(?:to|visited|visiting|visit|visits)\s+(?:the\s+)?$/i;
const AND_BEFORE = /^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$/i;
/** Lower-case words that may follow a place name ("in Kirkenes for a summit"); any other makes the name a modifier. */
const AFTER_PLACE = new Set('for|to|on|and|or|with|at|in|of|as|that|this|last|next|where|when|which|who|after|before|during|since|until|from|by|the|a|an|was|is|were|are|will|would|had|has|have|said|says|earlier|later|today|yesterday|tomorrow|tonight|this|early|late|while|but|than|until|amid|over|under|near|about'.split('|'));
/** A capitalised name after "in"/"at" that the gazetteer does not know: "in Tromsø", "in San Bruno, California". */
const NAME_AFTER = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}/u;

/** A place the sentence offers for its event, where it stands in the sentence. */
interface PlaceCandidate {
  actor: LocalActor | null;
  name: string;
  at: number;
}

/**
 * The event's place: the place after "in" or "at" (or "to" and the object of a visit verb, for a
 * visit) nearest after the event word, else nearest before it. A name after "in"/"at" counts even
 * when the gazetteer does not know it as a place, as long as it is no person's name with a
 * possessive ("in Smith's view") and no month or weekday ("in May").
 */
export function placeOf(sentence: string, trigger: number, kind: EventKind, mentions: Array<{ actor: LocalActor; start: number; end: number }>, sentenceStart: number): PlaceFound | null {
  const candidates: PlaceCandidate[] = [];
  const election = kind === 'election';
  placesMentioned(sentence, kind === 'visit', election, mentions, sentenceStart, candidates);
  placesNamed(sentence, election, mentions, sentenceStart, candidates);
  let best: { c: PlaceCandidate; distance: number } | null = null;
  for (const c of candidates) {
    // places after the event word are its place far more often than places before it
    const distance = c.at >= trigger ? c.at - trigger : (trigger - c.at) * 3;
    if (!best || distance < best.distance) best = { c, distance };
  }
  if (!best || best.distance >= 160) return null;
  return { actor: best.c.actor, name: best.c.name, all: candidates.map((c) => c.name), at: best.c.at };
}

const POSSESSIVE_AFTER = /^['’]s?\b/;
const AT_BEFORE = /\bat\s+(?:the\s+)?$/i;
const IN_BEFORE = /\bin\s+$/i;
/** The last word of a building's or a venue's name: "Anniversary Towers", "Ulster Hall". */
const VENUE_HEAD = /\s(?:Towers?|Hall|House|Centre|Center|Stadium|Arena|Hotel|Plaza|Building|Chambers|Square|Park)$/;

/** Adds the actors the analysis found after "in"/"at" (after "to" or a visit verb, for a visit), or listed after one. */
function placesMentioned(sentence: string, visit: boolean, election: boolean, mentions: Array<{ actor: LocalActor; start: number; end: number }>, sentenceStart: number, candidates: PlaceCandidate[]): void {
  let previousEnd = -1;
  for (const m of mentions) {
    const at = m.start - sentenceStart;
    const before = sentence.slice(Math.max(0, at - 12), at);
    const after = sentence.slice(m.end - sentenceStart, m.end - sentenceStart + 2);
    const placeLike = m.actor.kind === 'place' || m.actor.kind === 'country';
    const listed = previousEnd >= 0 && AND_BEFORE.test(sentence.slice(previousEnd, at));
    previousEnd = -1;
    if (POSSESSIVE_AFTER.test(after)) continue;
    if (otherNounBefore(sentence.slice(Math.max(0, at - 30), at), election)) continue;
    if (PLACE_BEFORE.test(before) || (visit && TO_BEFORE.test(before)) || (listed && placeLike)) {
      // an organisation only "at" ("at the Brookings Institution"); a person only as a place the lists miss
      // (a "person" after "at" whose name ends in a building's noun is a venue the names took for one: "at Anniversary Towers")
      const venue = m.actor.kind === 'person' && AT_BEFORE.test(before) && VENUE_HEAD.test(m.actor.name);
      if (!placeLike && !venue && !(m.actor.kind === 'organization' && AT_BEFORE.test(before)) && !(m.actor.kind === 'person' && !m.actor.roles.length && IN_BEFORE.test(before))) continue;
      candidates.push({ actor: m.actor, name: m.actor.name, at });
      previousEnd = m.end - sentenceStart;
    }
  }
}

/** Whether the text before a place ends in another noun's "in"/"at" (OTHER_NOUN_BEFORE; "elections in" unless the event is an election). */
const otherNounBefore = (before: string, election: boolean): boolean => OTHER_NOUN_BEFORE.test(before) || (!election && ELECTIONS_BEFORE.test(before));

/** "in"/"at" (and a part of the place, "in central") before a capital letter: where a place name may follow (global; reset before use). */
const IN_AT_CAPITAL = /\b(?:in|at)\s+(?:(?:central|downtown|northern|southern|eastern|western|inner|old|historic)\s+)?(?=\p{Lu})/gu;
const TRAILING_DOTS_AND_APOSTROPHES = /[.’']+$/;
const APOSTROPHE = /['’]/;
const WHITE_SPACE = /\s/;
const NEXT_LOWER_WORD = /^\s+(\p{Ll}+)/u;

/** Adds the capitalised names after "in"/"at" that the analysis did not take for another kind of actor. */
function placesNamed(sentence: string, election: boolean, mentions: Array<{ start: number; end: number }>, sentenceStart: number, candidates: PlaceCandidate[]): void {
  IN_AT_CAPITAL.lastIndex = 0;
  for (let m = IN_AT_CAPITAL.exec(sentence); m; m = IN_AT_CAPITAL.exec(sentence)) {
    const at = m.index + m[0].length;
    if (candidates.some((c) => c.at === at)) continue;
    const found = NAME_AFTER.exec(sentence.slice(at))?.[0];
    const name = found?.replace(TRAILING_DOTS_AND_APOSTROPHES, '');
    if (!found || !name || DAYS_AND_MONTHS.has(name.toLowerCase()) || otherNounBefore(sentence.slice(Math.max(0, at - 30), at), election)) continue;
    // "in Saturday’s debate", "in Democratic primaries": a modifier of a noun, not a place
    if (APOSTROPHE.test(found) || DAYS_AND_MONTHS.has(name.split(WHITE_SPACE)[0].toLowerCase())) continue;
    const next = NEXT_LOWER_WORD.exec(sentence.slice(at + found.length))?.[1];
    if (next && !AFTER_PLACE.has(next)) continue;
    // a name the analysis covers as another kind of actor is that actor, not a place
    if (mentions.some((x) => x.start - sentenceStart <= at && x.end - sentenceStart > at)) continue;
    candidates.push({ actor: null, name, at });
  }
}

/** "the Lithuanian summit": a capitalised word before the event word, per kind. */
const ADJECTIVE_BEFORE = new Map(TRIGGER_ORDER.map((kind) => [kind, new RegExp(`\\b([A-Z][a-z]+)\\s+${kind}\\b`)]));

/** The country an adjective before the event word names ("the Lithuanian summit" -> Lithuania). */
export function adjectivalPlace(sentence: string, kind: EventKind): string | null {
  // the pattern ends in the kind's name, which most sentences lack ("met", "visited", a dated statement)
  if (!sentence.includes(kind)) return null;
  const m = ADJECTIVE_BEFORE.get(kind)!.exec(sentence);
  const country = m ? countryByDemonym.get(m[1].toLowerCase()) : undefined;
  return country?.name ?? null;
}
