/**
 * What users see in the editor (session 38): article text decoded once, never twice; a tag the
 * extractor read as a space shown as one; curated renames in event titles; a council's style of
 * address ("Cr") no role of its own before "Mayor".
 */
import { strict as assert } from 'node:assert';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { emptyCuration } from '../../src/corpus/curation';
import { eventPlace, eventTitle } from '../../src/corpus/eventTitle';
import { safeText, shownText } from '../../src/corpus/shownText';
import { buildTimeline } from '../../src/corpus/timeline';
import { displayRoles, mainRole } from '../../src/vscode/views/roles';
import { escapeIcons, escapeMarkdown, passageLine, quoteMarkdown, quoteText, shownQuote, snippet, windowAround } from '../../src/vscode/text';

/** The quotes of article `path` as the views get them (the corpus's documents). */
const documentQuotes = (c: AnalysingCorpus, path: string) => c.build().result.documents.find((d) => d.path === path)!.quotes;

/** A Wellington web story whose source escapes the markup it quotes twice, as a CMS that escapes its own escapes does. */
const WEB_STORY = [
  'Council form left open to attack',
  '',
  'WELLINGTON, March 3, 2026 -- A security researcher found a flaw in the council website on Tuesday.',
  '',
  '"Anyone could type &amp;lt;script&amp;gt; into the feedback box and it ran," said researcher Aroha Tane.',
  '',
  'The council said the box was fixed on Wednesday.',
].join('\n');

/** A Philippine typhoon story with a line break tag in the middle of a sentence. */
const TYPHOON = [
  'Typhoon floods Bicol towns',
  '',
  'NAGA CITY, Philippines, October 23, 2026 -- Typhoon Kristine brought heavy rain to the Bicol region on Wednesday.',
  '',
  'Floodwaters<br/> reached the city hall by noon, Mayor Nelson Legacion said.',
].join('\n');

describe('article text is decoded once, where it enters a view', () => {
  const corpus = new AnalysingCorpus();
  corpus.set('web.txt', WEB_STORY);
  const quote = documentQuotes(corpus, 'web.txt').find((q) => q.text.includes('script'));

  it('a quote shows "&lt;script&gt;" (the file\'s "&amp;lt;" read once) in rows, hovers, quick picks and the network list', () => {
    assert.ok(quote, 'the quote is found');
    const text = quoteText(quote);
    assert.equal(text, 'Anyone could type &lt;script&gt; into the feedback box and it ran');
    // the Actors tree's quote row and the network's quote list
    assert.equal(snippet(text), text);
    assert.equal(snippet(shownQuote('direct', text), 300), `“${text}”`);
    // the search quick pick's row
    assert.equal(escapeIcons(windowAround(text, text.indexOf('feedback'), 90)), text);
    // the hover card: escaped Markdown of the same characters (a reader of the card sees "&lt;script&gt;")
    assert.equal(quoteMarkdown('direct', snippet(text, 220)), '“Anyone could type \\&lt;script\\&gt; into the feedback box and it ran”');
  });

  it('text already read (a name, a role, a curated name) is never decoded again', () => {
    assert.equal(snippet('R&amp;D Unit'), 'R&amp;D Unit');
    assert.equal(escapeMarkdown('Tom &amp; Jerry'), 'Tom \\&amp; Jerry');
    assert.equal(escapeIcons('AT&amp;T $(zap)'), 'AT&amp;T \\$(zap)');
    // what is made safe stays so
    assert.equal(safeText('a\u202Eb\u001b'), 'ab');
    assert.equal(safeText(safeText('R&amp;D')), 'R&amp;D');
  });

  it('a curated name shows as typed', () => {
    const c = new AnalysingCorpus();
    c.set('web.txt', WEB_STORY);
    c.setCuration({ ...emptyCuration(), rename: { 'Aroha Tane': 'Aroha Tane (R&amp;D)' } });
    const actor = c.actors().find((a) => a.name.startsWith('Aroha'));
    assert.equal(actor?.name, 'Aroha Tane (R&amp;D)');
    assert.equal(escapeIcons(actor.name), 'Aroha Tane (R&amp;D)');
    assert.equal(escapeMarkdown(actor.name), 'Aroha Tane \\(R\\&amp;D\\)');
  });

  it('a mention\'s line and a passage are the file\'s characters, read once', () => {
    const line = 'said &amp;lt;b&amp;gt; and &ldquo;more&rdquo; here';
    assert.equal(passageLine(line, false, false, 200), 'said &lt;b&gt; and “more” here');
    assert.equal(shownText('&amp;amp;'), '&amp;');
  });

  it('the timeline labels the quote with it read once', () => {
    const label = buildTimeline(corpus).items.concat(buildTimeline(corpus).undated as never[]).find((i) => i.type === 'quote')?.label ?? '';
    assert.ok(label.includes('&lt;script&gt;') && !label.includes('<script>'), label);
  });
});

describe('a tag the extractor read as a space shows as one', () => {
  it('"Floodwaters<br/> reached" is shown "Floodwaters reached", its offsets the file\'s', () => {
    const corpus = new AnalysingCorpus();
    corpus.set('typhoon.txt', TYPHOON);
    const quote = documentQuotes(corpus, 'typhoon.txt').find((q) => q.text.includes('Floodwaters'));
    assert.ok(quote, 'the quote is found');
    // the JSON contract: the file's own characters between its offsets
    assert.equal(TYPHOON.slice(quote.start, quote.end), quote.text);
    assert.ok(quote.text.includes('<br/>'));
    assert.equal(quoteText(quote), 'Floodwaters reached the city hall by noon');
    assert.equal(snippet(quoteText(quote)), 'Floodwaters reached the city hall by noon');
    assert.ok(!quoteMarkdown(quote.kind, quoteText(quote)).includes('br/'));
  });

  it('inline and block tags alike; a reference that spells a tag shows the tag, as a browser shows it', () => {
    assert.equal(quoteText({ text: 'the <em>whole</em> town <a href="https://example.org/x">was</a> flooded' }), 'the whole town was flooded');
    assert.equal(shownText('use &lt;br/&gt; here'), 'use <br/> here');
    assert.equal(shownText('no tags, 3 < 4 and 5 > 2'), 'no tags, 3 < 4 and 5 > 2');
  });
});

describe('event titles follow curated renames', () => {
  const STORY = [
    'Wellington mayor visits Japan',
    '',
    'WELLINGTON, March 3, 2026 -- Mayor Tory Whanau visited Japan on Monday to meet investors.',
    '',
    '"We want their trains," Whanau said.',
  ].join('\n');

  it('the holder and the place as the user renamed them', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', STORY);
    const visit = () => c.events().find((e) => e.kind === 'visit');
    assert.equal(eventTitle(visit()!, (id) => c.actor(id)), 'Tory Whanau visit in Japan');
    c.setCuration({ ...emptyCuration(), rename: { 'Tory Whanau': 'Mayor Tory', Japan: 'Nippon' } });
    const e = visit()!;
    assert.equal(eventTitle(e, (id) => c.actor(id)), 'Mayor Tory visit in Nippon');
    assert.equal(eventPlace(e, (id) => c.actor(id)), 'Nippon');
    assert.match(e.label, /^Tory Whanau visit/, 'the label stays as extracted (its id is made from it)');
  });

  it('a place is renamed only by a place or country that has it as an alias', () => {
    const actors = new Map([
      ['w', { id: 'w', name: 'George Washington', kind: 'person' as const, aliases: ['Washington'], roles: [], mentionCount: 1, quoteCount: 0 }],
      ['n', { id: 'n', name: 'NATO', kind: 'organization' as const, aliases: [], roles: [], mentionCount: 1, quoteCount: 0 }],
    ]);
    const e = { id: 'e', label: 'NATO summit in Washington', kind: 'summit' as const, date: null, dateText: null, place: 'Washington', participants: ['n', 'w'], sources: [] };
    assert.equal(eventTitle(e, (id) => actors.get(id)), 'NATO summit in Washington');
    assert.equal(eventPlace(e, (id) => actors.get(id)), 'Washington');
  });
});

describe('a council\'s style of address is no role before a title', () => {
  it('"Mayor Cr" shows as the mayor\'s title, and "Cr" alone after it', () => {
    // as the extractor reads "Mayor Cr Geoff McDonald", "Cr Geoff McDonald" and "Toowoomba Mayor Geoff McDonald"
    assert.deepEqual(displayRoles(['Cr', 'Mayor Cr', 'Toowoomba Mayor']), ['Toowoomba Mayor', 'Cr']);
    assert.deepEqual(displayRoles(['Cr', 'Cr', 'Mayor']), ['Mayor', 'Cr']);
    assert.equal(mainRole(['Cr Mayor']), 'Mayor');
    assert.deepEqual(displayRoles(['Cllr', 'Deputy Mayor Cllr']), ['Deputy Mayor', 'Cllr']);
    // a councillor's only role stays
    assert.equal(mainRole(['Cr']), 'Cr');
    assert.deepEqual(displayRoles(['Councillor', 'Cr']), ['Councillor']);
  });
});
