import { strict as assert } from 'node:assert';
import { quoteMarkdown } from '../../src/vscode/text';

describe('a quote in a hover card shows which words are the speaker’s own', () => {
  it('a direct quotation is shown in its marks, escaped', () => {
    assert.equal(quoteMarkdown('direct', 'We will *not* wait.'), '“We will \\*not\\* wait\\.”');
  });

  it('reported speech is labelled and its quoted fragment is bold', () => {
    assert.equal(quoteMarkdown('mixed', 'the plan was “reckless and cruel” and should go'), '*reported:* the plan was **“reckless and cruel”** and should go');
    assert.equal(quoteMarkdown('indirect', 'the budget would pass'), '*reported:* the budget would pass');
  });

  it('corpus text stays escaped inside the bold part, and a fragment glued to a word is left plain', () => {
    const out = quoteMarkdown('mixed', 'called it “[a scam](command:x)” today');
    assert.ok(out.includes('**“\\[a scam\\]\\(command\\:x\\)”**'), out);
    assert.ok(!/\]\(command/.test(out), out);
    assert.equal(quoteMarkdown('mixed', 'the “Bob”s of this world'), '*reported:* the “Bob”s of this world');
  });
});

describe('a quote\'s text keeps its quotations balanced, with straight marks too', () => {
  it('a mixed quote whose closing straight mark was cut with the quote\'s own gets it back, and it is bold in a card', () => {
    const { quoteText } = require('../../src/vscode/text') as typeof import('../../src/vscode/text');
    const text = quoteText({ text: 'the offending was "sophisticated, sustained and motivated by greed."', pieces: undefined });
    assert.equal(text, 'the offending was "sophisticated, sustained and motivated by greed."');
    assert.equal(quoteMarkdown('mixed', text), '*reported:* the offending was **"sophisticated, sustained and motivated by greed\\."**');
  });

  it('a straight mark opening late in the quote is closed at its end, and one closing early opened at its start', () => {
    const { quoteText } = require('../../src/vscode/text') as typeof import('../../src/vscode/text');
    // (fresh user 34: 'He insisted the Government's offer was "fair and affordable".' showed '"the Government's offer was "fair and affordable')
    assert.equal(quoteText({ text: 'the Government\'s offer was "fair and affordable"', pieces: undefined }), 'the Government\'s offer was "fair and affordable"');
    assert.equal(quoteText({ text: 'fair and affordable" to every nurse in the country', pieces: undefined }), '"fair and affordable" to every nurse in the country');
  });

  it('a quotation inside the quote keeps the single mark that closes it, and apostrophes count for none', () => {
    const { quoteText } = require('../../src/vscode/text') as typeof import('../../src/vscode/text');
    // (fresh user 41: a card showed “I said, 'Funmi, it's minus 40 here. Nobody wants fried dough.”)
    assert.equal(quoteText({ text: "I said, 'Funmi, it's minus 40 here. Nobody wants fried dough.'", pieces: undefined }), "I said, 'Funmi, it's minus 40 here. Nobody wants fried dough.'");
    assert.equal(quoteText({ text: 'She told me, ‘Don’t wait up.’', pieces: undefined }), 'She told me, ‘Don’t wait up.’');
    // no quotation inside: nothing added, whatever the apostrophes
    assert.equal(quoteText({ text: "the teachers' union says it's fine", pieces: undefined }), "the teachers' union says it's fine");
  });
});

describe('adjacent quoted fragments in reported speech', () => {
  it('leave no "****" between them', () => {
    const out = quoteMarkdown('indirect', 'he said “a”“b” were fine');
    assert.ok(!out.includes('****'), out);
  });
});
