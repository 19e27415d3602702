/** The extension's settings, read in one place. */
import * as vscode from 'vscode';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_BYTES } from '../corpus/files';

export interface Settings {
  include: string[];
  exclude: string[];
  maxFileBytes: number;
  hoversEnabled: boolean;
  revealActorAtCursor: boolean;
  actorSort: 'mentions' | 'name';
}

const asList = (v: unknown, fallback: string[]): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : fallback);

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('corpusNavigator');
  return {
    include: asList(c.get('include'), DEFAULT_INCLUDE),
    exclude: asList(c.get('exclude'), DEFAULT_EXCLUDE),
    maxFileBytes: Math.max(1, c.get<number>('maxFileSizeMB', DEFAULT_MAX_BYTES / 1048576)) * 1048576,
    hoversEnabled: c.get<boolean>('hovers.enabled', true),
    revealActorAtCursor: c.get<boolean>('actors.revealAtCursor', false),
    actorSort: c.get<string>('actors.sortBy', 'mentions') === 'name' ? 'name' : 'mentions',
  };
}

/** One glob for the VS Code APIs that take a single pattern. */
export const joinGlobs = (globs: string[]): string => (globs.length === 1 ? globs[0] : `{${globs.join(',')}}`);
