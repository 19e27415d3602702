/**
 * "Corpus Navigator: Show Timeline": events at their dates and quotes at their article's date on
 * a zoomable time axis (vis-timeline, bundled), filtered by actor and kind; choosing an item opens
 * its passage. Undated items are listed apart.
 */
import * as vscode from 'vscode';
import type { CorpusIndex } from '../corpusIndex';
import { buildTimeline } from '../../corpus/timeline';
import { OPEN_SPAN, SHOW_TIMELINE } from '../commands/ids';
import { asOpenRequest, shellHtml, webviewRoot } from './shell';

/** Items drawn at once: vis-timeline stays fluid up to a few thousand. */
const ITEM_LIMIT = 2000;

export function registerTimeline(index: CorpusIndex, extensionUri: vscode.Uri): vscode.Disposable {
  let panel: vscode.WebviewPanel | undefined;
  return vscode.commands.registerCommand(SHOW_TIMELINE, () => {
    if (panel) return panel.reveal();
    panel = vscode.window.createWebviewPanel('corpusNavigator.timeline', 'Corpus Timeline', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [webviewRoot(extensionUri)],
      retainContextWhenHidden: false,
    });
    const current = panel;
    let filter: { actor?: string; kinds?: string[] } = {};
    const post = (): void => {
      const { result } = index.view();
      const data = buildTimeline(result, { ...filter, limit: ITEM_LIMIT });
      const actors = result.actors.filter((a) => a.quoteCount > 0 || a.mentionCount > 1).slice(0, 500).map((a) => ({ id: a.id, name: a.name }));
      void current.webview.postMessage({ type: 'data', data, actors, filter });
    };
    current.webview.html = shellHtml(current.webview, extensionUri, { title: 'Corpus Timeline', script: 'timeline.js', styles: ['vis-timeline.css', 'views.css'] });
    const subscriptions = [
      current.webview.onDidReceiveMessage((message: unknown) => {
        const m = message as { type?: unknown; actor?: unknown; kinds?: unknown };
        if (m?.type === 'ready') post();
        else if (m?.type === 'filter') {
          filter = {
            actor: typeof m.actor === 'string' && index.lookup.actors.has(m.actor) ? m.actor : undefined,
            kinds: Array.isArray(m.kinds) ? m.kinds.filter((k): k is string => typeof k === 'string').slice(0, 50) : undefined,
          };
          post();
        } else if (m?.type === 'open') {
          const open = asOpenRequest(message);
          if (open) void vscode.commands.executeCommand(OPEN_SPAN, open.path, open.start, open.end);
        }
      }),
      index.onDidChange(() => post()),
    ];
    current.onDidDispose(() => {
      subscriptions.forEach((s) => s.dispose());
      panel = undefined;
    });
  });
}
