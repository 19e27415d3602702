/**
 * Kinds of wrong or lost attribution scout62b fixed in session 62 (banking, finance and financial
 * regulation news), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

/** The names of the actors of article `body`. */
const namesIn = (body: string): string[] => inArticle(body).actors.map((a) => a.name);

describe('scout62b: a French body whose name ends in an adjective in -ier after its noun ("Autorité des marchés financiers")', () => {
  it('is one body, and the quote it closes is its', () => {
    const amf = 'A Gatineau broker was suspended for six months for forging client signatures, the Autorité des marchés financiers said Tuesday.';
    assert.equal(speakerOf(amf, 'suspended for six months'), 'Autorité des marchés financiers');
    assert.ok(!namesIn(amf).includes('Autorité des marchés'));
    const plural = 'Fees will rise in the spring, the Association des courtiers immobiliers said.';
    assert.equal(speakerOf(plural, 'Fees will rise'), 'Association des courtiers immobiliers');
  });
  it('near miss: an English noun in -ier right after a capitalised head is no French name', () => {
    const cashier = 'The Union cashier said the vault was empty when the shift began.';
    assert.ok(!namesIn(cashier).includes('Union cashier'));
  });
});

describe('scout62b: a verb\'s base form that names a body\'s kind ("the credit union said")', () => {
  it('is part of the description, before the cue and after it, and before a possessive role', () => {
    const before = 'Pinegrove Credit Union opened a branch in Tatamagouche on Friday.\n\nThe credit union said it would hire three tellers.';
    assert.equal(speakerOf(before, 'hire three tellers'), 'Pinegrove Credit Union');
    const closing = 'Pinegrove Credit Union opened a branch in Tatamagouche on Friday, the credit union said.';
    assert.equal(speakerOf(closing, 'opened a branch'), 'Pinegrove Credit Union');
    const after = 'Pinegrove Credit Union opened a branch on Friday.\n\n“We waited ten years for this,” said the credit union on Saturday.';
    assert.equal(speakerOf(after, 'waited ten years'), 'Pinegrove Credit Union');
    const role = 'The couple banked at Pinegrove Credit Union.\n\n“We let this family down,” said the credit union’s chief risk officer, Odile Marchetti.';
    assert.equal(speakerOf(role, 'let this family down'), 'Odile Marchetti');
  });
  it('near miss: the same word as a verb before its object is no body', () => {
    const verb = 'Pinegrove Credit Union opened a branch on Friday.\n\nMerchants credit the union with saving Main Street, the mayor said.';
    assert.equal(speakerOf(verb, 'saving Main Street'), 'mayor');
  });
});

describe('scout62b: a common word opening a sentence before a plural noun of people or bodies ("Consumer groups said")', () => {
  it('names those people or bodies, not a body whose name opens with the word', () => {
    const groups = 'The Consumer Financial Protection Bureau capped late fees last year.\n\nConsumer groups said the cap should reach smaller lenders too.';
    assert.equal(speakerOf(groups, 'reach smaller lenders'), 'Consumer groups');
    const analysts = 'The Industry Training Authority cut its budget.\n\nIndustry analysts said the cuts would slow hiring.';
    assert.equal(speakerOf(analysts, 'slow hiring'), 'Industry analysts');
  });
  it('near miss: the word alone, or before no plural noun, is still the body', () => {
    const alone = 'Lakeshore Credit Union opened a branch on Monday.\n\nLakeshore said it would hire two tellers.';
    assert.equal(speakerOf(alone, 'hire two tellers'), 'Lakeshore Credit Union');
  });
});
