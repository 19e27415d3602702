/**
 * Part of stage 4 of attribution (see ./source): the subject before an appositive or an aside set
 * off by commas or dashes ("Lin Jian, a spokesman for …, accused", "Mr. Regalado, 69, said",
 * "Many speakers at the service — including … — said").
 */
import { CUE_FORMS, DOCUMENT_NOUNS } from '../cues';
import { BODIES_CALLED } from '../runContext';
import { knownLength } from '../knownNames';
import { CITIES, countryByDemonym, isRegionName, ROLE_NOUNS, TITLES } from '../gazetteer';
import { descriptionKinds, orgKindsOfName } from '../lexicon/organisations';
import { genderOfFirstName } from '../gender';
import { isNameWord } from '../names';
import { isPartyLabel } from '../nameWords';
import { peopleNoun } from '../lexicon/people';
import { frenchBodyEnd } from '../frenchBodies';
import { listBeforeBody } from '../bodyLists';
import { DASHES } from '../quotationForms';
import type { Token } from '../text';
import { hearsayInfinitive } from './cueSenses';
import { knownPlace, placePrepositionIn, regionLike, townAfterPreposition, townRegionModifier } from './appositivePlaces';
import { allNameWords, givenName, homeTownComma, jointWithAsides, personalName } from './appositiveNames';
import { npBackward } from './sourceBefore';
import { npForward } from './sourceAfter';
import { diedAside, kinOfPeopleBefore, pluralPeopleOf, possessorOpens } from './appositiveOwners';
import type { Np } from './state';
import { ADJUNCT_START, AFFILIATION_PREPOSITIONS, affiliationEnd, AUXILIARIES, DETERMINERS, documentParticiple, hasFiniteVerb, INDEFINITE, isParenthetical, isTitleInMarks, levelBeforeTitle, MODALS, PARTY_MEMBERS, reducedRelativeBefore, RELATIVE_PRONOUNS, restrictiveWhoBefore, skipParenthetical, STOP_BACKWARD, TITLE_LIKE } from './words';

/** Whether tokens [a, end) are a title, then "of", "at" or "for" and a capitalised name ("Chief Executive Officer of Veridian Health"). */
function officeOfBody(t: Token[], a: number, end: number): boolean {
  if (!TITLES.has(t[a].lower) && !ROLE_NOUNS.has(t[a].lower)) return false;
  // ("The top Democrat, Sen. Richard Okafor of Illinois, said": a title before a given name is a person's, the place theirs)
  if (givenName(t[a + 1]?.text ?? '')) return false;
  for (let k = a + 1; k < end - 1; k++) if ((t[k].lower === 'of' || t[k].lower === 'at' || t[k].lower === 'for') && !t[k].cap && t[k + 1].cap) return true;
  return false;
}

/**
 * Whether the comma at `comma` lists the fields of an office named before it, up to `end`: lower-case
 * words after "of" or "for" before it, and lower-case words joined by "and" or "or" (commas too) after
 * it ("of people, practice and quality", "for sales, marketing, and service").
 */
function officeFieldsListed(t: Token[], comma: number, end: number): boolean {
  let joined = false;
  for (let k = comma + 1; k < end; k++) {
    if (t[k].text === ',') continue;
    if (t[k].type !== 'word' || t[k].cap || end - comma > 8) return false;
    if (t[k].lower === 'and' || t[k].lower === 'or') joined = true;
  }
  if (!joined) return false;
  for (let k = comma - 1; k > comma - 8 && k >= 0; k--) {
    if (t[k].text === ',' && k < comma - 1) continue;
    if (t[k].type !== 'word' || t[k].cap) return false;
    if (t[k].lower === 'of' || t[k].lower === 'for') return k < comma - 1;
  }
  return false;
}

/** "Lin Jian, a spokesman for …, accused": the subject is the name before the appositive. */
export function appositiveSubject(t: Token[], comma: number, from: number): Np | null {
  // "Many speakers at the service — including Muslims and Jews — said"
  if (t[comma].text === '—') {
    for (let j = comma - 1; j > from && comma - j < 25; j--) if (t[j].text === '—') return t[j - 1]?.type === 'word' ? (afterNamedRole(t, j, from) ? commaAppositive(t, j, from) : null) ?? nameBetweenDashes(t, j, comma, from) ?? npBackward(t, j - 1, from) : null;
    return null;
  }
  return t[comma].text === ',' ? commaAppositive(t, comma, from) : null;
}

/**
 * "Her neighbour — retired teacher Ann Lee — said", "Another LeBlanc — firefighter Josée LeBlanc,
 * the mayor's niece — said": one person described, no name (a determiner or a possessive and up to
 * two words; a surname after "another"), then a name set off by two dashes (`open`, `close`) that
 * opens the aside: that person, read as between commas; null otherwise ("Democratic leaders — and,
 * in particular, Harry Reid — insisted", "Four casinos — Bally's, Caesars … — reported").
 */
function nameBetweenDashes(t: Token[], open: number, close: number, from: number): Np | null {
  if (open - from < 2 || open - from > 3 || !(DESCRIBING.has(t[from].lower) || (t[from].possessive && !t[from].cap))) return null;
  for (let k = from + 1; k < open; k++) if (t[k].type !== 'word' || t[k].possessive || (t[k].cap && !(k === from + 1 && t[from].lower === 'another')) || peopleNoun(t[k].lower) === 'plural') return null;
  const asCommas = t.slice(from, close + 1).map((x, i) => (i === open - from || i === close - from ? { ...x, text: ',', lower: ',' } : x));
  const np = commaAppositive(asCommas, close - from, 0);
  return np && np.from + from === open + 1 ? { from: open + 1, to: np.to + from } : null;
}
/** Words that open one person described before a dash: "another", "one", an article or a possessive pronoun. */
const DESCRIBING = new Set(['another', 'one', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my']);

/**
 * Whether the dash at token `dash` follows a name's appositive ("Ravi Iyer, a partner at Redwood
 * Capital — no relation to … — said"): the nearest comma before it, within a role's length, comes
 * right after a name.
 */
function afterNamedRole(t: Token[], dash: number, from: number): boolean {
  for (let j = dash - 1; j > from && dash - j < 16; j--) {
    if (t[j].type !== 'word' && t[j].text !== ',') return false;
    if (t[j].text === ',') return isNameWord(t[j - 1]);
  }
  return false;
}

const AMONG = new Set(['among', 'amongst']);

/** The subject before the appositive that ends at token `comma` (a comma, or a dash that opens an aside). */
function commaAppositive(t: Token[], comma: number, from: number): Np | null {
  // "the Coalition for Housing Justice, whose lawyer, Marcus Thunderchild, called …": the cue is
  // the relative clause's own verb, its subject the name in apposition to the owned noun
  const owned = namedAfterWhose(t, comma, from);
  if (owned) return owned;
  let end = comma;
  // "Mr. Pell, whose latest venture, Dataline, uses …, said": from its first relative pronoun on, all is aside
  for (let j = comma - 1; j > from + 1 && comma - j < 40; j--) {
    if (t[j].type === 'open' || t[j].type === 'close' || t[j].type === 'ambiguous') {
      j = quotedAliasOpen(t, j, from);
      if (j < 0) break;
      continue;
    }
    // ("Principal Tom Brar of Westview Secondary, where the boy was in Grade 12, said": a place's
    // relative clause after a subject that is a noun phrase alone, no clause of its own before it)
    const place = t[j].lower === 'where' && t[j - 1].text === ',' && !!t[j - 2]?.cap && !ADJUNCT_START.has(t[from].lower) && !hasFiniteVerb(t, from, j - 1);
    if (t[j].lower !== 'whose' && t[j].lower !== 'who' && t[j].lower !== 'which' && !place) continue;
    if (t[j - 1].text === ',') end = j - 1;
    // ("A captain who has fished here for 20 years, and who asked …, said": a second relative clause joined by "and")
    else if (t[j - 1].lower === 'and' && t[j - 2].text === ',' && j - 2 > from) end = j - 2;
  }
  // "Another marcher, who gave only her first name, Rosa, said": the name the aside gives is the speaker's
  // ("Another tenant, a man who gave his name only as Ernie, said")
  // ("One patient, who asked to be identified only by his first name, Greg, because of the stigma, said": the name, then the reason it is all)
  const why = end < comma ? reasonAside(t, comma, end) : -1;
  const named = end < comma ? nameGivenBefore(t, why > 0 ? why : comma, end) : t[comma - 2]?.lower === 'as' || t[comma - 3]?.lower === 'as' ? nameGivenAs(t, comma, from) : -1;
  if (named >= 0) return { from: named, to: why > 0 ? why : comma };
  // ("One guest, a 61-year-old former trucker named Ray, said": the name the description gives is the speaker's)
  const called = end === comma ? nameAfterNamed(t, comma, from) : -1;
  if (called >= 0) return { from: called, to: comma };
  // ("a first officer who gave his name only as Marc because he feared discipline, said": the name, then the reason it is all;
  // "A neighbour, who gave her name only as Denise because she feared for her safety, said" too)
  const reason = reasonAfterName(t, comma, from);
  const given = reason > 0 ? nameGivenAs(t, reason, from) : -1;
  if (given >= 0) return { from: given, to: reason };
  for (let j = end - 1; j > from && comma - j < 40; j--) {
    // "“…,” an intelligence source, who was not authorized …, told": the quotation ends the subject
    // (not an alias in marks: "Tom Reed, nicknamed “The Hammer”, said")
    if (t[j].type === 'open' || t[j].type === 'close' || t[j].type === 'ambiguous') {
      j = quotedAliasOpen(t, j, from);
      if (j < 0) break;
      continue;
    }
    if (t[j].text !== ',') continue;
    // ("The Fish, Food and Allied Workers union, which …, said": a comma inside a body's name, its
    // trades listed before its members, is no aside's; the whole name speaks, where it opens the
    // clause: "NAME, secretary general of the Kenya Nurses, Midwives and … Union, said" is NAME's)
    const listed = j - 1 >= from ? listBeforeBody(t, j - 1, j, end + 1) : -1;
    const listStart = t[j - 2]?.lower === 'the' ? j - 2 : j - 1;
    if (listed >= end - 1 && listed <= end && (listStart === from || (listStart > from && DASHES.has(t[listStart - 1].text)))) return { from: listStart, to: end };
    // "MDA Space, the Brampton, Ont., company that …, said": the town and region modify the
    // description's noun; the name before the description speaks, not the region
    const modified = townRegionModifier(t, j, from);
    if (modified > from + 1 && t[modified - 1].text === ',' && t[modified - 2].type === 'word') return personBeforeRole(t, npBackward(t, modified - 2, from), from);
    // the segment between the commas is tokens [a, end): tested in place, no copies (this runs for
    // every comma before an inverted or appositive subject)
    const a = j + 1;
    if (a >= end) return null;
    // ("Dana Cho, vice-president of people, practice and quality, said": the comma lists an office's fields, inside the appositive)
    if (officeFieldsListed(t, j, end)) continue;
    // "…, while a second councillor, speaking on condition of anonymity, said": the subject of a clause of its own
    // ("…, and one distributor, who did not want to be named, told me": after a relative aside, "and" opens a new subject too)
    // ("…, as Enrique Peña Nieto, contradicting Trump, said": "as" and a name open a clause of its own;
    // "as" and a role, "Ana Ruiz, as party leader, said", "Justin Trudeau, as Prime Minister, said", is an aside on the subject before)
    if (CONTRASTING.has(t[a].lower) || (t[a].lower === 'and' && end < comma) || (t[a].lower === 'as' && a + 1 < end && t[a + 1].cap && allNameWords(t, a + 1, end, true) && !officeWordIn(t, a + 1, end))) {
      const np = npBackward(t, end - 1, a + 1);
      // ("Sam Cole, Toronto, and Ann Lee, Ottawa, said": two persons, each with an aside)
      if (np?.from === a + 1) return end < comma ? jointWithAsides(t, np, from) : np;
      // ("…, and one of them, who …, told": the members named by a pronoun)
      if (end - a === 4 && t[a + 2].lower === 'of' && (t[a + 3].lower === 'them' || t[a + 3].lower === 'those')) return { from: a + 1, to: end };
      // no subject of its own: nothing before it is
      if (t[a].lower === 'and') return null;
    }
    const head = ROLE_ADVERBS.has(t[a].lower) && a + 1 < end ? t[a + 1] : t[a];
    const before = t[j - 1];
    // "The statement, issued by the foreign ministry, said": the document's author speaks, as in
    // "A statement issued by the Kremlin said"
    // ("The class action, filed by the firm Morrow Kaplan, alleges": a court filing's filer too)
    const document = before?.type === 'word' && (DOCUMENT_NOUNS.has(before.lower) || (before.lower === 'action' && t[j - 2]?.lower === 'class'));
    // ("The complaint, filed in federal court by the agency, says": a place or a time before "by")
    const by = document && ISSUED.has(t[a].lower) ? byAfterParticiple(t, a + 1, end) : -1;
    // (the author's phrase only, without an aside after it: "The suit, brought by the Veterans Legal Clinic on behalf of four plaintiffs,")
    if (by >= 0 && by + 1 < end) return npForward(t, by + 1, end) ?? { from: by + 1, to: end };
    // "The report, published on Monday, said", "The declaration, adopted by consensus, called for",
    // "The memo, sent to managers last month, says": an aside on the document
    if (document && documentParticiple(t[a])) {
      end = j;
      continue;
    }
    // ", which organized the letter,", ", wearing a T-shirt,", ", including X,": look further back
    // "…, and a steward at Bayview Hospital,": a second role of the same person
    // ", R-Maine,": a party label is the person's aside, whatever follows
    // ", Republican of South Carolina,", ", a Democrat from Ohio,": so is a party member of a place
    // ", asked by a reporter how long …,": the circumstances of what the subject says
    // ", alleged to have taken bribes,", ", said to be furious,": hearsay about the subject
    const heard = CUE_FORMS.get(t[a].lower);
    // ", among the worst hit,", ", amongst them two nurses,": the subject's place among others
    const aside = (!!heard && a + 2 < end && hearsayInfinitive(t, a, heard)) || isParenthetical(t, a, end) || AMONG.has(t[a].lower) || CIRCUMSTANCE_PARTICIPLES.has(head.lower) || RELATIVE_PRONOUNS.has(head.lower) || REASON_SUBORDINATORS.has(head.lower) || aliasAfter(t, a) >= 0 || ofWhich(t, a, end) || ((a + 1 === end || (a + 2 === end && t[a + 1].type === 'word' && t[a + 1].cap)) && isPartyLabel(head.text)) || partyOfPlace(t, a, end) || (/ing$/.test(head.lower) && !anyRoleWord(t, a, Math.min(end, a + 5))) || ((head.lower === 'and' || head.lower === 'or') && a + 1 < end && DETERMINERS.has(t[a + 1].lower)) || (head.lower === 'and' && a + 1 < end && !t[a + 1].cap && /ed$/.test(t[a + 1].lower));
    // "Luckily, the shelter will stay open …, adds": a clause is no role
    // "a Navy veteran who now is …": a relative clause inside the role does not make it a clause
    const segIsRole = !aside && !anyAuxiliary(t, a, relativeIn(t, a, end)) && roleSegment(t, a, end, head, before);
    // ("One of the victims, 81-year-old Dorothy Winters of Oakville, said": an age before the name)
    // ("The minister, the Rev. Ann Hughes, said", "The dean, the Very Rev. Tom Hale, said": a cleric's title takes "the")
    const named = /^\d{1,3}-year-old$/.test(t[a].lower) && a + 1 < end ? a + 1 : theTitle(t, a, end);
    // (a surname's particles only in a person's name: after a title or given name, or a person's noun before the comma)
    // ("The study's lead author, Dr. Ann Falsey of the University of Rochester, said": a person's name, then the body the person works at)
    // ("The bill's sponsor, Republican state Sen. Ben Toews, said": a lower-case level of government before the title)
    const titled = titleAfterLevel(t, named, end);
    const nameTo = personalName(t[titled]) ? affiliationIn(t, titled, end) : end;
    // ("The union representing transit workers, ATU Local 508, said": a union local's number ends its name)
    const unit = nameTo === end && end - named >= 3 && /^\d{1,5}[A-Z]?$/.test(t[end - 1].text) && UNIT_WORDS.has(t[end - 2].lower) ? 1 : 0;
    const segIsName = t[named].lower !== 'of' && allNameWords(t, titled, nameTo - unit, personalName(t[titled]) || (!!before && !before.cap && personNoun(before) && !descriptionKinds(before.lower)));
    // "Dr. Lin Chu, Chief Medical Officer of Veridian Health, added": an office of a body, written
    // in capitals after a person's name, is that person's role; the person speaks
    if (segIsName && before?.type === 'word' && before.cap && officeOfBody(t, a, end)) return npBackward(t, j - 1, from);
    // "… a delegate from Houston, Texas, said": a state or country that ends a place before it
    // "… a fitter from Elblag, Warmia, said": a region the gazetteer does not know, after a town that "from" or "in" opens
    const placeGoesOn = segIsName && !!before?.cap && (((knownPlace(t, a, end) || /^(?:[A-Z][a-z]{1,4}\.?|(?:[A-Z]\.){2,3})$/.test(end - a === 1 ? t[a].text : end - a === 2 ? t[a].text + t[a + 1].text : '')) && placePrepositionIn(t, Math.max(from, j - 4), j)) || (regionLike(t, a, end) && townAfterPreposition(t, j, from)));
    // "…, facing a challenge in Iowa, a swing state, said": a role of the place before it, not of the speaker;
    // "…, the editor of the Vatican's newspaper, L'Osservatore Romano, said": the name of the body before it
    const placeRole = segIsRole && !segIsName && before?.cap && knownPlace(t, j - 1, j);
    // "…, a director at the Committee for Better Banks, a group that campaigns for …, said": what
    // the body named before it is, not the speaker's role
    // ("Last month, the Independent, a British newspaper, revealed": the body itself is the subject)
    const bodyRole = !segIsName && !!before?.cap && bodyDescription(t, a, end) && affiliatedName(t, j, from);
    // (not "A spokesman for the group, Yahya Saree,": the one person speaks, see onePersonNamed)
    const bodyName = segIsName && !!before && !before.cap && BODY_NOUNS.has(before.lower) && !onePersonNamed(t, a, end, j);
    // "The neighbourhood group, Friends of Greystone, welcomed": the body the description names speaks
    if (bodyName && describedBody(t, j, from, true)) return { from: a, to: end };
    // ("The police chief in the city, Rio de Janeiro, said": a place's name after its noun is the place's)
    // (not the holder of an office of the place: "the prime minister of the Kurdish region, Masrour Barzani, said")
    const placeName = segIsName && !!before && !before.cap && PLACE_NOUNS.has(before.lower) && !(officeOfPlaceBefore(t, j, from) && personShapedSegment(t, a, end));
    // "The teachers union, the Riverside Education Association, said", "The museum next door, the
    // Portland Art Museum, said": a body's name, with its article, after the body's description
    if (!aside && !placeGoesOn && !placeName && t[a].lower === 'the' && namedBodyAfter(t, a + 1, end, before) && describedBody(t, j, from, true)) return { from: a + 1, to: end };
    // "…, medical director of the General Hospital, Ikot Ekpene, told": the town of the body named
    // before it (capitalised words, none a given name), as datelines and letterheads write it
    const bodysTown = !segIsRole && before?.type === 'word' && before.cap && orgKindsOfName(before.text).length > 0 && townOfBody(t, a, end);
    // "The Consumers' Association of Canada, Manitoba branch, which …, said": a body's chapter by
    // its place, after the body's name, is an aside on that name; the body speaks
    const chapter = before?.type === 'word' && before.cap && bodyChapter(t, a, end);
    if (placeGoesOn || aside || placeRole || bodyRole || bodyName || placeName || bodysTown || chapter || listedNameTail(t, a, end, j, from)) {
      end = j;
      continue;
    }
    // "Sam Cole, Toronto, said", "Ana Ruiz, Dartmouth, N.S., told": a person's home town, as
    // letters and vox pops give it, is an aside on the name before it
    const town = segIsName && before?.type === 'word' ? homeTownComma(t, a, end, j, from) : -1;
    if (town >= 0) {
      end = j = town;
      continue;
    }
    // "Lawyers for the developer, Brazos Land Partners, said": the name is the developer's, the lawyers speak
    // ("A spokesman for the group, Yahya Saree,": a name after one person is that person's)
    const people = segIsName ? peopleForDescription(t, j, from) : -1;
    if (people >= 0 && bodyNameAfterPeople(t, a, end, t[people])) return npBackward(t, j - 1, from);
    // ("The family of one of the patients, 37-year-old Lisa Moreau, who died …, said": the name is the
    // dead patient's; the family speaks)
    const kin = segIsName && diedAside(t, end, comma) ? kinOfPeopleBefore(t, j, from) : -1;
    if (kin >= 0) return { from: kin, to: j };
    // ("Friends of the pilot, Tom Ode, said", "Relatives of one of the victims, Winnipeg resident
    // Ana Roy, said": one person's name after people in the plural and their "of" is the one they
    // are of; the people speak)
    const theirs = !aside && end - a <= 6 && isNameWord(t[end - 1]) && !t.slice(a, end).some((x) => x.lower === 'and') ? pluralPeopleOf(t, j, from) : -1;
    if (theirs >= 0) return { from: theirs, to: j };
    // ("The dairy's owners, Hélène and Marc-Antoine Gagnon, said", "The parents of the boy, Ann and
    // Tom Hale, said": two people named, joined by "and", after people in the plural, are they; the two speak)
    if (!aside && before?.type === 'word' && !before.cap && pluralPeopleBefore(t, j, from) && twoNamesJoined(t, a, end)) return { from: a, to: end };
    if (segIsName) return { from: named, to: nameTo };
    // "Its chair, retired judge Martin Delorme, said": a role before the comma that names no one,
    // and a role with the name in apposition; the named person speaks, with the role
    // ("The chair of the panel, lawyer Anna Berg, said": the role before the comma with its post-modifier)
    // ("One witness, retired mail carrier Walter Hughes, said": after one person's noun, any
    // occupation the lists lack; "A longtime subscriber, retired dentist Paul Gerber, said": after
    // one person's description, a known role)
    if (!aside && before?.type === 'word' && !before.cap && !anyAuxiliary(t, a, end)) {
      const onePerson = personNoun(before) || roleWithModifier(t, j, from) || oneOfPeople(t, j, from);
      // ("One witness, retired teacher Joan Kowalski of Erie, said": the name's home town after it)
      const beforeTown = homeTownStart(t, a, end);
      if (namedAfterRole(t, a, beforeTown) ? onePerson || describedOne(t, j, from) : onePerson && namedAfterDescription(t, a, beforeTown)) return { from: a, to: end };
    }
    // "Mr. Regalado, 69, said"
    // ("Sam Cole, 54, and Ann Lee, 60, said": the two speak)
    // ("One former youth in care, now 19, said": the age after "now" or "then")
    if ((end - a === 1 || (end - a === 2 && (t[a].lower === 'now' || t[a].lower === 'then'))) && /^\d{1,3}$/.test(head.text) && before?.type === 'word') {
      const np = npBackward(t, j - 1, from);
      return np && jointWithAsides(t, np, from);
    }
    // "Marley Anderson, 21, a junior from …, said": an age between name and role;
    // "Rep. Elijah Cummings (D-Md.), chair of …, said": a party label between them
    let nameEnd = skipParenthetical(t, j - 1, from);
    // "Sen. Ray Dunn, R-Ohio, a close ally, told": a party label there too
    if (segIsRole && nameEnd - 2 >= from && (/^\d{1,3}$/.test(t[nameEnd].text) || isPartyLabel(t[nameEnd].text)) && t[nameEnd - 1].text === ',') nameEnd -= 2;
    if (segIsRole && nameEnd >= from && t[nameEnd].type === 'word') return personBeforeRole(t, npBackward(t, nameEnd, from), from);
    return null;
  }
  // "Mrs. Clinton, who did not say so, said": the asides reach back to the subject itself
  if (end >= comma || (t[end - 1]?.type !== 'word' && t[end - 1]?.text !== ')')) return null;
  const np = npBackward(t, skipParenthetical(t, end - 1, from), from);
  // ("Several airlines that use SkyLink, including Porter Airlines, said": the phrase a restrictive
  // relative clause modifies, not its object; "A lawyer representing the family, who asked not to be
  // named, said": nor a participle's clause's)
  const who = np ? restrictiveWhoBefore(t, np.from, from) : -1;
  const modified = who > from ? who : np ? reducedRelativeBefore(t, np.from, from) : -1;
  return (modified > from ? npBackward(t, modified - 1, from) : null) ?? np;
}

/**
 * The person whose name stands before role phrase `np` in apposition ("Victor Schwartz, | the owner
 * of Vino Selections, | a wine importer, said": the role that the second appositive describes is
 * the person's), or `np` itself when no person's name (a title or a known given name first) does.
 */
function personBeforeRole(t: Token[], np: Np | null, from: number): Np | null {
  if (!np || np.from - 2 <= from || t[np.from - 1].text !== ',' || !DETERMINERS.has(t[np.from].lower)) return np;
  const name = npBackward(t, np.from - 2, from);
  return name && personalName(t[name.from]) && allNameWords(t, name.from, np.from - 1, true) ? name : np;
}

/**
 * Whether segment [a, end) ends a body's name whose first words are a list before the comma at
 * `comma`: "head of the Kenya Medical Practitioners, | Pharmacists and Dentists Union |, said"
 * (capitalised words with an "and", after "of the" and capitals); the role goes on, no one's name.
 * A serial comma splits such a list into more pieces ("at the School of Marine, | Atmospheric, |
 * and Earth Science |, said"): the last piece may open with its "and", and a piece before it is
 * one whose list goes on after it to such an "and"; no piece opens with a given name ("the chair
 * of the board, Tom Hale, and Ann Lee, said" names people).
 */
function listedNameTail(t: Token[], a: number, end: number, comma: number, from: number): boolean {
  let and = false;
  for (let i = a; i < end; i++) {
    if (t[i].lower === 'and') and = i < end - 1 && (i > a || t[i - 1].text === ',');
    else if (t[i].type !== 'word' || !t[i].cap) return false;
  }
  const first = t[a].lower === 'and' ? a + 1 : a;
  if (first > a && givenName(t[first].text)) return false;
  if (!and && !(first === a && !givenName(t[a].text) && serialListAfter(t, end))) return false;
  let k = comma - 1;
  // (back over the list's earlier pieces and their commas, a name's length at most)
  while (k > from && comma - k < 12 && ((t[k].type === 'word' && t[k].cap) || (t[k].text === ',' && t[k - 1]?.cap && first > a))) k--;
  return k < comma - 1 && (t[k].lower === 'the' || t[k].lower === 'of');
}

/** Whether the comma at token `comma` goes on with a serial list of capitalised words to its "and" and a last piece that a comma closes ("…, | Atmospheric, and Earth Science,"). */
function serialListAfter(t: Token[], comma: number): boolean {
  if (t[comma]?.text !== ',') return false;
  for (let k = comma + 1; k < t.length && k - comma < 10; k++) {
    if (t[k].lower === 'and') return t[k - 1].text === ',' && !!t[k + 1]?.cap && !givenName(t[k + 1].text);
    if (t[k].text !== ',' && !(t[k].type === 'word' && t[k].cap)) return false;
  }
  return false;
}

/** Where a person's name that opens segment [a, end) ends when the body the person works at closes the segment ("Dr. Ann Falsey | of the University of Rochester"); `end` otherwise. */
function affiliationIn(t: Token[], a: number, end: number): number {
  let k = a + 1;
  while (k < end && isNameWord(t[k])) k++;
  return k > a + 1 && k < end && affiliationEnd(t, k, end) === end ? k : end;
}

/** Whether the segment [a, end) is one to three capitalised words that open with no given name: a town's name ("Ikot Ekpene", "Mthatha"). */
function townOfBody(t: Token[], a: number, end: number): boolean {
  if (end - a > 3) return false;
  for (let k = a; k < end; k++) if (t[k].type !== 'word' || !t[k].cap || TITLES.has(t[k].lower)) return false;
  return !givenName(t[a].text);
}

/** Whether the capitalised name that ends before the comma at `comma` is the object of an affiliation ("director of Project South"), not the subject itself. */
function affiliatedName(t: Token[], comma: number, from: number): boolean {
  let k = comma - 1;
  while (k > from && comma - k <= 8 && t[k].type === 'word' && (t[k].cap || t[k].lower === 'and' || t[k].lower === 'of' || t[k].lower === 'the') && !AFFILIATION_PREPOSITIONS.has(t[k - 1]?.lower ?? '')) k--;
  return k > from && AFFILIATION_PREPOSITIONS.has(t[k - 1].lower);
}

/**
 * Whether the segment [a, end) is a body's description: a determiner, then lower-case words whose
 * head (before a preposition, relative or alias) is a body's noun ("a trade group for newspapers", "a
 * nonprofit that …"), the first of them may be where it is ("an Atlanta-based group that …", "a
 * New York advocacy group").
 */
function bodyDescription(t: Token[], a: number, end: number): boolean {
  if (!DETERMINERS.has(t[a].lower) || t[a].possessive) return false;
  let k = a + 1;
  while (k < end && k - a <= 3 && t[k].type === 'word' && t[k].cap && !t[k].possessive) k++;
  const from = k;
  // (the head before the body's other name, too: "a consumer group known as TURN")
  while (k < end && k - from <= 3 && t[k].type === 'word' && !t[k].cap && !t[k].possessive && !STOP_BACKWARD.has(t[k].lower) && aliasAfter(t, k) < 0) k++;
  const head = t[k - 1];
  return k > from && !!descriptionKinds(head.lower) && !peopleNoun(head.lower);
}

/**
 * Where the name starts when the words before the comma at `comma` are ", NAME" after the word
 * "name" ("… who gave only her first name, Rosa"), no earlier than token `from`; -1 otherwise.
 */
export function nameGivenBefore(t: Token[], comma: number, from: number): number {
  let a = comma - 1;
  while (a > from && comma - a <= 3 && t[a].type === 'word' && t[a].cap) a--;
  if (t[a].lower === 'as') return nameGivenAs(t, comma, from);
  if (!(a < comma - 1 && a > from && t[a].text === ',' && (t[a - 1].lower === 'name' || t[a - 1].lower === 'names'))) return -1;
  // a person's own name ("her first name", "his name"), not a thing's ("the restaurant's name, Blue Heron")
  const owner = NAME_KINDS.has(t[a - 2]?.lower ?? '') ? t[a - 3] : t[a - 2];
  return owner && PERSONAL_POSSESSIVES.has(owner.lower) ? a + 1 : -1;
}
/**
 * Where NAME starts in "a … trucker named Ray," or "a woman called Mona Diaz," before the comma at
 * `comma` (no earlier than `from`): one to three name words, the first a given name (any, after a
 * body's noun: "a group called Millbrook Forward"), after "named"
 * or "called" that follows a lower-case noun, with "a", "an", "one" or "another" at most four words
 * before it; -1 otherwise ("a player named MVP", "a firm named in the suit" are none).
 */
function nameAfterNamed(t: Token[], comma: number, from: number): number {
  let a = comma - 1;
  while (a > from && comma - a <= 3 && t[a].type === 'word' && t[a].cap) a--;
  const noun = t[a - 1];
  // ("Organizers of the recall, a group called Millbrook Forward, said": a body's noun needs no given name after it)
  const body = !!noun && BODIES_CALLED.has(noun.lower);
  if (a === comma - 1 || a - 2 < from || (t[a].lower !== 'named' && t[a].lower !== 'called') || !(body || givenName(t[a + 1].text)) || !allNameWords(t, a + 1, comma, false)) return -1;
  if (noun.type !== 'word' || noun.cap || AUXILIARIES.has(noun.lower) || /ly$/.test(noun.lower)) return -1;
  for (let k = a - 1; k >= from && a - k <= 5; k--) {
    if (t[k].type !== 'word') return -1;
    // (a body's only where the description opens the aside: "Tom Miller, at a consulting firm called Gavekal, argues" is Miller's)
    if (INDEFINITE.has(t[k].lower)) return !body || t[k - 1]?.text === ',' ? a + 1 : -1;
  }
  return -1;
}
/**
 * Where a cleric's title starts when segment [a, end) opens with "the" and it ("the Rev. Ann
 * Hughes", "the Very Rev. Tom Hale", "the Most Rev. Luis Ortiz") and a name follows; `a` otherwise.
 */
function theTitle(t: Token[], a: number, end: number): number {
  if (t[a].lower !== 'the' || a + 2 >= end) return a;
  const title = CLERIC_GRADES.has(t[a + 1].lower) ? a + 2 : a + 1;
  return title + 1 < end && THE_TITLES.has(t[title].lower) && isNameWord(t[title + 1]) ? title : a;
}
/** Titles written after "the" ("the Rev. Ann Hughes"), and the grades before them ("the Very Rev.", "the Right Rev.", "the Most Rev."). */
const THE_TITLES = new Set(['rev.', 'reverend', 'hon.', 'honourable', 'honorable']);
const CLERIC_GRADES = new Set(['very', 'right', 'most']);
/** Where NAME starts in "gave his name (only) as NAME," or "identified (herself) (only) as NAME," before the comma at `comma` (no earlier than `from`); -1 otherwise. */
export function nameGivenAs(t: Token[], comma: number, from: number): number {
  let a = comma - 1;
  while (a > from && comma - a <= 3 && t[a].type === 'word' && t[a].cap) a--;
  if (a === comma - 1 || a <= from + 1 || t[a].lower !== 'as') return -1;
  // ("identified herself as Ortiz's sister", "as Jewish", "as Canadian": an owner of what is named, or
  // a faith, a nation or a party the person claims, is no name)
  for (let k = a + 1; k < comma; k++) if (t[k].possessive || identityWord(t[k].lower)) return -1;
  const w = t[a - 1].lower === 'only' ? a - 2 : a - 1;
  if (t[w]?.lower === 'identified') return a + 1;
  // ("who identified herself only as Colleen", "identifying himself as Dave": the one the verb names is its subject)
  // (but "identified herself as Cree", "as MAGA", with no "only": one word no given name is what she
  // is, not what she is called)
  if (SELF_NAMERS.has(t[w]?.lower ?? '') && IDENTIFYING.has(t[w - 1]?.lower ?? '')) return w === a - 1 && comma - a === 2 && genderOfFirstName(t[a + 1].base) === null ? -1 : a + 1;
  return (t[w]?.lower === 'name' || t[w]?.lower === 'names') && PERSONAL_POSSESSIVES.has(t[w - 1]?.lower ?? '') ? a + 1 : -1;
}
/** The comma that opens a reason aside ("…, because of the stigma," "…, for fear of reprisals,") closing the relative clause that starts at `end` before the comma at `comma`; -1 when none does. */
function reasonAside(t: Token[], comma: number, end: number): number {
  for (let k = comma - 2; k > end && comma - k <= 12; k--) {
    if (t[k].type !== 'word' && t[k].text !== ',') return -1;
    if (t[k].text === ',') return t[k + 1].lower === 'because' || (t[k + 1].lower === 'for' && t[k + 2]?.lower === 'fear') ? k : -1;
  }
  return -1;
}
/** Where a reason for giving one name only opens ("… as Marc because he feared discipline,", "for fear of …"), before the comma at `comma`; -1 when none does. */
function reasonAfterName(t: Token[], comma: number, from: number): number {
  for (let k = comma - 2; k > from + 2 && comma - k <= 12; k--) {
    if (t[k].type !== 'word' || t[k].text === ',') return -1;
    if ((t[k].lower === 'because' || (t[k].lower === 'for' && t[k + 1]?.lower === 'fear')) && t[k - 1].cap) return k;
  }
  return -1;
}
/** Whether a capitalised word after "identified as" is an identity claimed rather than a name: a nation's people, a party's member, a faith or a people. */
function identityWord(lower: string): boolean {
  return countryByDemonym.has(lower) || PARTY_MEMBERS.has(lower) || IDENTITY_ADJECTIVES.has(lower);
}
/** Faiths and peoples a person may identify as (lower case): "identified herself as Jewish". */
const IDENTITY_ADJECTIVES = new Set(['jewish', 'jew', 'muslim', 'catholic', 'protestant', 'anglican', 'baptist', 'evangelical', 'mormon', 'hindu', 'sikh', 'buddhist', 'atheist', 'agnostic', 'indigenous', 'aboriginal', 'métis', 'metis', 'inuk', 'inuit', 'latino', 'latina', 'latinx', 'hispanic', 'asian', 'african', 'arab', 'black', 'white', 'lgbtq', 'lgbt', 'gay', 'lesbian', 'bisexual', 'transgender', 'trans', 'queer', 'nonbinary', 'non-binary']);
/** Reflexives after "identified" that name the subject ("who identified herself as …"), and that verb's forms. */
export const SELF_NAMERS = new Set(['herself', 'himself', 'themselves', 'themself']);
export const IDENTIFYING = new Set(['identified', 'identifies', 'identifying']);
const NAME_KINDS = new Set(['first', 'given', 'last', 'full', 'middle', 'family']);
const PERSONAL_POSSESSIVES = new Set(['her', 'his', 'their', 'my']);

/** Whether tokens [a, end) are a party member of a place: "Republican of South Carolina", "a Democrat from Ohio". */
function partyOfPlace(t: Token[], a: number, end: number): boolean {
  const k = INDEFINITE.has(t[a].lower) ? a + 1 : a;
  if (end - k < 3 || !t[k].cap || !PARTY_MEMBERS.has(t[k].lower) || (t[k + 1].lower !== 'of' && t[k + 1].lower !== 'from')) return false;
  for (let j = k + 2; j < end; j++) if (t[j].type !== 'word' || !t[j].cap) return false;
  return true;
}

/** Participles that open an aside on the circumstances of speaking: "Ana Ruiz, asked by a reporter how long …, said". */
const CIRCUMSTANCE_PARTICIPLES = new Set(['asked', 'pressed', 'questioned', 'quizzed', 'reached', 'contacted', 'interviewed', 'approached', 'told', 'informed', 'shown', 'flanked', 'surrounded', 'accompanied', 'joined']);

/**
 * Where the other name starts when token `a` opens words that give one ("known as Hemedti", "also
 * known as …", "better known as …", "nicknamed …", "dubbed …", "aka …"): the index after those
 * words; -1 when they give none.
 */
export function aliasAfter(t: Token[], a: number): number {
  const w = t[a]?.lower;
  if (w === 'nicknamed' || w === 'dubbed' || w === 'aka') return a + 1;
  const k = w === 'also' || w === 'better' ? a + 1 : a;
  return t[k]?.lower === 'known' && t[k + 1]?.lower === 'as' ? k + 2 : -1;
}

/**
 * "nicknamed “The Hammer”", "known as ‘Spike’": for the closing mark at token `close`, the index
 * of its opening mark when a word of another name stands before it (a nickname in marks, which
 * belongs to the appositive); -1 otherwise (a quotation, which ends the subject).
 */
function quotedAliasOpen(t: Token[], close: number, from: number): number {
  if (t[close].type === 'open') return -1;
  for (let k = close - 1; k > from && close - k <= 6; k--) {
    if (t[k].type !== 'open' && t[k].type !== 'ambiguous') continue;
    // ("known as", "nicknamed" …: the words of aliasAfter end right at the mark)
    // (and a work's title after its noun: "Dubois, whose 2019 debut “What the River Said” won …, told")
    return aliasAfter(t, k - 1) === k || aliasAfter(t, k - 2) === k || (t[k - 1]?.type === 'word' && !t[k - 1].cap && isTitleInMarks(t, k, close)) ? k : -1;
  }
  return -1;
}

/** The "by" of an issuing participle's agent among tokens [from, end), within six words, no comma before it; -1 when none. */
function byAfterParticiple(t: Token[], from: number, end: number): number {
  for (let k = from; k < end && k - from <= 6; k++) {
    if (t[k].type !== 'word') return -1;
    if (t[k].lower === 'by') return k;
  }
  return -1;
}

/** Participles by which a document's author issues it: "issued by", "released by"; a lawsuit's or a complaint's, "filed by", "brought by". */
const ISSUED = new Set(['issued', 'released', 'published', 'posted', 'signed', 'sent', 'circulated', 'distributed', 'filed', 'brought']);

/** Conjunctions that open a clause of another subject: "…, while a second councillor, …, said". */
const CONTRASTING = new Set(['while', 'whereas', 'but', 'although', 'though', 'yet']);
/** Subordinators of an aside on the subject's reasons or circumstances: "A neighbour, because she feared reprisals, said". */
const REASON_SUBORDINATORS = new Set(['because', 'since', 'after', 'before', 'when', 'once', 'unless', 'if']);

/**
 * Whether the segment [a, end) of an appositive reads as a role (`head` its first word past an
 * adverb, `before` the token before its comma): "a spokesman for …", "co-founder of …", "who …", a
 * place and time ("in Kentucky"), or a lower-case description after a name ("senior associate at
 * the Annenberg Institute").
 */
function roleSegment(t: Token[], a: number, end: number, head: Token, before: Token | undefined): boolean {
  if ((DETERMINERS.has(head.lower) && head.lower !== 'that') || anyRoleWord(t, a, Math.min(end, a + 5)) || head.lower === 'who' || ADJUNCT_START.has(head.lower)) return true;
  // "Mitch Ferris, Carver's linemate, said", "Ana Ruiz, Trump's former lawyer, said": a relation
  // to someone named by a possessive, whatever its noun, is the name's role
  const related = head.type === 'word' && head.cap && head.possessive && a + 1 < end && t[a + 1].type === 'word' && !t[a + 1].cap;
  // "Lee, accused of lying, said", "Lee, criticized by residents, said": a passive participle that
  // opens the segment is a modifier of the name, not a reporting clause
  // (of a person's noun too: "The businessman, accused of bribing officials, said"; and of a body's,
  // "The railway, now owned by Arctic Gateway Group, said", "The company, based in Calgary, said";
  // and of people in the plural, "The shippers, represented by the Midwest Gas Consumers Group, argued")
  const h = head === t[a] ? a : a + 1;
  const participle = head.lower.endsWith('ed') && h + 1 < end && PARTICIPLE_PREPOSITIONS.has(t[h + 1].lower) ? h : -1;
  if (head.type !== 'word' || (head.cap && !related) || !(isNameWord(before) || (participle >= 0 && !!before && !before.cap && (personNoun(before) || peopleNoun(before.lower) === 'plural' || !!descriptionKinds(before.lower))))) return false;
  for (let i = a; i < end; i++) if (AUXILIARIES.has(t[i].lower) || (CUE_FORMS.has(t[i].lower) && !t[i].cap && i !== participle)) return false;
  return true;
}

/** Lower-case nouns of a body's chapter after its place ("Manitoba branch", "Ontario division"). */
const CHAPTER_NOUNS = new Set(['branch', 'chapter', 'division', 'section', 'wing']);

/** Whether segment [a, end) is a body's chapter by its place: one or two capitalised place words, then a chapter's noun in lower case ("Manitoba branch", "Nova Scotia division"). */
function bodyChapter(t: Token[], a: number, end: number): boolean {
  if (end - a < 2 || end - a > 3 || !CHAPTER_NOUNS.has(t[end - 1].lower) || t[end - 1].cap) return false;
  if (knownPlace(t, a, end - 1)) return true;
  for (let i = a; i < end - 1; i++) if (!(t[i].type === 'word' && t[i].cap && (CITIES.has(t[i].lower) || isRegionName(t[i].text)))) return false;
  return true;
}

/** A union's branch before its number ("Local 508", "District 751", "Lodge 12"). */
const UNIT_WORDS = new Set(['local', 'district', 'lodge']);

/** Prepositions after a passive participle: "accused of", "criticized by", "asked about", "charged with". */
const PARTICIPLE_PREPOSITIONS = new Set(['of', 'by', 'about', 'over', 'for', 'in', 'as', 'with']);

/**
 * Whether segment [a, end) ends in a name right after a lower-case role noun ("retired judge
 * Martin Delorme", "veteran barrister Ana Ruiz"); not a name a preposition opens ("an aide
 * to Gov. Tim Walz").
 */
function namedAfterRole(t: Token[], a: number, end: number): boolean {
  let n = end;
  while (n > a && isNameWord(t[n - 1])) n--;
  return n < end && n > a && !t[n - 1].cap && personNoun(t[n - 1]);
}

/** Where "of Erie" or "from Leeds" ends segment [a, end) after a name ("Joan Kowalski of Erie"); `end` when it does not. */
function homeTownStart(t: Token[], a: number, end: number): number {
  let n = end;
  while (n > a && end - n < 4 && isNameWord(t[n - 1])) n--;
  const by = t[n - 1];
  return n < end && n - 2 > a && (by.lower === 'of' || by.lower === 'from') && isNameWord(t[n - 2]) ? n - 1 : end;
}

/**
 * Whether segment [a, end) is one to three lower-case words of a description and a full name
 * ("retired mail carrier Walter Hughes", "nurse practitioner Daniel Reyes"): no function word
 * among them, so no clause or phrase of its own ("an aide to Gov. Tim Walz").
 */
function namedAfterDescription(t: Token[], a: number, end: number): boolean {
  let n = end;
  while (n > a && isNameWord(t[n - 1])) n--;
  if (end - n < 2 || n === a || n - a > 3) return false;
  for (let i = a; i < n; i++) if (t[i].type !== 'word' || t[i].cap || DESCRIPTION_STOPS.has(t[i].lower) || DETERMINERS.has(t[i].lower) || CUE_FORMS.has(t[i].lower)) return false;
  return true;
}
const DESCRIPTION_STOPS = new Set(['to', 'for', 'of', 'at', 'with', 'from', 'by', 'in', 'on', 'and', 'or', 'as', 'who', 'whose', 'which', 'not', 'than', 'like']);

/** Whether the phrase before the comma at `comma` is one person described ("A longtime subscriber", "One regular"): "a", "an", "one" or "another", then one or two lower-case words. */
function describedOne(t: Token[], comma: number, from: number): boolean {
  const d = comma - 2 >= from && INDEFINITE.has(t[comma - 2].lower) ? comma - 2 : comma - 3 >= from && INDEFINITE.has(t[comma - 3].lower) && t[comma - 2].type === 'word' && !t[comma - 2].cap ? comma - 3 : -1;
  return d >= 0 && (d === from || t[d - 1].type !== 'word');
}

/**
 * Whether the words before the comma at `comma` are a role noun in lower case and its
 * post-modifier ("the chair | of the panel", "the head | of the external panel"): up to four
 * words after "of", "for", "at" or "with", none a verb's.
 */
function roleWithModifier(t: Token[], comma: number, from: number): boolean {
  for (let k = comma - 2; k > from && comma - k <= 5; k--) {
    const x = t[k];
    if (AFFILIATION_PREPOSITIONS.has(x.lower)) return !t[k - 1].cap && personNoun(t[k - 1]);
    if (x.type !== 'word' || AUXILIARIES.has(x.lower) || CUE_FORMS.has(x.lower)) return false;
  }
  return false;
}

/**
 * Whether the words before the comma at `comma` are one of some people: "One of the plaintiffs",
 * "one of her neighbours" (a determiner and a plural people noun after "one of").
 */
function oneOfPeople(t: Token[], comma: number, from: number): boolean {
  return onePersonOf(t, comma - 1, from) || modifiedOnePerson(t, comma, from);
}

/**
 * Whether "one of the …" and its plural noun of people end before a participle or a relative
 * clause that runs, with no punctuation, up to the comma at `comma` ("One of the people affected,
 * retired nurse …", "One of the tenants whose files were exposed, …").
 */
function modifiedOnePerson(t: Token[], comma: number, from: number): boolean {
  for (let k = comma - 2; k > from + 2 && comma - k <= 8; k--) {
    if (t[k].type !== 'word' || t[k + 1].type !== 'word') return false;
    const next = t[k + 1].lower;
    if ((/(?:ed|en)$/.test(next) || next === 'who' || next === 'whose' || next === 'that') && !t[k + 1].cap && onePersonOf(t, k, from)) return true;
  }
  return false;
}

/** Whether token `at` is the plural noun of people that ends "one of the …" ("One of the tenants"). */
function onePersonOf(t: Token[], at: number, from: number): boolean {
  const noun = t[at];
  if (at - 3 < from || noun.cap || !DETERMINERS.has(t[at - 1].lower) || t[at - 2].lower !== 'of' || t[at - 3].lower !== 'one') return false;
  // (the singular read from the word, not a spread copy of the token: a copy's shape is not a token's)
  return peopleNoun(noun.lower) === 'plural' || (noun.lower.endsWith('s') && personNounOf(noun.lower.slice(0, -1), noun.text));
}

/** A role word or a noun for one person ("judge", "barrister"). */
function personNoun(x: Token): boolean {
  return personNounOf(x.lower, x.text);
}

/** `personNoun` of a word read as `lower` ("plaintiff" for "plaintiffs"), `text` as written. */
function personNounOf(lower: string, text: string): boolean {
  return roleWordOf(lower, text) || peopleNoun(lower) === 'singular';
}

/** Whether tokens [a, b) hold a role word (see `roleWord`). */
function anyRoleWord(t: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (roleWord(t[i])) return true;
  return false;
}

/** Whether tokens [a, b) hold an auxiliary or a modal: a clause. */
function anyAuxiliary(t: Token[], a: number, b: number): boolean {
  // (not capitalised inside the segment: "hired in May" holds the month, "Will" is a name)
  for (let i = a; i < b; i++) if (!t[i].cap && (AUXILIARIES.has(t[i].lower) || MODALS.has(t[i].lower))) return true;
  return false;
}

/** Where a relative clause ("who", "whose") inside a segment [a, end) begins, past its first word; `end` when none does. */
function relativeIn(t: Token[], a: number, end: number): number {
  for (let i = a; i < end; i++) if (t[i].lower === 'who' || t[i].lower === 'whose') return i > a ? i : end;
  return end;
}

/** Whether tokens [a, b) hold a title or a role's word ("Prime Minister", "Chief Public Health Officer", "Treasurer"). */
function officeWordIn(t: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (TITLES.has(t[i].lower) || ROLE_NOUNS.has(t[i].lower)) return true;
  return false;
}

/** Words before a role in apposition: ", also a GOP presidential hopeful,". */
const ROLE_ADVERBS = new Set(['also', 'now', 'still', 'once', 'then', 'himself', 'herself', 'themselves']);

/** A role noun ("spokesman", "co-founder") or a title word ("Secretary"). */
function roleWord(x: Token): boolean {
  return roleWordOf(x.lower, x.text);
}

/** `roleWord` of a word read as `lower`, `text` as written. */
function roleWordOf(lower: string, text: string): boolean {
  return ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(lower.replace(/^[a-z]+-/, '')) || TITLE_LIKE.test(text);
}

/**
 * Whether the phrase before the comma at `comma` is a bare description of a body ("the
 * neighbourhood group"): a determiner, then lower-case words to the body noun; with `modifiers`,
 * words a person's noun may be among ("a local charity", "the teachers union").
 */
function describedBody(t: Token[], comma: number, from: number, modifiers = false): boolean {
  let i = comma - 2;
  // (a name may modify the noun: "The UN refugee agency, UNHCR,", "The EU's border agency, Frontex,")
  // (a possessive name stands as its determiner: "Ferraro's bank, Dominion Savings,")
  while (i >= from && comma - i <= (modifiers ? 6 : 4) && t[i].type === 'word' && !t[i].possessive && (!t[i].cap || (i < comma - 1 && isNameWord(t[i]))) && !DETERMINERS.has(t[i].lower) && (modifiers || !personNoun(t[i])) && !AFFILIATION_PREPOSITIONS.has(t[i].lower)) i--;
  if (i >= from && t[i].possessive && i < comma - 1) return possessorOpens(t, i, from);
  // (not "lawyers for the group, X,": see peopleForDescription)
  return i >= from && DETERMINERS.has(t[i].lower) && !(i > from && AFFILIATION_PREPOSITIONS.has(t[i - 1].lower));
}

/**
 * Whether [a, end) is a body's name that may follow its description ending in `before`: name
 * words, a body's head in the name or a body's noun before the comma, and no person's noun there.
 */
function namedBodyAfter(t: Token[], a: number, end: number, before: Token | undefined): boolean {
  // (a French body's name keeps its lower-case words: "The regional health authority, the CISSS des Laurentides,")
  if (end - a < 2 || !before || before.type !== 'word' || before.cap || !(allNameWords(t, a, end, true) || frenchBodyEnd(t, a, a + 1, end) === end)) return false;
  // ("The forum's organizer, the Surrey Parent Advisory Council,": a doer's noun a body may be,
  // when the name has a body's head word, "Kelowna Chamber of Commerce" too)
  if (personNoun(before)) return BODY_DOERS.has(before.lower) && orgKindsOfName(t.slice(a, end).map((x) => x.text).join(' ')).length > 0;
  return BODY_NOUNS.has(before.lower) || !!descriptionKinds(before.lower) || orgKindsOfName(t[end - 1].text).length > 0;
}
/** Nouns of one who does something that a body may be as well as a person: "the event's organizer", "the arena's operator". */
const BODY_DOERS = new Set(['organizer', 'organiser', 'operator', 'owner', 'sponsor', 'host', 'developer', 'publisher', 'landlord', 'employer', 'contractor', 'insurer', 'lender', 'supplier', 'provider', 'distributor', 'manufacturer', 'maker', 'builder', 'buyer', 'seller', 'partner', 'promoter', 'broker', 'administrator', 'manager']);

/** Where the people noun stands when the phrase before the comma at `comma` is people for a described body ("lawyers | for the developer", "a spokesman | for the company"); -1 when it is not. */
function peopleForDescription(t: Token[], comma: number, from: number): number {
  let i = comma - 1;
  while (i >= from && comma - i <= 3 && t[i].type === 'word' && !t[i].cap && !DETERMINERS.has(t[i].lower)) i--;
  if (i < from + 2 || i === comma - 1 || !DETERMINERS.has(t[i].lower) || !AFFILIATION_PREPOSITIONS.has(t[i - 1].lower)) return -1;
  const people = t[i - 2];
  return people.type === 'word' && (personNoun(people) || peopleNoun(people.lower) !== null) ? i - 2 : -1;
}

/** Whether the name [a, end) after one person for a body ("A spokesman for the group, Yahya Saree,"; the comma at `comma`) is that person's: it opens with a title or a known given name and ends in no body's head. */
function onePersonNamed(t: Token[], a: number, end: number, comma: number): boolean {
  let i = comma - 1;
  // (the body's words may hold a name: "the leader of the opposition Liberal Democrat group, Cllr …")
  while (i > 0 && comma - i <= 7 && t[i].type === 'word' && !AFFILIATION_PREPOSITIONS.has(t[i].lower)) i--;
  if (i < 1 || !AFFILIATION_PREPOSITIONS.has(t[i].lower) || !personNoun(t[i - 1]) || peopleNoun(t[i - 1].lower) === 'plural') return false;
  // (a name the lists lack is the officer's too, but not after a paper's noun: "the editor of the paper, Le Soleil,")
  return (personalName(t[a]) || (!MEDIA_NOUNS.has(t[comma - 1].lower) && bareFullName(t, a, end))) && !orgKindsOfName(t[end - 1].text).length;
}

/**
 * Whether [a, end) reads as a person's full name the given-name lists lack ("The president of the
 * gurdwara's committee, Balwinder Dhillon,"): two or three capitalised words, no article ("Le
 * Devoir", "El País"), title, place or body's word among them.
 */
function bareFullName(t: Token[], a: number, end: number): boolean {
  if (end - a < 2 || end - a > 3 || knownPlace(t, a, end)) return false;
  for (let i = a; i < end; i++) {
    const x = t[i];
    if (x.type !== 'word' || !x.cap || x.possessive || x.text.endsWith('.') || /^\p{Lu}+$/u.test(x.text) || TITLES.has(x.lower) || ARTICLES.has(x.lower) || orgKindsOfName(x.text).length) return false;
  }
  return true;
}
const MEDIA_NOUNS = new Set(['newspaper', 'paper', 'magazine', 'network', 'channel', 'station', 'website', 'broadcaster', 'outlet']);
const ARTICLES = new Set(['the', 'le', 'la', 'les', 'el', 'los', 'las', 'die', 'der', 'das', 'il', 'lo', 'de', 'du', 'des']);

/**
 * Where the title starts after a lower-case level of government that opens segment [a, end), with
 * one capitalised word (a party's, a state's) before it: "Republican state | Sen. Ben Toews",
 * "county | Commissioner Lisa Park", "NDP provincial | Health Minister Adrian Dix"; `a` otherwise.
 */
function titleAfterLevel(t: Token[], a: number, end: number): number {
  const level = t[a].cap && !t[a].possessive ? a + 1 : a;
  return level + 1 < end && levelBeforeTitle(t, level, end) ? level + 1 : a;
}

/** The name between commas that ends at `comma` after "whose" and its noun (", whose lawyer, Ana Ruiz,"), or null. */
function namedAfterWhose(t: Token[], comma: number, from: number): Np | null {
  let a = comma;
  while (a - 1 > from && comma - a < 4 && (isNameWord(t[a - 1]) || (t[a - 1].text === '.' && a < comma))) a--;
  if (a === comma || t[a - 1]?.text !== ',' || !isNameWord(t[a])) return null;
  let w = a - 2;
  while (w > from && a - 2 - w < 3 && t[w].type === 'word' && !t[w].cap && t[w].lower !== 'whose') w--;
  return w < a - 2 && t[w].lower === 'whose' && t[w - 1]?.text === ',' ? { from: a, to: comma } : null;
}

/**
 * Whether the name [a, end) after `people` for a description (see peopleForDescription) is the
 * body's: it ends in a body's head ("Brazos Land Partners"), or the people are many and it opens
 * with no title or known given name ("Lawyers for the developer, Brazos,").
 */
function bodyNameAfterPeople(t: Token[], a: number, end: number, people: Token): boolean {
  if (orgKindsOfName(t[end - 1].text).length) return true;
  return peopleNoun(people.lower) === 'plural' && !personalName(t[a]);
}

/** Nouns for a place that a name in apposition names ("the province capital, Santiago del Estero,"). */
/** Whether an office ("prime minister", "governor") with "of", "in" or "for" opens the place's phrase that ends at the comma `comma`. */
function officeOfPlaceBefore(t: Token[], comma: number, from: number): boolean {
  for (let k = comma - 2; k > from && comma - k <= 8 && t[k].text !== ','; k--) {
    const w = t[k + 1].lower;
    if ((ROLE_NOUNS.has(t[k].lower) || TITLES.has(t[k].lower)) && (w === 'of' || w === 'in' || w === 'for')) return true;
  }
  return false;
}

/** Whether [a, end) reads as a person's name, not a place's: two to four capitalised words, no particle ("Rio de Janeiro") and no known place. */
function personShapedSegment(t: Token[], a: number, end: number): boolean {
  if (end - a < 2 || end - a > 4 || knownLength(t, a, end)) return false;
  for (let k = a; k < end; k++) if (t[k].type !== 'word' || !t[k].cap) return false;
  return true;
}

const PLACE_NOUNS = new Set(['capital', 'city', 'town', 'village', 'province', 'region', 'county', 'district', 'island', 'port', 'state']);

/** Nouns for a body that a name in apposition names ("the Vatican's newspaper, L'Osservatore Romano"). */
const BODY_NOUNS = new Set(['newspaper', 'paper', 'magazine', 'network', 'channel', 'station', 'company', 'firm', 'group', 'organization', 'organisation', 'party', 'agency', 'committee', 'foundation', 'institute', 'university', 'union', 'website', 'bank', 'fund', 'campaign', 'movement', 'coalition', 'association', 'council', 'watchdog', 'regulator', 'broadcaster', 'outlet']);

/** ", a copy of which was seen by …,", ", most of whom …,": a relative clause that opens with its noun, an aside as "which" is. */
export function ofWhich(t: Token[], a: number, end: number): boolean {
  for (let j = a + 1; j < end && j - a <= 4; j++) if (t[j].lower === 'of' && (t[j + 1]?.lower === 'which' || t[j + 1]?.lower === 'whom')) return true;
  return false;
}

/** Whether people in the plural head the phrase that ends at the comma `comma`: "The owners", "The dairy's owners", "The parents of the Georgia child". */
function pluralPeopleBefore(t: Token[], comma: number, from: number): boolean {
  for (let o = comma - 1; o >= from && comma - o <= 8 && t[o].type === 'word'; o--) {
    if (o === comma - 1 || t[o].lower === 'of') {
      const people = o === comma - 1 ? t[o] : t[o - 1];
      if (people && !people.cap && peopleNoun(people.lower) === 'plural') return true;
    }
  }
  return false;
}

/** Whether segment [a, end) is two people's names joined by one "and", each opening with a given name: "Ann Lee and Tom Hale", "Hélène and Marc-Antoine Gagnon". */
function twoNamesJoined(t: Token[], a: number, end: number): boolean {
  let and = -1;
  for (let i = a; i < end; i++) {
    if (t[i].lower === 'and' && !t[i].cap && and < 0) and = i;
    else if (!t[i].cap || !isNameWord(t[i])) return false;
  }
  return and > a && and < end - 1 && givenName(t[a].text) && givenName(t[and + 1].text);
}
