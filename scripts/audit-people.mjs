#!/usr/bin/env node
// Audits the people of a corpus (issue 7, "Must show"): among the N most-mentioned persons, prints
// suspected duplicates (two actors that may be one person: a shared surname and agreeing given
// names, nicknames, initials, a double surname, a lone surname), one person with two middle initials
// (two people merged), names that start with a title or an occupation (a role glued to a name) and
// junk names (capitals, headline fragments, adverbs, web-page words glued to a byline), things typed
// as persons (an organisation, event, movement or place), a person with an acronym for an alias,
// and a woman with an office that a man of her surname holds.
//
//   node scripts/audit-people.mjs [--top N] [--json OUT.json | PATH...]
//
// With PATH (default ../shared/corpora/polnear-dev/texts) it runs `node dist/cli.js extract PATH --json`
// itself; with --json it reads that output from a file. Its word lists are its own, not the
// extractor's, so that the audit does not share the extractor's blind spots. Exit code 0 always: it
// reports, a person judges (a shared surname is often two people: "Bill Clinton", "Hillary Clinton").
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const top = Number(opt('--top', '300'));
const jsonFile = opt('--json', undefined);
const paths = args.length ? args : ['../shared/corpora/polnear-dev/texts'];
const out = jsonFile
  ? JSON.parse(readFileSync(jsonFile, 'utf8'))
  : JSON.parse(execFileSync(process.execPath, ['dist/cli.js', 'extract', ...paths, '--json'], { maxBuffer: 1 << 30, encoding: 'utf8' }));

const people = out.actors.filter((a) => a.kind === 'person').sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name)).slice(0, top);

// Titles, offices and occupations in any case, the forms of several countries.
const TITLE_WORDS = new Set(
  ('mr mrs ms miss mx dr prof sir dame lord lady rev president vice prime minister secretary chancellor senator sen rep ' +
    'representative congressman congresswoman gov governor lt mayor gen general col maj adm admiral capt captain sgt chairman ' +
    'chairwoman chair director ambassador spokesman spokeswoman spokesperson adviser advisor chief judge justice speaker leader ' +
    'king queen prince princess pope premier professor bishop cardinal sheikh ceo founder commissioner attorney treasurer envoy ' +
    'commander dean pastor rabbi imam sheriff detective officer councilman councilwoman councillor councilor cllr assemblyman ' +
    'assemblywoman assemblymember deputy mp mpp mla mep msp td candidate nominee coach editor anchor host author writer novelist ' +
    'organizer organiser developer billionaire businessman businesswoman economist analyst strategist pollster lawyer doctor ' +
    'nurse volunteer activist state former first late sen. rep. gov. lt. gen. col. maj. adm. capt. sgt. dr. mr. mrs. ms. prof. rev. ' +
    'democrat republican candidate presidential gop liberal conservative labour tory hon honourable honorable staff counsel ' +
    'reporter correspondent editor-in-chief producer columnist dj').split(' '),
);
// Words that do not end a person's name: headline verbs, function words, common nouns.
const NOT_NAME_WORDS = new Set(
  ('says said say tells told calls slams blasts compares compare warns urges backs wins loses leads vows admits denies hits ' +
    'rips praises defends attacks accuses claims and or the of for to in on at with from by as is are was be will would ' +
    'board union party campaign committee office house senate news times post report full text abstract page section ' +
    'photo video update opinion editorial analysis hid stuns stunned advised year night tower national').split(' '),
);
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
const words = (name) => name.replace(/[’']s$/, '').split(/\s+/).filter(Boolean);
const fold = (w) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.,]/g, '');
const nameWords = (name) => words(name).filter((w) => !SUFFIX.test(w));
const surname = (name) => {
  const ws = nameWords(name);
  return ws.length ? fold(ws[ws.length - 1]) : '';
};
const given = (name) => {
  const ws = nameWords(name);
  return ws.length > 1 ? fold(ws[0]) : '';
};

// 1. suspected duplicates: people sharing a surname (the last word, or the last part of a
// hyphenated one) whose given names agree: the same name, a common nickname ("Joe"/"Joseph"), an
// initial, initials that make the nickname ("Jeb" = John Ellis Bush), a double surname written
// without the given name ("Wasserman Schultz"), or a lone surname. Two different middle initials
// ("George W." and "George H.W.") are two people. A lone surname whose every article also names two
// or more people of that surname in full is listed apart: kept apart on purpose, not a split.
// A given name one letter away ("Hilary"/"Hillary", but also "Ivana"/"Ivanka") is only "possible".
const NICKNAMES = {
  joe: 'joseph', joey: 'joseph', bill: 'william', billy: 'william', will: 'william', bob: 'robert', bobby: 'robert',
  rob: 'robert', jim: 'james', jimmy: 'james', mike: 'michael', tom: 'thomas', dick: 'richard', rick: 'richard',
  dan: 'daniel', dave: 'david', steve: 'stephen', tony: 'anthony', ben: 'benjamin', matt: 'matthew', nick: 'nicholas',
  jeff: 'jeffrey', greg: 'gregory', tim: 'timothy', ron: 'ronald', don: 'donald', ken: 'kenneth', larry: 'lawrence',
  jerry: 'gerald', chuck: 'charles', charlie: 'charles', ted: 'edward', ed: 'edward', andy: 'andrew', pete: 'peter',
  fred: 'frederick', freddy: 'frederick', johnny: 'john', jon: 'jonathan', bernie: 'bernard', newt: 'newton',
  liz: 'elizabeth', beth: 'elizabeth', kate: 'katherine', kathy: 'katherine', sue: 'susan', peggy: 'margaret',
  maggie: 'margaret', debbie: 'deborah', deb: 'deborah', cindy: 'cynthia', patty: 'patricia', hank: 'henry',
};
const canon = (g) => NICKNAMES[g] ?? g;
const INITIAL = /^[A-Z]\.?$|^(?:[A-Z]\.){2,}$|^[A-Z]{2}$/;
const middles = (name) => nameWords(name).slice(1, -1).filter((w) => INITIAL.test(w)).map((w) => w.replace(/\./g, ''));
const surnameKeys = (name) => {
  const s = surname(name);
  return s.includes('-') ? [s, s.split('-').pop()] : [s];
};
const oneEdit = (a, b) => {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
};
/** "same", "possible" or null for two person names sharing a surname. */
function likeness(x, y) {
  const a = given(x);
  const b = given(y);
  const mx = middles(x);
  const my = middles(y);
  if (mx.length && my.length && mx.join(' ') !== my.join(' ')) return null;
  if (!a || !b) return 'same';
  if (canon(a) === canon(b)) return 'same';
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 'same';
  // "Jeb" = J(ohn) E(llis) B(ush)
  const initials = (n) => nameWords(n).map((w) => fold(w)[0]).join('');
  if (initials(x) === b || initials(y) === a) return 'same';
  // "Wasserman Schultz" against "Debbie Wasserman Schultz": the shorter is the longer's tail
  const fx = nameWords(x).map(fold).join(' ');
  const fy = nameWords(y).map(fold).join(' ');
  if (fx.endsWith(` ${fy}`) || fy.endsWith(` ${fx}`)) return 'same';
  if (a.length >= 4 && b.length >= 4 && oneEdit(a, b)) return 'possible';
  return null;
}
// a lone surname is ambiguous where each of its articles names two people of it in full
const actorById = new Map(out.actors.map((a) => [a.id, a]));
const articlesOf = new Map();
for (const d of out.documents ?? []) {
  for (const m of d.mentions ?? []) {
    if (!articlesOf.has(m.actor)) articlesOf.set(m.actor, new Set());
    articlesOf.get(m.actor).add(d);
  }
}
// asked once per pair a person is in: each person's answer is kept
const loneVerdicts = new Map();
function ambiguousLone(p) {
  if (!loneVerdicts.has(p.id)) loneVerdicts.set(p.id, computeAmbiguousLone(p));
  return loneVerdicts.get(p.id);
}
function computeAmbiguousLone(p) {
  if (nameWords(p.name).length !== 1) return false;
  const docs = [...(articlesOf.get(p.id) ?? [])];
  return docs.length > 0 && docs.every((d) => {
    const full = new Set((d.mentions ?? []).map((m) => actorById.get(m.actor)).filter((a) => a && a.kind === 'person' && a.id !== p.id && nameWords(a.name).length > 1 && surname(a.name) === surname(p.name)).map((a) => a.id));
    return full.size >= 2;
  });
}
const bySurname = new Map();
for (const p of people) {
  for (const s of surnameKeys(p.name)) {
    if (!s) continue;
    if (!bySurname.has(s)) bySurname.set(s, []);
    bySurname.get(s).push(p);
  }
}
const dupGroups = [];
const ambiguous = new Set();
for (const [s, list] of bySurname) {
  if (list.length < 2) continue;
  const pairs = [];
  const possible = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [x, y] = [list[i], list[j]];
      let verdict = likeness(x.name, y.name);
      if (verdict === 'same' && (ambiguousLone(x) || ambiguousLone(y))) {
        ambiguous.add(nameWords(x.name).length === 1 ? x : y);
        verdict = null;
      }
      const pair = `${x.name} (${x.mentionCount}) ~ ${y.name} (${y.mentionCount})`;
      if (verdict === 'same') pairs.push(pair);
      else if (verdict === 'possible') possible.push(pair);
    }
  }
  dupGroups.push({ surname: s, names: list.map((p) => `${p.name} (${p.mentionCount})`), likely: pairs, possible });
}

// 2. a title or occupation glued to the name
const titled = people.filter((p) => {
  const ws = words(p.name);
  // a compound occupation too ("Botox-maker Allergan", "Hotel-owner …")
  return ws.length > 1 && (TITLE_WORDS.has(fold(ws[0])) || /-(?:maker|owner|founder|seller|builder)$/i.test(ws[0]));
});

// 2b. anonymous sources, which the extractor names by their phrase ("source", "senior official",
// "Another official"): listed apart for a look, as they are no one's name and so no junk either
const ANONYMOUS_HEADS = new Set(['source', 'sources', 'official', 'officials', 'aide', 'aides', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'insider', 'person', 'diplomat', 'staffer', 'analyst', 'lawyer', 'witness', 'resident']);
const anonymous = people.filter((p) => {
  const ws = words(p.name);
  return ANONYMOUS_HEADS.has(ws[ws.length - 1].toLowerCase()) && ws.slice(1).every((w) => /^[a-z]/.test(w));
});

// 3. junk: capitals, digits, lower-case words other than particles, headline words, adverbs, single common words
const PARTICLES = new Set(['de', 'la', 'del', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'y']);
const junk = people.filter((p) => {
  if (anonymous.includes(p)) return false;
  const ws = words(p.name);
  if (/\d/.test(p.name)) return true;
  // (a generational suffix in capitals is a name's: "Brent Bozell III")
  if (ws.some((w, i) => w.length > 2 && w === w.toUpperCase() && /[A-Z]{3}/.test(w) && !(i > 0 && /^(?:III|IV|VI{0,3})$/.test(w)))) return true;
  if (ws.some((w, i) => i > 0 && /^[a-z]/.test(w) && !PARTICLES.has(w) && !PARTICLES.has(w.split('-')[0]))) return true;
  if (ws.some((w) => NOT_NAME_WORDS.has(fold(w)))) return true;
  if (ws.length === 1 && /ly$/i.test(ws[0]) && ws[0].length > 5) return true;
  return ws.length > 5;
});

// 3b. words glued without a space: a capital inside a word after two small letters ("MaransFlag"),
// unless the word's head is a surname prefix ("McDonald", "LeVell", "DuVernay", "VandeHei");
// and the words of a web page's buttons ("Share", "Reply") inside a name
const CAMEL_PREFIXES = new Set(['mc', 'mac', 'de', 'di', 'du', 'la', 'le', 'van', 'vande', 'von', 'fitz', 'st', 'da', 'del']);
const CHROME_WORDS = new Set(['share', 'like', 'reply', 'flag', 'comment', 'comments', 'tweet', 'retweet', 'email', 'print', 'subscribe', 'follow', 'advertisement', 'login']);
const camelGlued = (w) => {
  for (const m of w.matchAll(/(?<=[a-z])[A-Z]/g)) if (!CAMEL_PREFIXES.has(w.slice(0, m.index).toLowerCase())) return true;
  return false;
};
for (const p of people) {
  if (junk.includes(p) || anonymous.includes(p)) continue;
  // also a common noun in lower case ("source") and a letter cut by a mis-decoding ("PeÃ")
  if (words(p.name).some((w) => camelGlued(w) || CHROME_WORDS.has(fold(w))) || /^[a-z]/.test(p.name) || /[ÃÂ]$/.test(p.name.normalize('NFC'))) junk.push(p);
}

// 3c. not a person: a word of an organisation, an event, a movement, a company or a place feature
// (the audit's own list), or a name that compromise's lexicon (not the extractor's lists) knows as an
// organisation, a place or a demonym and not as a given name
const THING_WORDS = new Set(
  ('war wars revolution crisis massacre olympics championship cup games summit convention depression recession matter ' +
    'matters lives movement train caravan rally march inc corp corporation llc ltd plc co group holdings bank ' +
    'journalism business jet pharmaceuticals pharmaceutical international klan continent beast girls boys pacs ' +
    'terrorist terrorists whigs tories state hook harbor harbour bay beach falls springs creek valley heights island ' +
    'point county airport elementary university college school freight analytics logistics super politics universe').split(' '),
);
const tagsOf = (name) => (nlp(name).json()[0]?.terms ?? []).map((t) => new Set(t.tags));
const thingOf = (p) => {
  const ws = nameWords(p.name);
  const hit = ws.find((w) => THING_WORDS.has(fold(w)));
  if (hit) return `"${hit}"`;
  const tags = tagsOf(p.name);
  if (!tags.length || tags[0].has('FirstName')) return null;
  if (tags.every((t) => t.has('Organization'))) return 'an organisation (lexicon)';
  if (tags.every((t) => t.has('Demonym')) || tags[tags.length - 1].has('Demonym')) return 'a demonym (lexicon)';
  if (tags.every((t) => t.has('Place'))) return 'a place (lexicon)';
  return null;
};
const things = people.map((p) => ({ p, why: thingOf(p) })).filter((x) => x.why);

// 3d. an acronym for a person's alias ("U.N." on "Kim Jong Un"): an organisation's name merged in
const ACRONYM_ALIAS = /^(?:[A-Z]\.){2,}$|^[A-Z]{2,5}$/;
const acronymAliased = people.filter((p) => p.aliases.some((a) => ACRONYM_ALIAS.test(a)));

// 3e. a woman with an office a man of her surname holds ("Michelle Obama" with "President"):
// a role taken from a neighbouring mention or from her husband. Her first name is a woman's in
// compromise's lexicon; an office word of her roles or role aliases is one of his.
const OFFICE = /\b(president|senator|governor|mayor|secretary|minister|chairman|congressman|judge|king)\b/gi;
const offices = (p) => new Set([...p.roles, ...p.aliases.filter((a) => /^(?:the |[a-z])/i.test(a) && /^(?:The |the |[a-z])/.test(a))].flatMap((r) => (r.match(OFFICE) ?? []).map((w) => w.toLowerCase())));
const femaleFirst = (p) => nameWords(p.name).length > 1 && (tagsOf(nameWords(p.name)[0])[0]?.has('FemaleName') ?? false);
const borrowedRoles = [];
for (const p of people) {
  if (!femaleFirst(p)) continue;
  const mine = offices(p);
  if (!mine.size) continue;
  const other = people.find((q) => q !== p && surname(q.name) === surname(p.name) && !femaleFirst(q) && [...offices(q)].some((o) => mine.has(o)));
  if (other) borrowedRoles.push({ p, other: other.name, roles: [...offices(other)].filter((o) => mine.has(o)).join(', ') });
}

// 4. glued words: a name that ends in another listed person's full name ("Year Barack Obama"); a
// stray word before a lone surname ("Dump Trump") shows only in the shared-surname groups above
const fullNames = new Map(people.filter((p) => nameWords(p.name).length >= 2).map((p) => [nameWords(p.name).map(fold).join(' '), p]));
const glued = [];
for (const p of people) {
  const ws = nameWords(p.name).map(fold);
  let host = null;
  for (let k = 1; k < ws.length - 1 && !host; k++) {
    const q = fullNames.get(ws.slice(k).join(' '));
    if (q && q !== p) host = q.name;
  }
  if (host) glued.push({ p, host });
}

// 5. two people in one: a person whose name and aliases have two different single middle initials
// with the same first and last name ("George W. Bush" with the alias "George P. Bush")
const middleInitial = (name) => {
  const ws = nameWords(name);
  const mids = ws.slice(1, -1).filter((w) => /^[A-Z]\.?$/.test(w));
  return ws.length >= 3 && mids.length === 1 ? { key: `${fold(ws[0])} ${fold(ws[ws.length - 1])}`, initial: mids[0][0] } : null;
};
const mergedInitials = people.filter((p) => {
  const seen = new Map();
  for (const n of [p.name, ...p.aliases]) {
    const m = middleInitial(n);
    if (!m) continue;
    if (seen.has(m.key) && seen.get(m.key) !== m.initial) return true;
    seen.set(m.key, m.initial);
  }
  return false;
});

const line = (p) => `${String(p.mentionCount).padStart(5)}  ${p.name}${p.aliases.length ? `  [${p.aliases.slice(0, 6).join(' | ')}${p.aliases.length > 6 ? ' …' : ''}]` : ''}`;
console.log(`# top ${people.length} people by mentions`);
for (const p of people) console.log(line(p));
console.log(`\n# shared surnames (${dupGroups.length} groups; "same?" pairs have agreeing given names or none)`);
for (const g of dupGroups) console.log(`${g.surname}: ${g.names.join(', ')}${g.likely.length ? `\n    same? ${g.likely.join('; ')}` : ''}${g.possible.length ? `\n    possible (one letter apart): ${g.possible.join('; ')}` : ''}`);
console.log(`\n# lone surnames kept apart: each of their articles names two people of that surname (${ambiguous.size})`);
for (const p of ambiguous) console.log(line(p));
console.log(`\n# title or occupation glued to a name (${titled.length})`);
for (const p of titled) console.log(line(p));
console.log(`\n# anonymous sources named by their phrase, for a look (${anonymous.length})`);
for (const p of anonymous) console.log(line(p));

console.log(`\n# junk names (${junk.length})`);
for (const p of junk) console.log(line(p));
console.log(`\n# words glued to another listed person's full name (${glued.length})`);
for (const g of glued) console.log(`${line(g.p)}    <- ${g.host}`);
console.log(`\n# two middle initials in one person (${mergedInitials.length})`);
for (const p of mergedInitials) console.log(line(p));
console.log(`\n# not a person: an organisation, event, movement or place word, or the lexicon's organisation, place or demonym (${things.length})`);
for (const t of things) console.log(`${line(t.p)}    <- ${t.why}`);
console.log(`\n# an acronym as a person's alias (${acronymAliased.length})`);
for (const p of acronymAliased) console.log(line(p));
console.log(`\n# a woman with an office a man of her surname holds (${borrowedRoles.length})`);
for (const b of borrowedRoles) console.log(`${line(b.p)}    <- ${b.roles} (${b.other})`);
const likelyPairs = dupGroups.reduce((n, g) => n + g.likely.length, 0);
const possiblePairs = dupGroups.reduce((n, g) => n + g.possible.length, 0);
console.log(`\nsummary: ${people.length} people; ${dupGroups.length} shared surnames, ${likelyPairs} suspected duplicate pairs (${possiblePairs} possible); ${ambiguous.size} ambiguous lone surnames; ${titled.length} titled; ${anonymous.length} anonymous; ${junk.length} junk; ${glued.length} glued?; ${mergedInitials.length} merged initials; ${things.length} not persons; ${acronymAliased.length} acronym aliases; ${borrowedRoles.length} borrowed roles`);
