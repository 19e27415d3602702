import { strict as assert } from 'node:assert';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { MENTION_STRIDE, type ArticleRecord } from '../../src/corpus/record';
import { unwrapLines } from '../../src/extractor/lineWrap';

/** An article of one paragraph per line, as most news files are. */
const FLAT = [
  'Harbour council delays vote on ferry terminal',
  '',
  'HALIFAX — Councillors put off a vote on the new ferry terminal on Tuesday after residents of the north end packed the chamber for a third week in a row.',
  '“We have heard people loud and clear, and we are not going to rush a decision that shapes the waterfront for fifty years,” said Mayor Lena Ortiz, who chairs the council.',
  'The terminal would replace a dock built in 1962. Engineers told the council last month that its pilings were failing faster than expected and that repairs could cost as much as the new building.',
  '“Every winter we patch it, and every spring it is worse,” said Ravi Mehta, the city’s chief engineer. “At some point patching is the expensive choice.”',
  'Opponents say the design blocks the view from the park. Ana Ruiz, who leads a residents’ group, said the city had ignored three petitions signed by more than 4,000 people.',
  'The council will take up the question again on March 3.',
].join('\n');

/** `text` folded at `width` columns between words, paragraphs apart by a blank line unless `blank` is false. */
function fold(text: string, width: number, blank = true, eol = '\n'): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (!para) continue;
    let line = '';
    for (const word of para.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
    if (blank) out.push('');
  }
  return out.join(eol);
}

/** The record's quotes as (content with single spaces, speaker's name) pairs. */
function attributions(r: ArticleRecord): Array<[string, string | null]> {
  return r.quotes.map((q) => [q.text.replace(/\s+/g, ' '), q.speaker >= 0 ? r.actors[q.speaker].name : null]);
}

/** Every span of the record whose text it keeps reads as the file has it between its offsets. */
function assertFileSpans(r: ArticleRecord, file: string): void {
  for (const q of r.quotes) {
    assert.equal(q.text, file.slice(q.spans[0], q.spans[1]));
    if (q.speakerText !== null) assert.equal(q.speakerText, file.slice(q.spans[2], q.spans[3]));
    if (q.cueText !== null) assert.equal(q.cueText, file.slice(q.spans[4], q.spans[5]));
    q.pieceTexts?.forEach((t, k) => assert.equal(t, file.slice(q.pieces![2 * k], q.pieces![2 * k + 1])));
  }
  for (let i = 0; i < r.mentions.length; i += MENTION_STRIDE) assert.equal(r.surfaces[r.mentions[i + 3]], file.slice(r.mentions[i + 1], r.mentions[i + 2]));
  for (let i = 0; i < r.sentences.length; i += 2) assert.ok(r.sentences[i] < r.sentences[i + 1] && r.sentences[i + 1] <= file.length);
}

describe('a hard-wrapped article reads as the same article laid out one paragraph per line (session 33)', () => {
  const flat = analyzeToRecord(FLAT, {}, 'flat.txt');

  it('the flat article: each quote has its speaker', () => {
    assert.deepEqual(
      attributions(flat).map(([, who]) => who),
      ['Lena Ortiz', 'Engineers', 'Ravi Mehta', 'Opponents', 'Ana Ruiz'],
    );
  });

  for (const [label, text] of [
    ['folded at 72 columns, blank lines between paragraphs', fold(FLAT, 72)],
    ['folded at 60 columns', fold(FLAT, 60)],
    ['folded at 80 columns without blank lines', fold(FLAT, 80, false)],
    ['folded at 72 columns with CRLF line ends', fold(FLAT, 72, true, '\r\n')],
    ['folded at 72 columns with a space left at each line end', fold(FLAT, 72).replace(/([^\n])\n(?=[^\n])/g, '$1 \n')],
  ] as const) {
    it(`${label}: the same quotes and speakers, every offset the file's`, () => {
      const wrapped = analyzeToRecord(text, {}, 'wrapped.txt');
      assert.deepEqual(attributions(wrapped), attributions(flat));
      assert.equal(wrapped.title, flat.title);
      assertFileSpans(wrapped, text);
    });
  }

  it('a speaker named across a line break is one actor with the name in single spaces', () => {
    // the width at which the fold falls between the given name and the surname
    let width = 50;
    while (!fold(FLAT, width).includes('Lena\nOrtiz')) width++;
    const text = fold(FLAT, width);
    const r = analyzeToRecord(text, {}, 'w.txt');
    assert.ok(r.actors.some((a) => a.name === 'Lena Ortiz'));
    assertFileSpans(r, text);
  });
});

describe('a compound broken after its hyphen is read whole (session 33)', () => {
  const article = (eol: string): string =>
    [
      'Nurses at Riverside hospital set strike date',
      '',
      'MANCHESTER - Nurses at Riverside General Hospital will begin a five-',
      'day strike on 12 May after talks with the trust ended without',
      'agreement, the Royal College of Nursing said on Tuesday.',
      '',
      '"Our members do not take this step lightly, but staffing on some wards',
      'has reached a point where patients are at risk," said Tomasz',
      'Kowalczyk, the union\'s regional director. He said nurses would still',
      'staff emergency and intensive care units during the walkout.',
      '',
    ].join(eol);

  for (const eol of ['\n', '\r\n']) {
    it(`"a five-|day strike" is the strike, its offsets the file's (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
      const text = article(eol);
      const read = unwrapLines(text);
      assert.ok(read.text.includes('a five-day strike on 12 May'));
      const at = read.text.indexOf('five-day');
      assert.equal(text.slice(read.toFile(at), read.toFile(at + 'five-day'.length)), `five-${eol}day`);
      const r = analyzeToRecord(text, {}, 'nurses.txt');
      assert.ok(r.events.some((e) => e.kind === 'strike' && e.dateText === '12 May'), JSON.stringify(r.events.map((e) => [e.kind, e.label, e.dateText])));
      assertFileSpans(r, text);
    });
  }

  it('near miss: a dash ending a line after a space is no compound ("talks -|and")', () => {
    const text = fold(FLAT, 72).replace('the chamber for', 'the chamber -\nand for');
    assert.ok(unwrapLines(text).text.includes('chamber - and for'));
  });
});

describe('what is not hard-wrapped stays as it is', () => {
  it('one paragraph per line, every line long: the text itself', () => {
    const read = unwrapLines(FLAT);
    assert.equal(read.joined, false);
    assert.equal(read.text, FLAT);
  });

  it('short one-line paragraphs that each open with a capital are never joined', () => {
    const text = ['Ferry terminal vote put off', 'By Jo Baird', 'March 3, 2026', 'The vote is off.', 'Mayor Lena Ortiz said the council needs time.', 'Residents cheered.', 'The next meeting is in April.', 'Engineers will report then.'].join('\n');
    assert.equal(unwrapLines(text).joined, false);
  });

  it('a wrapped text keeps its headline, list items and blank-line paragraphs apart', () => {
    const body = fold(FLAT.split('\n').slice(2).join('\n'), 66);
    const text = `Harbour council delays vote\nBy Jo Baird, Staff Reporter\n\n${body}\n- first item of a list that runs\n- second item\n`;
    const read = unwrapLines(text);
    assert.ok(read.joined);
    const lines = read.text.split('\n');
    assert.equal(lines[0], 'Harbour council delays vote');
    assert.equal(lines[1], 'By Jo Baird, Staff Reporter');
    assert.ok(lines.includes('- first item of a list that runs') && lines.includes('- second item'));
    // each paragraph is one line of the copy, and the copy maps back to the file
    assert.ok(lines.some((l) => l.startsWith('“We have heard people') && l.endsWith('who chairs the council.')));
    const at = read.text.indexOf('who chairs');
    assert.equal(text.slice(read.toFile(at), read.toFile(at + 'who chairs'.length)).replace(/\s+/g, ' '), 'who chairs');
  });
});
