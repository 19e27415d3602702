import { strict as assert } from 'node:assert';
import { readableText } from '../../src/corpus/readableText';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { unwrapLines } from '../../src/extractor/lineWrap';
import { MENTION_STRIDE, type ArticleRecord } from '../../src/corpus/record';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { buildTimeline } from '../../src/corpus/timeline';
import { shownText } from '../../src/corpus/shownText';
import { escapeIcons, escapeMarkdown, quoteText, snippet } from '../../src/vscode/text';

/** Invisible characters inside words (soft hyphens, zero-width spaces and joiners, direction marks), as text copied from web pages has them. */
const SOFT_HYPHEN = '\u00AD';
const INVISIBLES = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202E', '\u2060', '\u2067', '\uFEFF'];

const speakers = (r: ArticleRecord): Array<string | null> => r.quotes.map((q) => (q.speaker >= 0 ? r.actors[q.speaker].name : null));

/** Every span of the record reads, in the file, as the record says. */
function spansReadTrue(r: ArticleRecord, file: string): void {
  for (let i = 0; i < r.mentions.length; i += MENTION_STRIDE) assert.equal(file.slice(r.mentions[i + 1], r.mentions[i + 2]), r.surfaces[r.mentions[i + 3]]);
  for (const q of r.quotes) {
    assert.equal(file.slice(q.spans[0], q.spans[1]), q.text);
    if (q.speakerText !== null) assert.equal(file.slice(q.spans[2], q.spans[3]), q.speakerText);
    if (q.cueText !== null) assert.equal(file.slice(q.spans[4], q.spans[5]), q.cueText);
  }
}

describe('invisible characters inside words', () => {
  it('readableText takes them out and maps each kept character back to its place in the file', () => {
    const file = `a${SOFT_HYPHEN}b\u200B\u200Bc\u202Ede\u202C\u2069`;
    const v = readableText(file);
    assert.equal(v.text, 'abcde');
    assert.ok(v.changed);
    for (let p = 0; p < v.text.length; p++) assert.equal(file[v.toFile(p)], v.text[p], `offset ${p}`);
    // the end keeps what trails the last character; a span's start skips what precedes its first
    assert.equal(v.toFile(v.text.length), file.length);
    assert.equal(v.toFile(2), 5);
  });

  it('a text without them is the file itself', () => {
    const v = readableText('Plain text, “quoted,” she said.');
    assert.equal(v.changed, false);
    assert.equal(v.toFile(7), 7);
  });

  for (const mark of INVISIBLES) {
    const code = `U+${mark.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    it(`${code} inside a speaker's name: one person, every quote theirs, spans the file's own`, () => {
      const file =
        'Council delays bridge vote\n\n' +
        `Mayor Jane Ro${mark}berts said: “We will build the bridge next year.” Rob${mark}erts added that the council would vote in May.\n\n` +
        '“It is done,” said Peter Smith.\n';
      const r = analyzeToRecord(file, {}, 'file:///news/bridge.txt');
      assert.deepEqual(speakers(r), ['Jane Roberts', 'Jane Roberts', 'Peter Smith']);
      assert.deepEqual(r.actors.map((a) => a.name).sort(), ['Jane Roberts', 'Peter Smith']);
      spansReadTrue(r, file);
    });
  }

  it('in a hard-wrapped article too: both readings put back in the file', () => {
    const line = (s: string) => `${s}\n`;
    const file =
      line('Port strike talks resume') +
      line('') +
      line(`Union leader Marta Kowal${SOFT_HYPHEN}ski said on Monday that talks with the port`) +
      line('employers would resume this week, and that members were ready to') +
      line(`return. “We want a fair deal,” Kowal${SOFT_HYPHEN}ski said, adding that the`) +
      line('strike had cost workers dearly and would end only with an agreement.') +
      line('') +
      line('The employers said in a statement that they welcomed the return to') +
      line('talks and hoped for an agreement before the end of the month.');
    assert.ok(unwrapLines(readableText(file).text).joined);
    const r = analyzeToRecord(file, {}, 'file:///news/port.txt');
    assert.ok(r.quotes.length >= 2);
    assert.ok(r.actors.some((a) => a.name === 'Marta Kowalski'));
    assert.ok(!r.actors.some((a) => a.name.includes(SOFT_HYPHEN)));
    spansReadTrue(r, file);
  });
});

describe('HTML character references in an article saved from a page', () => {
  it('decodes them, each decoded character mapped to its reference in the file', () => {
    const file = 'a &ldquo;b&rdquo; &#8220;c&#x201D; &amp; &#128512; &bogus; d';
    const v = readableText(file);
    assert.equal(v.text, 'a “b” “c” & \u{1F600} &bogus; d');
    for (let p = 1; p <= v.text.length; p++) assert.ok(v.toFile(p) > v.toFile(p - 1), `offset ${p}`);
    for (let p = 0; p < v.text.length; p++) if ('“”&'.includes(v.text[p])) assert.equal(file[v.toFile(p)], '&', `offset ${p}`);
    assert.equal(file[v.toFile(v.text.indexOf('d'))], 'd');
    assert.equal(v.toFile(v.text.length), file.length);
  });

  it('quotation marks written as references make a quotation, its speaker named', () => {
    const file =
      'Port strike ends\n\n' +
      'Dock workers returned to work on Monday after a two-week strike.\n\n' +
      '&ldquo;We won a fair deal,&rdquo; said union leader Marta Kowalski. &quot;Nobody wanted this,&quot; she added.\n\n' +
      'AT&amp;T said it would restore service by Friday.\n';
    const r = analyzeToRecord(file, {}, 'file:///news/port.txt');
    assert.deepEqual(speakers(r).slice(0, 2), ['Marta Kowalski', 'Marta Kowalski']);
    assert.equal(r.quotes[0].kind, 'direct');
    assert.equal(r.quotes[0].text, 'We won a fair deal,');
    spansReadTrue(r, file);
  });
});

describe('references to invisible characters, and front matter in a hard-wrapped file', () => {
  for (const ref of ['&shy;', '&#173;', '&#xAD;', '&zwj;', '&#8203;', '&lrm;', '&#8238;', '&#xFEFF;']) {
    it(`"${ref}" inside a name is taken out as the character is`, () => {
      const file = `NATO meets\n\nJens Stolten${ref}berg said the alliance was united. “We stand together,” Stolten${ref}berg said.\n`;
      const r = analyzeToRecord(file, {}, 'file:///news/nato.txt');
      assert.deepEqual(speakers(r), ['Jens Stoltenberg', 'Jens Stoltenberg']);
      spansReadTrue(r, file);
    });
  }

  for (const eol of ['\n', '\r\n']) {
    it(`a soft hyphen that ends a hard-wrapped line joins the word's halves (${JSON.stringify(eol)})`, () => {
      const file = [
        'Alliance leaders meet in Vilnius',
        '',
        'NATO Secretary-General Jens Stolten\u00AD',
        'berg said on Tuesday that the alliance would stand with Ukraine and that',
        'members had agreed to raise their spending. “We are united,” Stolten\u00AD',
        'berg told reporters, adding that more aid would follow within weeks.',
        '',
      ].join(eol);
      const r = analyzeToRecord(file, {}, 'file:///news/vilnius.txt');
      assert.ok(r.actors.some((a) => a.name === 'Jens Stoltenberg'), r.actors.map((a) => a.name).join(', '));
      assert.ok(!r.actors.some((a) => a.name.startsWith('Jens Stolten ') || a.name === 'Jens Stolten'));
      assert.ok(speakers(r).length >= 1 && speakers(r).every((n) => n === 'Jens Stoltenberg'), `${speakers(r)}`);
      spansReadTrue(r, file);
    });
  }

  it('a hard-wrapped Markdown article keeps its front matter out of its text', () => {
    const file = [
      '---',
      'title: Stoltenberg warns China',
      'date: 2023-07-10',
      'author: staff',
      '---',
      '',
      'NATO Secretary-General Jens Stoltenberg said on Monday that China was',
      'learning from the war in Ukraine and that the alliance was watching',
      'closely. “China is watching to see the price Russia pays,” he told',
      'reporters in Brussels, adding that allies would meet again in July.',
      '',
      'He said the leaders of Japan and South Korea shared the concern and',
      'would attend the summit in Vilnius as partners of the alliance.',
      '',
    ].join('\n');
    assert.ok(unwrapLines(file, 0).joined, 'read as hard-wrapped');
    const r = analyzeToRecord(file, {}, 'file:///news/nato.md');
    assert.equal(r.title, 'Stoltenberg warns China');
    assert.equal(r.published, '2023-07-10');
    assert.ok(r.quotes.length >= 2);
    assert.ok(r.quotes.every((q) => q.spans[0] > file.indexOf('\n---\n')), 'no quote in the front matter');
    assert.ok(r.quotes.every((q) => !/date:|author:/.test(q.text)));
    spansReadTrue(r, file);
  });
});

describe('directional controls in what the views show', () => {
  const RLO = '\u202E';
  const PDF = '\u202C';
  const RLI = '\u2067';
  const PDI = '\u2069';
  const quote = `We will ${RLO}build${PDF} the bridge ${RLI}next year${PDI}.`;
  const clean = 'We will build the bridge next year.';

  it('rows, hovers, quick picks and citations show the characters in their stored order', () => {
    assert.equal(snippet(quote), clean);
    assert.equal(quoteText({ text: `“${quote}”` }), clean);
    assert.equal(escapeMarkdown(`${RLO}a${PDF}`), 'a');
    assert.equal(escapeIcons(`${RLI}$(zap)${PDI}`), '\\$(zap)');
    assert.equal(shownText('no controls'), 'no controls');
    // references read as what they stand for, terminal controls left out
    assert.equal(shownText('We won&rsquo;t sign \u001b[2J\u0007now'), 'We won’t sign [2Jnow');
    assert.equal(quoteText({ text: '&ldquo;Stolten&shy;berg said so,&rdquo;' }), 'Stoltenberg said so');
  });

  it('the timeline labels a quote without them, the export keeps the article\'s own text', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', `Bridge vote\nPublished: 2024-03-05\n“${quote}” Mayor Jane Roberts said.`);
    const label = buildTimeline(c).items.find((i) => i.type === 'quote')!.label;
    assert.equal(label, `Jane Roberts: ${clean}`);
    assert.ok(c.document('a.txt')!.quotes.some((q) => q.text.includes(RLO)), 'the contract\'s text is the file\'s');
  });
});
