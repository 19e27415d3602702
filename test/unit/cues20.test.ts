import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/**
 * Kinds found by session 20's fresh reader in unseen news, each in other words and names than the
 * articles that showed them: false quotes from a source's terms, a document's participle, a
 * rendering of the words and a plural noun read as a verb.
 */
const article = (body: string): string => `Harbour report\n\nGALWAY, 4 May 2026\n\n${body}`;
const said = (body: string): Array<[string | null, string, string]> => quotesOf(article(body)).map((q) => [q.who, q.cue?.text ?? '', q.text]);
const piecesOf = (body: string): string[][] => quotesOf(article(body)).map((q) => (q.pieces ?? [{ text: q.text }]).map((p) => p.text));

describe('cues20: a source\'s terms after the cue are not what was said', () => {
  it('"said, asking not to be named because …" gives the quote and nothing from the terms', () => {
    const quotes = said('"The pier is unsafe," one worker said, asking not to be named because she had not been cleared to speak.');
    assert.deepEqual(quotes.map(([, cue, text]) => [cue, text]), [['said', 'The pier is unsafe,']]);
  });

  it('"…, requesting not to be identified" as the participle too', () => {
    const quotes = said('A crane driver said the cable had snapped, requesting not to be identified.');
    assert.ok(!quotes.some(([, cue]) => cue === 'requesting'), JSON.stringify(quotes));
  });
});

describe('cues20: words rendered in another language keep their speaker', () => {
  it('"…,” X said, according to a translation …. “B.”" is one quote with two pieces', () => {
    const body = '"We checked every weld," the foreman said, according to a translation supplied by the shipyard. "The fault lay elsewhere."';
    const quotes = said(body);
    assert.equal(quotes.length, 1, JSON.stringify(quotes));
    assert.equal(quotes[0][1], 'said');
    assert.deepEqual(piecesOf(body), [['We checked every weld,', 'The fault lay elsewhere.']]);
  });

  it('"through an official interpreter" names no source either', () => {
    const quotes = said('"The ferry was late," the captain told the inquiry, according to an official interpreter. "We waited an hour."');
    assert.ok(!quotes.some(([, cue]) => cue === 'according to'), JSON.stringify(quotes));
  });

  it('"according to" a source that is a person or a document still reports', () => {
    const quotes = said('The ferry will stop running in June, according to a letter seen by the council.');
    assert.deepEqual(quotes.map(([, cue, text]) => [cue, text]), [['according to', 'The ferry will stop running in June']]);
  });
});

describe('cues20: a document\'s participle in a speech verb\'s adjunct is no cue', () => {
  it('"said in a radio message posted shortly before noon. “B.”" is one quote with two pieces', () => {
    const body = '"Stay indoors," Chief Officer Ana Quinn said in a radio message posted shortly before noon. "The tide is turning."';
    assert.deepEqual(said(body).map(([, cue]) => cue), ['said']);
    assert.deepEqual(piecesOf(body), [['Stay indoors,', 'The tide is turning.']]);
  });

  it('a sentence that opens with the document keeps it as the source (PolNeAR counts it)', () => {
    const quotes = said('In a Facebook message posted on Monday, the pier was said to be safe again.');
    assert.deepEqual(quotes.map(([, cue]) => cue), ['posted']);
  });
});

describe('cues20: an attitude verb\'s form in -s before a verb is a plural noun', () => {
  it('"Official figures showed …" has the cue "showed", not "figures"', () => {
    const quotes = said('Official figures showed unemployment at 6 percent in March.');
    assert.deepEqual(quotes.map(([, cue]) => cue), ['showed']);
  });

  it('"she figures the …" is still a cue', () => {
    const quotes = said('Maeve Doyle figures the quota will be cut again.');
    assert.deepEqual(quotes.map(([, cue, text]) => [cue, text]), [['figures', 'the quota will be cut again']]);
  });
});

describe('cues20: a threatened act, a declared status and an ordered thing are no speech', () => {
  it('"threatened a general strike after …, a week after …" is no quote; a threatened clause or infinitive still is', () => {
    assert.deepEqual(said('The dockers\' union threatened a general strike after the port doubled its fees overnight, a week after the talks broke down.'), []);
    assert.deepEqual(said('The dockers\' union threatened that its members would stop work.').map(([, cue, text]) => [cue, text]), [['threatened', 'its members would stop work']]);
    assert.deepEqual(said('The dockers\' union threatened to stop work.').map(([, cue, text]) => [cue, text]), [['threatened', 'to stop work']]);
  });

  it('"declared the wetland a nature reserve" confers a status; "declared the wetland was safe" reports words', () => {
    assert.deepEqual(said('The county council has declared the old wetland a nature reserve.'), []);
    assert.deepEqual(said('The mayor declared himself a candidate for the seat.'), []);
    assert.deepEqual(said('The county council declared the old wetland was safe.').map(([, cue, text]) => [cue, text]), [['declared', 'the old wetland was safe']]);
  });

  it('"ordered checks of all ferries fitted with the old engines": a participle with its agent is no clause', () => {
    assert.deepEqual(said('The maritime agency ordered checks of all ferries fitted with the old engines.'), []);
    assert.deepEqual(said('The maritime agency ordered checks of all ferries seized by customs.'), []);
  });
});

describe('cues20: headlines that report an act, and a title before a relative pronoun', () => {
  const headline = (title: string): Array<[string | null, string, string]> =>
    quotesOf(`${title}\n\nGALWAY, 4 May 2026\n\nThe quays were quiet.`).map((q) => [q.who, q.cue?.text ?? '', q.text]);

  it('"Ferry crews threaten walkout as fares rise", "Former clerk testifies against ex-mayor" are no quotes', () => {
    assert.deepEqual(headline('Ferry crews threaten walkout as fares rise'), []);
    assert.deepEqual(headline('Former clerk testifies against alleged fixer in bribery trial'), []);
    assert.deepEqual(headline('Regulator orders audit of harbour board'), []);
  });

  it('a headline whose verb takes a clause still reports it', () => {
    assert.deepEqual(headline('Former clerk testifies mayor took cash').map(([, cue]) => cue), ['testifies']);
  });

  it('"a ‘Macbeth’ that mutters when it should thunder" takes no title as content', () => {
    assert.deepEqual(headline('Review: A Welsh \'Macbeth\' that mutters when it should thunder'), []);
    assert.deepEqual(said('But a "Macbeth" that mutters for two hours is hard to love.'), []);
  });
});

describe('cues20: a comparative quantity opens the reported clause', () => {
  it('"said more schools had opened than …" and "said fewer buses ran late" are quotes', () => {
    assert.deepEqual(said('Minister Tom Walsh said more schools had opened this year than in any year since 2010.').map(([, , text]) => text), ['more schools had opened this year than in any year since 2010']);
    assert.deepEqual(said('The operator said fewer buses ran late in May.').map(([, , text]) => text), ['fewer buses ran late in May']);
  });

  it('"said more about it on Friday" is no clause', () => {
    assert.deepEqual(said('The minister said more about the plan on Friday.'), []);
  });
});

describe('cues20: speech only (--no-attitudes) drops a judgement of a thing', () => {
  const speechOnly = (body: string): Array<[string, string]> => quotesOf(article(body), { attitudes: false }).map((q) => [q.cue?.text ?? '', q.text]);

  it('"defended the plan", "questioned the ruling", "dismissed the mayor\'s figures" are no quotes', () => {
    assert.deepEqual(speechOnly('The harbourmaster defended the plan.'), []);
    assert.deepEqual(speechOnly('The skipper questioned the ruling.'), []);
    assert.deepEqual(speechOnly('The councillor dismissed the mayor\'s figures.'), []);
  });

  it('by default they stay quotes, as PolNeAR\'s gold counts them', () => {
    assert.deepEqual(said('The harbourmaster defended the plan.').map(([, cue, text]) => [cue, text]), [['defended', 'the plan']]);
  });

  it('a clause or a quotation after the verb is still speech', () => {
    assert.deepEqual(speechOnly('The harbourmaster rejected claims that the pier was unsafe.'), [['rejected', 'claims that the pier was unsafe']]);
    assert.deepEqual(speechOnly('The councillor dismissed the report as "a fairy tale".').map(([cue]) => cue), ['dismissed']);
  });
});
