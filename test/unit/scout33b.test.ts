import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames } from './helpers';

/** Session 33's unseen names (scout33b): bodies named bare, French names, company forms, unnamed sources. */
const article = (body: string) => analyze(`Headline\n\n${body}`);
const kindOf = (body: string, name: string): string | undefined => article(body).actors.find((a) => a.name === name)?.kind;

describe('scout33b: a body named by one bare word, which its article shows to be a body', () => {
  it('"X said it would …", "X said in a statement it was pleased" make X a body', () => {
    assert.equal(kindOf('Qantas said it was contacting passengers.', 'Qantas'), 'organization');
    assert.equal(kindOf('Workers voted on Sunday. Hitachi said in a statement it was pleased production would resume.', 'Hitachi'), 'organization');
    assert.equal(kindOf('Lothian Buses said it welcomed the plan.', 'Lothian Buses'), 'organization');
  });

  it('a body\'s noun after the word, or "Its" opening the next sentence', () => {
    assert.equal(kindOf('Eskom warned on Monday that blackouts could return. Eskom spokesperson Daphne Mokwena said the utility was busy.', 'Eskom'), 'organization');
    assert.equal(kindOf('Cosatu said on Tuesday workers would march.\n\nIts general secretary, Solly Phetoe, said workers were tired.', 'Cosatu'), 'organization');
    assert.equal(kindOf('Keidanren, the business lobby, urged calm.', 'Keidanren'), 'organization');
  });

  it('a person stays one: "it would be", a personal pronoun, a given name, a surname of a named person', () => {
    assert.equal(kindOf('Rodri said it would be a long season.', 'Rodri'), 'person');
    assert.equal(kindOf('Rodri said it would take time before he played again.', 'Rodri'), 'person');
    const a = article('Coach Koji Sato spoke on Monday. Sato said it would cut the roster.');
    assert.deepEqual(actorNames(a, 'person'), ['Koji Sato']);
    assert.equal(kindOf('Maria said it would help.', 'Maria'), 'person');
    assert.equal(kindOf('The blog ran a story. Pat Lorimer said it was early.', 'Pat Lorimer'), 'person');
  });
});

describe('scout33b: names in French and company forms of Europe', () => {
  it('"Québec solidaire", "La France insoumise", possessive too, are bodies whole', () => {
    assert.equal(kindOf('Québec solidaire called on Tuesday for a review.', 'Québec solidaire'), 'organization');
    assert.equal(kindOf('Jean-Luc Mélenchon, the leader of La France insoumise, called for a vote.', 'La France insoumise'), 'organization');
    assert.equal(kindOf("Québec solidaire's Ruba Ghazal called the plan a distraction.", 'Québec solidaire'), 'organization');
  });

  it('"Santé Québec", "Revenu Québec": a field then the province with its accent is a body', () => {
    assert.equal(kindOf('Santé Québec did not respond to a request for comment.', 'Santé Québec'), 'organization');
    assert.equal(kindOf('Revenu Québec said taxes were due.', 'Revenu Québec'), 'organization');
  });

  it('"Volkswagen AG", "Stellantis NV": a legal form ends the company\'s name', () => {
    const a = article('Volkswagen AG said it would cut shifts.');
    assert.deepEqual(actorNames(a, 'organization'), ['Volkswagen AG']);
    assert.equal(kindOf('Stellantis NV said it would keep its targets.', 'Stellantis NV'), 'organization');
  });
});

describe('scout33b: a union local\'s number, a city\'s club, kin before given names', () => {
  it('"Amalgamated Transit Union Local 508" keeps its number; "Local 508" alone is left as it was', () => {
    const a = article('Members of Amalgamated Transit Union Local 508 voted on Sunday. Unifor Local 444 said it would strike.');
    assert.ok(actorNames(a, 'organization').includes('Amalgamated Transit Union Local 508'), actorNames(a).join(', '));
    assert.ok(actorNames(a, 'organization').includes('Unifor Local 444'), actorNames(a).join(', '));
    assert.ok(!actorNames(a).includes('Amalgamated Transit Union Local'), actorNames(a).join(', '));
  });

  it('"Manchester City said … midfielder" is the club; "Coventry City said the bins …", "Mexico City" stay places', () => {
    assert.equal(kindOf('Manchester City said on Monday that its midfielder was hurt.', 'Manchester City'), 'organization');
    assert.equal(kindOf('Coventry City said the bins would be collected on Friday.', 'Coventry City'), 'place');
    assert.equal(kindOf('Officials in Mexico City said the roads were open.', 'Mexico City'), 'place');
  });

  it('"Brothers Luc and André LeBlanc", "Sisters Anne and Marie Roy": two persons sharing a surname, no body', () => {
    const a = article('Brothers Luc and André LeBlanc ran the bakery for 30 years.');
    assert.deepEqual(actorNames(a).sort(), ['André LeBlanc', 'Luc LeBlanc']);
    // (who speak together are a group of their own, session 38: the persons stay two)
    assert.deepEqual(actorNames(article('Sisters Anne and Marie Roy said no.'), 'person').sort(), ['Anne Roy', 'Marie Roy']);
    // kin after a name ("Lehman Brothers") is no description: a bank
    assert.equal(kindOf('Lehman Brothers said it would fail.', 'Lehman Brothers'), 'organization');
  });
});
