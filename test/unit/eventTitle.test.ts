import { strict as assert } from 'node:assert';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { eventTitle } from '../../src/corpus/eventTitle';
import type { Actor, CorpusEvent } from '../../src/extractor/types';

const person = (id: string, name: string, aliases: string[]): Actor => ({ id, name, kind: 'person', aliases, roles: [], mentionCount: 1, quoteCount: 0 });
const event = (label: string, participants: string[]): CorpusEvent => ({ id: 'e', label, kind: 'talks', date: null, dateText: null, place: null, participants, sources: [] });

describe('event titles name the holder as the corpus does', () => {
  it('an article that writes the family name first gets the corpus name of the merged person', () => {
    const corpus = new AnalysingCorpus();
    corpus.set('a.txt', 'Published 4 March 2023\nJapanese Prime Minister Fumio Kishida told the Congress in April that the war had changed Asia. Kishida said the alliance was strong.');
    corpus.set('b.txt', 'Published 5 March 2023\nStoltenberg and Japanese Prime Minister Kishida Fumio held talks Tuesday in Tokyo.');
    const { result } = corpus.build();
    const talks = result.events.find((e) => e.kind === 'talks');
    assert.ok(talks, 'the talks are an event');
    const actors = new Map(result.actors.map((a) => [a.id, a]));
    const kishida = result.actors.find((a) => a.aliases.includes('Kishida Fumio') || a.name === 'Kishida Fumio');
    assert.ok(kishida, 'one actor holds both name forms');
    assert.equal(kishida.name, 'Fumio Kishida');
    assert.match(talks.label, /^Kishida Fumio /, 'the label stays as extracted (its id is made from it)');
    assert.equal(eventTitle(talks, (id) => actors.get(id)), 'Fumio Kishida talks in Tokyo');
  });

  it('keeps a label that opens with a participant’s corpus name, and one that opens with no name form', () => {
    const actors = new Map([
      ['p', person('p', 'Joseph R. Biden Jr.', ['Joe Biden', 'Biden'])],
      ['q', person('q', 'Joe Bidenson', ['Bidenson'])],
    ]);
    const of = (id: string) => actors.get(id);
    assert.equal(eventTitle(event('Joe Bidenson talks', ['p', 'q']), of), 'Joe Bidenson talks');
    assert.equal(eventTitle(event('NATO summit in Vilnius', ['p']), of), 'NATO summit in Vilnius');
    // the longest form that opens the label, and only a whole word
    assert.equal(eventTitle(event('Joe Biden speech', ['q', 'p']), of), 'Joseph R. Biden Jr. speech');
    assert.equal(eventTitle(event('Bidenomics speech', ['p']), of), 'Bidenomics speech');
    // an unknown participant is skipped
    assert.equal(eventTitle(event('Biden visit', ['gone', 'p']), of), 'Joseph R. Biden Jr. visit');
  });
});
