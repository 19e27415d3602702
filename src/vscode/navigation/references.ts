/**
 * Go to Definition on a mention goes to the actor's first full mention in the corpus; Find All
 * References lists every mention of that actor in every article.
 */
import * as vscode from 'vscode';
import { CorpusIndex } from '../corpusIndex';

export class ActorDefinitionProvider implements vscode.DefinitionProvider, vscode.ReferenceProvider {
  constructor(private readonly index: CorpusIndex) {}

  private actorAt(document: vscode.TextDocument, position: vscode.Position): string | undefined {
    return this.index.lookup.mentionAt(CorpusIndex.key(document.uri), document.offsetAt(position))?.actor;
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
    if (!id) return [];
    return this.index.lookup.mentions(id).map((m) => this.index.location(m.path, m.item.start, m.item.end));
  }
}
