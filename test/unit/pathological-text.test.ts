/**
 * Articles built to take the extractor down: each must finish in time linear in its size, without
 * throwing, and leave ordinary text around it intact. Each scaling test doubles the input and
 * checks that the time roughly doubles (under 3x), with an absolute floor so that a noisy shared
 * machine cannot fail a fast run.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { layout } from '../../src/extractor/text';

/** CPU time (user + system, all of this process's threads) that `analyze(text)` takes, in ms. */
function cpuMs(text: string): number {
  const before = process.cpuUsage();
  analyze(text);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * Asserts that doubling `n` at most roughly doubles the time of `analyze`. CPU time, not wall
 * time, so other processes on a shared machine do not count; runs of both sizes are interleaved
 * and the fastest of each kept. At these sizes a quadratic pass takes several times the floor on
 * the doubled input, so it fails.
 */
function assertLinear(make: (n: number) => string, n: number, floorMs = 400): void {
  const smallText = make(n);
  const largeText = make(2 * n);
  analyze(make(Math.max(1, n >> 3))); // warm the code paths up
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < 3; i++) {
    small = Math.min(small, cpuMs(smallText));
    large = Math.min(large, cpuMs(largeText));
  }
  assert.ok(large < Math.max(3 * small, floorMs), `n=${n}: ${small.toFixed(0)} ms, 2n: ${large.toFixed(0)} ms`);
}

const NEIGHBOUR = 'Intro line for the article goes here today.\nMaria Lopez said the harbour plan was sound and would pass.\n';

describe('pathological articles: linear time, no throw', function () {
  this.timeout(120000);

  it('one word repeated as a cue: "said said said …"', () => {
    assertLinear((n) => 'said '.repeat(n), 12000);
  });

  it('many paragraphs that count from the day told before ("Later that day"), each with a quotation', () => {
    // each such sentence once read back to the article's first paragraph, date by date: cubic time
    const make = (n: number): string =>
      'Storm hits the coast\n\n' + Array.from({ length: n }, (_, i) => `“We are ready ${i},” Mayor Ana Kowal told a news conference in Oslo on Monday. Later that day she met the council in Bergen.\n\n`).join('');
    assertLinear(make, 300);
  });

  it('one paragraph of many “…,” he said. quotes', () => {
    const make = (n: number): string => Array.from({ length: n }, (_, i) => `"I am quote number ${i}," he said. `).join('');
    assertLinear(make, 8000);
    const a = analyze(make(300));
    assert.equal(a.quotes.length, 300, 'every quotation is still a quote');
  });

  it('one sentence of many quotations', () => {
    assertLinear((n) => '“one word,” '.repeat(n) + 'Ann Lee said.', 4000);
  });

  it('many distinct lines alike in length and in their first, middle and last letters', () => {
    // the duplicate-line check files lines by such a fingerprint: one shared by every line must not make it quadratic
    assertLinear((n) => Array.from({ length: n }, (_, i) => `Q${String(i).padStart(7, '0')}x said the ${String(i).padStart(7, '0')} man.`).join('\n'), 8000);
  });

  it('many short lines without a parenthesis: headings and sentences', () => {
    assertLinear((n) => Array.from({ length: n }, (_, i) => `Short line ${i} here`).join('\n'), 8000);
    assertLinear((n) => Array.from({ length: n }, (_, i) => `A line ${i} here.`).join('\n'), 8000);
  });

  it('people in places within places before each cue: "nurses in the ward at the clinic in …"', () => {
    assertLinear((n) => 'Nurses' + ' in the ward at the clinic'.repeat(n) + ' said the wait was long.', 3000);
    assertLinear((n) => 'Nurses in the ward at the clinic said the wait was long. '.repeat(n), 2000);
  });

  it('sentence after sentence opening with a role one person holds: "The mayor left."', () => {
    // a new person per sentence, named in letters ("Officer Ben Bcd"): the actors the role's holder is sought among grow with the text
    const letters = (i: number): string => [...i.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
    assertLinear((n) => 'Mayor Ana Ruiz spoke.\n' + Array.from({ length: n }, (_, i) => `The mayor left room ${i}. Officer Ben Q${letters(i)} arrived.`).join(' '), 2000);
  });

  it('a role no one fits as the source of sentence after sentence: "John Smith arrived. The premier said it was fine."', () => {
    // each "the premier" looked back over every mention before it when no one fitted (quadratic)
    assertLinear((n) => 'John Smith arrived. The premier said it was fine. '.repeat(n), 2000);
  });

  it('a relative of a different person in paragraph after paragraph: "Mary Qaaaton\'s son said … His mother said …"', () => {
    // each "his mother" asked every earlier relative whether it was the son's own (quadratic: 16 s for 130 KB)
    const surname = (i: number): string => `Q${String.fromCharCode(97 + (i % 26), 97 + ((i / 26) % 26 | 0), 97 + ((i / 676) % 26 | 0))}ton`;
    const make = (n: number): string => Array.from({ length: n }, (_, i) => `Mary ${surname(i)}'s son said the count was ${i}. His mother said it was not.\n\n`).join('');
    assertLinear(make, 200);
    const quotes = analyze(make(2)).quotes;
    assert.deepEqual(quotes.map((q) => q.speaker?.name), ['son of Mary Qaaaton', 'mother of son of Mary Qaaaton', 'son of Mary Qbaaton', 'mother of son of Mary Qbaaton']);
  });

  it('cue after cue with content: "Ann said that Ann said that …"', () => {
    assertLinear((n) => 'Ann Lee said that '.repeat(n) + 'the vote is close.', 3000);
  });

  it('a line ending "to the office of Secretary of" does not throw', () => {
    const text = NEIGHBOUR + 'The senator said on Tuesday that she had been nominated by the president to the office of Secretary of';
    const a = analyze(text);
    assert.ok(a.quotes.some((q) => q.speaker?.name === 'Maria Lopez'), 'the neighbouring line keeps its quote');
  });

  it('a headline or a paragraph opening with "Called" does not throw', () => {
    // the naming participle's check read the token before "Called", which there is none of
    const text = 'Called to account\n\n' + NEIGHBOUR + 'Called up for the first time, striker Jo Lane, 19, said she was “over the moon.”';
    const a = analyze(text);
    assert.ok(a.quotes.some((q) => q.speaker?.name === 'Maria Lopez'));
    assert.ok(a.quotes.some((q) => q.speaker?.name === 'Jo Lane' && q.text.includes('over the moon')));
  });
});

describe('line endings', () => {
  it('a lone CR ends a paragraph, so an unclosed quotation stops there', () => {
    const text = '“This quote never closes, she said on Monday.\rMaria Lopez said the harbour plan was sound and would pass.\rLater, Ben Ode said the vote would be close.';
    assert.equal(layout(text).paragraphs.length, 3);
    const quotes = analyze(text).quotes;
    assert.ok(quotes.some((q) => q.speaker?.name === 'Maria Lopez' && q.text === 'the harbour plan was sound and would pass'));
    assert.ok(quotes.some((q) => q.speaker?.name === 'Ben Ode'));
  });

  it('CRLF and LF lines give the same paragraphs at the same offsets as the text has them', () => {
    const lf = 'First line of the article here.\nSecond line of it here.';
    const crlf = lf.replace('\n', '\r\n');
    const a = layout(lf).paragraphs.map((p) => lf.slice(p.start, p.end));
    const b = layout(crlf).paragraphs.map((p) => crlf.slice(p.start, p.end));
    assert.deepEqual(a, b);
  });
});
