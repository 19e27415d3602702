import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { isAcronym } from '../../src/extractor/names';
import { tokenize } from '../../src/extractor/tokenizer';
import { actorNames } from './helpers';

const find = (text: string, name: string) => analyze(text).actors.find((a) => a.name === name);

describe('names: what a capitalised run names', () => {
  it('a title before a name gives the person and the role', () => {
    const a = analyze('Canadian Foreign Minister Mélanie Joly arrived in Rome on Sunday.');
    const joly = a.actors.find((x) => x.name === 'Mélanie Joly');
    assert.equal(joly?.kind, 'person');
    assert.deepEqual(joly!.roles, ['Canadian Foreign Minister']);
    assert.ok(actorNames(a, 'place').includes('Rome'));
  });

  it('a party label before a name is a role, not part of the name', () => {
    const a = analyze('Republican Dana Whitfield and Democrat Omar Pell met voters.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Dana Whitfield', 'Omar Pell']);
    assert.ok(a.actors.find((x) => x.name === 'Omar Pell')!.roles.includes('Democrat'));
  });

  it('roles keep the organisation or country before the title, not a headline before it', () => {
    const a = analyze('Crowds Greet Visiting NATO Secretary-General Jens Stoltenberg.\nNATO Secretary-General Jens Stoltenberg spoke in Oslo.');
    const roles = a.actors.find((x) => x.name === 'Jens Stoltenberg')!.roles;
    assert.ok(roles.includes('NATO Secretary-General'), roles.join('; '));
    assert.ok(!roles.some((r) => /Crowds|Greet|Visiting/.test(r)), roles.join('; '));
  });

  it('no role that ends in another person’s name, holds a clause, or is a courtesy title alone', () => {
    const a = analyze('Mayor Lin Ortega, President Sam Kerr, spoke. Mr. Ortega left. Lin Ortega, the councillor who has been waiting, spoke again.');
    const roles = a.actors.find((x) => x.name === 'Lin Ortega')!.roles;
    assert.ok(roles.includes('Mayor'), roles.join('; '));
    assert.ok(!roles.some((r) => /Kerr|Mr\.|has been/.test(r)), roles.join('; '));
  });

  it('“Prime Minister of X NAME” separates the country from the name', () => {
    const a = analyze('Prime Minister of Canada Justin Trudeau spoke.');
    assert.ok(actorNames(a, 'person').includes('Justin Trudeau'));
    assert.ok(actorNames(a, 'country').includes('Canada'));
  });

  it('organisations by their head words, with "of", "for" and "and" inside', () => {
    const a = analyze('Analysts at the Bank of England and the Institute for Security and Development Policy disagreed.');
    const orgs = actorNames(a, 'organization');
    assert.ok(orgs.includes('Bank of England'), orgs.join(', '));
    assert.ok(orgs.includes('Institute for Security and Development Policy'), orgs.join(', '));
  });

  it('two countries joined by "and" stay two actors', () => {
    const a = analyze('Leaders of Chile and New Zealand signed the accord.');
    assert.deepEqual(actorNames(a, 'country').sort(), ['Chile', 'New Zealand']);
  });

  it('an acronym defined in parentheses is an alias of its organisation', () => {
    const a = analyze('The International Energy Agency (IEA) cut its forecast. The IEA said demand would fall.');
    const iea = find('The International Energy Agency (IEA) cut its forecast. The IEA said demand would fall.', 'International Energy Agency');
    assert.ok(iea?.aliases.includes('IEA'));
    assert.equal(a.quotes[0].speaker, a.actors.find((x) => x.name === 'International Energy Agency'));
  });

  it('"Washington, D.C." is one place', () => {
    assert.ok(actorNames(analyze('The march ended in Washington, D.C. on Saturday.'), 'place').includes('Washington, D.C.'));
  });

  it('a lone surname that is also a city is the person when the article names them', () => {
    const a = analyze('Defense Secretary Lloyd Austin flew in. Austin replied that the plan stood.');
    assert.equal(a.quotes[0].speaker?.name, 'Lloyd Austin');
  });

  it('given name and family name in either order are one person', () => {
    const a = analyze('Prime Minister Kishida Fumio met reporters. Fumio Kishida said little.');
    assert.equal(actorNames(a, 'person').length, 1);
  });

  it('sentence-initial common words, months and weekdays name nothing', () => {
    const a = analyze('However, Tuesday was quiet. In March the Senate voted.');
    assert.deepEqual(actorNames(a).sort(), ['Senate']);
  });

  it('headings and noise lines add no new actors', () => {
    const a = analyze('Zorgon Quix Says Markets Will Fall\n\nCLICK HERE TO SUBSCRIBE TO ZORGON NEWS\n\nThe markets were calm on Monday.');
    assert.equal(a.actors.length, 0);
  });
});

describe('names: particles', () => {
  it('keeps lower-case particles inside personal names', () => {
    assert.ok(actorNames(analyze('Ursula von der Leyen said the deal was done.'), 'person').includes('Ursula von der Leyen'));
    assert.ok(actorNames(analyze('Commission President Ursula von der Leyen spoke.'), 'person').includes('Ursula von der Leyen'));
  });
});

describe('names: groups and headline acronyms', () => {
  it('a capitalised modifier before a group noun names a group', () => {
    const a = analyze('Senate Republicans met. The Baltic allies and EU officials disagreed on Monday.');
    assert.ok(actorNames(a, 'group').includes('EU officials'), actorNames(a, 'group').join(', '));
    assert.ok(actorNames(a, 'group').includes('Baltic allies'));
  });

  it('an acronym in a headline is an organisation; a title in capitals is not', () => {
    const a = analyze('WHO Warns CEO Panel on Vaccines\n\nThe panel met in Geneva on Monday.');
    assert.ok(actorNames(a, 'organization').includes('WHO'));
    assert.ok(!actorNames(a).includes('CEO'));
  });
});

describe('names: acronyms', () => {
  const acronym = (word: string): boolean => isAcronym(tokenize(word, 0, word.length)[0]);

  it('are two to eight capitals, digits or ampersands after a capital, with two capitals or a capital before a digit', () => {
    for (const w of ['NATO', 'G7', 'AT&T', 'B2B', 'A1', 'OPEC’s', 'ABCDEFGH']) assert.ok(acronym(w), w);
    for (const w of ['Nato', 'N', '7G', 'X&', 'ABCDEFGHI', 'NaTO', 'G7x']) assert.ok(!acronym(w), w);
  });

  it('leave out common nouns in capitals', () => {
    assert.ok(!acronym('TV'));
    assert.ok(!acronym('CEO'));
  });
});
