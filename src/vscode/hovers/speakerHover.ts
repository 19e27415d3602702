/**
 * Hover cards: on any mention of an actor (name, surname, alias, role phrase, the source of an
 * attribution) the card shows the actor the extractor resolved there: who they are, their roles,
 * counts and their most relevant quotes; inside a quotation it says who said it, under the card
 * of a name met there too. Action links
 * come first, so a long quote never pushes them out of view. Corpus text only ever enters the
 * card as escaped text, in a MarkdownString with theme icons off (VS Code renders `$(zap)` as an
 * icon even when escaped, if icons are on); the card's own icons sit in a separate MarkdownString
 * that holds none of the corpus's words. The card's links run only this extension's commands with
 * ids and offsets.
 */
import * as vscode from 'vscode';
import type { Actor, Quote } from '../../extractor/types';
import { CorpusIndex } from '../corpusIndex';
import { COPY_CITATION, FIND_REFERENCES, OPEN_SPAN, REVEAL_ACTOR, SEARCH_BY_SPEAKER } from '../commands/ids';
import { articleLabel, cueText, escapeMarkdown, mentionText, plural, quoteMarkdown, quoteText, snippet } from '../text';
import { actorAt } from '../navigation/actorAt';
import { displayRoles } from '../views/roles';

const SHOWN_QUOTES = 3;

const commandLink = (command: string, args: unknown[]): string => `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;

/** A link whose label is the extension's own words (with an icon), never corpus text. */
const link = (label: string, command: string, args: unknown[], tooltip: string): string => `[${label}](${commandLink(command, args)} "${tooltip}")`;

export class SpeakerHoverProvider implements vscode.HoverProvider {
  constructor(private readonly index: CorpusIndex) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.index.currentSettings.hoversEnabled) return undefined;
    const key = CorpusIndex.key(document.uri);
    const lookup = this.index.lookup;
    if (!lookup.documents.has(key)) return undefined;
    const offset = document.offsetAt(position);
    const at = actorAt(lookup, key, offset);
    const quote = lookup.quoteAt(key, offset);
    if (at) {
      const actor = lookup.actors.get(at.actor)!;
      const paragraph = paragraphAround(document.getText(), offset);
      const card = this.card(actor, { path: key, ...paragraph });
      // a name inside a quotation: who said the quotation it stands in, under the card's actions
      // (at its foot, a long card hid the line below the fold), then the card
      if (quote) card.splice(1, 0, this.inQuoteLine(quote));
      return new vscode.Hover(card, new vscode.Range(document.positionAt(at.start), document.positionAt(at.end)));
    }
    return quote ? new vscode.Hover(this.quoteCard(key, quote), new vscode.Range(document.positionAt(quote.start), document.positionAt(quote.end))) : undefined;
  }

  private quoteCard(path: string, quote: Quote): vscode.MarkdownString[] {
    const speaker = quote.speaker ? this.index.lookup.actors.get(quote.speaker) : undefined;
    const actions = [link('$(copy) Copy with citation', COPY_CITATION, [path, quote.start], 'Copy Quote with Citation')];
    if (speaker?.quoteCount) actions.unshift(link(`$(quote) ${speaker.quoteCount === 1 ? '1 quote' : `All ${plural(speaker.quoteCount, 'quote')}`}`, SEARCH_BY_SPEAKER, [speaker.id], 'Search this speaker’s quotes'));
    const md = trusted(false);
    const mention = mentionText(quote);
    if (speaker) {
      md.appendMarkdown(`**${escapeMarkdown(speaker.name)}**`);
      md.appendMarkdown(escapeMarkdown(mention && mention !== speaker.name ? ` (“${mention}”)` : ''));
    } else {
      md.appendMarkdown(escapeMarkdown(mention ? `“${mention}” (not resolved to an actor)` : 'source unknown'));
    }
    // a cue with no word (a transcript's "A:" label, a headline's colon) reads as "said"
    const cue = cueText(quote) ?? 'said';
    md.appendMarkdown(escapeMarkdown(` ${cue} this (${quote.kind} quote).`));
    const about = this.aboutNames(quote);
    if (about) md.appendMarkdown('\n\n*about* ').appendMarkdown(escapeMarkdown(about));
    return [trusted(true).appendMarkdown(actions.join(' · ')), md];
  }

  /**
   * One line under an actor's card met inside a quotation: "In a quote by NAME (said, direct)."
   * The cue stays in the brackets: "mocked by NAME" would read as if NAME mocked the quote.
   */
  private inQuoteLine(quote: Quote): vscode.MarkdownString {
    const speaker = quote.speaker ? this.index.lookup.actors.get(quote.speaker) : undefined;
    const mention = mentionText(quote);
    const by = speaker ? speaker.name : mention !== undefined ? `“${mention}”` : 'an unknown source';
    const cue = cueText(quote);
    return trusted(false).appendMarkdown('*In a quote* ').appendMarkdown(escapeMarkdown(`by ${by} (${[cue, quote.kind].filter(Boolean).join(', ')}).`));
  }

  /** "China, Russia": whom the quote is about, by name (at most five), or '' when nobody. */
  private aboutNames(quote: Quote): string {
    const names = (quote.about ?? []).slice(0, 5).map((id) => this.index.lookup.actors.get(id)?.name).filter((n): n is string => !!n);
    return names.join(', ');
  }

  private card(actor: Actor, near: { path: string; start: number; end: number }): vscode.MarkdownString[] {
    const lookup = this.index.lookup;
    const actions: string[] = [];
    if (actor.quoteCount) actions.push(link('$(quote) All quotes', SEARCH_BY_SPEAKER, [actor.id], 'Search this actor’s quotes'));
    actions.push(link('$(list-tree) Show in Actors', REVEAL_ACTOR, [actor.id], 'Reveal in the Actors tree'));
    actions.push(link('$(references) References', FIND_REFERENCES, [actor.id], 'Every mention in the corpus'));
    const md = trusted(false);
    // who and how much on one line: a hover card is at most a quarter of the editor tall, and the
    // first quote should show without scrolling
    const articles = lookup.articles(actor.id).length;
    md.appendMarkdown(`**${escapeMarkdown(actor.name)}** · ${actor.kind} · `).appendMarkdown(escapeMarkdown(`${plural(actor.quoteCount, 'quote')} · mentioned in ${plural(articles, 'article')}`));
    const roles = displayRoles(actor.roles);
    if (roles.length) md.appendMarkdown('\n\n').appendMarkdown(escapeMarkdown(roles.slice(0, 3).join('; ')));
    if (actor.aliases.length) md.appendMarkdown('\n\n*also:* ').appendMarkdown(escapeMarkdown(actor.aliases.slice(0, 6).join(', ')));
    const quotes = lookup.rankedQuotes(actor.id, near).slice(0, SHOWN_QUOTES);
    if (quotes.length) md.appendMarkdown('\n\n---');
    for (const q of quotes) {
      md.appendMarkdown('\n\n> ').appendMarkdown(quoteMarkdown(q.item.kind, snippet(quoteText(q.item), 220)));
      const about = this.aboutNames(q.item);
      if (about) md.appendMarkdown('\n>\n> *about* ').appendMarkdown(escapeMarkdown(about));
      md.appendMarkdown(`\n>\n> — [${escapeMarkdown(articleLabel(lookup.title(q.path), q.path, 70))}](${commandLink(OPEN_SPAN, [q.path, q.item.start, q.item.end])}) · `);
      md.appendMarkdown(link('Copy with citation', COPY_CITATION, [q.path, q.item.start], 'Copy Quote with Citation'));
    }
    return [trusted(true).appendMarkdown(actions.join(' · ')), md];
  }
}

/**
 * Markdown whose command links may run only this extension's own commands; `icons` only for the
 * extension's own words, never with corpus text in it.
 */
function trusted(icons: boolean): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', icons);
  md.isTrusted = { enabledCommands: [OPEN_SPAN, SEARCH_BY_SPEAKER, REVEAL_ACTOR, COPY_CITATION, FIND_REFERENCES] };
  return md;
}

function paragraphAround(text: string, offset: number): { start: number; end: number } {
  const before = text.lastIndexOf('\n', offset - 1);
  const after = text.indexOf('\n', offset);
  return { start: before + 1, end: after < 0 ? text.length : after };
}
