/**
 * The places a wire dateline names ("LYNCHBURG, Va. (AP) —", "FORT ST. JAMES, B.C. —", "KANO,
 * Nigeria —", "DULUTH, MN —"): the town, and the state, province or country after its comma. The
 * layout leaves the dateline out of every sentence (it is where the story was filed, no part of
 * what anyone said), so its places are mentioned here, after attribution, as actors of the article
 * that nothing in the body has to name again.
 */
import { countryBySurface, DAYS_AND_MONTHS, REGION_ABBREVIATIONS, US_STATE_CODES, US_STATES, REGIONS } from './gazetteer';
import type { ArticleState } from './attribution/state';
import type { LocalActor } from './actors';


/** Words of a place's name written small after its first word ("Sainte-Agathe-des-Monts", "Saint-Jean-sur-Richelieu", "Isle of Wight"). */
const SMALL_PARTICLES = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'sur', 'en', 'aux', 'of', 'the', 'and', 'on', 'upon', 'au']);

/** Labels a story opens with in capitals and a dash, as a dateline's town would ("EXCLUSIVE —", "BREAKING —"). */
const LABELS = /^(?:EXCLUSIVE|BREAKING|UPDATE|UPDATED|WATCH|ANALYSIS|OPINION|EDITORIAL|COMMENTARY|LIVE|VIDEO|PHOTOS|CORRECTION|ADVISORY|FACT CHECK|REVIEW|OBITUARY)\b/;

/** A day or month written whole or short after the town ("OSLO, Tuesday —"), no region; a word it only opens is one ("Mont.", "Nova Scotia", "Montenegro"). */
const MONTH_OR_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;

/** A place's name in capitals as it is written otherwise: "FORT ST. JAMES" → "Fort St. James", "McMURRAY" → "McMurray". */
export function titledPlace(capitals: string): string {
  let first = true;
  return capitals.replace(/[\p{L}\p{M}'’.]+/gu, (word) => {
    const lower = word.toLowerCase();
    const small = !first && SMALL_PARTICLES.has(lower);
    first = false;
    if (small) return lower;
    // ("McMURRAY", "MacDONALD": the head keeps its capital and so does the next letter; "O'LEARY" too)
    const head = /^(?:Ma?c|[OD]['’])/.exec(word)?.[0].length ?? 0;
    const at = head && word.length > head + 1 ? head : 0;
    const titled = lower.charAt(0).toUpperCase() + lower.slice(1);
    return at ? titled.slice(0, at) + titled.charAt(at).toUpperCase() + titled.slice(at + 1) : titled;
  });
}

export interface DatelinePlace {
  start: number;
  end: number;
  name: string;
  kind: 'place' | 'country';
}

/**
 * The places of the dateline `text[start, end)`: its town (in capitals, or in Title Case before a
 * full date) and what follows it after a comma when that is a state's or province's abbreviation
 * or name, or a country's; dates, the agency in brackets and the dash name nothing.
 */
export function datelinePlaces(text: string, start: number, end: number): DatelinePlace[] {
  const line = text.slice(start, end);
  // ("AP-GfK Poll", "AFL-CIO", "SIEGEL--Jerome": a dash glued to both words is a compound's or a
  // notice's, no dateline's; "EXCLUSIVE —" is a label)
  if (/^[^\s,(]+-+$/.test(line.trimEnd()) && !/\s$/.test(line)) return [];
  if (LABELS.test(line)) return [];
  // the place part ends at the agency's bracket or the dash ("—", "–", "-" or "--" standing apart)
  const stop = /\s*\(|\s+-{1,2}(?:\s|$)|\s*[—–]/.exec(line);
  // (a dateline ends at a dash standing apart or an agency's bracket: "NATO, Asia-Pacific partners
  // agree …", a headline whose dash joins two words, names no place)
  if (!stop) return [];
  const head = line.slice(0, stop.index);
  const places: DatelinePlace[] = [];
  let at = 0;
  const parts = head.split(',');
  for (let i = 0; i < parts.length && i < 2; i++) {
    const part = parts[i];
    const lead = part.length - part.trimStart().length;
    const word = part.trim();
    const from = start + at + lead;
    at += part.length + 1;
    // ("TUESDAY — …", "MONDAY, Jan. 5 —": a day or a month opening the line is no town)
    if (!word || /\d/.test(word) || DAYS_AND_MONTHS.has(word.toLowerCase()) || (MONTH_OR_DAY.test(word) && i > 0)) break;
    if (i === 0) {
      const titled = titledPlace(word);
      const country = countryBySurface.get(titled.toLowerCase());
      places.push({ start: from, end: from + word.length, name: country ? country.name : titled, kind: country ? 'country' : 'place' });
      continue;
    }
    const region = regionNamed(word);
    if (region) places.push({ start: from, end: from + word.length, ...region });
  }
  return places;
}

/** A state, province or country after a dateline's town ("Va.", "VA", "Ohio", "Nigeria"), else null ("D.C." is the town's own). */
function regionNamed(word: string): Pick<DatelinePlace, 'name' | 'kind'> | null {
  const state = REGION_ABBREVIATIONS.get(word) ?? (word.length === 2 ? US_STATE_CODES.get(word) : undefined);
  if (state) return state.includes(',') ? null : { name: state, kind: 'place' };
  const lower = word.toLowerCase();
  if (US_STATES.has(lower) || REGIONS.has(lower)) return { name: word, kind: 'place' };
  const country = countryBySurface.get(lower);
  return country ? { name: country.name, kind: 'country' } : null;
}

/**
 * Mentions the dateline's places as actors of the article (after every sentence is read, so no
 * attribution sees them); each joins the actor the body names by the same name. The mention sits
 * in the paragraph after the dateline, over no token.
 */
export function mentionDatelinePlaces(st: ArticleState): void {
  const d = st.dateline;
  if (!d) return;
  const pi = st.paragraphs.findIndex((p) => p.start >= d.end);
  if (pi < 0) return;
  for (const place of datelinePlaces(st.text, d.start, d.end)) {
    const actor = st.table.find(place.kind, place.name) ?? st.table.get(place.kind, place.name);
    st.addMention(actor, pi, 0, 0, place.start, place.end);
  }
}

/**
 * The dateline's town as the actor a bare "the city" or "the town" refers to when the article
 * names no fitting place or body before it ("HAMILTON, Ont. — … Service resumes Monday, the city
 * said"): wire copy names its town once, in the dateline, which no attribution sees (see
 * mentionDatelinePlaces). `fits` tells whether a place of that name is of the description's kind
 * (a town, not a state or a country); null when there is no dateline or its first place does not fit.
 */
export function datelineTown(st: ArticleState, fits: (name: string) => boolean): LocalActor | null {
  const d = st.dateline;
  const town = d ? datelinePlaces(st.text, d.start, d.end)[0] : undefined;
  if (!town || town.kind !== 'place' || !fits(town.name)) return null;
  return st.table.find('place', town.name) ?? st.table.get('place', town.name);
}
