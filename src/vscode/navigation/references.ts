/**
 * Go to Definition on a mention goes to the actor's first full mention in the corpus; Find All
 * References lists every mention of that actor in every article, from the editor or, as a
 * command, from a tree row or a hover card.
 */
import * as vscode from 'vscode';
import { CorpusIndex } from '../corpusIndex';
import { FIND_REFERENCES } from '../commands/ids';
import { actorAt } from './actorAt';

export class ActorDefinitionProvider implements vscode.DefinitionProvider, vscode.ReferenceProvider {
  constructor(private readonly index: CorpusIndex) {}

  private actorAt(document: vscode.TextDocument, position: vscode.Position): string | undefined {
    return actorAt(this.index.lookup, CorpusIndex.key(document.uri), document.offsetAt(position))?.actor;
  }

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const id = this.actorAt(document, position);
    if (!id) return undefined;
    const lookup = this.index.lookup;
    const name = lookup.actors.get(id)?.name;
    const mentions = lookup.mentions(id);
    const first = mentions.find((m) => m.item.text === name) ?? mentions[0];
    return first ? this.index.location(first.path, first.item.start, first.item.end) : undefined;
  }

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    const id = this.actorAt(document, position);
    return id ? this.references(id) : [];
  }

  references(actorId: string): vscode.Location[] {
    return this.index.lookup.mentions(actorId).map((m) => this.index.location(m.path, m.item.start, m.item.end));
  }
}

/** "Find All References" for an actor given by id (hover link) or tree node; shown in the references peek. */
export function registerFindReferences(index: CorpusIndex, provider: ActorDefinitionProvider): vscode.Disposable {
  return vscode.commands.registerCommand(FIND_REFERENCES, async (actor: unknown) => {
    const id = typeof actor === 'string' ? actor : (actor as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string' || !index.lookup.actors.has(id)) return [];
    const locations = provider.references(id);
    if (!locations.length) return locations;
    const first = locations[0];
    await vscode.commands.executeCommand('editor.action.showReferences', first.uri, first.range.start, locations);
    return locations;
  });
}
