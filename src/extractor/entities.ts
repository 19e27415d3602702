/**
 * What the names stage (./names) says a run of capitalised words names: an entity, its kind, its
 * token range and surface, and for a person the role before the name. Shared by the three readers
 * of a run (./names, ./untitledRuns, ./runShapes) and by attribution, which registers entities as
 * mentions of actors.
 */
import type { ActorKind } from './types';
import type { Token } from './text';

export type EntityType = ActorKind | 'capital' | 'single' | 'role';

export interface Entity {
  type: EntityType;
  /** Token range [from, to) in the paragraph. */
  from: number;
  to: number;
  start: number;
  end: number;
  /** Canonical surface: country name for countries and capitals, the name otherwise. */
  name: string;
  surface: string;
  /** For persons: the title phrase inside the run ("NATO Secretary-General"). */
  role?: string;
  /** Country a capital or a demonym-led title points to. */
  country?: string;
}

export function surfaceOf(tokens: Token[], from: number, to: number, text: string): { surface: string; start: number; end: number } {
  const start = tokens[from].start;
  const last = tokens[to - 1];
  const end = last.possessive ? last.end - 2 : last.end;
  return { surface: text.slice(start, end), start, end };
}

/** The entity of tokens [a, b), every field set (one shape for the code reading them); `name` is the surface unless given. */
export function entity(tokens: Token[], text: string, type: EntityType, a: number, b: number, name?: string, role?: string, country?: string): Entity {
  const { surface, start, end } = surfaceOf(tokens, a, b, text);
  return { type, from: a, to: b, start, end, surface, name: name || surface, role, country };
}

/**
 * `e` read as another type (and name and surface), every field written in `entity`'s order: a
 * spread's copy (`{ ...e, type }`) has a map of its own, and code V8 optimised for one entity shape
 * is thrown away when it meets a second.
 */
export function retyped(e: Entity, type: EntityType, name = e.name, surface = e.surface): Entity {
  return { type, from: e.from, to: e.to, start: e.start, end: e.end, surface, name, role: e.role, country: e.country };
}
