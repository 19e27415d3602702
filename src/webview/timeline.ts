/** The timeline webview's script: draws what the extension posts with vis-timeline. */
import { DataSet } from 'vis-data/standalone';
import { Timeline } from 'vis-timeline/standalone';
import { el, passageList, vscodeApi } from './dom';

interface Item { id: string; type: 'event' | 'quote'; date: string; kind: string; label: string; path: string; start: number; end: number }
interface Data { items: Item[]; undated: Item[]; omitted: number; kinds: string[] }

const controls = el('div', { class: 'controls' });
const actorSelect = el('select', { 'aria-label': 'Actor' });
const kindsBox = el('span', { class: 'kinds' });
const status = el('span', { class: 'note' });
const chart = el('div', { id: 'timeline' });
const undated = el('section', { class: 'undated' });
controls.append(el('label', {}, 'Actor ', actorSelect), kindsBox, status);
document.body.append(controls, chart, undated);

const items = new DataSet<{ id: string; start: string; content: string; className: string; title: string }>();
/** vis-timeline renders an item's content and title as HTML: corpus text is escaped first (its own xss filter stays on too). */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const timeline = new Timeline(chart, items, { height: '420px', zoomable: true, stack: true, maxHeight: 600, tooltip: { followMouse: true }, xss: { disabled: false } });
let byId = new Map<string, Item>();
/** Quotes of one day beyond this many are drawn as one "N quotes" point that lists them below when chosen. */
const PER_DAY = 3;
let groups = new Map<string, Item[]>();
const chosen = el('section', { class: 'chosen' });
let selectedKinds: string[] = [];

undated.before(chosen);
timeline.on('select', ({ items: selected }: { items: string[] }) => {
  const item = byId.get(selected[0]);
  if (item) vscodeApi.postMessage({ type: 'open', path: item.path, start: item.start, end: item.end });
  const group = groups.get(selected[0]);
  if (group) passageList(chosen, `${group.length} quotes on ${group[0].date}`, group.map((i) => ({ ...i, detail: i.kind })));
});

function sendFilter(): void {
  vscodeApi.postMessage({ type: 'filter', actor: actorSelect.value || undefined, kinds: selectedKinds });
}
actorSelect.addEventListener('change', sendFilter);

window.addEventListener('message', (event: MessageEvent) => {
  const m = event.data as { type: string; data: Data; actors: Array<{ id: string; name: string }>; filter: { actor?: string; kinds?: string[] } };
  if (m.type !== 'data') return;
  if (actorSelect.options.length !== m.actors.length + 1) {
    actorSelect.replaceChildren(el('option', { value: '' }, 'All actors'), ...m.actors.map((a) => el('option', { value: a.id }, a.name)));
  }
  actorSelect.value = m.filter.actor ?? '';
  kindsBox.replaceChildren(
    ...m.data.kinds.map((k) => {
      const box = el('input', { type: 'checkbox', value: k });
      box.checked = !m.filter.kinds?.length || m.filter.kinds.includes(k);
      box.addEventListener('change', () => {
        selectedKinds = [...kindsBox.querySelectorAll('input')].filter((b) => b.checked).map((b) => b.value);
        sendFilter();
      });
      return el('label', { class: `kind kind-${k.replace(/[^a-z]/g, '')}` }, box, ` ${k}`);
    }),
  );
  const quotesByDay = new Map<string, Item[]>();
  for (const i of m.data.items) if (i.type === 'quote') quotesByDay.set(i.date, [...(quotesByDay.get(i.date) ?? []), i]);
  groups = new Map([...quotesByDay].filter(([, day]) => day.length > PER_DAY).map(([date, day]) => [`day:${date}`, day]));
  const single = m.data.items.filter((i) => i.type === 'event' || !groups.has(`day:${i.date}`));
  byId = new Map(single.map((i) => [i.id, i]));
  const at = (date: string): string => (date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date);
  items.clear();
  items.add([
    ...single.map((i) => ({
      id: i.id,
      start: at(i.date),
      content: escapeHtml(i.label.length > 60 ? i.label.slice(0, 59) + '…' : i.label),
      className: `${i.type} kind-${i.kind.replace(/[^a-z]/g, '')}`,
      title: escapeHtml(`${i.date} · ${i.kind}: ${i.label}`),
    })),
    ...[...groups].map(([id, day]) => ({ id, start: at(day[0].date), content: `${day.length} quotes`, className: 'quote group', title: escapeHtml(`${day[0].date}: ${day.length} quotes, choose to list them`) })),
  ]);
  // a few far-off dates (a target year, a background year) must not squeeze the rest: show the middle 96%
  const times = m.data.items.map((i) => Date.parse(at(i.date))).filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
  if (times.length) {
    const lo = times[Math.floor(times.length * 0.02)];
    const hi = times[Math.ceil(times.length * 0.98) - 1];
    const pad = Math.max((hi - lo) * 0.05, 7 * 86_400_000);
    timeline.setWindow(lo - pad, hi + pad, { animation: false });
  }
  status.textContent = `${m.data.items.length} dated items${m.data.omitted ? ` (${m.data.omitted} more: narrow by actor or kind)` : ''}, ${m.data.undated.length} undated`;
  passageList(undated, 'Undated', m.data.undated.slice(0, 200).map((i) => ({ ...i, label: i.label, detail: i.kind })), Math.max(0, m.data.undated.length - 200));
});

vscodeApi.postMessage({ type: 'ready' });
