/**
 * Kinds of wrong attribution the breaker found in session 66's rules, each with a near miss.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle } from './helpers';

describe('breaker66: "the NOUN said" after a named holder of that noun, mentioned since an unnamed speaker, is the named one', () => {
  it('gives the quotation to the coach named after the unnamed one spoke', () => {
    const article = 'A coach with the team said the players were tired.\n\nHead coach Mike Babcock disagreed with captain John Tavares on Monday.\n\n"We are fine, we are just losing," the coach said.';
    assert.equal(speakerInArticle(article, 'just losing'), 'Mike Babcock');
  });
  it('near miss: a named holder mentioned before the unnamed speaker spoke leaves "the coach" the unnamed one', () => {
    const article = 'Head coach Mike Babcock missed practice on Monday.\n\nA coach with the team said the players were tired.\n\n"They have been on the road for three weeks," the coach said.';
    assert.equal(speakerInArticle(article, 'three weeks'), 'coach with the team');
  });
});

describe('breaker66: a cue\'s base form opening a compound before a people noun is the phrase\'s ("a credit union spokesperson said")', () => {
  it('keeps the quotation and the whole phrase', () => {
    const article = 'Meridian Credit Union will close branches.\n\n"We are changing how members bank with us," a credit union spokesperson said.';
    assert.equal(speakerInArticle(article, 'how members bank'), 'credit union spokesperson');
    assert.equal(speakerInArticle('"Deals like this are rare," a think tank spokesperson said.', 'are rare'), 'think tank spokesperson');
  });
  it('near miss: the verb before a plural after people still reports ("Many economists think tanks of oil will run dry")', () => {
    assert.equal(speakerInArticle('Many economists think tanks of oil will run dry.', 'tanks of oil'), 'economists');
  });
});

describe('breaker66: a plural people noun opening a company\'s name before a company\'s word is its short name ("Farmers said" beside "Farmers Insurance")', () => {
  it('gives the words to the company', () => {
    const farmers = 'Farmers Insurance said it would stop writing policies in California.\n\n"The risk is simply too high," Farmers said in a statement.';
    assert.equal(speakerInArticle(farmers, 'simply too high'), 'Farmers Insurance');
    const travelers = 'The Travelers Companies Inc. reported record profits on Tuesday.\n\n"Our underwriting discipline paid off," Travelers said in a statement.';
    assert.equal(speakerInArticle(travelers, 'discipline paid off'), 'Travelers Companies Inc.');
  });
  it('near miss: beside a body whose next word is no company\'s, the noun is those people ("Veterans say" beside "Veterans Affairs Canada")', () => {
    const article = 'Veterans Affairs Canada said it had cleared the backlog.\n\nVeterans say the wait is still too long.';
    assert.notEqual(speakerInArticle(article, 'still too long'), 'Veterans Affairs Canada');
  });
});

describe('breaker66: an office in capitals held by a person named by its abbreviated title ("Cmdr. Ana Ruiz … the Commander said")', () => {
  it('gives the words to the named holder, no office of its own', () => {
    assert.equal(speakerInArticle('Cmdr. Ana Ruiz took over the ship on Monday.\n\n"The crew performed well," the Commander said.', 'crew performed'), 'Ana Ruiz');
    assert.equal(speakerInArticle('Prof. Lena Holt led the study.\n\n"The results were clear," the Professor said.', 'results were clear'), 'Lena Holt');
  });
  it('near miss: with no holder named, the office in capitals still speaks as the office', () => {
    assert.equal(speakerInArticle('The Ombudsman said complaints about billing had doubled.', 'billing had doubled'), 'Ombudsman');
  });
});

describe('breaker66: a "by" with no name after it in a document\'s phrase whose author documentAuthor found none is no author ("said a report released Tuesday on abuse by priests"); signing and writing put a document out', () => {
  it('makes no actor of the phrase and gives the words to no one', () => {
    const a = inArticle('"Children were failed at every level," said a report released Tuesday on abuse by priests.');
    assert.equal(a.quotes[0]?.speaker ?? null, null);
    assert.ok(!a.actors.some((x) => x.name.includes('report')), a.actors.map((x) => x.name).join(', '));
    const unsealed = inArticle('"The man was armed," said a warrant unsealed Tuesday by a judge in Halifax.');
    assert.ok(!unsealed.actors.some((x) => x.name.includes('warrant')), unsealed.actors.map((x) => x.name).join(', '));
  });
  it('near miss: the agent right after the participle and its time is the author', () => {
    assert.equal(speakerInArticle('"The vessel was not seaworthy," said a report released Monday by the Coast Guard.', 'not seaworthy'), 'Coast Guard');
    assert.equal(speakerInArticle('"No one is above the law," read the order signed by Justice Ana Ruiz.', 'above the law'), 'Ana Ruiz');
    assert.equal(speakerInArticle('"The three men meant to reopen the site as a mall," said a lawsuit filed in Manhattan by Yulia Tymoshenko.', 'reopen the site'), 'Yulia Tymoshenko');
  });
});

describe('breaker66: a rank named by its abbreviated title keeps its rank words ("the commander" is no "Deputy Commander NAME")', () => {
  it('gives "the commander" to the commander, though a deputy was named since', () => {
    const article = 'Commander Tom Lee arrived first. Deputy Commander Ana Ruiz briefed reporters later.\n\n"We have the fire contained," the commander said.';
    assert.equal(speakerInArticle(article, 'fire contained'), 'Tom Lee');
    const inspector = 'Inspector Tom Lee arrived first. Deputy Inspector Ana Ruiz briefed reporters later.\n\n"We have the scene secured," the inspector said.';
    assert.equal(speakerInArticle(inspector, 'scene secured'), 'Tom Lee');
  });
  it('near miss: "the deputy commander" is the deputy', () => {
    const article = 'Commander Tom Lee arrived first. Deputy Commander Ana Ruiz briefed reporters later.\n\n"We have the fire contained," the deputy commander said.';
    assert.equal(speakerInArticle(article, 'fire contained'), 'Ana Ruiz');
  });
});

describe('breaker66: a charge files a complaint only where someone is charged by the verb\'s subject ("A man in Ottawa charged with assault" files nothing)', () => {
  it('gives the complaint to no one after a passive, a placed capital or a speech sense of "charged"', () => {
    const passive = 'A man in Ottawa charged with assault appeared in court.\n\nThe complaint alleges the man struck a bus driver.';
    assert.equal(speakerInArticle(passive, 'struck a bus driver'), null);
    const placed = 'Police in Ottawa charged a 24-year-old man with assault on Friday.\n\nThe complaint alleges the man struck a bus driver.';
    assert.equal(speakerInArticle(placed, 'struck a bus driver'), null);
    const speech = 'Ana Ruiz charged that the city ignored the problem.\n\nThe complaint says the city knew of the risk in 2019.';
    assert.equal(speakerInArticle(speech, 'knew of the risk'), null);
    const suit = 'The woman whom Ottawa charged last year has sued.\n\nThe suit alleges she was wrongly accused.';
    assert.notEqual(speakerInArticle(suit, 'wrongly accused'), 'Canada');
  });
  it('near miss: a capital that charges a company files the complaint', () => {
    const article = 'Ottawa on Friday charged Meta under the Competition Act.\n\nThe complaint alleges the company misled users.';
    assert.equal(speakerInArticle(article, 'misled users'), 'Canada');
  });
});

describe('breaker66: pictures are documents, and a document noun in the plural opening a sentence is no one\'s name ("Satellite images show", "Photos showed")', () => {
  it('keeps the report and names no actor after the documents', () => {
    assert.equal(speakerInArticle('Satellite images show troops are massing at the border.', 'troops are massing'), null);
    const a = inArticle('Photos showed horror-stricken mourners crouched over blanket-covered bodies.');
    assert.ok(a.quotes.some((q) => q.text.includes('mourners crouched')));
    assert.equal(a.quotes[0]?.speaker ?? null, null);
    assert.ok(!a.actors.some((x) => x.name === 'Photos' || x.name === 'Videos'), a.actors.map((x) => x.name).join(', '));
  });
  it('near miss: a photographer is still a person', () => {
    assert.equal(speakerInArticle('"It was terrifying," said a photographer at the scene.', 'terrifying'), 'photographer');
  });
});
