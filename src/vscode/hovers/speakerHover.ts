/**
 * Hover cards: on any mention of an actor (name, surname, alias, role phrase, the pronoun of an
 * attribution) the card shows who they are, their roles, counts and their most relevant quotes,
 * with links; inside a quotation it says who said it. Corpus text only ever enters the card as
 * escaped text, and the card's links run only this extension's commands with ids and offsets.
 */
import * as vscode from 'vscode';
import type { Actor } from '../../extractor/types';
import { CorpusIndex } from '../corpusIndex';
import { OPEN_SPAN, REVEAL_ACTOR, SEARCH_BY_SPEAKER } from '../commands/ids';
import { articleName, escapeMarkdown, plural, snippet } from '../text';

const SHOWN_QUOTES = 3;

const commandLink = (command: string, args: unknown[]): string => `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;

export class SpeakerHoverProvider implements vscode.HoverProvider {
  constructor(private readonly index: CorpusIndex) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.index.currentSettings.hoversEnabled) return undefined;
    const key = CorpusIndex.key(document.uri);
    const lookup = this.index.lookup;
    if (!lookup.documents.has(key)) return undefined;
    const offset = document.offsetAt(position);
    const mention = lookup.mentionAt(key, offset);
    if (mention) {
      const actor = lookup.actors.get(mention.actor);
      if (!actor) return undefined;
      const paragraph = paragraphAround(document.getText(), offset);
      return new vscode.Hover(this.card(actor, { path: key, ...paragraph }), new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
    }
    const quote = lookup.quoteAt(key, offset);
    if (quote) {
      const md = trusted();
      const speaker = quote.speaker ? lookup.actors.get(quote.speaker) : undefined;
      md.appendMarkdown('$(quote) ');
      if (speaker) {
        md.appendMarkdown(`**${escapeMarkdown(speaker.name)}**`);
        md.appendMarkdown(escapeMarkdown(quote.speakerMention && quote.speakerMention.text !== speaker.name ? ` (“${quote.speakerMention.text}”)` : ''));
      } else {
        md.appendMarkdown(escapeMarkdown(quote.speakerMention ? `“${quote.speakerMention.text}” (not resolved to an actor)` : 'source unknown'));
      }
      md.appendMarkdown(escapeMarkdown(` ${quote.cue?.text ?? 'said'} this (${quote.kind} quote).`));
      if (speaker) md.appendMarkdown(`\n\n[All ${plural(speaker.quoteCount, 'quote')}](${commandLink(SEARCH_BY_SPEAKER, [speaker.id])})`);
      return new vscode.Hover(md, new vscode.Range(document.positionAt(quote.start), document.positionAt(quote.end)));
    }
    return undefined;
  }

  private card(actor: Actor, near: { path: string; start: number; end: number }): vscode.MarkdownString {
    const lookup = this.index.lookup;
    const md = trusted();
    md.appendMarkdown(`**${escapeMarkdown(actor.name)}** · ${actor.kind}`);
    if (actor.roles.length) md.appendMarkdown('\n\n').appendMarkdown(escapeMarkdown(actor.roles.slice(0, 3).join('; ')));
    const articles = lookup.articles(actor.id).length;
    md.appendMarkdown('\n\n').appendMarkdown(escapeMarkdown(`${plural(actor.quoteCount, 'quote')} in ${plural(articles, 'article')}, ${plural(actor.mentionCount, 'mention')}`));
    if (actor.aliases.length) md.appendMarkdown('\n\n*also:* ').appendMarkdown(escapeMarkdown(actor.aliases.slice(0, 6).join(', ')));
    const quotes = lookup.rankedQuotes(actor.id, near).slice(0, SHOWN_QUOTES);
    if (quotes.length) md.appendMarkdown('\n\n---');
    for (const q of quotes) {
      md.appendMarkdown('\n\n> ').appendMarkdown(escapeMarkdown(`“${snippet(q.item.text, 160)}”`));
      md.appendMarkdown(` — [${escapeMarkdown(articleName(q.path))}](${commandLink(OPEN_SPAN, [q.path, q.item.start, q.item.end])})`);
    }
    md.appendMarkdown('\n\n---\n\n');
    if (actor.quoteCount) md.appendMarkdown(`[$(quote) All quotes](${commandLink(SEARCH_BY_SPEAKER, [actor.id])}) · `);
    md.appendMarkdown(`[$(list-tree) Show in Actors](${commandLink(REVEAL_ACTOR, [actor.id])})`);
    return md;
  }
}

/** Markdown whose command links may run only this extension's own commands. */
function trusted(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [OPEN_SPAN, SEARCH_BY_SPEAKER, REVEAL_ACTOR] };
  return md;
}


function paragraphAround(text: string, offset: number): { start: number; end: number } {
  const before = text.lastIndexOf('\n', offset - 1);
  const after = text.indexOf('\n', offset);
  return { start: before + 1, end: after < 0 ? text.length : after };
}
