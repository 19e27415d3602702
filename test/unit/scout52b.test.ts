/**
 * Kinds of wrong speaker scout52b found in its beat (lawsuits, regulators and enforcement), each
 * written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

/** Name|kind of each actor of article `body`. */
const actorsOf = (body: string): string[] => inArticle(body).actors.map((a) => `${a.name}|${a.kind}`);

describe('scout52b: "U.S. District Judge NAME granted …, finding that …": a court office after a country is the person\'s', () => {
  it('the participle\'s clause is the judge\'s, not the country\'s', () => {
    assert.equal(speakerOf('U.S. District Judge Mara Lind granted the injunction, finding that the town would likely lose.', 'town would likely lose'), 'Mara Lind');
    assert.equal(speakerOf('U.S. Bankruptcy Judge Owen Tate approved the sale, noting that no creditor objected.', 'no creditor objected'), 'Owen Tate');
    assert.equal(speakerOf('U.S. Trade Representative Lena Ruiz met the envoys on Monday, saying tariffs would stay.', 'tariffs would stay'), 'Lena Ruiz');
  });
  it('near miss: the country itself as the subject, and a verb between the body and the office, keep the body', () => {
    assert.equal(speakerOf('The United States on Tuesday imposed new tariffs, saying the move was overdue.', 'move was overdue'), 'United States');
    assert.equal(speakerOf('Canada hired Judge Mara Lind as an adviser on Tuesday, saying she was the best choice.', 'best choice'), 'Canada');
  });
});

describe('scout52b: an acronym whose full name has a compound with a lower-case part ("Radio-television")', () => {
  it('"the CRTC" is the Canadian Radio-television and Telecommunications Commission; "the OECD" its organisation', () => {
    const body = 'The Canadian Radio-television and Telecommunications Commission fined a carrier on Monday.\n\nThe CRTC said the carrier ignored complaints.';
    assert.equal(speakerOf(body, 'ignored complaints'), 'Canadian Radio-television and Telecommunications Commission');
    assert.ok(!actorsOf(body).includes('CRTC|organization'), actorsOf(body).join('; '));
    const oecd = 'The Organisation for Economic Co-operation and Development published its outlook on Monday.\n\nThe OECD said growth would slow.';
    assert.equal(speakerOf(oecd, 'growth would slow'), 'Organisation for Economic Co-operation and Development');
  });
  it('near miss: initials that leave out a capitalised part stay another body\'s; a capitalised compound keeps both letters', () => {
    const body = 'The Canadian Radio-television and Telecommunications Commission fined a carrier on Monday.\n\nThe CTC said the carrier ignored complaints.';
    assert.notEqual(speakerOf(body, 'ignored complaints'), 'Canadian Radio-television and Telecommunications Commission');
    const apec = 'The Asia-Pacific Economic Cooperation forum met on Monday.\n\nThe AEC said trade would grow.';
    assert.notEqual(speakerOf(apec, 'trade would grow'), 'Asia-Pacific Economic Cooperation');
  });
});

describe('scout52b: "The Commission said X posed as the Y Agency. The agency said …": the body that just spoke goes on', () => {
  it('a description opening the next sentence is the body that spoke, not one named in what it said', () => {
    const body = 'The Federal Trade Commission sued a call centre on Monday.\n\nThe Federal Trade Commission said the callers posed as officers of the Canada Revenue Agency.\n\nThe agency said it had received 300 complaints.';
    assert.equal(speakerOf(body, '300 complaints'), 'Federal Trade Commission');
    const two = 'The Competition Bureau fined a dealer on Monday.\n\nThe Competition Bureau said the dealer claimed to work for the Canada Revenue Agency.\n\nThe bureau said it would pursue the money.';
    assert.equal(speakerOf(two, 'pursue the money'), 'Competition Bureau');
  });
  it('near miss: a body that does not fit the description, or did not speak just before, leaves the walk as it was', () => {
    const body = 'Norvale Foods was fined on Monday.\n\nNorvale Foods said the Social Security Administration had sent it no notice.\n\nThe agency said it had sent three notices.';
    assert.equal(speakerOf(body, 'three notices'), 'Social Security Administration');
  });
});

describe('scout52b: "said NAME, a lawyer with the Denver firm X": a commentator\'s firm past its type noun is no "the company"', () => {
  it('"the company" is the company the story is about, not the lawyer\'s or the analyst\'s firm', () => {
    const body = 'A lawsuit accuses Brackwell Foods of overcharging.\n\n“It is the business model,” said Ana Ruiz, a lawyer with the Denver firm Ruiz & Holm, which represents the plaintiffs.\n\nIn a statement, the company said it “treats every customer fairly.”';
    assert.equal(speakerOf(body, 'treats every customer'), 'Brackwell Foods');
    const two = 'Brackwell Foods cut prices on Monday.\n\n“It is overdue,” said Tom Hale, an analyst at the investment bank Merrow Pike.\n\nThe company said it would cut more.';
    assert.equal(speakerOf(two, 'cut more'), 'Brackwell Foods');
  });
  it('near miss: a firm that employs the speaker and is the story\'s only company stays "the company"', () => {
    const body = '“It is overdue,” said Tom Hale, a lawyer with the Denver firm Merrow Pike.\n\nThe company said it would hire more lawyers.';
    assert.equal(speakerOf(body, 'hire more lawyers'), 'Merrow Pike');
  });
});
