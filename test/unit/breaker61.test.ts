/**
 * Kinds of wrong attribution the breaker found in session 61's new rules, each with a near miss.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle } from './helpers';
import { analyze } from '../../src/extractor/analyze';

describe('breaker61: after "said the OFFICE of the NOUN," a place or a lone name in apposition is what the noun names, no holder', () => {
  it('gives the words to the office, not to the place', () => {
    assert.equal(speakerInArticle('Storm hits coast\n\n“We need money,” said the mayor of the city, Halifax.', 'need money'), 'mayor');
    assert.equal(speakerInArticle('War goes on\n\n“We need money,” said the president of the country, Ukraine.', 'need money'), 'president');
  });
  it('near miss: a holder\'s full name in apposition still speaks', () => {
    assert.equal(speakerInArticle('Storm hits coast\n\n“We need money,” said the mayor of the town, Ann Roe.', 'need money'), 'Ann Roe');
    assert.equal(speakerInArticle('Board meets\n\n“We are done,” said the chair of the board, Ann Roe.', 'We are done'), 'Ann Roe');
  });
});

describe('breaker61: offices in the plural joined by "and" before names ("said the nurses and doctors Ann Lee and Bo Lind") are several people\'s, no one holder\'s', () => {
  it('keeps the group, not the first name', () => {
    assert.equal(speakerInArticle('Ward closes\n\n“We need money,” said the nurses and doctors Ann Lee and Bo Lind.', 'need money'), 'nurses');
  });
  it('near miss: two offices in the singular before one holder are that holder\'s', () => {
    assert.equal(speakerInArticle('Ward closes\n\n“We need money,” said nurse and union steward Ann Lee.', 'need money'), 'Ann Lee');
    assert.equal(speakerInArticle('Ward closes\n\n“We need money,” said president and CEO Jane Roe.', 'need money'), 'Jane Roe');
  });
});

describe('breaker61: "promoter" before a person\'s name ("Boxing promoter Ann Roe") is her trade; the person stays a person and "the promoter" is she', () => {
  it('keeps the person a person and gives "the promoter" her words', () => {
    const a = inArticle('Fight night set\n\nBoxing promoter Ann Roe booked the fight. “We are proud,” the promoter said.');
    const q = a.quotes.find((x) => x.text.includes('proud'));
    assert.equal(q?.speaker?.name, 'Ann Roe');
    assert.equal(q?.speaker?.kind, 'person');
    assert.equal(speakerInArticle('Fight night set\n\nAnn Roe, a concert promoter, booked the band. “We are proud,” the promoter said.', 'proud'), 'Ann Roe');
  });
  it('near miss: a firm named before a body\'s trade is still the body ("the label" after a record company)', () => {
    assert.equal(speakerInArticle('Band signs\n\nVelvet Crown Records signed the band. “We are proud,” the label said.', 'proud'), 'Velvet Crown Records');
    assert.equal(speakerInArticle('Club wins\n\nRugby club Kestrel Vale won. “We are proud,” the club said.', 'proud'), 'Kestrel Vale');
  });
});

describe('breaker61: "The EU agency said" names the body named before whose name opens with "European", as "The UN agency" does the UN system\'s', () => {
  it('gives the words to the European body, not to a new actor "EU"', () => {
    assert.equal(speakerInArticle('Drug approved\n\nThe European Medicines Agency approved the drug. Health Canada did too. “It is safe,” the EU agency said.', 'It is safe'), 'European Medicines Agency');
    assert.equal(speakerInArticle('Rates rise\n\nThe European Central Bank raised rates. “Inflation is high,” the EU bank said.', 'Inflation is high'), 'European Central Bank');
  });
  it('near miss: with no European body named, "the EU agency" is the EU\'s', () => {
    assert.equal(speakerInArticle('Drug approved\n\nHealth Canada approved the drug. “It is safe,” the EU agency said.', 'It is safe'), 'EU');
  });
});

describe('breaker61: a lede\'s "the president of BODY" is the holder the next paragraph names by title only where it names the body too', () => {
  it('gives the lede to no president of another body', () => {
    const clc = 'Labour balks\n\nThe president of the Canadian Labour Congress said the deal is unfair.\n\n“We will fight,” President Joe Biden told reporters.';
    assert.equal(speakerInArticle(clc, 'deal is unfair'), 'president of the Canadian Labour Congress');
  });
  it('near miss: the body named with its holder, or a title with the office\'s modifier ("National Chief"), still tells', () => {
    const named = 'Labour balks\n\nThe president of the Canadian Labour Congress said the deal is unfair.\n\n“We will fight,” CLC President Hassan Yussuff told reporters.';
    assert.equal(speakerInArticle(named, 'deal is unfair'), 'Hassan Yussuff');
    const afn = 'Chiefs meet\n\nThe national chief of the Assembly of First Nations said the deal is unfair.\n\n“We will fight,” National Chief Doreen Ahenakew told reporters.';
    assert.equal(speakerInArticle(afn, 'deal is unfair'), 'Doreen Ahenakew');
  });
});

describe('breaker61: "the office said" after a body named "Office for …" is that body, nearer than a country\'s office', () => {
  it('gives the words to the Office for National Statistics, not to the country', () => {
    assert.equal(speakerInArticle('Prices rise\n\nBritain\'s statistics office said inflation rose.\n\nThe Office for National Statistics is independent. “We are pleased,” the office said.', 'We are pleased'), 'Office for National Statistics');
  });
  it('near miss: with no such body, the country\'s office is the country\'s', () => {
    assert.equal(speakerInArticle('Prices rise\n\nBritain\'s statistics office said inflation rose. “We are pleased,” the office said.', 'We are pleased'), 'United Kingdom');
  });
});

describe('breaker61: "said the OFFICE and TITLE NAME" with the title in Title Case names two people ("said the mayor and Premier Doug Ford"), not one holder', () => {
  it('leaves the name to its own title, not the first office\'s', () => {
    assert.notEqual(speakerInArticle('Deal signed\n\n“We will sign,” said the mayor and Premier Doug Ford.', 'We will sign'), 'Doug Ford');
  });
  it('near miss: two offices of one holder, with or without "the", are that holder\'s', () => {
    assert.equal(speakerInArticle('Deal signed\n\n“We will sign,” said Acme president and CEO Jane Roe.', 'We will sign'), 'Jane Roe');
    assert.equal(speakerInArticle('Deal signed\n\n“We will sign,” said president and CEO Jane Roe.', 'We will sign'), 'Jane Roe');
  });
});

describe('breaker61: a first line of two short sentences in sentence case is the headline only over a longer paragraph', () => {
  it('reads a lede of short paragraphs as no title', () => {
    assert.equal(analyze('The board voted. Fees rise by a tenth.\n\nThe mayor objected.').title, null);
  });
  it('near miss: over a longer paragraph it is the headline', () => {
    assert.equal(analyze('Virginian could make history. Again.\n\nOfficials met on Monday to discuss the budget, and the mayor said the city would cut spending.').title, 'Virginian could make history. Again.');
  });
});
