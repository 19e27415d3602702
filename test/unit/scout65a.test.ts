/**
 * Kinds of wrong or lost attribution scout65a fixed in session 65 (public utilities and rates),
 * each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout65a: a trade union named as a brotherhood ("International Brotherhood of Electrical Workers")', () => {
  it('is the body named in full, and so is its officer\'s name after it', () => {
    assert.equal(speakerOf('The Brotherhood of Railway Carmen said the yard would close.', 'yard would close'), 'Brotherhood of Railway Carmen');
    assert.equal(speakerOf('The International Brotherhood of Boilermakers said the offer was too low.', 'offer was too low'), 'International Brotherhood of Boilermakers');
    assert.equal(speakerOf('International Brotherhood of Electrical Workers Local 37 business manager Rhea Dunphy said crews were exhausted.', 'crews were exhausted'), 'Rhea Dunphy');
  });
  it('near miss: the word in lower case names no body', () => {
    assert.equal(speakerOf('Lineman Carl Voss said the brotherhood of the crews kept them going.', 'kept them going'), 'Carl Voss');
  });
});

describe('scout65a: a body\'s description that gives its other name after its noun ("NAME, director of BODY, a consumer group known as TURN, said")', () => {
  it('is the body\'s aside; the person before the role speaks', () => {
    assert.equal(speakerOf('Ines Moreau, executive director of the Fair Rates Network, a Hamilton-based consumer group known as FRN, said the increase was unjust.', 'increase was unjust'), 'Ines Moreau');
    assert.equal(speakerOf('Paul Azar, counsel for the Prairie Energy Users Council, an industry lobby also known as PEUC, said the tariff would hurt mills.', 'tariff would hurt mills'), 'Paul Azar');
    assert.equal(speakerOf('Dale Ruiz, spokesman for the Water Watch Network, a Denver nonprofit better known as WWN, said the rates were too high.', 'rates were too high'), 'Dale Ruiz');
  });
  it('near miss: the same description with no alias still reads as the body\'s', () => {
    assert.equal(speakerOf('Ines Moreau, executive director of the Fair Rates Network, a Hamilton-based consumer group, said the increase was unjust.', 'increase was unjust'), 'Ines Moreau');
  });
});

describe('scout65a: a quantity in words with a fraction opening what is said ("said more than three-and-a-half million homes depend on gas")', () => {
  it('is the reported clause\'s subject, and the quote is kept', () => {
    assert.equal(speakerOf('Utility planner Joan Riel said more than two-and-a-half million meters need replacing.', 'meters need replacing'), 'Joan Riel');
    assert.equal(speakerOf('Joan Riel said about one-and-a-half million customers lost power.', 'customers lost power'), 'Joan Riel');
  });
  it('near miss: a quantity with no clause after it is no quote', () => {
    assert.equal(speakerOf('Joan Riel said more than three-and-a-half hours.', 'hours'), undefined);
  });
});

describe('scout65a: a public body named by two services joined before its noun ("The city\'s water and waste department said")', () => {
  it('is one body, the phrase whole', () => {
    assert.equal(speakerOf('The town\'s water and sewer department said the main had been repaired.', 'main had been repaired'), 'town\'s water and sewer department');
    assert.equal(speakerOf('The parks and recreation department said the pool would reopen in June.', 'pool would reopen'), 'parks and recreation department');
  });
  it('near miss: a person and a department joined by "and" are not one body', () => {
    assert.notEqual(speakerOf('The mayor and fire department said the hydrants had been checked.', 'hydrants had been checked'), 'mayor and fire department');
  });
});

describe('scout65a: people in the plural with a passive participle\'s aside ("The shippers, represented by the Midwest Gas Consumers Group, argued")', () => {
  it('speak, and the quote is kept', () => {
    assert.equal(speakerOf('The ratepayers, represented by the Lakeshore Consumers Council, argued that the charge was unfair.', 'charge was unfair'), 'ratepayers');
    assert.equal(speakerOf('The linemen, backed by their union, said the overtime rules were unsafe.', 'overtime rules were unsafe'), 'linemen');
  });
  it('near miss: a body\'s name set off after the plural noun, no participle, is the speaker', () => {
    assert.equal(speakerOf('The tenants, the Harbourview Tenants Union, argued that the charge was unfair.', 'charge was unfair'), 'Harbourview Tenants Union');
  });
});

describe('scout65a: a trade\'s description after a body\'s officer quoted in sentences of their own ("SaskPower said … “…,” Pandya said. “…” ¶ The utility said")', () => {
  const body = (between: string) => `SaskPower said the Estevan plant would close early. "We studied every option," Maya Lindqvist said. ${between}\n\nThe utility said it would buy power from Manitoba.`;
  it('is the body that opened the story: the quotation going on is no new topic', () => {
    assert.equal(speakerOf(body('"Nothing else made sense."'), 'buy power from Manitoba'), 'SaskPower');
    assert.equal(speakerOf(body('"Nothing else made sense. We regret it."'), 'buy power from Manitoba'), 'SaskPower');
  });
  it('near miss: a sentence of the reporter\'s own between still counts', () => {
    assert.notEqual(speakerOf(body('Lindqvist joined the company in 2019.'), 'buy power from Manitoba'), 'SaskPower');
  });
});

describe('scout65a: a body\'s chapter by its place set off after the body\'s name ("The Consumers\' Association of Canada, Manitoba branch, which …, argued")', () => {
  it('is an aside: the body speaks, and the quote is kept', () => {
    assert.equal(speakerOf('The Canadian Federation of Independent Business, Alberta division, which represents small firms, said the rebate came too late.', 'rebate came too late'), 'Canadian Federation of Independent Business');
    assert.equal(speakerOf('The Retail Council of Canada, Quebec branch, said the power outage had cost stores millions.', 'cost stores millions'), 'Retail Council of Canada');
  });
  it('near miss: a chapter\'s officer after a person\'s name is that person\'s role', () => {
    assert.equal(speakerOf('Dana Kim, Manitoba branch manager, said the power outage had cost stores millions.', 'cost stores millions'), 'Dana Kim');
  });
});
