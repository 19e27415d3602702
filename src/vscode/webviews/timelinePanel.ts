/**
 * "Corpus Navigator: Show Timeline": events at their dates and quotes at their article's date on
 * a zoomable time axis (vis-timeline, bundled), filtered by actor and kind; choosing an item opens
 * its passage. Undated items are listed apart.
 */
import * as vscode from 'vscode';
import type { CorpusIndex } from '../corpusIndex';
import { buildTimeline, type TimelineItem } from '../../corpus/timeline';
import { SHOW_TIMELINE } from '../commands/ids';
import { singletonPanel } from './shell';

/** Items drawn at once: vis-timeline stays fluid up to a few thousand (crowded ones clustered, see src/webview/timeline.ts). */
const ITEM_LIMIT = 1000;
/**
 * Items drawn at once narrowed to one actor: all of a much-quoted speaker's (Bernie Sanders has
 * 1,108 dated items in the development set, and was cut at 1,000, told to "narrow by actor").
 */
const ACTOR_ITEM_LIMIT = 3000;
/** Undated events, and quotes of undated articles, listed under the axis: this many of each (the rest are counted). */
const UNDATED_LISTED = 200;
/** Actors offered in the filter: the most mentioned. */
const FILTER_ACTORS = 500;

export function registerTimeline(index: CorpusIndex, extensionUri: vscode.Uri): vscode.Disposable {
  const spec = { viewType: 'corpusNavigator.timeline', title: 'Corpus Timeline', script: 'timeline.js', styles: ['vis-timeline.css', 'views.css'] };
  return vscode.commands.registerCommand(
    SHOW_TIMELINE,
    singletonPanel(index, extensionUri, spec, (panel) => {
      let filter: { actor?: string; kinds?: string[] } = {};
      const data = (): unknown => {
        const timeline = buildTimeline(index.lookup.records, { ...filter, limit: filter.actor ? ACTOR_ITEM_LIMIT : ITEM_LIMIT });
        const actors = index.lookup.actorList().filter((a) => a.quoteCount > 0 || a.mentionCount > 1).slice(0, FILTER_ACTORS).map((a) => ({ id: a.id, name: a.name }));
        // what the page draws, no more: the actors of each item only served the filter
        const items = (list: TimelineItem[]) => list.map(({ actors: _, ...item }) => item);
        const events = timeline.undated.filter((i) => i.type === 'event');
        const quotes = timeline.undated.filter((i) => i.type === 'quote');
        const undated = { events: items(events.slice(0, UNDATED_LISTED)), eventCount: events.length, quotes: items(quotes.slice(0, UNDATED_LISTED)), quoteCount: quotes.length };
        return { type: 'data', data: { kinds: timeline.kinds, omitted: timeline.omitted, items: items(timeline.items), undated }, actors, filter };
      };
      return {
        data,
        onMessage(m) {
          if (m.type !== 'filter') return;
          filter = {
            actor: typeof m.actor === 'string' && index.lookup.actors.has(m.actor) ? m.actor : undefined,
            kinds: Array.isArray(m.kinds) ? m.kinds.filter((k): k is string => typeof k === 'string').slice(0, 50) : undefined,
          };
          void panel.webview.postMessage(data());
        },
      };
    }),
  );
}
