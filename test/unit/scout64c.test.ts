/**
 * Kinds of wrong or lost attribution scout64c fixed in session 64 (international diplomacy and
 * trade), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout64c: a titled name with a surname\'s lower-case particles before the cue ("…," Trade Minister Ana de la Vega said)', () => {
  it('keeps the quote, and the title with the name', () => {
    assert.equal(speakerOf('"The tariffs will go," Trade Minister Luisa Ortega de la Peña said.', 'tariffs will go'), 'Luisa Ortega de la Peña');
    assert.equal(speakerOf('"We are ready to talk," Ambassador Pieter van der Waal told reporters.', 'ready to talk'), 'Pieter van der Waal');
  });
  it('near miss: a place\'s particle in a group\'s phrase stays the group\'s', () => {
    assert.equal(speakerOf('Diplomats in Rio de Janeiro said the talks had stalled.', 'talks had stalled'), 'Diplomats in Rio de Janeiro');
  });
});

describe('scout64c: a country\'s role in a lede, named in the next paragraph ("Ukraine\'s ambassador to Canada urged … ¶ … Ambassador NAME said")', () => {
  it('is the holder the next paragraph names by the role', () => {
    const body = 'Brazil\'s trade minister warned Monday that the quota deal was in danger.\n\n"We cannot sign this text," Trade Minister Rafael Nogueira told reporters in Brasilia.';
    assert.equal(speakerOf(body, 'quota deal was in danger'), 'Rafael Nogueira');
  });
  it('near miss: a holder of another role in the next paragraph is someone else', () => {
    const body = 'Brazil\'s trade minister warned Monday that the quota deal was in danger.\n\n"We cannot sign this text," Senator Rafael Nogueira told reporters in Brasilia.';
    assert.notEqual(speakerOf(body, 'quota deal was in danger'), 'Rafael Nogueira');
  });
});

describe('scout64c: bodies in the plural after a capitalised modifier and a lower-case one ("Canadian environmental groups said")', () => {
  it('are the group, not a lost quote', () => {
    assert.equal(speakerOf('Mexican business groups said the review would chill investment.', 'chill investment'), 'Mexican business groups');
    assert.equal(speakerOf('Local trade associations said the border delays were costing them sales.', 'costing them sales'), 'Local trade associations');
  });
  it('near miss: the object of a verb before them is no part of the subject', () => {
    assert.equal(speakerOf('The envoy met business groups and said the talks would resume.', 'talks would resume'), 'envoy');
  });
});

describe('scout64c: trades of heavy industry in the plural as a group ("Steelworkers in Hamilton said")', () => {
  it('are the group, placed', () => {
    assert.equal(speakerOf('Autoworkers in Oshawa, Ont., said they expected the plant to close.', 'expected the plant to close'), 'Autoworkers in Oshawa');
  });
  it('near miss: the union named for them stays the union', () => {
    assert.equal(speakerOf('The United Steelworkers said it expected the mill to close.', 'expected the mill to close'), 'United Steelworkers');
  });
});

describe('scout64c: a trade association named by two fields joined before "Industry" ("the Computer and Communications Industry Association")', () => {
  it('is one body', () => {
    assert.equal(speakerOf('The Software and Communications Industry Association said the levy was discriminatory.', 'levy was discriminatory'), 'Software and Communications Industry Association');
  });
  it('near miss: a company\'s name joined without "the" stays a body of its own', () => {
    assert.equal(speakerOf('The ministry met Bell and Communications Industry Association officials, who said the levy was discriminatory.', 'levy was discriminatory'), 'Communications Industry Association officials');
  });
});
