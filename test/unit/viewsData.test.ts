import { strict as assert } from 'node:assert';
import { Corpus } from '../../src/corpus/corpus';
import { buildTimeline } from '../../src/corpus/timeline';
import { buildNetwork } from '../../src/corpus/network';

const ARTICLE_A = [
  'Harbour talks open',
  'Published: 2024-03-05',
  'Mayor Ilse Varga met Governor Tomas Brenn in Tolby on Monday.',
  '“Brenn has kept every promise to Tolby,” Varga said.',
].join('\n');
const ARTICLE_B = ['Ferry strike ends', '“The council was wrong and Ilse Varga was right about the ferries,” Governor Tomas Brenn said.'].join('\n');

function corpus(): Corpus {
  const c = new Corpus();
  c.set('a.txt', ARTICLE_A);
  c.set('b.txt', ARTICLE_B);
  return c;
}

describe('timeline data', () => {
  it('places quotes at their article date and lists undated ones apart', () => {
    const { result } = corpus().build();
    const t = buildTimeline(result);
    const dated = t.items.filter((i) => i.type === 'quote');
    assert.equal(dated.length, 1);
    assert.equal(dated[0].date, '2024-03-05');
    assert.match(dated[0].label, /^Ilse Varga: Brenn has kept/);
    assert.equal(t.undated.filter((i) => i.type === 'quote').length, 1, 'the undated article’s quote is not guessed');
  });

  it('filters by actor and by kind, and caps what it draws', () => {
    const { result } = corpus().build();
    const brenn = result.actors.find((a) => a.name === 'Tomas Brenn')!;
    const onlyBrenn = buildTimeline(result, { actor: brenn.id });
    assert.ok([...onlyBrenn.items, ...onlyBrenn.undated].every((i) => i.actors.includes(brenn.id)));
    assert.equal(buildTimeline(result, { kinds: ['indirect'] }).items.filter((i) => i.type === 'quote').length, 0);
    const capped = buildTimeline(result, { limit: 0 });
    assert.equal(capped.items.length, 0);
    assert.ok(capped.omitted > 0);
  });
});

describe('network data', () => {
  it('links a speaker to whom they spoke about, and actors mentioned in one paragraph', () => {
    const c = corpus();
    const { result } = c.build();
    const id = (name: string) => result.actors.find((a) => a.name === name)!.id;
    const paragraphs = (path: string) => {
      const text = path === 'a.txt' ? ARTICLE_A : ARTICLE_B;
      return [...text.matchAll(/[^\n]+/g)].flatMap((m) => [m.index, m.index + m[0].length]);
    };
    const g = buildNetwork(result, paragraphs);
    const about = g.edges.find((e) => e.type === 'quotedAbout' && e.source === id('Ilse Varga') && e.target === id('Tomas Brenn'));
    assert.ok(about, 'Varga quoted about Brenn');
    assert.equal(about.quotes.length, 1);
    assert.ok(g.edges.find((e) => e.type === 'quotedAbout' && e.source === id('Tomas Brenn') && e.target === id('Ilse Varga')));
    const together = g.edges.find((e) => e.type === 'together' && [e.source, e.target].sort().join() === [id('Ilse Varga'), id('Tomas Brenn')].sort().join());
    assert.ok(together && together.weight >= 1);
    assert.equal(buildNetwork(result, paragraphs, { top: 1 }).nodes.length, 1);
    assert.ok(buildNetwork(result, paragraphs, { from: '2024-03-01', to: '2024-03-31' }).edges.every((e) => e.type !== 'quotedAbout' || e.source === id('Ilse Varga')), 'the undated article falls outside a date range');
  });
});
