/**
 * Kinds of wrong attribution the breaker found in session 62's new rules, each with a near miss.
 */
import { strict as assert } from 'node:assert';
import { assertLinear, inArticle, speakerHolding, speakerInArticle } from './helpers';
import { tokenize } from '../../src/extractor/tokenizer';

describe('breaker62: a capitalised word opening "X and local officials said" is a surname as often as a level of government', () => {
  it('keeps a surname out of the officials\' group ("Walker and local officials", "Ford and federal officials")', () => {
    assert.equal(speakerInArticle('Mayor Jim Walker toured the site on Monday. Walker and local officials said the bridge was unsafe.', 'bridge was unsafe'), 'local officials');
    assert.equal(speakerInArticle('Premier Doug Ford spoke briefly. Ford and federal officials said a deal was close.', 'deal was close'), 'federal officials');
    assert.equal(speakerInArticle('White and local officials said the plan was sound.', 'plan was sound'), 'local officials');
  });
  it('near miss: a level of government or another modifier the lexicons know, capitalised at the sentence\'s start, joins the group', () => {
    assert.equal(speakerInArticle('Local and state officials said the roads would reopen Tuesday.', 'roads would reopen'), 'Local and state officials');
    assert.equal(speakerInArticle('Provincial and federal officials said the deal was done.', 'deal was done'), 'Provincial and federal officials');
    assert.equal(speakerInArticle('Senior and junior officials said morale was low.', 'morale was low'), 'Senior and junior officials');
  });
});

describe('breaker62: "the paper" after a study or research is the study\'s paper, no newspaper made up', () => {
  it('makes no newspaper "paper" of a study\'s paper', () => {
    const body = 'A study by researchers at the University of Toronto was published Monday. The paper, which followed 2,000 patients, said rates had doubled.';
    const a = inArticle(body);
    assert.ok(!a.actors.some((x) => x.name.toLowerCase() === 'paper'), a.actors.map((x) => x.name).join(', '));
  });
  it('near miss: "the paper" alone with no research before is a newspaper', () => {
    assert.equal(speakerInArticle('The WHO issued a statement on Monday. The paper said, quoting the mayor: “We will rebuild.”', 'We will rebuild'), 'paper');
  });
});

describe('breaker62: "WHO" in a subhead in capitals is the pronoun, whatever the paragraph above holds', () => {
  it('reads no lower-case letter on the line before as the acronym\'s context', () => {
    const text = 'The rent cap starts next year.\n\nWHO IS ELIGIBLE';
    assert.equal(tokenize(text, 32, text.length)[0].lower, 'who');
  });
  it('near miss: lower-case words on the acronym\'s own line make it the body', () => {
    const text = 'WHO IS ELIGIBLE\n\nThe WHO said cases rose.';
    assert.equal(tokenize(text, 17, text.length)[1].lower, 'WHO');
  });
});

describe('breaker62: an appositive inside the content, its main verb going on after it, sums up nothing', () => {
  it('keeps "the stadium, a project that critics said was too costly, would open in May" whole for its cue', () => {
    assert.equal(speakerHolding('Premier Ann Lee said the bill, a measure that opponents say is unconstitutional, would pass this week.', 'would pass this week'), 'Ann Lee');
    assert.equal(speakerHolding('Mayor Tom Hale said the stadium, a project that critics said was too costly, would open in May.', 'would open in May'), 'Tom Hale');
  });
  it('near miss: an appositive that ends the content, its own clause listing with commas, still speaks for its subject', () => {
    assert.equal(speakerHolding('The nominee vowed to count every ballot by hand, a plan that county clerks say would take weeks, cost millions and delay results.', 'would take weeks'), 'county clerks');
  });
});

describe('breaker62: an English word in -ier after a French body\'s name ("… du Québec earlier said") is no adjective of the name', () => {
  it('ends the name before "earlier" or "premier" after a place or a noun', () => {
    assert.equal(speakerInArticle('The Fédération des chambres de commerce du Québec earlier said the tax was a mistake.', 'tax was a mistake'), 'Fédération des chambres de commerce du Québec');
    const a = inArticle('The Commission de la construction du Québec premier inspector, Luc Roy, said sites were unsafe.');
    assert.ok(a.actors.some((x) => x.name === 'Commission de la construction du Québec'), a.actors.map((x) => x.name).join(', '));
  });
  it('near miss: an adjective in -ier agreeing with the name\'s noun before it stays the name\'s', () => {
    assert.equal(speakerInArticle('The Association des services immobiliers said prices had risen.', 'prices had risen'), 'Association des services immobiliers');
    assert.equal(speakerInArticle('“Be careful,” the Autorité des marchés financiers said.', 'Be careful'), 'Autorité des marchés financiers');
  });
});

describe('breaker62: Quebec\'s health and school bodies by their letters and a place ("CSS de Laval") are bodies, never persons', () => {
  const kindOf = (body: string, name: string) => inArticle(body).actors.find((a) => a.name === name)?.kind;
  it('types the body an organization whatever "de" looks like', () => {
    assert.equal(kindOf('The CSS de Laval said classes would resume.', 'CSS de Laval'), 'organization');
    assert.equal(kindOf('The CISSS de la Montérégie-Centre said beds were short.', 'CISSS de la Montérégie-Centre'), 'organization');
  });
  it('near miss: a person whose surname has a particle stays a person', () => {
    assert.equal(kindOf('Marie de Laval said classes would resume.', 'Marie de Laval'), 'person');
  });
});

describe('breaker62: an article cut off after "say" and one word ("Landlords say rents") reads without throwing', () => {
  it('reads the text to its end', () => {
    assert.doesNotThrow(() => inArticle('The province passed a bill to cap rents. Landlords say rents'));
    assert.doesNotThrow(() => inArticle('The province passed a bill to cap rents, a plan that landlords say woul'));
  });
  it('near miss: a finite verb after the bare noun still makes "say" the verb', () => {
    assert.equal(speakerHolding('Residents across the city say rents are high.', 'are high'), 'Residents across the city');
  });
});

describe('breaker62: appositives that report others, many in one sentence, take time linear in it', () => {
  it('reads each appositive once', () => {
    assertLinear((n) => `Headline\n\nMayor Tom Hale said the stadium${', a project that critics said was too costly, would open'.repeat(n)} in May.`, 400);
  });
});

describe('breaker62: of two bodies joined by "and", the one whose name holds the description\'s noun is the description\'s', () => {
  it('gives "the agency" to the Public Health Agency of Canada beside Health Canada', () => {
    assert.equal(speakerInArticle('Health Canada and the Public Health Agency of Canada issued a joint warning on Monday. The agency said 12 people were sick.', '12 people were sick'), 'Public Health Agency of Canada');
  });
  it('near miss: two bodies joined by "and" whose names hold the noun, or neither, leave the description no one\'s', () => {
    const ferries = speakerInArticle('Marine Atlantic and BC Ferries both run ships. The company said fares would rise.', 'fares would rise');
    assert.ok(ferries !== 'Marine Atlantic' && ferries !== 'BC Ferries', String(ferries));
    const agencies = speakerInArticle('The Canada Border Services Agency and the Canadian Space Agency signed a deal. The agency said the deal was a first.', 'deal was a first');
    assert.ok(agencies !== 'Canada Border Services Agency' && agencies !== 'Canadian Space Agency', String(agencies));
  });
});
