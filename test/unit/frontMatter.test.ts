import { strict as assert } from 'node:assert';
import { frontMatter } from '../../src/extractor/frontMatter';
import { analyze } from '../../src/extractor/analyze';

/** Markdown articles exported by a site generator open with YAML front matter: metadata, not words. */
const POST = [
  '---',
  'title: "Council approves harbour plan: a 7–2 vote"',
  'date: 2024-03-05T09:30:00+00:00',
  'author: Staff Reporter',
  'tags:',
  '  - harbour',
  '  - Tolby Council',
  'summary: >-',
  '  Mayor Ilse Varga said the vote',
  '  was historic.',
  '---',
  '',
  'The city council on Tuesday approved the harbour plan by a vote of 7 to 2.',
  '',
  '“This is a good day for Tolby,” Mayor Ilse Varga said after the vote.',
  '',
].join('\n');

describe('front matter of Markdown articles', () => {
  it('gives the article its title and date, and where its text begins', () => {
    const f = frontMatter(POST)!;
    assert.equal(f.title, 'Council approves harbour plan: a 7–2 vote');
    assert.equal(f.date, '2024-03-05');
    assert.equal(POST.slice(f.end, f.end + 1), '\n');
  });

  it('its fields make no actors and no quotes; the body keeps the file\'s offsets', () => {
    const a = analyze(POST);
    assert.equal(a.title, 'Council approves harbour plan: a 7–2 vote');
    assert.equal(a.published, '2024-03-05');
    assert.ok(a.actors.some((x) => x.name === 'Ilse Varga'));
    assert.ok(!a.actors.some((x) => /Staff Reporter|Tolby Council/.test(x.name)), a.actors.map((x) => x.name).join(', '));
    assert.equal(a.quotes.length, 1);
    const q = a.quotes[0];
    assert.equal(q.speaker?.name, 'Ilse Varga');
    assert.equal(POST.slice(q.start, q.end), q.text);
  });

  it('a date after the front matter is read when it gives none', () => {
    const text = ['---', 'layout: post', 'title: Ferry strike ends', '---', 'Published: 12 May 2023', '', 'Ferries ran again on Friday, the operator said.'].join('\n');
    const a = analyze(text);
    assert.equal(a.title, 'Ferry strike ends');
    assert.equal(a.published, '2023-05-12');
  });

  it('an article that opens with a rule is prose, not front matter', () => {
    const text = ['---', 'Harbour plan approved', '', 'The council voted 7 to 2 on Tuesday, the mayor said.', '---', 'More to follow.'].join('\n');
    assert.equal(frontMatter(text), null);
    assert.equal(analyze(text).quotes.length, 1);
  });

  it('no closing line, YAML that does not parse, or no date: no harm', () => {
    assert.equal(frontMatter('---\ntitle: x\n\nNo closing line.'), null);
    const broken = frontMatter('---\ntitle: "unclosed\ndate: 2024-01-01\n---\nBody.')!;
    assert.deepEqual([broken.title, broken.date], [null, null]);
    assert.equal(frontMatter('---\ntitle: A\ndate: 2024-02-30\n---\n')!.date, null);
    assert.equal(frontMatter('Plain article.\n---\ntitle: x\n---\n'), null);
  });
});
