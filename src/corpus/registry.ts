/**
 * The actor registry across files: folds each article's local actors into corpus-wide actors
 * (one person is one actor in every article), and gives each a stable id.
 */
import { acronymOf, normaliseName, type LocalActor } from '../extractor/actors';
import type { Actor, ActorKind } from '../extractor/types';

/** One actor across the corpus: what every article knows of it, merged. */
export interface GlobalActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  roles: Set<string>;
  orgHints: Set<string>;
  nameTokens: string[];
  /** Surface form -> how often it names this actor, to pick the name readers know. */
  surfaceCounts: Map<string, number>;
  mentionCount: number;
  quoteCount: number;
}

export interface LocalRef {
  docKey: string;
  actor: LocalActor;
  mentions: number;
  quotes: number;
}

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'actor';

/** Builds the corpus-wide actors; returns them and the map from each local actor to its global one. */
export function buildRegistry(refs: LocalRef[]): { actors: GlobalActor[]; of: Map<LocalActor, GlobalActor> } {
  const groups = new Map<string, GlobalActor>();
  const of = new Map<LocalActor, GlobalActor>();
  const make = (kind: ActorKind, name: string): GlobalActor => ({
    id: '',
    name,
    kind,
    aliases: new Set(),
    roles: new Set(),
    orgHints: new Set(),
    nameTokens: [],
    surfaceCounts: new Map(),
    mentionCount: 0,
    quoteCount: 0,
  });
  const absorb = (g: GlobalActor, ref: LocalRef): void => {
    const a = ref.actor;
    of.set(a, g);
    g.aliases.add(a.name);
    for (const x of a.aliases) g.aliases.add(x);
    for (const r of a.roles) g.roles.add(r);
    for (const h of a.orgHints) g.orgHints.add(h);
    if (a.nameTokens.length > g.nameTokens.length) g.nameTokens = a.nameTokens;
    g.surfaceCounts.set(a.name, (g.surfaceCounts.get(a.name) ?? 0) + ref.mentions + ref.quotes);
    g.mentionCount += ref.mentions;
    g.quoteCount += ref.quotes;
  };

  const deferred: LocalRef[] = [];
  // full names, countries, places, organisations first
  for (const ref of refs) {
    const a = ref.actor;
    if (a.kind === 'person' && (a.nameTokens.length < 2 || a.pendingRole)) {
      deferred.push(ref);
      continue;
    }
    // an article's key already says it: kind and normalised name, a person's name words sorted
    const key = a.anonymous ? `${ref.docKey}\u0000${a.key}` : a.key;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = make(a.kind, a.name)));
    absorb(g, ref);
  }
  // indexes, so that resolving a lone surname or a role does not scan every person
  const byNameToken = new Map<string, Set<GlobalActor>>();
  const byOrgHint = new Map<string, Set<GlobalActor>>();
  const index = (map: Map<string, Set<GlobalActor>>, key: string, g: GlobalActor): void => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(g);
  };
  for (const g of groups.values()) {
    if (g.kind !== 'person' || g.nameTokens.length < 2) continue;
    index(byNameToken, g.nameTokens[0], g);
    index(byNameToken, g.nameTokens[g.nameTokens.length - 1], g);
    for (const h of g.orgHints) index(byOrgHint, h, g);
  }
  const only = (...sets: Array<Set<GlobalActor> | undefined>): GlobalActor | undefined => {
    const all = new Set<GlobalActor>();
    for (const set of sets) for (const g of set ?? []) all.add(g);
    return all.size === 1 ? [...all][0] : undefined;
  };
  for (const ref of deferred) {
    const a = ref.actor;
    let target: GlobalActor | undefined;
    if (a.pendingRole) {
      const org = a.pendingRole.org;
      const acr = acronymOf(org);
      target = only(byOrgHint.get(org), acr ? byOrgHint.get(acr) : undefined);
    } else if (a.nameTokens.length === 1) {
      target = only(byNameToken.get(a.nameTokens[0]));
    }
    if (!target) {
      const key = `person:${normaliseName(a.name)}`;
      target = groups.get(key);
      if (!target) groups.set(key, (target = make('person', a.name)));
    }
    absorb(target, ref);
  }
  // an actor folded into its acronym's group speaks and is mentioned as that group
  const merged = mergeAcronyms(groups);
  for (const [a, g] of of) {
    const target = merged.get(g);
    if (target) of.set(a, target);
  }
  const actors = [...new Set(groups.values())];
  for (const g of actors) g.name = canonicalName(g);
  assignIds(actors);
  return { actors, of };
}

/** "NATO" and "North Atlantic Treaty Organisation" are one organisation. Returns each group folded away and the group it went into. */
function mergeAcronyms(groups: Map<string, GlobalActor>): Map<GlobalActor, GlobalActor> {
  const merged = new Map<GlobalActor, GlobalActor>();
  const orgs = [...groups.entries()].filter(([, g]) => g.kind === 'organization');
  const byAcronym = new Map<string, GlobalActor>();
  for (const [, g] of orgs) if (/^[A-Z][A-Z0-9&]+$/.test(g.name)) byAcronym.set(g.name.toLowerCase(), g);
  for (const [key, g] of orgs) {
    if (byAcronym.get(g.name.toLowerCase()) === g) continue;
    const acr = [...g.aliases].find((a) => /^[A-Z][A-Z0-9&]+$/.test(a))?.toLowerCase() ?? acronymOf(g.name);
    const target = acr ? byAcronym.get(acr) : undefined;
    if (!target || target === g) continue;
    for (const a of g.aliases) target.aliases.add(a);
    target.aliases.add(g.name);
    for (const [s, n] of g.surfaceCounts) target.surfaceCounts.set(s, (target.surfaceCounts.get(s) ?? 0) + n);
    target.mentionCount += g.mentionCount;
    target.quoteCount += g.quoteCount;
    groups.set(key, target);
    merged.set(g, target);
  }
  return merged;
}

/** A person's fullest name; for an organisation the form used most (often its acronym). */
function canonicalName(g: GlobalActor): string {
  const names = [...g.surfaceCounts.keys()];
  if (g.kind === 'person') {
    return names.reduce((best, n) => (n.split(/\s+/).length > best.split(/\s+/).length ? n : best), g.name);
  }
  if (g.kind === 'organization') {
    return names.reduce((best, n) => ((g.surfaceCounts.get(n) ?? 0) > (g.surfaceCounts.get(best) ?? 0) ? n : best), g.name);
  }
  return g.name;
}

function assignIds(actors: GlobalActor[]): void {
  const used = new Map<string, number>();
  const ordered = [...actors].sort((a, b) => b.mentionCount + b.quoteCount - (a.mentionCount + a.quoteCount) || a.name.localeCompare(b.name));
  for (const g of ordered) {
    const base = slug(g.name);
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    g.id = n === 0 ? base : `${base}-${n + 1}`;
  }
}

export function toActor(g: GlobalActor): Actor {
  // "The NATO head" and "the NATO head" are one alias
  const name = normaliseName(g.name);
  const aliases = distinct([...g.aliases].filter((a) => normaliseName(a) !== name)).sort();
  return { id: g.id, name: g.name, kind: g.kind, aliases, roles: distinct([...g.roles]).sort(), mentionCount: g.mentionCount, quoteCount: g.quoteCount };
}

/** "NATO Secretary General" and "NATO Secretary-General" are one role; "The NATO head" and "the NATO head" one alias. */
function distinct(phrases: string[]): string[] {
  const seen = new Map<string, string>();
  for (const p of phrases) {
    const key = normaliseName(p);
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}
