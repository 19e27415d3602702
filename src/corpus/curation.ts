/**
 * The user's corrections of the extractor, kept in `.corpus-navigator/curation.json` so they can be
 * committed and shared:
 *
 *   { "merge": [["Name or alias", "Name or alias"], …], "hide": [name…], "rename": {name: newName},
 *     "kind": {name: kind}, "split": [[actorName, alias]] }
 *
 * A `Curator` applies them on top of the registry's actors, in the corpus layer, so every view,
 * the command line and the exports agree. Names are matched as the registry matches them
 * (normaliseName: case, accents and punctuation aside), against an actor's name or aliases. Order:
 * split first (an alias's mentions become an actor of their own), then merge, rename, kind, hide.
 */
import { normaliseName } from '../extractor/actors';
import type { Actor, ActorKind } from '../extractor/types';
import { ACTOR_KIND_LIST as KINDS } from './guards';
import { slug } from './ids';
import { safeText } from './shownText';

export interface Curation {
  merge: Array<[string, string]>;
  hide: string[];
  rename: Record<string, string>;
  kind: Record<string, ActorKind>;
  split: Array<[string, string]>;
}

export const CURATION_FILE = '.corpus-navigator/curation.json';

export const emptyCuration = (): Curation => ({ merge: [], hide: [], rename: {}, kind: {}, split: [] });

export const isEmptyCuration = (c: Curation): boolean => !c.merge.length && !c.hide.length && !c.split.length && !Object.keys(c.rename).length && !Object.keys(c.kind).length;

/**
 * Reads a curation file's text. Missing fields are empty.
 * @throws Error naming the first field that is not of the documented shape (the caller logs it and
 *   goes on without the file rather than guessing).
 */
export function parseCuration(text: string): Curation {
  // an editor may save the file with a byte-order mark
  const raw: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('a curation file holds one JSON object');
  const o = raw as Record<string, unknown>;
  const pairs = (field: string): Array<[string, string]> => {
    const v = o[field] ?? [];
    if (!Array.isArray(v) || !v.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'string'))) throw new Error(`"${field}" must be a list of [name, name] pairs`);
    return v as Array<[string, string]>;
  };
  const names = (field: string): string[] => {
    const v = o[field] ?? [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new Error(`"${field}" must be a list of names`);
    return v as string[];
  };
  const map = (field: string, ok: (v: unknown) => boolean, what: string): Record<string, string> => {
    const v = o[field] ?? {};
    if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.values(v).every(ok)) throw new Error(`"${field}" must map names to ${what}`);
    return v as Record<string, string>;
  };
  return {
    merge: pairs('merge'),
    hide: names('hide'),
    rename: map('rename', (x) => typeof x === 'string' && x.trim() !== '', 'new names'),
    kind: map('kind', (x) => KINDS.includes(x as ActorKind), KINDS.join(', ')) as Record<string, ActorKind>,
    split: pairs('split'),
  };
}

/** The file's text for a curation: stable key order, one rule a line where it helps a diff. */
export function formatCuration(c: Curation): string {
  return JSON.stringify(c, null, 2) + '\n';
}

interface Curated {
  actor: Actor;
  /** Raw actor ids folded into this one. */
  raws: string[];
}

/** A split-off alias: mentions of `raw` whose text is `alias` belong to actor `id`. */
interface SplitRule {
  raw: string;
  alias: string;
  id: string;
}

/**
 * The corrections applied to one set of raw actors. Re-made (by `apply`) after every change of
 * the corpus; cheap: linear in the actors and the rules.
 */
export class Curator {
  private byRaw = new Map<string, string | null>();
  private splits = new Map<string, SplitRule[]>();
  private curated = new Map<string, Curated>();
  private list: Actor[] = [];

  constructor(readonly curation: Curation) {}

  /**
   * @param raw the registry's actors.
   * @param splitCounts how many mentions and quotes of a raw actor carry a surface text (for the
   *   counts of a split-off alias); called only for actors named in `split`.
   */
  apply(raw: readonly Actor[], splitCounts: (rawId: string, alias: string) => { mentions: number; quotes: number }): void {
    const c = this.curation;
    const index = new Map<string, Actor[]>();
    const add = (name: string, a: Actor): void => {
      const k = normaliseName(name);
      const list = index.get(k);
      if (!list) index.set(k, [a]);
      else if (!list.includes(a)) list.push(a);
    };
    for (const a of raw) {
      add(a.name, a);
      for (const x of a.aliases) add(x, a);
    }
    // by name first: "Trump" as the name of one actor beats "Trump" as another's alias
    const find = (name: string): Actor | undefined => {
      const list = index.get(normaliseName(name));
      return list?.find((a) => normaliseName(a.name) === normaliseName(name)) ?? list?.[0];
    };

    const entries = new Map<string, Curated>(raw.map((a) => [a.id, { actor: { ...a, aliases: [...a.aliases], roles: [...a.roles] }, raws: [a.id] }]));
    this.splits = new Map();
    for (const [name, alias] of c.split) {
      const from = find(name);
      if (!from || normaliseName(from.name) === normaliseName(alias)) continue;
      const source = entries.get(from.id)!;
      const counts = splitCounts(from.id, alias);
      const id = `${from.id}.${slug(alias)}`;
      source.actor.aliases = source.actor.aliases.filter((x) => normaliseName(x) !== normaliseName(alias));
      source.actor.mentionCount -= counts.mentions;
      source.actor.quoteCount -= counts.quotes;
      entries.set(id, { actor: { id, name: alias, kind: from.kind, aliases: [], roles: [], mentionCount: counts.mentions, quoteCount: counts.quotes }, raws: [] });
      this.splits.set(from.id, [...(this.splits.get(from.id) ?? []), { raw: from.id, alias: normaliseName(alias), id }]);
    }

    // merge: union-find over curated ids, the first name of a pair keeps its id and name
    const parent = new Map<string, string>();
    const root = (id: string): string => {
      let r = id;
      while (parent.has(r)) r = parent.get(r)!;
      return r;
    };
    const splitByName = (name: string): string | undefined => [...this.splits.values()].flat().find((s) => s.alias === normaliseName(name))?.id;
    const curatedIdOf = (name: string): string | undefined => splitByName(name) ?? find(name)?.id;
    for (const [a, b] of c.merge) {
      const x = curatedIdOf(a);
      const y = curatedIdOf(b);
      if (!x || !y) continue;
      const rx = root(x);
      const ry = root(y);
      if (rx !== ry) parent.set(ry, rx);
    }
    for (const [id, entry] of entries) {
      const r = root(id);
      if (r === id) continue;
      const into = entries.get(r)!;
      const a = into.actor;
      a.aliases = dedupe([...a.aliases, entry.actor.name, ...entry.actor.aliases].filter((x) => normaliseName(x) !== normaliseName(a.name)));
      a.roles = dedupe([...a.roles, ...entry.actor.roles]);
      a.mentionCount += entry.actor.mentionCount;
      a.quoteCount += entry.actor.quoteCount;
      into.raws.push(...entry.raws);
      entries.delete(id);
    }
    this.byRaw = new Map();
    for (const [id, entry] of entries) for (const r of entry.raws) this.byRaw.set(r, id);
    for (const rules of this.splits.values()) for (const s of rules) s.id = root(s.id);

    const entryNamed = (name: string): Curated | undefined => {
      const id = splitByName(name) ?? find(name)?.id;
      return id ? entries.get(root(id)) : undefined;
    };
    for (const [name, typed] of Object.entries(c.rename)) {
      const e = entryNamed(name);
      // (the file is the user's, but may come with the folder: a name with direction overrides or
      // controls would show other text than it holds, and one of nothing else is no name)
      const newName = safeText(typed).trim();
      if (!e || !newName) continue;
      e.actor.aliases = dedupe([...e.actor.aliases, e.actor.name].filter((x) => normaliseName(x) !== normaliseName(newName)));
      e.actor.name = newName;
    }
    for (const [name, kind] of Object.entries(c.kind)) {
      const e = entryNamed(name) ?? [...entries.values()].find((x) => normaliseName(x.actor.name) === normaliseName(name));
      if (e) e.actor.kind = kind;
    }
    for (const name of c.hide) {
      const e = entryNamed(name) ?? [...entries.values()].find((x) => normaliseName(x.actor.name) === normaliseName(name));
      if (!e) continue;
      entries.delete(e.actor.id);
      for (const r of e.raws) this.byRaw.set(r, null);
      for (const rules of this.splits.values()) for (const s of rules) if (s.id === e.actor.id) s.id = '';
    }
    this.curated = entries;
    this.list = [...entries.values()].map((e) => e.actor).sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  }

  /** The curated id for a raw actor id as mentioned by `surface` (a mention's or a speaker mention's text); null when hidden. */
  id(rawId: string | null, surface?: string): string | null {
    if (rawId === null) return null;
    const rules = this.splits.get(rawId);
    if (rules && surface !== undefined) {
      const s = rules.find((r) => r.alias === normaliseName(surface));
      if (s) return s.id || null;
    }
    const id = this.byRaw.get(rawId);
    return id === undefined ? rawId : id;
  }

  actors(): Actor[] {
    return this.list;
  }

  actor(id: string): Actor | undefined {
    return this.curated.get(id)?.actor;
  }

  /** The raw actors whose mentions may belong to a curated actor (then checked mention by mention with `id`). */
  rawIdsOf(id: string): string[] {
    const e = this.curated.get(id);
    if (!e) return [];
    const fromSplits = [...this.splits.values()].flat().filter((s) => s.id === id).map((s) => s.raw);
    return [...new Set([...e.raws, ...fromSplits])];
  }
}

function dedupe(names: string[]): string[] {
  const seen = new Map<string, string>();
  for (const n of names) if (!seen.has(normaliseName(n))) seen.set(normaliseName(n), n);
  return [...seen.values()];
}
