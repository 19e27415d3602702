/** The timeline webview's script: draws what the extension posts with vis-timeline, once per message. */
import { DataSet } from 'vis-data';
import { Timeline, type TimelineOptions } from 'vis-timeline';
import { addStyle, el, mark, onMessage, passageList, vscodeApi } from './dom';

mark('script');
// a cluster (marks too close to draw apart at this zoom): its count says what it counts, marks on
// the axis, a day's many quotes being one mark ("12 quotes"), so it is no count of the items it lists
addStyle(`
.vis-item.vis-cluster { background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
.vis-item.vis-cluster .vis-item-content > div { display: inline; }
.vis-item.vis-cluster .vis-item-content::after { content: " marks"; }
`);

interface Item { id: string; type: 'event' | 'quote'; date: string; kind: string; label: string; path: string; start: number; end: number }
/** The undated items: the first events and the first quotes of undated articles, with how many of each there are. */
interface Undated { events: Item[]; eventCount: number; quotes: Item[]; quoteCount: number }
interface Data { items: Item[]; undated: Undated; omitted: number; kinds: { events: string[]; quotes: string[] } }

const controls = el('div', { class: 'controls' });
const actorSelect = el('select', { 'aria-label': 'Actor' });
/** Two labelled rows of checkboxes, so event kinds ("vote") and quote kinds ("indirect") are not read as one list. */
const eventKindsBox = el('span', { class: 'kinds', role: 'group', 'aria-label': 'Event kinds' });
const quoteKindsBox = el('span', { class: 'kinds', role: 'group', 'aria-label': 'Quote kinds' });
const status = el('span', { class: 'note' });
const chart = el('div', { id: 'timeline' });
const chosen = el('section', { class: 'chosen' });
/** Undated events, then the quotes of articles without a date: two lists, each scrolling in its own box, so neither buries the other. */
const undatedEvents = el('section', { class: 'undated' });
const undatedQuotes = el('section', { class: 'undated' });
controls.append(el('label', {}, 'Actor ', actorSelect), eventKindsBox, quoteKindsBox, status);
document.body.append(controls, chart, chosen, undatedEvents, undatedQuotes);

type Row = { id: string; start: string; content: string; className: string; title: string };
/** vis-timeline renders an item's content and title as HTML: corpus text is escaped first (its own xss filter stays on too). */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Made with the first data, so the first frame is drawn once, at its final window. */
let timeline: Timeline | undefined;
const rows = new DataSet<Row>();
let byId = new Map<string, Item>();
/** Quotes of one day beyond this many are drawn as one "N quotes" point that lists them below when chosen. */
const PER_DAY = 3;
/** Characters of a label drawn on the axis (the tooltip has all of it). */
const LABEL_CHARS = 32;
/**
 * Items drawn side by side within about 100 pixels of the axis before vis-timeline's clustering
 * draws the rest there as one box counting them (it splits again as one zooms in): at 924
 * articles the labels stood fifteen high, hiding the axis's span. Choosing a cluster lists its items under the chart.
 */
const CLUSTER_ITEMS = 2;
/** Half the width of such a label in pixels, about: the window leaves this much room at its edges. */
const HALF_LABEL_PX = 110;
const DAY_MS = 86_400_000;
let groups = new Map<string, Item[]>();
let selectedKinds: string[] = [];

function sendFilter(): void {
  vscodeApi.postMessage({ type: 'filter', actor: actorSelect.value || undefined, kinds: selectedKinds });
}
actorSelect.addEventListener('change', sendFilter);

/** A year or a month is drawn at its middle. */
const at = (date: string): string => (date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date);

/**
 * The window to show: all the dates, or the middle 96% when a few are far off (a target year, a
 * background year must not squeeze the rest), widened so a label centred on a point at either
 * edge is drawn whole.
 */
function windowOf(items: Item[]): { start: number; end: number } | undefined {
  const times = items.map((i) => Date.parse(at(i.date))).filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
  if (!times.length) return undefined;
  let lo = times[Math.floor(times.length * 0.02)];
  let hi = times[Math.ceil(times.length * 0.98) - 1];
  // the ends themselves when they are not far off: then no item is cut at an edge
  const near = (hi - lo) / 4;
  if (times[0] >= lo - near) lo = times[0];
  if (times[times.length - 1] <= hi + near) hi = times[times.length - 1];
  const width = Math.max(chart.clientWidth, 3 * HALF_LABEL_PX);
  const pad = Math.max(((hi - lo) * HALF_LABEL_PX) / (width - 2 * HALF_LABEL_PX), 7 * DAY_MS);
  return { start: lo - pad, end: hi + pad };
}

/** How many marks a cluster (vis-timeline's, not its typed API) holds, and the items they stand for: a day's "N quotes" mark spelled out into its quotes. */
function clusterRows(id: string): { marks: number; items: Item[] } {
  const clusters = (timeline as unknown as { itemSet?: { clusters?: Array<{ id: string; data: { uiItems?: Array<{ id: string }> } }> } }).itemSet?.clusters ?? [];
  const marks = clusters.find((c) => c.id === id)?.data.uiItems ?? [];
  return { marks: marks.length, items: marks.flatMap((u) => groups.get(u.id) ?? (byId.has(u.id) ? [byId.get(u.id)!] : [])) };
}

/** Lists a chosen cluster's items under the chart, newest first. */
function listCluster(id: string): void {
  const { marks, items } = clusterRows(id);
  items.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  if (!items.length) return;
  const first = items[items.length - 1].date;
  const last = items[0].date;
  // (the badge counts marks; the list, every item they stand for: "594 items in 60 marks")
  const counted = marks === items.length ? `${items.length} items` : `${items.length} items in ${marks} marks`;
  passageList(chosen, `${counted}, ${first === last ? first : `${first} to ${last}`}`, items.map((i) => ({ ...i, detail: `${i.date} · ${i.kind}` })));
}

function draw(data: Data): void {
  const quotesByDay = new Map<string, Item[]>();
  for (const i of data.items) if (i.type === 'quote') quotesByDay.set(i.date, [...(quotesByDay.get(i.date) ?? []), i]);
  groups = new Map([...quotesByDay].filter(([, day]) => day.length > PER_DAY).map(([date, day]) => [`day:${date}`, day]));
  const single = data.items.filter((i) => i.type === 'event' || !groups.has(`day:${i.date}`));
  byId = new Map(single.map((i) => [i.id, i]));
  const next: Row[] = [
    ...single.map((i) => ({
      id: i.id,
      start: at(i.date),
      content: escapeHtml(i.label.length > LABEL_CHARS ? i.label.slice(0, LABEL_CHARS - 1) + '…' : i.label),
      className: `${i.type} kind-${i.kind.replace(/[^a-z]/g, '')}`,
      title: escapeHtml(`${i.date} · ${i.kind}: ${i.label}`),
    })),
    ...[...groups].map(([id, day]) => ({ id, start: at(day[0].date), content: `${day.length} quotes`, className: 'quote group', title: escapeHtml(`${day[0].date}: ${day.length} quotes, choose to list them`) })),
  ];
  const range = windowOf(data.items);
  if (!timeline) {
    const options: TimelineOptions = {
      minHeight: 420,
      maxHeight: Math.max(420, window.innerHeight - 200),
      verticalScroll: true,
      zoomKey: 'ctrlKey',
      zoomable: true,
      stack: true,
      // (the title is HTML of vis-timeline's: it holds no corpus text)
      cluster: { maxItems: CLUSTER_ITEMS, titleTemplate: '{count} marks here (a day\'s many quotes are one): choose to list their items, double-click to zoom in', showStipes: true, fitOnDoubleClick: true },
      tooltip: { followMouse: true },
      xss: { disabled: false },
      onInitialDrawComplete: () => mark('painted'),
    };
    // empty first, then the window, then the items, all in this task: the items are laid out once, at
    // their window, before the browser paints (a start and end in the options would keep the axis
    // hidden for a 200 ms timer of vis-timeline's; items first would lay them out for a window not shown)
    timeline = new Timeline(chart, rows, options);
    if (range) timeline.setWindow(range.start, range.end, { animation: false });
    rows.add(next);
    timeline.on('select', ({ items: selected }: { items: string[] }) => {
      const item = byId.get(selected[0]);
      if (item) vscodeApi.postMessage({ type: 'open', path: item.path, start: item.start, end: item.end });
      const group = groups.get(selected[0]);
      if (group) passageList(chosen, `${group.length} quotes on ${group[0].date}`, group.map((i) => ({ ...i, detail: i.kind })));
      if (!item && !group && selected[0] !== undefined) listCluster(selected[0]);
    });
  } else {
    // (a list chosen from the last data may name items this one does not hold)
    chosen.replaceChildren();
    rows.clear();
    rows.add(next);
    if (range) timeline.setWindow(range.start, range.end, { animation: false });
  }
}

onMessage((message) => {
  const m = message as { type: string; data: Data; actors: Array<{ id: string; name: string }>; filter: { actor?: string; kinds?: string[] } };
  if (m.type !== 'data') return;
  mark('data');
  if (actorSelect.options.length !== m.actors.length + 1) {
    actorSelect.replaceChildren(el('option', { value: '' }, 'All actors'), ...m.actors.map((a) => el('option', { value: a.id }, a.name)));
  }
  actorSelect.value = m.filter.actor ?? '';
  const kindBox = (k: string): HTMLElement => {
    const box = el('input', { type: 'checkbox', value: k });
    box.checked = !m.filter.kinds?.length || m.filter.kinds.includes(k);
    box.addEventListener('change', () => {
      selectedKinds = [...controls.querySelectorAll<HTMLInputElement>('.kinds input')].filter((b) => b.checked).map((b) => b.value);
      sendFilter();
    });
    return el('label', { class: `kind kind-${k.replace(/[^a-z]/g, '')}` }, box, ` ${k}`);
  };
  const kindRow = (title: string, kinds: string[]): Array<Node | string> => (kinds.length ? [el('span', { class: 'kindsTitle' }, title), ...kinds.map(kindBox)] : []);
  eventKindsBox.replaceChildren(...kindRow('Events:', m.data.kinds.events));
  quoteKindsBox.replaceChildren(...kindRow('Quotes:', m.data.kinds.quotes));
  const actorName = m.filter.actor ? actorSelect.selectedOptions[0]?.textContent : undefined;
  const more = m.data.omitted ? ` (the newest; ${m.data.omitted} older: narrow by ${actorName ? 'kind' : 'actor or kind'})` : '';
  status.textContent = `${m.data.items.length} dated items${actorName ? ` of ${actorName}` : ''}${more}, ${m.data.undated.eventCount + m.data.undated.quoteCount} undated · a count stands for items too close to draw apart: choose it to list them · Ctrl+wheel zooms, drag moves`;
  draw(m.data);
  mark('drawn');
  // an event's label already names its kind ("NATO summit in Madrid"): only a quote's kind is added
  const { events, eventCount, quotes, quoteCount } = m.data.undated;
  if (eventCount) passageList(undatedEvents, `Undated events (${eventCount})`, events, eventCount - events.length);
  else undatedEvents.replaceChildren();
  if (quoteCount) passageList(undatedQuotes, `Quotes in undated articles (${quoteCount})`, quotes.map((i) => ({ ...i, detail: i.kind })), quoteCount - quotes.length);
  else undatedQuotes.replaceChildren();
});
