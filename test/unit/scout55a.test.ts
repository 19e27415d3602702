/**
 * Kinds of wrong or lost speaker that scout55a found in unseen farm, ranch and fishing news, each
 * written in sentences of its own, with near misses that must not change.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

describe('scout55a: a farm, ranch or fishing trade as a speaker\'s role ("said auctioneer NAME", "A merchandiser in …, who …, said")', () => {
  it('keeps the quote and its speaker after a trade the lists lacked', () => {
    assert.equal(speakerOf('Hay was short this spring.\n\n“Bids were soft all morning,” said auctioneer Wendell Craig at the Lanigan sale.', 'Bids were soft'), 'Wendell Craig');
    assert.equal(speakerOf('Wendell Craig, an auctioneer from Lanigan, ran the sale on Monday.\n\n“Bids were soft all morning,” the auctioneer said.', 'Bids were soft'), 'Wendell Craig');
    assert.equal(speakerOf('Canola was short.\n\n“The stand never recovered,” said agronomist Priya Raman, who works for a seed dealer.', 'stand never recovered'), 'Priya Raman');
  });
  it('an unnamed trade with a place after it is someone unnamed, not the place', () => {
    const said = speakerOf('Terminals filled early.\n\nA merchandiser at an elevator near Yorkton, Saskatchewan, who asked not to be named, said bins were full by August.', 'bins were full');
    assert.notEqual(said, 'Saskatchewan');
    assert.notEqual(said, 'Yorkton');
    assert.notEqual(speakerOf('Lobster prices fell.\n\nA deckhand in Yarmouth, who did not want his name used, said crews were paid less this year.', 'crews were paid less'), 'Yarmouth');
  });
  it('near miss: a thing named like a trade is still no speaker of a quote it is the subject of; a named person keeps the quote', () => {
    assert.equal(speakerOf('“We need rain,” said grain farmer Olga Petrenko near Melfort.', 'need rain'), 'Olga Petrenko');
    assert.equal(speakerOf('The Dallas Cowboys said on Monday that the stadium deal was done.', 'stadium deal'), 'Dallas Cowboys');
  });
});

describe('scout55a: a producers\' body named by its members\' trade ("Alberta Beef Producers", "the Nebraska Cattlemen")', () => {
  it('is the body, not a person or the place in its name', () => {
    const body = (text: string, words: string): string | undefined => {
      const q = inArticle(text).quotes.find((x) => x.text.includes(words));
      return q?.speaker ? `${q.speaker.name}/${q.speaker.kind}` : undefined;
    };
    assert.equal(body('Feed costs rose.\n\nThe Kansas Cattlemen said in a statement that the drought aid was too slow.', 'drought aid'), 'Kansas Cattlemen/organization');
    assert.equal(body('Feed costs rose.\n\nHoney Producers of Manitoba said hives were lost over the winter.', 'hives were lost'), 'Honey Producers of Manitoba/organization');
    assert.equal(body('Feed costs rose.\n\nPeace Country Beef Producers said calves came in light.', 'calves came in light'), 'Peace Country Beef Producers/organization');
    assert.equal(body('Feed costs rose.\n\nPear Growers of Ontario said the frost hit the early blossoms.', 'frost hit'), 'Pear Growers of Ontario/organization');
  });
  it('near miss: the bare trade word names those people, never the body', () => {
    const body = 'Saskatchewan Lamb Producers said prices held.\n\nProducers said the coyotes were worse this year.';
    assert.notEqual(speakerOf(body, 'coyotes were worse'), 'Saskatchewan Lamb Producers');
    const cattle = 'The Kansas Cattlemen said aid was slow.\n\nCattlemen said the grass never came back.';
    assert.notEqual(speakerOf(cattle, 'grass never came back'), 'Kansas Cattlemen');
  });
  it('near miss: a team by its plural alone is still the team ("the Senators" after "the Ottawa Senators")', () => {
    assert.equal(speakerOf('The Ottawa Senators made a trade.\n\nThe Senators said the winger would report on Friday.', 'winger would report'), 'Ottawa Senators');
  });
});

describe('scout55a: a province\'s or state\'s producers named by their product ("Manitoba Pork", "Alberta Barley")', () => {
  const spoke = (text: string, words: string): string | undefined => {
    const q = inArticle(text).quotes.find((x) => x.text.includes(words));
    return q?.speaker ? `${q.speaker.name}/${q.speaker.kind}` : undefined;
  };
  it('is the body, not the province named before nor a person', () => {
    assert.equal(spoke('Hog barns in Saskatchewan are full.\n\nPrices rose 12 per cent this fall, according to Saskatchewan Pork.', 'Prices rose 12'), 'Saskatchewan Pork/organization');
    assert.equal(spoke('Malt buyers are back.\n\nAlberta Barley said in a release that exports had doubled.', 'exports had doubled'), 'Alberta Barley/organization');
  });
  it('two such bodies are two, never one person by a shared "surname"', () => {
    const text = 'Ontario Pork said barns were full.\n\nQuebec prices fell, according to Quebec Pork.';
    assert.equal(spoke(text, 'barns were full'), 'Ontario Pork/organization');
    assert.equal(spoke(text, 'Quebec prices fell'), 'Quebec Pork/organization');
  });
  it('near miss: a given name and a surname that is a product too is a person; the province alone is the province', () => {
    assert.equal(spoke('Georgia Lamb said she would sell the flock.', 'sell the flock'), 'Georgia Lamb/person');
    assert.equal(spoke('Drought spread.\n\nManitoba said in a release that aid would flow in May.', 'aid would flow'), 'Manitoba/place');
  });
});
