/**
 * An actor's roles as the views show them: one entry per title ("Gov.", "Governor" and "Ohio Gov."
 * are one role, shown as the fullest form), the most used title first, descriptive phrases
 * ("Clinton's main rival for the", "a man who …") after every title. A council's style of address
 * ("Cr", "Cllr": every councillor's, the mayor's too) is no part of a title beside it ("Mayor Cr"
 * shows as "Mayor"), and alone it comes after the titles: a mayor's row reads "Mayor", not "Cr".
 */

/** Abbreviated titles as the full word, so that "Sen." and "Senator" compare equal. */
const ABBREVIATIONS: Record<string, string> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  sec: 'secretary',
  secy: 'secretary',
  pres: 'president',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  adm: 'admiral',
  amb: 'ambassador',
  atty: 'attorney',
  sgt: 'sergeant',
  dir: 'director',
  min: 'minister',
  pm: 'prime minister',
  vp: 'vice president',
};
/** A councillor's styles of address, written before the name (and before or after a title: "Mayor Cr Jo Smith", "Cr Mayor Jo Smith"). */
const STYLES = ['Cr', 'Cllr', 'Clr'];
for (const style of STYLES) ABBREVIATIONS[style.toLowerCase()] = 'councillor';
const STYLE = new RegExp(`^(?:${STYLES.join('|')})\\.?$`, 'i');
const STYLE_AT_EDGE = new RegExp(`^(?:(?:${STYLES.join('|')})\\.?\\s+)+|(?:\\s+(?:${STYLES.join('|')})\\.?)+$`, 'g');

/** `role` without a style of address at its start or end when words remain ("Mayor Cr" → "Mayor"; "Cr" stays). */
function withoutStyle(role: string): string {
  const bare = role.replace(STYLE_AT_EDGE, '');
  return bare ? bare : role;
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'and', 'in', 'on', 'at', 'with', 'by', 'from']);

/**
 * A name of three or more capitalised words (inner "for"/"and" allowed) as its acronym, so that
 * "Secretary General of the North Atlantic Treaty Organisation" and "NATO Secretary-General" compare equal.
 */
function acronyms(role: string): string {
  return role.replace(/\b[A-Z][\p{L}-]*(?:\s+(?:(?:for|and)\s+)?[A-Z][\p{L}-]*){2,}/gu, (run) =>
    run
      .split(/\s+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join(''),
  );
}

function words(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .flatMap((w) => (ABBREVIATIONS[w] ?? w).split(' '))
    .filter((w) => !FUNCTION_WORDS.has(w));
}

/** A phrase about the actor rather than a title: a possessive, cut short, a clause, or a lower-case phrase about something else ("plan of the …"). */
function descriptive(role: string): boolean {
  const all = role.toLowerCase().split(/\s+/);
  return /[’']s\b/.test(role) || FUNCTION_WORDS.has(all[all.length - 1]) || all.length > 6 || (/^\p{Ll}/u.test(role) && /\b(of|in|for|at|on) the\b/i.test(role));
}

function within(a: Set<string>, b: Set<string>): boolean {
  if (a.size > b.size) return false;
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

/**
 * Roles looked at per actor: the most used. Grouping compares a role with the roles before it, so
 * its cost grows with the square of their number, and an actor quoted all over a 10,000-article
 * archive has hundreds (each tree row, hover and search item asks).
 */
const MAX_ROLES = 32;

/** Answers per roles array: the corpus gives an unchanged actor the same array, and trees ask again on every render. */
const shownRoles = new WeakMap<readonly string[], readonly string[]>();

/**
 * De-duplicated roles, best first, from the MAX_ROLES most used. `roles` comes most used first
 * (the corpus orders them so); a role joins the first kept role whose words contain its words or
 * are contained in them. The answer is shared per `roles` array: do not change it.
 */
export function displayRoles(roles: readonly string[]): readonly string[] {
  let shown = shownRoles.get(roles);
  if (!shown) shownRoles.set(roles, (shown = groupRoles(roles.length > MAX_ROLES ? roles.slice(0, MAX_ROLES) : roles)));
  return shown;
}

/** How long one slice of rolesReady() may keep the extension host's thread (ms). */
const SLICE_MS = 8;

/** True when displayRoles(roles) is already made: it then costs a look-up. */
export function rolesShown(roles: readonly string[]): boolean {
  return roles.length === 0 || shownRoles.has(roles);
}

/**
 * Makes displayRoles() of every array in `lists` in slices of about SLICE_MS, yielding to the
 * event loop between them, so that a tree page of 200 actors (up to MAX_ROLES roles each, some
 * 60 ms at 10,000 articles) does not hold the extension host in one piece. Resolves when all are made.
 */
export async function rolesReady(lists: ReadonlyArray<readonly string[]>): Promise<void> {
  let deadline = performance.now() + SLICE_MS;
  for (const roles of lists) {
    if (rolesShown(roles)) continue;
    if (performance.now() >= deadline) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      deadline = performance.now() + SLICE_MS;
    }
    displayRoles(roles);
  }
}

function groupRoles(roles: readonly string[]): readonly string[] {
  type Member = { role: string; forms: Array<Set<string>>; descriptive: boolean; style: boolean };
  const groups: Array<{ members: Member[]; order: number }> = [];
  // a role compares by its words, and by its words with long names as acronyms
  const same = (a: Array<Set<string>>, b: Array<Set<string>>): boolean => a.some((x, i) => within(x, b[i]) || within(b[i], x));
  roles.forEach((shownAs, order) => {
    const role = withoutStyle(shownAs);
    const member = { role, forms: [new Set(words(role)), new Set(words(acronyms(role)))], descriptive: descriptive(role), style: STYLE.test(role) };
    if (!member.forms[0].size) return;
    const group = groups.find((g) => g.members.some((m) => same(member.forms, m.forms)));
    if (group) group.members.push(member);
    else groups.push({ members: [member], order });
  });
  // a group shows its most used title of two words or more ("Vermont Sen." over "Sen."), else its most used title
  const rank = (m: Member): number => (m.descriptive ? 2 : m.style ? 1 : 0);
  const shown = (members: Member[]): Member => members.find((m) => !m.descriptive && m.forms[0].size > 1) ?? members.find((m) => !m.descriptive) ?? members[0];
  return groups
    .map((g) => ({ member: shown(g.members), order: g.order }))
    // titles, then a style of address alone, then descriptive phrases
    .sort((a, b) => rank(a.member) - rank(b.member) || a.order - b.order)
    .map((g) => g.member.role);
}

/** The one role a row or a citation shows: the most used title. */
export function mainRole(roles: readonly string[]): string | undefined {
  return displayRoles(roles)[0];
}
