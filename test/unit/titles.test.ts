import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { layout } from '../../src/extractor/text';

const BODY = 'Harbour commissioner Dalia Moreno said: "Fares will rise in the spring."';

describe('titles: the headline', () => {
  it('a short first line in sentence case is the headline, not the quotation under it', () => {
    assert.equal(analyze(`Ferry fares go up\n\n${BODY}`).title, 'Ferry fares go up');
    assert.equal(analyze(`Ferry fares go up\n${BODY}`).title, 'Ferry fares go up');
  });

  it('a short first line in Title Case, or asking a question, is the headline', () => {
    assert.equal(analyze(`Ferry Fares Climb\n\n${BODY}`).title, 'Ferry Fares Climb');
    assert.equal(analyze(`Fares to rise?\n\n${BODY}`).title, 'Fares to rise?');
  });

  it('the headline still reports speech and names the body’s actors', () => {
    const a = analyze(`Moreno defends fares\n\n${BODY}`);
    assert.equal(a.title, 'Moreno defends fares');
    const head = a.mentions.filter((m) => m.start < 'Moreno defends fares'.length);
    assert.deepEqual(head.map((m) => m.actor.name), ['Dalia Moreno']);
  });

  it('a Markdown heading marker is no part of the title or of a heading’s mentions', () => {
    const text = `# Ferry fares go up in Kelmstad\n\n${BODY}\n\n### Dalia Moreno and the budget\n\nMoreno said more money was needed.`;
    const a = analyze(text);
    assert.equal(a.title, 'Ferry fares go up in Kelmstad');
    const sub = text.indexOf('### ');
    const inSub = a.mentions.filter((m) => m.start >= sub && m.end <= text.indexOf('\n', sub));
    assert.deepEqual(inSub.map((m) => text.slice(m.start, m.end)), ['Dalia Moreno']);
    const kinds = layout(text).paragraphs.map((p) => text.slice(p.start, p.end).slice(0, 3) + ':' + p.kind);
    assert.deepEqual(kinds, ['Fer:heading', 'Har:body', 'Dal:heading', 'Mor:body']);
    assert.equal(analyze(`## Fares\n\n${BODY}`).title, 'Fares');
  });

  it('a hashtag is not a Markdown marker', () => {
    const text = `#FareStrike trends as ferry fares go up\n\n${BODY}`;
    assert.equal(analyze(text).title, '#FareStrike trends as ferry fares go up');
  });

  it('a first line of body text ending in a full stop stays body text', () => {
    const text = `Harbour commissioner Dalia Moreno said fares would rise in the spring.\n\nThe ferry board meets on Friday.`;
    assert.equal(layout(text).paragraphs[0].kind, 'body');
    const [q] = analyze(text).quotes;
    assert.equal(q.speaker?.name, 'Dalia Moreno');
    assert.equal(layout(`Fares rose today.\n\n${BODY}`).paragraphs[0].kind, 'body');
  });

  it('a section label, byline, date or breadcrumb above the text is no headline', () => {
    for (const line of ['Politics', 'By Jane Okafor', 'March 6, 2025', 'News | Harbour', 'FERRY FARES UP']) {
      const text = `${line}\n\n${BODY}`;
      assert.equal(layout(text).paragraphs[0].kind, 'noise', line);
      assert.notEqual(analyze(text).title, line, line);
    }
  });

  it('a short line above the headline is a section label, not the headline', () => {
    const text = `Harbour Affairs\n\nKelmstad Sets Higher Ferry Fares For Spring\n\n${BODY}`;
    assert.equal(analyze(text).title, 'Kelmstad Sets Higher Ferry Fares For Spring');
    assert.equal(layout(text).paragraphs[0].kind, 'noise');
  });
});
