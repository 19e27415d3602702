/**
 * The user corrects the extractor from the Actors tree (right-click on an actor) or the palette:
 * Merge with…, Not an Actor (hide), Rename…, Change Kind…, Split Off Alias…. Each is saved in
 * `.corpus-navigator/curation.json` (see ../curationStore) and applied by the corpus layer, so the
 * trees, hovers, search, references and exports agree at once.
 */
import * as vscode from 'vscode';
import type { Actor, ActorKind } from '../../extractor/types';
import type { CorpusIndex } from '../corpusIndex';
import type { CurationStore } from '../curationStore';
import { CHANGE_KIND, HIDE_ACTOR, MERGE_ACTOR, RENAME_ACTOR, SPLIT_ALIAS } from './ids';
import { escapeIcons, plural } from '../text';

const KINDS: readonly ActorKind[] = ['person', 'organization', 'country', 'place', 'group'];

export function registerCuration(index: CorpusIndex, store: CurationStore): vscode.Disposable[] {
  /** The actor a command is about: a tree node or id passed in, else picked. */
  const actorOf = async (arg: unknown, title: string): Promise<Actor | undefined> => {
    const id = typeof arg === 'string' ? arg : (arg as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string' && index.lookup.actors.has(id)) return index.lookup.actors.get(id);
    return pickActor(index.lookup.actorList(), title);
  };
  const run = (fn: () => Promise<void>) => async (): Promise<void> => {
    try {
      await fn();
    } catch (e) {
      void vscode.window.showErrorMessage(`Corpus Navigator: ${(e as Error).message}`);
    }
  };
  return [
    vscode.commands.registerCommand(MERGE_ACTOR, (arg?: unknown) =>
      run(async () => {
        const actor = await actorOf(arg, 'Merge which actor?');
        if (!actor) return;
        const others = index.lookup.actorList().filter((a) => a.id !== actor.id).sort((a, b) => Number(b.kind === actor.kind) - Number(a.kind === actor.kind));
        const into = await pickActor(others, `Merge “${actor.name}” with…`);
        if (!into) return;
        await store.update((c) => c.merge.push([store.sourceName(into.name), store.sourceName(actor.name)]));
        // (the status bar draws $(icon) names: a folder's own curation file may put them in a name)
        void vscode.window.setStatusBarMessage(`Corpus Navigator: merged ${escapeIcons(actor.name)} into ${escapeIcons(into.name)}`, 4000);
      })(),
    ),
    vscode.commands.registerCommand(HIDE_ACTOR, (arg?: unknown) =>
      run(async () => {
        const actor = await actorOf(arg, 'Which is not an actor?');
        if (actor) await store.update((c) => c.hide.push(store.sourceName(actor.name)));
      })(),
    ),
    vscode.commands.registerCommand(RENAME_ACTOR, (arg?: unknown) =>
      run(async () => {
        const actor = await actorOf(arg, 'Rename which actor?');
        if (!actor) return;
        const name = await vscode.window.showInputBox({ title: `Rename “${actor.name}”`, value: actor.name, validateInput: (v) => (v.trim() ? undefined : 'A name is needed') });
        if (name?.trim() && name.trim() !== actor.name) await store.update((c) => (c.rename[store.sourceName(actor.name)] = name.trim()));
      })(),
    ),
    vscode.commands.registerCommand(CHANGE_KIND, (arg?: unknown) =>
      run(async () => {
        const actor = await actorOf(arg, 'Change the kind of which actor?');
        if (!actor) return;
        const kind = await vscode.window.showQuickPick(
          KINDS.map((k) => ({ label: k, description: k === actor.kind ? 'now' : undefined })),
          { title: `“${actor.name}” is a…` },
        );
        if (kind && kind.label !== actor.kind) await store.update((c) => (c.kind[store.sourceName(actor.name)] = kind.label as ActorKind));
      })(),
    ),
    vscode.commands.registerCommand(SPLIT_ALIAS, (arg?: unknown) =>
      run(async () => {
        const actor = await actorOf(arg, 'Split an alias off which actor?');
        if (!actor) return;
        if (!actor.aliases.length) {
          // (no name in a notification: it would turn a Markdown link in a name into a command link)
          void vscode.window.showInformationMessage('Corpus Navigator: this actor has no alias to split off.');
          return;
        }
        const alias = await vscode.window.showQuickPick(actor.aliases.map((a) => ({ label: escapeIcons(a), alias: a })), { title: `Which name of “${actor.name}” is someone else?` });
        if (alias) await store.update((c) => c.split.push([store.sourceName(actor.name), alias.alias]));
      })(),
    ),
  ];
}

async function pickActor(actors: readonly Actor[], title: string): Promise<Actor | undefined> {
  const pick = await vscode.window.showQuickPick(
    actors.slice(0, 2000).map((a) => ({ label: escapeIcons(a.name), description: `${a.kind} · ${plural(a.mentionCount, 'mention')}`, actor: a })),
    { title, matchOnDescription: true },
  );
  return pick?.actor;
}
