import { strict as assert } from 'node:assert';
import { firstQuoteFrom, layout, pairQuotes } from '../../src/extractor/text';
import { classifyLine } from '../../src/extractor/lineKinds';
import { tokenize } from '../../src/extractor/tokenizer';

describe('text: tokens', () => {
  it('keeps abbreviations, initials and inner apostrophes inside words', () => {
    const text = 'Mr. Smith of the U.S. said don’t, and Washington, D.C. agreed at 3.5 percent.';
    const words = tokenize(text, 0, text.length).filter((t) => t.type === 'word').map((t) => t.text);
    assert.deepEqual(words.slice(0, 7), ['Mr.', 'Smith', 'of', 'the', 'U.S.', 'said', 'don’t']);
    assert.ok(words.includes('D.C.'));
    assert.ok(words.includes('3.5'));
  });

  it('keeps the stop of initials and short abbreviations only, in any case and script', () => {
    const text = 'Gov. B. Quill met SEPT. Approx. Lindqvist. 𝐀. Ruiz, Inc. Q. Constantinople. approxim. Est.';
    const words = tokenize(text, 0, text.length).filter((t) => t.type === 'word').map((t) => t.text);
    // an astral letter is two code units: still one initial
    assert.deepEqual(words, ['Gov.', 'B.', 'Quill', 'met', 'SEPT.', 'Approx.', 'Lindqvist', '𝐀.', 'Ruiz', 'Inc.', 'Q.', 'Constantinople', 'approxim', 'Est.']);
  });

  it('marks possessives and keeps the base name', () => {
    const t = tokenize('Germany’s chancellor', 0, 20)[0];
    assert.equal(t.possessive, true);
    assert.equal(t.base, 'Germany');
  });

  it('reads two apostrophes as a quotation mark', () => {
    const text = "''We will win,'' she said.";
    const marks = tokenize(text, 0, text.length).filter((t) => t.type === 'open' || t.type === 'close');
    assert.deepEqual(marks.map((m) => m.type), ['open', 'close']);
  });

  it('reads punctuation of the General Punctuation block as marks, and words of any script as words', () => {
    const text = 'Łódź—“Zoë’s” … Ωmega‰ ‘Ana’';
    const tokens = tokenize(text, 0, text.length);
    assert.deepEqual(tokens.filter((t) => t.type === 'word').map((t) => t.text), ['Łódź', 'Zoë’s', 'Ωmega', 'Ana']);
    assert.deepEqual(tokens.filter((t) => t.type !== 'word').map((t) => `${t.text}:${t.type}`), ['—:punct', '“:open', '”:close', '…:punct', '‰:punct', '‘:punct', '’:punct']);
    assert.equal(tokens.find((t) => t.text === 'Zoë’s')?.base, 'Zoë');
  });

  it('every token is the slice of the text it claims', () => {
    const text = 'Él dijo: «Hola» — y “adiós”… 😀 O’Neill-Smith (AP) 12,000.';
    for (const t of tokenize(text, 0, text.length)) assert.equal(text.slice(t.start, t.end), t.text);
  });
});

describe('text: quotation marks', () => {
  const spans = (text: string): string[] => {
    const tokens = tokenize(text, 0, text.length);
    return pairQuotes(tokens, text.length).map((q) => text.slice(q.start, q.end));
  };

  it('pairs curly, straight and mismatched marks', () => {
    assert.deepEqual(spans('“One,” he said. "Two," she said. "Three” they said.'), ['One,', 'Two,', 'Three']);
  });

  it('runs an unclosed quotation only to the end of its paragraph', () => {
    const l = layout('He urged them to "stop now.\nThe next paragraph is plain reporting.');
    assert.equal(l.paragraphs[0].quotes.length, 1);
    assert.equal(l.paragraphs[1].quotes.length, 0);
  });
});

describe('text: sentences and lines', () => {
  it('never splits inside a quotation and not after a title', () => {
    const text = '“We are ready. We will act,” Gen. Mark Miley said. He left.';
    const l = layout(text);
    const sentences = l.paragraphs[0].sentences.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sentences, ['“We are ready. We will act,” Gen. Mark Miley said.', 'He left.']);
  });

  it("counts a short line's capitals to its end: a teaser in capitals after a few small letters is noise", () => {
    assert.equal(classifyLine('ok so THE HARBOUR BOARD VOTES TO CLOSE THE PIER', new Set()), 'noise');
    assert.equal(classifyLine('THE HARBOUR BOARD votes to close the pier on a quiet afternoon.', new Set()), 'body');
  });

  it('tells noise, headings and body apart', () => {
    const seen = new Set<string>();
    assert.equal(classifyLine('CLICK HERE TO GET THE APP', seen), 'noise');
    assert.equal(classifyLine('Leave a Comment', seen), 'noise');
    assert.equal(classifyLine('BREAKING: MARKETS FALL AS RATES RISE AGAIN', seen), 'noise');
    assert.equal(classifyLine('Minister Says Budget Will Balance By Next Year', seen), 'heading');
    assert.equal(classifyLine('The minister said the budget would balance by next year.', seen), 'body');
    assert.equal(classifyLine('Minister Says Budget Will Balance By Next Year', seen), 'noise', 'a repeated line is noise');
  });

  it('reads a leading date line and leaves offsets untouched', () => {
    const text = 'date 2021-03-04 The council met on Monday.';
    const l = layout(text);
    assert.equal(l.dateLine, '2021-03-04');
    assert.equal(text.slice(l.paragraphs[0].start, l.paragraphs[0].start + 3), 'The');
  });
});

describe('text: where a quotation ends a sentence', () => {
  const sentencesOf = (line: string): string[] => {
    const [p] = layout(line).paragraphs;
    return p.sentences.map((s) => line.slice(s.start, s.end));
  };

  it('a new sentence starts after .” when the next word opens one', () => {
    assert.deepEqual(sentencesOf('Ada Holm urged calm “until the water drops.” Crews worked through the night.'), [
      'Ada Holm urged calm “until the water drops.”',
      'Crews worked through the night.',
    ]);
  });

  it('but not before a bare reporting clause, nor inside the quotation', () => {
    assert.equal(sentencesOf('“The dam will hold.” Ada Holm said.').length, 1);
    assert.equal(sentencesOf('“We tried. We failed,” Ada Holm said.').length, 1);
  });

  it('„German“ marks pair, and pairing stays sorted for look-ups', () => {
    const line = '„Wir bleiben“, sagte sie, „bis morgen“.';
    const quotes = pairQuotes(tokenize(line, 0, line.length), line.length);
    assert.deepEqual(quotes.map((q) => line.slice(q.start, q.end)), ['Wir bleiben', 'bis morgen']);
    assert.equal(firstQuoteFrom(quotes, quotes[0].open + 1), 1);
    assert.equal(firstQuoteFrom(quotes, 0), 0);
  });

  it('a quotation signed after a dash is a body line', () => {
    assert.equal(classifyLine('“We will be back next year.” —Festival Director Ines Moro', new Set()), 'body');
  });
});

describe('text: the article title', () => {
  const { analyze } = require('../../src/extractor/analyze') as typeof import('../../src/extractor/analyze');
  it('is a plain first line of one short sentence with text after it, never a date line', () => {
    assert.equal(analyze('Harbour fees rise again.\n\nThe port board voted on Monday to raise fees by a tenth.').title, 'Harbour fees rise again.');
    assert.equal(analyze('Published March 6, 2024\n\nThe port board voted on Monday to raise fees.').title, null);
    // a lede of several sentences is no headline
    assert.equal(analyze('The board voted. Fees rise by a tenth.\n\nThe mayor objected.').title, null);
  });
});
