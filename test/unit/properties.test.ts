import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../src/extractor/analyze';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';

/** News-like pieces that exercise quotes, cues, names and noise when glued at random. */
const PIECES = [
  '“', '”', '"', "''", '‘', '’', ',', '.', ':', '\n', '\n\n', ' ', ' said', ' told reporters', ' according to', ' the minister',
  ' Jens Stoltenberg', ' Stoltenberg', ' he', ' she', ' NATO', ' Beijing', ' U.S.', ' Mr.', ' (AP Photo/X)', ' CLICK HERE',
  ' that', ' adding that', ' on Monday', ' last week', ' summit in Rome', ' the report stated', ' é', '😀', '\u0000', '\r\n',
];

const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), newsLike);

function checkSpans(text: string): void {
  const a = analyze(text);
  const inside = (s: { start: number; end: number }) => 0 <= s.start && s.start <= s.end && s.end <= text.length;
  for (const q of a.quotes) {
    assert.ok(inside(q), 'quote inside the text');
    assert.equal(q.text, text.slice(q.start, q.end));
    for (const s of [q.speakerMention, q.cue, ...(q.pieces ?? [])]) {
      if (!s) continue;
      assert.ok(inside(s));
      assert.equal(s.text, text.slice(s.start, s.end));
    }
  }
  for (const m of a.mentions) {
    assert.ok(inside(m));
    assert.equal(m.text, text.slice(m.start, m.end));
  }
}

describe('properties: on random and adversarial text', () => {
  it('never throws, and every span is inside the text and equals its slice', () => {
    fc.assert(fc.property(anyText, (text) => checkSpans(text)), { numRuns: 600 });
  });

  it('the corpus builds from any set of such articles', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 5 }), (texts) => {
        const c = new AnalysingCorpus({ joinContinuations: texts.length % 2 === 0 });
        texts.forEach((t, i) => c.set(`${i}.txt`, t));
        const { result } = c.build();
        const ids = new Set(result.actors.map((x) => x.id));
        assert.equal(ids.size, result.actors.length, 'actor ids are unique');
        for (const d of result.documents) for (const q of d.quotes) assert.ok(q.speaker === null || ids.has(q.speaker));
      }),
      { numRuns: 150 },
    );
  });

  it('an unbalanced quotation mark never swallows the following paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES.filter((p) => !p.includes('\n'))), { maxLength: 30 }), (parts) => {
        const text = `He said "${parts.join('')}\n\n“We are done,” Ana Ruiz said.`;
        const last = analyze(text).quotes.at(-1);
        assert.equal(last?.text, 'We are done,');
        assert.equal(last?.speaker?.name, 'Ana Ruiz');
      }),
      { numRuns: 200 },
    );
  });

  it('a long article is analysed, not skipped', () => {
    const paras = Array.from({ length: 2000 }, (_, i) => `Mayor Lena Park said bridge ${i} would reopen in May. “It is safe,” she said.`);
    const a = analyze(paras.join('\n\n'));
    assert.equal(a.quotes.length, 4000);
    assert.ok(a.quotes.every((q) => q.speaker?.name === 'Lena Park'));
  });
});
