/**
 * Kinds of wrong, cut or missed attribution scout 58a found in education news (school boards,
 * unions, universities), each in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

const names = (body: string): string[] => inArticle(body).actors.map((a) => a.name);

describe('scout58a: an advocacy group named by its people and their cause ("Parents for French")', () => {
  it('is one body, whatever words of place open it', () => {
    assert.equal(speakerOf('Canadian Parents for French said the change would shrink immersion classes.', 'shrink immersion'), 'Canadian Parents for French');
    assert.equal(speakerOf('The Harbour Valley Parents for Accountability said in a statement that it would appeal the ruling.', 'appeal the ruling'), 'Harbour Valley Parents for Accountability');
    assert.equal(speakerOf('Taxpayers for Common Sense said the contract was never tendered.', 'never tendered'), 'Taxpayers for Common Sense');
  });
  it('near miss: someone\'s agents, and a day after "for", stay apart', () => {
    const lawyers = inArticle('Lawyers for Meta said the case should be dismissed.').actors;
    assert.ok(!lawyers.some((a) => a.kind === 'organization' && /Lawyers for/.test(a.name)), JSON.stringify(lawyers.map((a) => [a.name, a.kind])));
    assert.ok(lawyers.some((a) => a.name === 'Meta'));
    const thanked = names('The union thanked Teachers for Tuesday walkouts, Ann Lee said.');
    assert.ok(!thanked.some((n) => /for Tuesday/.test(n)), JSON.stringify(thanked));
  });
});

describe('scout58a: a university regent by title ("Regent Thomas Beckett said")', () => {
  it('is the person, the title left off the name', () => {
    assert.equal(speakerOf('Regent Dana Whitmore, who chairs the finance committee, said fees would rise.', 'fees would rise'), 'Dana Whitmore');
    assert.equal(speakerOf('“We will vote in May,” said Regent Carl Oduya.', 'vote in May'), 'Carl Oduya');
  });
  it('near miss: a street or a body named Regent keeps its name', () => {
    assert.equal(speakerOf('Regent University said it would review the policy.', 'review the policy'), 'Regent University');
    assert.ok(names('Students marched down Regent Street on Monday, Ann Lee said.').includes('Regent Street'));
  });
});

describe('scout58a: a lower-case office and its field before the name after the cue ("said superintendent of planning NAME")', () => {
  it('is the holder, the quotation kept', () => {
    assert.equal(speakerOf('“Budgets are choices,” said superintendent of finance Maria Ostrowski. “We made ours.”', 'Budgets are choices'), 'Maria Ostrowski');
    assert.equal(speakerOf('“Turnout was high,” said supervisor of elections Omar Bediako.', 'Turnout was high'), 'Omar Bediako');
    assert.equal(speakerOf('“The plan is a draft,” said director of planning Lucy Tran.', 'plan is a draft'), 'Lucy Tran');
  });
  it('near miss: a relative before a victim is the relative, no one named', () => {
    assert.notEqual(speakerOf('“He was kind,” said the mother of victim Ann Lee.', 'He was kind'), 'Ann Lee');
  });
});

describe('scout58a: a publication\'s hyphenated office before the name ("said Courier editor-in-chief NAME")', () => {
  it('is the person named', () => {
    assert.equal(speakerOf('“We stand by the story,” said Gazette editor-in-chief Priya Nair, a senior history major.', 'stand by the story'), 'Priya Nair');
    assert.equal(speakerOf('“We stand by the story,” said editor-in-chief Priya Nair.', 'stand by the story'), 'Priya Nair');
  });
  it('near miss: a plain office before the name is unchanged', () => {
    assert.equal(speakerOf('“We stand by the story,” said Gazette editor Priya Nair.', 'stand by the story'), 'Priya Nair');
  });
});
