import { strict as assert } from 'node:assert';
import { genderOfFirstName, genderOfPronoun, genderOfRole, genderOfTitle } from '../../src/extractor/gender';
import { isGroupHead, peopleNoun, pluralOf } from '../../src/extractor/lexicon/people';
import { descriptionKinds, orgKindsOfName } from '../../src/extractor/lexicon/organisations';

describe('gender: titles, role words, pronouns and first names', () => {
  it('first names from the bundled table, case and a period ignored', () => {
    assert.equal(genderOfFirstName('Astrid'), 'female');
    assert.equal(genderOfFirstName('TOBIAS'), 'male');
    assert.equal(genderOfFirstName('Ingrid'), 'female');
    assert.equal(genderOfFirstName('Xzqvw'), null);
    assert.equal(genderOfFirstName('J.'), null);
    assert.equal(genderOfFirstName(''), null);
  });

  it('first names searched in the sorted table: its ends, and names that begin other names', () => {
    // the first and last names in sorted order, and prefixes of one another ("jo" < "joe" < "john" < "johnn")
    assert.equal(genderOfFirstName('Aabriella'), 'female');
    assert.equal(genderOfFirstName('Zyshawn'), 'male');
    assert.equal(genderOfFirstName('Jo'), 'female');
    assert.equal(genderOfFirstName('Joe'), 'male');
    assert.equal(genderOfFirstName('Johnn'), 'male');
    assert.equal(genderOfFirstName('Ann'), 'female');
    assert.equal(genderOfFirstName('Annab'), null);
    assert.equal(genderOfFirstName('Aaa'), null);
    assert.equal(genderOfFirstName('Zzzz'), null);
  });

  it('courtesy titles and gendered role words', () => {
    assert.equal(genderOfTitle('Mr.'), 'male');
    assert.equal(genderOfTitle('Ms'), 'female');
    assert.equal(genderOfTitle('Dame'), 'female');
    assert.equal(genderOfTitle('chairwoman'), 'female');
    assert.equal(genderOfTitle('Assemblyman'), 'male');
    assert.equal(genderOfTitle('congresswomen'), 'female');
    for (const neutral of ['Senator', 'spokesperson', 'human', 'German', 'Dr.', 'official']) assert.equal(genderOfTitle(neutral), null, neutral);
  });

  it('a role phrase states a gender through any of its words', () => {
    assert.equal(genderOfRole('a spokeswoman for the port authority'), 'female');
    assert.equal(genderOfRole('Harbourview Councilman'), 'male');
    assert.equal(genderOfRole('chief financial officer'), null);
  });

  it('pronouns', () => {
    assert.equal(genderOfPronoun('She'), 'female');
    assert.equal(genderOfPronoun('himself'), 'male');
    assert.equal(genderOfPronoun('they'), null);
    assert.equal(genderOfPronoun('it'), null);
  });
});

describe('lexicon: nouns for people', () => {
  it('plurals by the English rules', () => {
    assert.equal(pluralOf('nurse'), 'nurses');
    assert.equal(pluralOf('fisherman'), 'fishermen');
    assert.equal(pluralOf('deputy'), 'deputies');
    assert.equal(pluralOf('coach'), 'coaches');
    assert.equal(pluralOf('person'), 'people');
    assert.equal(pluralOf('midwife'), 'midwives');
  });

  it('number of a people noun', () => {
    assert.equal(peopleNoun('banker'), 'singular');
    assert.equal(peopleNoun('fishermen'), 'plural');
    assert.equal(peopleNoun('paramedics'), 'plural');
    assert.equal(peopleNoun('staff'), 'collective');
    assert.equal(peopleNoun('authorities'), 'collective');
    for (const w of ['clinic', 'talks', 'quota', 'noise', 'bridge']) assert.equal(peopleNoun(w), null, w);
  });

  it('group heads are plural or collective', () => {
    for (const w of ['officials', 'residents', 'nurses', 'fishermen', 'staff', 'advocates', 'experts', 'authorities', 'dockworkers', 'police']) assert.ok(isGroupHead(w), w);
    for (const w of ['official', 'nurse', 'clinic', 'river']) assert.ok(!isGroupHead(w), w);
  });

  it('bodies of people that come in several are plural heads: "crews", "juries", "congregations"', () => {
    for (const w of ['crews', 'juries', 'congregations', 'crowds', 'audiences', 'communities']) assert.equal(peopleNoun(w), 'plural', w);
    assert.equal(peopleNoun('crew'), 'collective');
  });
});

describe('lexicon: kinds of organisation', () => {
  it('from the head words of a name', () => {
    assert.ok(orgKindsOfName('Saltmarsh Provisions Inc.').includes('company'));
    assert.ok(orgKindsOfName('Larkfield Energy').includes('company'));
    assert.ok(orgKindsOfName('Ministry of Fisheries').includes('ministry'));
    assert.ok(orgKindsOfName('Department of Transport').includes('department'));
    assert.ok(orgKindsOfName('City of Pellham').includes('city'));
    assert.ok(orgKindsOfName('Pellham City Council').includes('city'));
    assert.ok(orgKindsOfName('Pellham City Council').includes('council'));
    assert.ok(!orgKindsOfName('Ohio State University').includes('state'));
    assert.ok(orgKindsOfName('Ohio State University').includes('university'));
    assert.deepEqual(orgKindsOfName('Quorvex'), []);
  });

  it('descriptions and the kinds they fit', () => {
    assert.ok(descriptionKinds('company')!.includes('company'));
    assert.ok(descriptionKinds('firm')!.includes('company'));
    assert.ok(descriptionKinds('Ministry')!.includes('ministry'));
    assert.ok(descriptionKinds('department')!.includes('department'));
    assert.ok(descriptionKinds('city')!.includes('city'));
    assert.ok(!descriptionKinds('company')!.includes('ministry'));
    assert.equal(descriptionKinds('official'), undefined);
    assert.equal(descriptionKinds('report'), undefined);
  });
});
