import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

const HEAD = 'Test\n\nPublished 3 December 2026\n\n';
const said = (text: string): Array<{ text: string; who: string | null }> => quotesOf(HEAD + text).map((q) => ({ text: q.text, who: q.who }));

describe('scout31: what is a quote and where it ends', () => {
  it('"He knows every bolt in the tower": "know" with a noun phrase and no clause after it is no cue', () => {
    assert.deepEqual(said('Tom Albers has climbed the bridge for 30 years. He knows every bolt in the tower.'), []);
    assert.deepEqual(said('Coach Linda Park knows the playbook better than anyone.'), []);
    // a clause after it still reports a view; so does "know all about"
    assert.deepEqual(said('Tom Albers spoke at the bridge. He knows the plan will fail.').map((q) => q.text), ['the plan will fail']);
    assert.deepEqual(said('Tom Albers spoke at the bridge. He knows all about the storms.').length, 1);
  });

  it('"Her answer: “Keep going.”": a possessor and an answer\'s noun before a colon and a quotation speak', () => {
    const quotes = said('Maria Lopez was limping at mile 20. Her coach asked whether she wanted to stop.\n\nHer answer: “Keep going.”');
    const answer = quotes.find((q) => q.text === 'Keep going.');
    assert.equal(answer?.who, 'Maria Lopez');
    const hale = said('Critics asked Sen. Robert Hale whether he would resign.\n\nHis reply: “Not a chance.”');
    assert.equal(hale.find((q) => q.text === 'Not a chance.')?.who, 'Robert Hale');
    // a thing's noun before the colon is no answer: no speaker made up
    assert.equal(said('Robert Hale left early.\n\nHis car: “a lemon,” the dealer said.').find((q) => q.who === 'Robert Hale'), undefined);
  });

  it('"That, Ruiz says, is the point": a demonstrative or "such" phrase before an aside\'s cue is the content\'s subject', () => {
    assert.deepEqual(said('Ana Ruiz teaches fourth grade. That, Ruiz says, is the point.').map((q) => q.text), ['That, Ruiz says, is the point']);
    assert.deepEqual(said('Such a plan, critics say, would cost too much.').map((q) => q.text), ['Such a plan, critics say, would cost too much']);
    // "That criticism was often warranted, Mr. Sykes said": a determiner "that" opening content before its cue stays
    assert.match(said('That criticism was often warranted, Mr. Sykes said.')[0].text, /^That criticism/);
    // after a cue, "that" is still its complementiser
    assert.deepEqual(said('Ana Ruiz said that the plan would fail.').map((q) => q.text), ['the plan would fail']);
  });

  it('"Hannity asked Trump how high …": the question is the content, without the one asked, and the one asked answers next', () => {
    const quotes = said('Sean Hannity interviewed Donald Trump on Wednesday.\n\nHannity asked Trump how high he would raise tariffs. He said they could reach 60 percent.');
    assert.deepEqual(quotes.map((q) => [q.who, q.text]), [
      ['Sean Hannity', 'how high he would raise tariffs'],
      ['Donald Trump', 'they could reach 60 percent'],
    ]);
    const lutz = said('Mayor Karen Lutz spoke at City Hall. A reporter asked Lutz whether the city would raise taxes. She said no decision had been made.');
    assert.deepEqual(lutz.map((q) => q.text), ['whether the city would raise taxes', 'no decision had been made']);
    assert.equal(lutz[1].who, 'Karen Lutz');
  });

  it('"…after the foundation called the book “a work of fiction”": a body\'s description after a subordinator is the clause\'s subject', () => {
    const quotes = said('The author, James Frey, defended the book. Sales dropped after the foundation called the book “a work of fiction.”');
    const fiction = quotes.find((q) => /work of fiction/.test(q.text));
    assert.ok(fiction);
    assert.notEqual(fiction.who, 'James Frey');
    assert.deepEqual(said('Sales fell because the charity said the book was fiction.').map((q) => q.text), ['the book was fiction']);
    // after a preposition the noun is no subject: "cities in the nation have endorsed" names no body
    assert.deepEqual(said('Mayors of cities in the nation have endorsed the plan.').filter((q) => q.who === 'nation'), []);
  });

  it('"FactCheck.org noted that …": a web address split at its dot is the subject that names the site', () => {
    const quotes = said('The governor said crime had fallen by half. FactCheck.org noted that the decline was about 12 percent.');
    assert.deepEqual(quotes.map((q) => [q.who, q.text]).slice(1), [['FactCheck.org', 'the decline was about 12 percent']]);
    assert.equal(said('Amazon.com said the report was wrong.')[0]?.who, 'Amazon.com');
  });

  it('"…, who chairs the panel, told reporters that …": whom one tells is never an inverted teller', () => {
    const quotes = said('Sen. Paul Whitcomb (R-Iowa), who chairs the agriculture panel, told reporters that the House version cut too deeply.');
    assert.equal(quotes.find((q) => q.who === 'reporters'), undefined);
    assert.equal(quotes.find((q) => /Whitcomb/.test(q.text)), undefined);
    // an inverted "said" still names its speaker
    assert.equal(said('“We won,” said Sen. Paul Whitcomb.')[0]?.who, 'Paul Whitcomb');
  });
});
