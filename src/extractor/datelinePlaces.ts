/**
 * The places a wire dateline names ("LYNCHBURG, Va. (AP) —", "FORT ST. JAMES, B.C. —", "KANO,
 * Nigeria —", "DULUTH, MN —"): the town, and the state, province or country after its comma. The
 * layout leaves the dateline out of every sentence (it is where the story was filed, no part of
 * what anyone said), so its places are mentioned here, after attribution, as actors of the article
 * that nothing in the body has to name again.
 */
import { countryBySurface, US_STATE_CODES, US_STATES, REGIONS } from './gazetteer';
import type { ArticleState } from './attribution/state';

/**
 * States and provinces as AP and Canadian Press style abbreviate them in datelines (AP Stylebook,
 * "state names"; The Canadian Press Stylebook, "provinces and territories"), and Canada Post's
 * two-letter province codes; the US postal codes come from `US_STATE_CODES`.
 */
const REGION_ABBREVIATIONS = new Map<string, string>(
  ('Ala. Alabama|Ariz. Arizona|Ark. Arkansas|Calif. California|Colo. Colorado|Conn. Connecticut|Del. Delaware|' +
    'Fla. Florida|Ga. Georgia|Ill. Illinois|Ind. Indiana|Kan. Kansas|Kans. Kansas|Ky. Kentucky|La. Louisiana|Md. Maryland|' +
    'Mass. Massachusetts|Mich. Michigan|Minn. Minnesota|Miss. Mississippi|Mo. Missouri|Mont. Montana|Neb. Nebraska|' +
    'Nev. Nevada|N.H. New Hampshire|N.J. New Jersey|N.M. New Mexico|N.Y. New York|N.C. North Carolina|N.D. North Dakota|' +
    'Okla. Oklahoma|Ore. Oregon|Pa. Pennsylvania|R.I. Rhode Island|S.C. South Carolina|S.D. South Dakota|Tenn. Tennessee|' +
    'Tex. Texas|Vt. Vermont|Va. Virginia|Wash. Washington|W.Va. West Virginia|Wis. Wisconsin|Wyo. Wyoming|' +
    'Alta. Alberta|B.C. British Columbia|Man. Manitoba|N.B. New Brunswick|N.L. Newfoundland and Labrador|' +
    'Nfld. Newfoundland and Labrador|N.S. Nova Scotia|Ont. Ontario|P.E.I. Prince Edward Island|Que. Quebec|' +
    'Sask. Saskatchewan|Y.T. Yukon|N.W.T. Northwest Territories|' +
    'AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador|NS Nova Scotia|' +
    'ON Ontario|PE Prince Edward Island|QC Quebec|SK Saskatchewan|YT Yukon|NT Northwest Territories|NU Nunavut')
    .split('|')
    .map((pair) => [pair.slice(0, pair.indexOf(' ')), pair.slice(pair.indexOf(' ') + 1)] as const),
);

/** Whether `word` is a US state's or a Canadian province's abbreviation with its full stops ("B.C.", "Ont.", "N.Y."), a place whatever the article names. */
export const isRegionAbbreviation = (word: string): boolean => word.includes('.') && REGION_ABBREVIATIONS.has(word);

/** Words of a place's name written small after its first word ("Sainte-Agathe-des-Monts", "Saint-Jean-sur-Richelieu", "Isle of Wight"). */
const SMALL_PARTICLES = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'sur', 'en', 'aux', 'of', 'the', 'and', 'on', 'upon', 'au']);

/** Labels a story opens with in capitals and a dash, as a dateline's town would ("EXCLUSIVE —", "BREAKING —"). */
const LABELS = /^(?:EXCLUSIVE|BREAKING|UPDATE|UPDATED|WATCH|ANALYSIS|OPINION|EDITORIAL|COMMENTARY|LIVE|VIDEO|PHOTOS|CORRECTION|ADVISORY|FACT CHECK|REVIEW|OBITUARY)\b/;

const MONTH_OR_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

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
    if (!word || /\d/.test(word) || MONTH_OR_DAY.test(word) && i > 0) break;
    if (i === 0) {
      const country = countryBySurface.get(titledPlace(word).toLowerCase());
      places.push({ start: from, end: from + word.length, name: country ? country.name : titledPlace(word), kind: country ? 'country' : 'place' });
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
