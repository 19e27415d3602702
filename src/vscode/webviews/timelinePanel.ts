/**
 * "Corpus Navigator: Show Timeline": events at their dates and quotes at their article's date on
 * a zoomable time axis (vis-timeline, bundled), filtered by actor and kind; choosing an item opens
 * its passage. Undated items are listed apart.
 */
import * as vscode from 'vscode';
import type { CorpusIndex } from '../corpusIndex';
import { buildTimeline } from '../../corpus/timeline';
import { SHOW_TIMELINE } from '../commands/ids';
import { singletonPanel } from './shell';

/** Items drawn at once: vis-timeline stays fluid up to a few thousand. */
const ITEM_LIMIT = 1000;
/** Actors offered in the filter: the most mentioned. */
const FILTER_ACTORS = 500;

export function registerTimeline(index: CorpusIndex, extensionUri: vscode.Uri): vscode.Disposable {
  const spec = { viewType: 'corpusNavigator.timeline', title: 'Corpus Timeline', script: 'timeline.js', styles: ['vis-timeline.css', 'views.css'] };
  return vscode.commands.registerCommand(
    SHOW_TIMELINE,
    singletonPanel(index, extensionUri, spec, (panel) => {
      let filter: { actor?: string; kinds?: string[] } = {};
      const post = (): void => {
        const { result } = index.view();
        const data = buildTimeline(result, { ...filter, limit: ITEM_LIMIT });
        const actors = result.actors.filter((a) => a.quoteCount > 0 || a.mentionCount > 1).slice(0, FILTER_ACTORS).map((a) => ({ id: a.id, name: a.name }));
        void panel.webview.postMessage({ type: 'data', data, actors, filter });
      };
      return {
        post,
        onMessage(m) {
          if (m.type !== 'filter') return;
          filter = {
            actor: typeof m.actor === 'string' && index.lookup.actors.has(m.actor) ? m.actor : undefined,
            kinds: Array.isArray(m.kinds) ? m.kinds.filter((k): k is string => typeof k === 'string').slice(0, 50) : undefined,
          };
          post();
        },
      };
    }),
  );
}
