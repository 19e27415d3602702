/**
 * Kinds of wrong or lost attribution scout66c fixed in session 66 (arts and culture funding),
 * each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout66c: a body\'s name that opens with a word of an occupation\'s ending, its head possessive ("The Vancouver Art Gallery\'s new wing")', () => {
  it('is the body, which "the gallery" then means', () => {
    assert.equal(speakerOf('The Vancouver Art Gallery\'s new wing will open in May, the gallery said.', 'new wing will open'), 'Vancouver Art Gallery');
    assert.equal(speakerOf('The Vancouver Symphony Orchestra\'s new hall is late, the orchestra said.', 'new hall is late'), 'Vancouver Symphony Orchestra');
  });
  it('near miss: an occupation before a person\'s possessive name is still no part of it', () => {
    assert.equal(speakerOf('Teacher Ann Roe\'s class raised $500. Roe said the money would go to the library.', 'money would go'), 'Ann Roe');
  });
});

describe('scout66c: a description in apposition after a body\'s name ("Denver Arts & Venues, the city\'s culture agency,")', () => {
  it('tells its trade, so that "the agency" after the words it closes is that body', () => {
    assert.equal(speakerOf('Denver Arts & Venues, the city\'s culture agency, offered the theatre a grant in the fall.\n\nThe grant was declined, the agency said.', 'grant was declined'), 'Denver Arts & Venues');
    assert.equal(speakerOf('Harbour Stages, a provincial agency, paid for the tour.\n\nThe tour lost money, the agency said.', 'tour lost money'), 'Harbour Stages');
  });
  it('near miss: a description with a preposition after its noun tells no trade', () => {
    assert.notEqual(speakerOf('Harbour Stages, the largest employer in town, paid for the tour.\n\nThe tour lost money, the agency said.', 'tour lost money'), 'Harbour Stages');
  });
});

describe('scout66c: an opera company is "the company" of the arts pages ("Calgary Opera has sold …, the company said")', () => {
  it('is the opera that opens the words the description closes', () => {
    assert.equal(speakerOf('Calgary Opera has sold the warehouse where it builds its sets, the company said Thursday.', 'sold the warehouse'), 'Calgary Opera');
    assert.equal(speakerOf('Lakeshore Opera cancelled its spring season.\n\nThe company said ticket sales had collapsed.', 'ticket sales had collapsed'), 'Lakeshore Opera');
  });
  it('near miss: a business named nearer is still the company meant', () => {
    assert.equal(speakerOf('Lakeshore Opera staged Carmen. Brightwater Energy paid for it.\n\nThe company said profits rose.', 'profits rose'), 'Brightwater Energy');
  });
});

describe('scout66c: a museum named as an institute of the arts ("Minneapolis Institute of Art … The museum said")', () => {
  it('is what "the museum" means', () => {
    assert.equal(speakerOf('The Minneapolis Institute of Art returned 14 objects on Wednesday.\n\nThe museum said it would pay for a storage room.', 'pay for a storage room'), 'Minneapolis Institute of Art');
    assert.equal(speakerOf('The Art Institute of Lakeview lent two paintings.\n\nThe museum said the loan would last a year.', 'loan would last'), 'Art Institute of Lakeview');
  });
  it('near miss: an institute of another field is no museum', () => {
    assert.notEqual(speakerOf('The Lakeview Institute of Technology returned 14 objects on Wednesday.\n\nThe museum said it would pay for a storage room.', 'pay for a storage room'), 'Lakeview Institute of Technology');
  });
});

describe('scout66c: a paragraph that opens with a word a web page\'s label begins ("Subscribers were disappointed.")', () => {
  it('is the story\'s, and its quotes are kept', () => {
    assert.equal(speakerOf('Subscribers reached Tuesday were disappointed. Retired teacher Ruth Kowal said she would donate her refund.', 'donate her refund'), 'Ruth Kowal');
    assert.equal(speakerOf('Subscribers were relieved.\n\n"We were worried we would find a locked door," said Harold and Bettina Lind.', 'locked door'), 'Harold Lind and Bettina Lind');
  });
  it('near miss: the label itself still marks a line of the page, no story', () => {
    assert.equal(speakerOf('Subscribe to our newsletter. Ruth Kowal said she would donate her refund.', 'donate her refund'), undefined);
  });
});

describe('scout66c: a body\'s name holding a plural\'s possessive after a demonym ("The Canadian Artists\' Representation said")', () => {
  it('is the body named in full, no person', () => {
    assert.equal(speakerOf('The Canadian Artists\' Representation said the fees were too low.', 'fees were too low'), 'Canadian Artists\' Representation');
    assert.equal(speakerOf('The Mexican Muralists\' Collective said the grant had ended.', 'grant had ended'), 'Mexican Muralists\' Collective');
  });
  it('near miss: a demonym before a person\'s name is still no part of it', () => {
    assert.equal(speakerOf('Canadian Ann Roe\'s film won. Roe said the prize would pay her rent.', 'pay her rent'), 'Ann Roe');
  });
});

describe('scout66c: the arts\' trades before a name no list knows ("Vancouver sculptor Hye-jin Park said")', () => {
  it('tell a person, not a park', () => {
    assert.equal(speakerOf('Vancouver sculptor Hye-jin Park said the time was stolen from studio work.', 'stolen from studio work'), 'Hye-jin Park');
    assert.equal(speakerOf('Longtime philanthropist Min-jun Park said the gift was overdue.', 'gift was overdue'), 'Min-jun Park');
  });
  it('near miss: the same name after a place\'s preposition is a park', () => {
    assert.equal(speakerOf('Crowds gathered in Hye-jin Park on Sunday. Organizer Lena Ruiz said the turnout was huge.', 'turnout was huge'), 'Lena Ruiz');
  });
});

describe('scout66c: the owner pronoun of a document a closing "according to" names ("…, according to its annual report")', () => {
  it('is the body that opens the sentence, not its object', () => {
    assert.equal(speakerOf('Telefilm Canada gave the festival about $3 million this year, according to its annual report.', 'about $3 million'), 'Telefilm Canada');
    assert.equal(speakerOf('The Lakeview Arts Council paid Harbour Stages $40,000 last year, according to its latest filing.', '$40,000'), 'Lakeview Arts Council');
  });
  it('near miss: a person opening the sentence owns no "its"; the body named owns it', () => {
    assert.equal(speakerOf('Donor Ann Roe gave the Harbour Arts Centre $3 million last year, according to its annual report.', '$3 million'), 'Harbour Arts Centre');
  });
});

describe('scout66c: an office opening with an -ing word after a quotation ("“…,” managing director NAME told staff")', () => {
  it('is the office of the name after it, and the quote is kept', () => {
    assert.equal(speakerOf('"We have run out of road," managing director Colleen Haver told the staff.', 'run out of road'), 'Colleen Haver');
    assert.equal(speakerOf('"The ruling stands," presiding judge Ana Ruiz said.', 'ruling stands'), 'Ana Ruiz');
    assert.equal(speakerOf('"We have run out of road," managing director Colleen Haver told staff, according to two people who were present.', 'run out of road'), 'Colleen Haver');
  });
  it('near miss: an -ing word before no office\'s noun opens no office', () => {
    assert.equal(speakerOf('"We have run out of road," Colleen Haver said, adding that the board agreed.', 'run out of road'), 'Colleen Haver');
  });
});

describe('scout66c: reported words whose only verb is an irregular past ("Acme laid off 200 workers, the company said")', () => {
  it('are a clause, and kept as the speaker\'s words', () => {
    assert.equal(speakerOf('Lakeshore Opera laid off 20 stagehands last week, the company said.', 'laid off 20 stagehands'), 'Lakeshore Opera');
    assert.equal(speakerOf('The National Arts Centre cut its English season, the NAC confirmed Wednesday.', 'cut its English season'), 'National Arts Centre');
    assert.equal(speakerOf('It shut its doors in May, gallery owner Ann Roe said.', 'shut its doors'), 'Ann Roe');
  });
  it('near miss: a base form after "to" or a noun is no past, and makes no clause', () => {
    assert.equal(speakerOf('Plans to cut 200 jobs, Roe said.', 'cut 200 jobs'), undefined);
  });
});
