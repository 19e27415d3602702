import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/**
 * Kinds found by session 21's fresh reader in unseen Canadian and US news, each in other words
 * and names than the articles that showed them: nouns read as cue verbs, a source note after a
 * sentence's own attribution, stat lines, "read" beside a quotation, and content that started too late.
 */
const article = (body: string): string => `Valley report\n\nKELOWNA, B.C., 12 March 2026\n\n${body}`;
const said = (body: string): Array<[string | null, string, string]> => quotesOf(article(body)).map((q) => [q.who, q.cue?.text ?? '', q.text]);
const piecesOf = (body: string): string[][] => quotesOf(article(body)).map((q) => (q.pieces ?? [{ text: q.text }]).map((p) => p.text));

describe('cues21: nouns are no cue verbs', () => {
  it('"public comment" after a preposition or opening a sentence is a noun', () => {
    const quotes = said('After two hours of public comment, the board voted 5-2 to close the pool. Public comment ran late into the night. Residents lined up during public comment, most of them against the plan.');
    assert.deepEqual(quotes, []);
  });

  it('a base form after a possessive determiner is a noun ("His reply came in a short note")', () => {
    const quotes = said('Pia Lund asked the coach about the lineup. His reply came in a short note, the way he always writes.');
    assert.ok(!quotes.some(([, cue]) => cue === 'reply'), JSON.stringify(quotes));
  });

  it('"the Manitoba counter" (a curling stone) and an average estimate are nouns', () => {
    const quotes = said('Her final stone rolled past the Manitoba counter sitting on the button. Revenue rose 3% to $2.1 billion, above the consensus estimate of $2 billion.');
    assert.ok(!quotes.some(([, cue]) => cue === 'counter' || cue === 'estimate'), JSON.stringify(quotes));
  });

  it('the verbs still report: "the Greens counter that …", "the public say …", "their fear that …"', () => {
    const quotes = said('The Greens counter that the levy is too low. The public say they were never asked. Their fear that the bus route would end is real.');
    assert.deepEqual(quotes.map(([, cue]) => cue), ['counter', 'say', 'fear']);
  });

  it('"continued for an hour" is no speech; "“…,” she continued" is', () => {
    const quotes = said('The debate continued for an hour before the chair, Coun. Rita Moss, adjourned the meeting. “We will vote next week,” Moss continued.');
    assert.deepEqual(quotes.map(([who, cue]) => [who, cue]), [['Rita Moss', 'continued']]);
  });
});

describe('cues21: "according to" after a sentence\'s own attribution is its source note', () => {
  it('"“…,” the judge said at the time, according to a transcript. “…”" is one quote with two pieces', () => {
    const body = '“Read me the clause,” the judge said at the time, according to a transcript. “I do not see it.”';
    assert.deepEqual(said(body).map(([, cue]) => cue), ['said']);
    assert.deepEqual(piecesOf(body), [['Read me the clause,', 'I do not see it.']]);
  });

  it('a person\'s account after it gives no second quote either', () => {
    const quotes = said('“The deal is off,” the developer said, according to two people in the room.');
    assert.deepEqual(quotes.map(([, cue, text]) => [cue, text]), [['said', 'The deal is off,']]);
  });

  it('"according to" opening or closing a sentence of its own still reports', () => {
    const quotes = said('The ferry will run twice a day, according to a schedule posted by the operator.');
    assert.deepEqual(quotes.map(([, cue]) => cue), ['according to']);
  });
});

describe('cues21: a document\'s participle before a clause that reports the words', () => {
  it('"In a notice posted on its website, the district said …" is the district\'s', () => {
    const quotes = said('In a notice posted on its website, the school district said classes would resume Monday.');
    assert.deepEqual(quotes.map(([, cue, text]) => [cue, text]), [['said', 'classes would resume Monday']]);
  });
});

describe('cues21: stat lines are no quotes', () => {
  it('"X added a goal and two assists, and Y had three assists" reports nothing', () => {
    assert.deepEqual(said('Nils Berg added a goal and two assists, and Omar Diallo had three assists for Kelowna.'), []);
  });

  it('"added 18 points and nine rebounds, and Y had 12" reports nothing', () => {
    assert.deepEqual(said('Tessa Grant added 18 points and nine rebounds for the Hawks, and Lena Cho had 12.'), []);
  });

  it('"added a goal in the win, hours before the trade was made" reports nothing', () => {
    assert.deepEqual(said('He added a goal in Tuesday’s 5-1 win over Calgary, hours before the trade was made.'), []);
  });

  it('a clause after the counted object is still content ("confirmed 12 people had been hurt")', () => {
    const quotes = said('The fire service confirmed 12 people had been hurt.');
    assert.deepEqual(quotes.map(([, cue, text]) => [cue, text]), [['confirmed', '12 people had been hurt']]);
  });

  it('a subordinate clause before a cue with a counted object is no content', () => {
    assert.deepEqual(said('When the storm passed, the utility reported 4,000 outages, although most were fixed by noon.'), []);
  });
});

describe('cues21: "read" beside a quotation reports it', () => {
  it('"“…,” he read." and "“…,” the note read." (the note\'s writer)', () => {
    const quotes = said('Theo Marsh, 10, stood at the microphone.\n\n“Please save our pool,” he read. “I learned to swim there.”\n\nThe council had a note from a resident. “We need the pool,” the note read.');
    assert.deepEqual(quotes.map(([who, cue]) => [who, cue]), [['Theo Marsh', 'read'], ['resident', 'read']]);
    assert.deepEqual(piecesOf('Theo Marsh, 10, stood at the microphone.\n\n“Please save our pool,” he read. “I learned to swim there.”')[0], ['Please save our pool,', 'I learned to swim there.']);
  });

  it('"read aloud" and a sign that read “…”', () => {
    const quotes = said('Sen. Maya Roy held up a letter. “We are running on fumes,” Roy read aloud. A banner read “Save the Mill.”');
    assert.deepEqual(quotes.map(([, cue, text]) => [cue, text]), [['read', 'We are running on fumes,'], ['read', 'Save the Mill.']]);
  });

  it('"read" with no quotation reports nothing', () => {
    assert.deepEqual(said('The clerk read the minutes of the last meeting.'), []);
  });
});

describe('cues21: content starts where the reported clause does', () => {
  it('a demonstrative "that" stays in the content', () => {
    const quotes = said('Dr. Ines Roe said that sort of wait is common. The mayor repeated that pledge Monday. The board said that rule still applies.');
    assert.deepEqual(quotes.map(([, , text]) => text), ['that sort of wait is common', 'that pledge Monday', 'that rule still applies']);
  });

  it('a complementiser "that" is left out, also before a bare noun and an auxiliary ("said that staff were tired")', () => {
    const quotes = said('The union said that the offer was too low. She said that he had left. The chief warned that police would act. The bank said that inflation had halved.');
    assert.deepEqual(quotes.map(([, , text]) => text), ['the offer was too low', 'he had left', 'police would act', 'inflation had halved']);
  });

  it('a quantity\'s adverb, an existential "there" and a sum open the content', () => {
    const quotes = said('The registrar said nearly 400 students enrolled. Ms. Dale told the trustees there are 40 empty seats. The town said $3 million had been spent.');
    assert.deepEqual(quotes.map(([, , text]) => text), ['nearly 400 students enrolled', 'there are 40 empty seats', '$3 million had been spent']);
  });

  it('an adverb of manner after the cue is no content ("said quietly the …")', () => {
    const quotes = said('The coach said quietly the team had let the town down.');
    assert.deepEqual(quotes.map(([, , text]) => text), ['the team had let the town down']);
  });
});

describe('cues21: a statement read out hands the next paragraphs\' quotation to its reader', () => {
  it('"His brother, Karl Dahl, read a statement." then a quotation over two paragraphs', () => {
    const quotes = said('Ines Dahl, 41, died in the crash. Her brother, Karl Dahl, read a statement.\n\n“Ines ran the food bank for ten years. She never missed a Saturday.\n\n“We are lost without her.”\n\nThe court adjourned.');
    assert.deepEqual(quotes.map(([who, cue]) => [who, cue]), [['Karl Dahl', 'read'], ['Karl Dahl', 'read']]);
  });

  it('an adjunct with no verb may follow the statement ("read a statement aloud in court, her voice shaking")', () => {
    const quotes = said('Her mother, Rosa Vial, read a family statement aloud in court, her voice shaking.\n\n“Lena loved this town and everyone in it.”');
    assert.deepEqual(quotes.map(([who, cue]) => [who, cue]), [['Rosa Vial', 'read']]);
  });

  it('a statement read with no quotation after it reports nothing', () => {
    assert.deepEqual(said('The clerk read a statement.\n\nThe court adjourned until Monday.'), []);
  });
});

describe('cues21: a second verb after ", then" shares the subject', () => {
  it('"She paused, then added: “…”" is hers', () => {
    const quotes = said('Mayor Ruth Ames spoke for an hour. She paused, then added: “I am not going anywhere.”');
    assert.deepEqual(quotes.map(([who, cue, text]) => [who, cue, text]), [['Ruth Ames', 'added', 'I am not going anywhere.']]);
  });
});
