import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

const HEAD = 'Test\n\nPublished 3 March 2026\n\n';
const said = (text: string): Array<{ text: string; who: string | null }> => quotesOf(HEAD + text).map((q) => ({ text: q.text, who: q.who }));

describe('scout30: attribution kinds from unseen US news (courts, science, business, sport, magazines)', () => {
  it('"The feature, called Figma Make," names a thing: no quote, no speaker', () => {
    const quotes = said('Figma unveiled a tool on Tuesday. The feature, called Figma Make, lets designers draw. The new trial, called FLOW, enrolled 3,533 patients. The program, called “Start Smart,” pays for tutors.');
    assert.deepEqual(quotes, []);
    // an aside before the comma is no named thing: "Limbaugh, for one, called ''…''" reports words
    assert.equal(said('Rush Limbaugh, for one, called the charges "liberal lingo."').length, 1);
    // a characterisation with its complement still reports words
    assert.deepEqual(said('The mayor called Smith a liar.').map((q) => q.text), ['Smith a liar']);
    assert.deepEqual(said('He paused, called Smith a liar and left.').length, 1);
  });

  it('a clause of time after a split quotation’s cue ("he said, when I repeated it to him") is no cue: the quotation goes on with the speaker', () => {
    const quotes = said('Walt Brenner has heard the argument. “He’s not wrong about the GPS,” Brenner said, when I repeated it to him. “He’s wrong about the rest.”');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].who, 'Walt Brenner');
    assert.match(quotes[0].text, /wrong about the rest/);
    const swanke = said('“We’d love to keep it,” Denice Swanke said, as I read her the figures. “But we are an agency that can’t fix its own docks.”');
    assert.deepEqual(swanke.map((q) => q.who), ['Denice Swanke']);
    // another's act in that clause is an attribution of its own
    assert.equal(said('“He is a great reporter,” Ana Ruiz said when Bo Lind asked him a question.').length, 2);
  });

  it('"The 66-year-old laughed and said …": an age is the subject a coordinated cue inherits', () => {
    const quotes = said('Coach Andy Reid was asked about the kick. The 66-year-old laughed and said he trusted his kicker.');
    assert.deepEqual(quotes.map((q) => [q.who, q.text]), [['Andy Reid', 'he trusted his kicker']]);
  });

  it('"a spot where, he said, a freighter nearly went aground": the aside’s clause is the content, not the sentence it hangs from', () => {
    const quotes = said('Walt Brenner stood on the rocks and pointed at a spot in the water where, he said, a freighter nearly went aground in 1979.');
    assert.deepEqual(quotes.map((q) => [q.who, q.text]), [['Walt Brenner', 'a freighter nearly went aground in 1979']]);
    // "The budget, Holt said, would cut …" keeps its subject
    assert.match(said('Mary Holt spoke on Monday. The budget, Holt said, would cut services.')[0].text, /^The budget, Holt said, would cut services/);
  });

  it('"a shift the officer described as “…”": the characterisation’s words are after "as", and the sentence’s main cue keeps its clause', () => {
    const quotes = said('Figma said about two-thirds of its users are not designers, a shift Yuhki Yamashita described as "the biggest change in who we build for."');
    assert.equal(quotes[0].who, 'Figma');
    assert.match(quotes[0].text, /^about two-thirds of its users/);
  });

  it('"thanked residents who called the department’s tip line": neither the relative clause nor a line phoned is anything said', () => {
    const quotes = said('Police Chief Robin Henderson said detectives identified the man. She thanked residents who called the department’s tip line.');
    assert.deepEqual(quotes.map((q) => q.text), ['detectives identified the man']);
    assert.deepEqual(said('Ana Ruiz called the hotline at 2 a.m.'), []);
    // a characterisation of a line still reports words
    assert.equal(said('Ana Ruiz called the party line a betrayal.').length, 1);
    assert.equal(said('Gov. Doug Ducey called the long lines "unacceptable."').length, 1);
    // a quotation after the relative clause is still what was told
    assert.match(said('Hillary Clinton told supporters who gathered in Indianapolis, “no one should be confused about America.”')[0]?.text ?? '', /no one should be confused/);
  });

  it('a cue inside an opening question ("Asked whether Webb would testify,") ends at its comma: the answer after it is the answerer’s', () => {
    const quotes = said('Dick DeGuerin spoke outside the court. Asked whether Webb would testify, DeGuerin said: "We\'ll decide that tomorrow."');
    assert.deepEqual(quotes.map((q) => [q.who, q.text]), [['Dick DeGuerin', "We'll decide that tomorrow."]]);
    const ruiz = said('Ana Ruiz is the mayor. Asked if she believed the audit, Ruiz said she had not read it.');
    assert.deepEqual(ruiz.at(-1), { who: 'Ana Ruiz', text: 'she had not read it' });
  });

  it('"Q. …" / "A. …" with stops are a question-and-answer layout: the answers are the interviewee’s', () => {
    const quotes = said('Coach Mary Holt has led the team since 1995. She talked to the Herald this week.\n\nQ. How long have you coached?\n\nA. Thirty years, give or take. It feels like ten.\n\nQ. What changed?\n\nA. The players. They ask why now.');
    assert.deepEqual(quotes.map((q) => [q.who, q.text]), [['Mary Holt', 'Thirty years, give or take. It feels like ten.'], ['Mary Holt', 'The players. They ask why now.']]);
  });

  it('"The findings, the authors wrote, suggest that …": a document’s own verb of report after the aside goes on with the content', () => {
    const quotes = said('A study of sleep was published on Monday. The findings, the authors wrote, suggest that one night of poor sleep affects recall.');
    assert.match(quotes[0].text, /^The findings, the authors wrote, suggest that one night/);
  });

  it('a quotation that opens a new sentence after one a quotation closed ("“a disgrace.” “We will fight it,” she added") is a sentence of its own', () => {
    const curly = said('Ana Ruiz is the mayor. Ruiz called the plan “a disgrace.” “We will fight it,” she added.');
    assert.deepEqual(curly.map((q) => [q.who, q.text]), [['Ana Ruiz', 'the plan “a disgrace.”'], ['Ana Ruiz', 'We will fight it,']]);
    const straight = said('Ana Ruiz is the mayor. Ruiz said the plan was "a disgrace." "We will fight it," she added.');
    assert.equal(straight.length, 2);
    assert.equal(straight[1].text, 'We will fight it,');
  });
});
