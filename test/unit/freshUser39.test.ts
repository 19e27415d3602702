import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** Session 39, from the fresh user's articles (rewritten): a titled list after a quotation; a street is no city. */
const quotesOf = (text: string) => analyze(text).quotes.map((q) => `${q.kind} ${q.speaker?.name ?? '?'} [${q.speakerMention?.text ?? ''}]: ${q.text}`);

describe('fresh user, session 39', () => {
  it('"“…,” Govs. A, B and C said": the list with its shared title is the source, the quotation direct', () => {
    assert.deepEqual(quotesOf('Governors write to Congress\n\nHARRISBURG, Pa. (AP) — Three governors wrote to Congress.\n\n“Our ports need the money,” Govs. Ana Ruiz, Bo Lind and Carla Meyer said in the letter.\n'), [
      'direct Ana Ruiz, Bo Lind and Carla Meyer [Govs. Ana Ruiz, Bo Lind and Carla Meyer]: Our ports need the money,',
    ]);
  });

  it('"the city said" after a street is named is the dateline’s city, not the street', () => {
    const quotes = quotesOf('Water main breaks\n\nREGINA — A water main broke under Albert Drive overnight. The city said crews worked through the night.\n');
    assert.ok(quotes.some((q) => q.startsWith('indirect Regina [The city]')), quotes.join(' | '));
  });
});

describe('fresh user, session 39: a date line in capitals', () => {
  it('"PUBLISHED JUNE 9, 2026" under the byline dates the article', () => {
    assert.equal(analyze('Liberals hold Milton North\n\nJANE DOE\nOTTAWA\nPUBLISHED JUNE 9, 2026\n\nThe Liberals held the riding on Monday, officials said.\n').published, '2026-06-09');
  });
});

describe('fresh user, session 39: a transcript labelled by names in capitals', () => {
  it('"HANNA VOSS: …" on two paragraphs or more are that person’s answers; a reporter’s question is no one’s quote', () => {
    const r = analyze('Transcript: Minister on ferries\n\nHALIFAX, Oct. 6, 2026 — The following is a transcript of the news conference.\n\nHANNA VOSS: Today we are adding two ferries to the Digby run.\n\nREPORTER: When will they sail?\n\nHANNA VOSS: We expect both to sail by the spring.\n');
    assert.deepEqual(r.quotes.map((q) => `${q.speaker?.name ?? '?'}: ${q.text}`), [
      'Hanna Voss: Today we are adding two ferries to the Digby run.',
      'Hanna Voss: We expect both to sail by the spring.',
    ]);
  });

  it('a label in capitals on one paragraph only is no speaker', () => {
    const r = analyze('Notes from the hearing\n\nFULL TEXT: The committee will meet again on Friday to hear witnesses.\n');
    assert.ok(!r.actors.some((a) => a.name === 'Full Text'), r.actors.map((a) => a.name).join(', '));
  });
});

describe('a Q&A’s narration between answers (session 39 breaker)', () => {
  it('"She smiled and looked away." after an answer is no part of it', () => {
    const r = analyze('Coach on her career\n\nCoach Mary Holt talked to the Herald this week.\n\nQ: How long have you coached?\n\nA: Thirty years in all, I think.\n\nShe smiled and looked away.\n\nQ: Any regrets?\n\nA: None at all, really.\n');
    assert.ok(!r.quotes.some((q) => q.text.includes('smiled')), r.quotes.map((q) => q.text).join(' | '));
  });
});

describe('a transcript of named answers and "A:" answers (fresh user, session 39)', () => {
  it('"A:" answers are the one who answers most by name; a name’s single answer is one too', () => {
    const r = analyze('Transcript: ferries\n\nHalifax, October 6, 2026\n\nThe following is a transcript of a news conference held by Minister Hanna Voss and Dr. Ravi Sethi.\n\nHANNA VOSS: Good morning. We are adding two ferries to the Digby run.\n\nQ: Minister, how much will this cost?\n\nA: The federal share is $40 million over five years.\n\nQ: Dr. Sethi, what does this change for patients who travel?\n\nDR. RAVI SETHI: Fewer missed appointments, we expect, for people on the islands.\n\nHANNA VOSS: Thank you, everyone.\n');
    assert.deepEqual(r.quotes.map((q) => q.speaker?.name ?? '?'), ['Hanna Voss', 'Hanna Voss', 'Ravi Sethi', 'Hanna Voss']);
  });
});

describe('a street says nothing (fresh user, session 39)', () => {
  it('"Businesses along Eighth Street said" is no speaker of the street; "Downing Street said" stays the body', () => {
    const quotes = analyze('Water main breaks\n\nSASKATOON — Crews fixed the main on Friday.\n\nBusinesses along Eighth Street said they lost customers.\n\nThe repairs were quick, Downing Street said.\n').quotes;
    // (the businesses themselves are a group since scout63a: firms by their trade in the plural)
    assert.equal(quotes[0].speaker?.name, 'Businesses along Eighth Street');
    assert.equal(quotes[1].speaker?.name, 'Downing Street');
  });
});
