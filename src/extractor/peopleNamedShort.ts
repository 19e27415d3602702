/**
 * People the article names short by a nickname or a double given name, beside their full name
 * (a stage of ./gluedNames' folds, in a file of its own).
 */
import type { ActorTable, LocalActor } from './actors';
import { genderOfFirstName, genderOfTitle } from './gender';
import { KIN_WORDS } from './runShapes';
import { surnameToken } from './nameForms';

/** A form of a name with a title before it ("Dr. John Thomas"). */
const TITLED_NAME = /(?:^|\|)(?:Dr|Mr|Mrs|Ms|Rev|Prof|Sgt|Cpl|Capt|Const|Det)\.? /;

/** A generation's suffix ending a name: "Sr.", "Jr", "III" (the suffix's letters captured). */
const GENERATION_SUFFIX = /\s(Sr|Jr|II|III|IV)\.?$/;

/** A nickname in marks inside a name as written (`Walter "Buddy" Graves Sr.`). */
const QUOTED_NICKNAME = /["“‘']([\p{Lu}][\p{L}'’.-]*)["”’']/u;

/**
 * "Buddy Graves" beside `Walter "Buddy" Graves Sr.`: a given name and a surname, where the given
 * name is the nickname in marks of the one person of the article with that surname who has one, are
 * that person; so is "Betty Lou" beside "Betty Lou Hanna", a double given name alone (two such
 * namesakes: neither, as a wrong join is worse than two actors); so is "Walter Jr." beside the one
 * "Walter Nowicki Jr." (a given name and a generation's suffix, as families call father and son). Each such person with the one it
 * is, for the caller to fold; linear in the actors and their aliases.
 */
export function peopleNamedShort(table: ActorTable): Array<[LocalActor, LocalActor]> {
  const pairs: Array<[LocalActor, LocalActor]> = [];
  let byNickname: Map<string, LocalActor | null> | undefined;
  let byDoubleGiven: Map<string, LocalActor | null> | undefined;
  let byGeneration: Map<string, LocalActor | null> | undefined;
  for (const a of table.actors) {
    if (a.kind !== 'person') continue;
    // ("Walter Jr." beside "Walter Nowicki Jr.": a given name and a generation's suffix)
    const generation = a.nameTokens.length >= 2 ? GENERATION_SUFFIX.exec(a.name) : null;
    if (generation && spaces(a.name) >= 2) {
      const key = `${a.nameTokens[0]} ${generation[1]}`;
      byGeneration ??= new Map();
      byGeneration.set(key, byGeneration.has(key) && byGeneration.get(key) !== a ? null : a);
    }
    // (not "Duncan Hunter Sr.": a generation's suffix makes "Duncan Hunter" the son)
    if (a.nameTokens.length === 3 && genderOfFirstName(a.nameTokens[0]) !== null && genderOfFirstName(a.nameTokens[1]) !== null && !GENERATION_SUFFIX.test(a.name)) {
      const key = `${a.nameTokens[0]} ${a.nameTokens[1]}`;
      byDoubleGiven ??= new Map();
      byDoubleGiven.set(key, byDoubleGiven.has(key) && byDoubleGiven.get(key) !== a ? null : a);
    }
    for (const form of a.aliases) {
      const nick = form.includes(' ') ? QUOTED_NICKNAME.exec(form) : null;
      if (!nick) continue;
      const key = `${nick[1].toLowerCase()} ${surnameToken(a.nameTokens)}`;
      byNickname ??= new Map();
      byNickname.set(key, byNickname.has(key) && byNickname.get(key) !== a ? null : a);
    }
  }
  kinNicknamed(table, pairs);
  deanBySurname(table, pairs);
  if (!byNickname && !byDoubleGiven && !byGeneration) return pairs;
  for (const a of table.actors) {
    if (a.kind !== 'person' || a.nameTokens.length !== 2) continue;
    const generation = byGeneration && spaces(a.name) === 1 ? GENERATION_SUFFIX.exec(a.name) : null;
    const elder = generation ? byGeneration!.get(`${a.nameTokens[0]} ${generation[1]}`) : null;
    if (elder) {
      pairs.push([a, elder]);
      continue;
    }
    // (a double given name only for someone of no title or role: "Dr. John Thomas, the coroner" is
    // no "John Thomas Baker", a given name and a surname that is a given name too)
    const key = a.nameTokens.join(' ');
    const into = byNickname?.get(key) ?? (a.roles.length === 0 && !TITLED_NAME.test(a.aliases.join('|')) ? byDoubleGiven?.get(key) : undefined);
    if (into && into !== a) pairs.push([a, into]);
  }
  return pairs;
}

/**
 * "Dean Amar" beside "Vikram Amar, dean of the law school": a dean before one name word is read as
 * a given name (./runTitles), so "Dean Brody" is a person; where the article names in full one
 * other person of that surname, the dean's office and that person's surname are that person.
 * Pushed to `pairs` as in peopleNamedShort.
 */
function deanBySurname(table: ActorTable, pairs: Array<[LocalActor, LocalActor]>): void {
  for (const a of table.actors) {
    if (a.kind !== 'person' || a.nameTokens.length !== 2 || a.nameTokens[0] !== 'dean') continue;
    const same = table.actors.filter((b) => b !== a && b.kind === 'person' && b.nameTokens.length >= 2 && surnameToken(b.nameTokens) === a.nameTokens[1]);
    if (same.length === 1) pairs.push([a, same[0]]);
  }
}

/**
 * "Grandma Rose" beside "Marc's mother, Rose Pelletier": a family word and a given name is the one
 * person of the article named in full with that given name, whose gender does not disagree
 * ("Grandpa Rose" is no Rose Pelletier; two Roses: neither). Pushed to `pairs` as in peopleNamedShort.
 */
function kinNicknamed(table: ActorTable, pairs: Array<[LocalActor, LocalActor]>): void {
  const kinNamed = table.actors.filter((a) => a.kind === 'person' && a.nameTokens.length === 2 && KIN_WORDS.test(a.nameTokens[0].toLowerCase()));
  if (!kinNamed.length) return;
  const byGiven = new Map<string, LocalActor | null>();
  for (const a of table.actors) {
    if (a.kind !== 'person' || a.nameTokens.length < 2 || kinNamed.includes(a)) continue;
    const key = a.nameTokens[0].toLowerCase();
    byGiven.set(key, byGiven.has(key) && byGiven.get(key) !== a ? null : a);
  }
  for (const a of kinNamed) {
    const into = byGiven.get(a.nameTokens[1].toLowerCase());
    if (!into) continue;
    const kin = genderOfTitle(a.nameTokens[0]);
    const given = genderOfFirstName(a.nameTokens[1]);
    if (kin && given && kin !== given) continue;
    // (an elder's family word is no child's: "Marc's daughter, Rose Pelletier, 6" is no "Grandma Rose")
    if (!/^(?:cousin|brother|sister)$/.test(a.nameTokens[0].toLowerCase()) && into.roles.some((r) => CHILD_ROLE.test(r))) continue;
    pairs.push([a, into]);
  }
}

/** A role that makes its holder someone's child or grandchild. */
const CHILD_ROLE = /\b(?:son|daughter|grandson|granddaughter|niece|nephew|child|kid)\b/i;

/** How many single spaces a name holds (its words less one). */
function spaces(name: string): number {
  let n = 0;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++;
  return n;
}
