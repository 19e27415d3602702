/**
 * Kinds of wrong or missing attribution scout 57a found in news on religion, faith communities and
 * charities, each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout57a: the name a description gives in apposition ("One client, a retired welder named Lou, said")', () => {
  it('is the speaker, and "he" after it', () => {
    const body = 'One client at the pantry, a 70-year-old retired welder named Lou, said the shelves were bare by noon. “I come anyway,” he said.';
    assert.equal(speakerOf(body, 'shelves were bare'), 'Lou');
    assert.equal(speakerOf(body, 'I come anyway'), 'Lou');
    assert.equal(speakerOf('A regular, a woman called Mona Diaz, told reporters the soup was the best in town.', 'best in town'), 'Mona Diaz');
  });
  it('near miss: "named" with no given name after it, or no one described, keeps its subject', () => {
    assert.equal(speakerOf('Carla Ortiz, a striker named MVP, said the team was tired.', 'team was tired'), 'Carla Ortiz');
    assert.equal(speakerOf('Dale Frost, a landlord named in the suit, said the claims were false.', 'claims were false'), 'Dale Frost');
  });
});

describe('scout57a: the name a relative clause gives with no commas ("A man who gave his name as Darren said")', () => {
  it('is the speaker, not the man', () => {
    assert.equal(speakerOf('A man who gave his name as Howie said he had slept in the park for a month.', 'slept in the park'), 'Howie');
    const body = 'Outside the hall on Friday, a woman who gave her name only as Lena says the line grows every week. “We used to know everybody,” she said.';
    assert.equal(speakerOf(body, 'line grows every week'), 'Lena');
    assert.equal(speakerOf(body, 'used to know everybody'), 'Lena');
  });
  it('near miss: a name in a relative clause that gives no name of the speaker leaves the head to speak', () => {
    assert.equal(speakerOf('A man who gave Howie a ride said the roads were icy.', 'roads were icy'), 'man');
  });
});

describe('scout57a: a role, then a cleric\'s name in apposition with its article ("The dean, the Very Rev. Tom Hale, said")', () => {
  it('is the named cleric, not the role', () => {
    assert.equal(speakerOf('The pastor of the parish, the Rev. Joan Whitby, said the roof would be fixed by spring.', 'fixed by spring'), 'Joan Whitby');
    assert.equal(speakerOf('The rector, the Very Rev. Colin Marsh, told the vestry that the bells were unsafe.', 'bells were unsafe'), 'Colin Marsh');
    assert.equal(speakerOf('The head of the archdiocese, the Most Rev. Pablo Serrano, said the schools would stay open.', 'schools would stay open'), 'Pablo Serrano');
  });
  it('near miss: a title with no name after it leaves the role to speak', () => {
    assert.equal(speakerOf('The minister, the Reverend, said the hall was booked.', 'hall was booked'), 'minister');
  });
});

describe('scout57a: a body named for a saint, its possessive before words a body\'s head ends ("St. Joseph\'s Health Centre said")', () => {
  it('is one body, not the saint', () => {
    assert.equal(speakerOf('St. Anne’s Food Bank said it had run out of milk by noon.', 'run out of milk'), 'St. Anne’s Food Bank');
    assert.equal(speakerOf("In a statement, St. Luke's Community Health Centre said the clinic would close.", 'clinic would close'), "St. Luke's Community Health Centre");
    assert.equal(speakerOf('The St. Vincent’s Housing Society said rents had doubled.', 'rents had doubled'), 'St. Vincent’s Housing Society');
  });
  it('near miss: a saint\'s day or a town\'s possessive before a person\'s title and name stays apart', () => {
    assert.equal(speakerOf("St. Marys' Mayor Ron Dale said the bridge would close.", 'bridge would close'), 'Ron Dale');
    assert.equal(speakerOf("After St. Patrick's Day, Health Minister Ann Roy said the clinics were full.", 'clinics were full'), 'Ann Roy');
  });
});

describe('scout57a: a capitalised "From" inside a body\'s name ("Freedom From Religion Foundation said")', () => {
  it('joins the name when a body\'s head word follows it', () => {
    assert.equal(speakerOf('The Freedom From Religion Foundation said the invocation broke the law.', 'broke the law'), 'Freedom From Religion Foundation');
    assert.equal(speakerOf('Shelter From Storms Society said its beds were full.', 'beds were full'), 'Shelter From Storms Society');
  });
  it('near miss: a person\'s name before it, or no body\'s head after it, stays apart', () => {
    assert.equal(speakerOf('Ann Lee From Ottawa Hydro said the lines were down.', 'lines were down'), 'Ann Lee');
  });
});
