import type { ActorKind } from '../extractor/types';

/** Checks of data read back from disk (the index cache, the search and settled-corpus snapshots), which is never trusted. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
/** An integer in [min, max). */
export const isInt = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v < max;
export const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
/** The kinds an actor may have, in the order menus list them. */
export const ACTOR_KIND_LIST: readonly ActorKind[] = ['person', 'organization', 'country', 'place', 'group'];
export const ACTOR_KINDS: ReadonlySet<string> = new Set(ACTOR_KIND_LIST);
/** The one copy of kind `v` (checked to be one of ACTOR_KINDS): a kind read back as JSON is a string of its own, and "organization" is too long for V8 to share (7,400 copies at a warm start of 10,164 articles). */
export const actorKind = (v: string): ActorKind => ACTOR_KIND_LIST.find((k) => k === v) ?? (v as ActorKind);
