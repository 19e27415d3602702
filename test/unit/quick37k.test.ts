import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames, speakerOf } from './helpers';

/** Session 37's new-user names (quick37k): constituencies, nicknames, companies' and courts' short names, clubs, competitions. */
const article = (body: string) => analyze(`Headline\n\n${body}`);
const kindOf = (body: string, name: string): string | undefined => article(body).actors.find((a) => a.name === name)?.kind;

describe('quick37k: a town and a compass point', () => {
  it('"the Kakamega North by-election", "voters in Lagos Central" are places, and the town is no alias of a person', () => {
    const body = 'The ruling party lost the Kakamega North by-election on Thursday, the commission said. Kakamega North has been held by the opposition since 2013. Traders in Kakamega said turnout was low.';
    const a = article(body);
    assert.ok(!actorNames(a, 'person').some((n) => n.startsWith('Kakamega')));
    assert.equal(kindOf(body, 'Kakamega North'), 'place');
    assert.equal(kindOf('Turnout was high among voters in Ikorodu Central on Saturday.', 'Ikorodu Central'), 'place');
  });

  it('a given name before the compass point stays a person ("Adam West said")', () => {
    assert.equal(kindOf('Adam West said the show was a joy to make.', 'Adam West'), 'person');
  });
});

describe('quick37k: "known as" a one-word nickname', () => {
  it('"Mohamed Hamdan Dagalo, known as Hemedti, …" then "Hemedti said": one person with the alias "Hemedti"', () => {
    const text = 'Headline\n\nMohamed Hamdan Dagalo, known as Hemedti, said his forces would hold the city. "We will not withdraw," Hemedti said on Sunday.';
    const a = analyze(text);
    assert.deepEqual(actorNames(a, 'person'), ['Mohamed Hamdan Dagalo']);
    assert.ok(a.actors[0].aliases.includes('Hemedti'));
    assert.ok(!a.actors[0].aliases.includes('Hemedti Dagalo'));
    assert.equal(speakerOf(text, /will not withdraw/), 'Mohamed Hamdan Dagalo');
  });

  it('a given name after "known as" still goes with the surname ("Jeb Bush")', () => {
    const a = article('John Ellis Bush, known as Jeb, said he would not run again.');
    assert.ok(a.actors.find((x) => x.name === 'John Ellis Bush')?.aliases.includes('Jeb Bush'));
  });
});

describe('quick37k: a company and its legal name; a court and its short name', () => {
  it('"Mazda" beside "Mazda Motor Corp." is one company', () => {
    // (the short name in the headline first, as a wire story writes it)
    const a = analyze('Mazda to cut 9,000 jobs as Hitachi warns on demand\n\nMazda Motor Corp. said on Friday it would cut 9,000 jobs. Mazda also said it would close a plant in Hiroshima. Hitachi Group Corp. said demand was weak.');
    const named = (name: string) => a.actors.find((x) => x.name === name || x.aliases.includes(name))?.name;
    assert.equal(named('Mazda'), 'Mazda Motor Corp.');
    assert.deepEqual(actorNames(a, 'organization').sort(), ['Hitachi Group Corp.', 'Mazda Motor Corp.']);
  });

  it('"the High Court" after "the Kerala High Court" is that court; two named high courts leave it alone', () => {
    const one = 'The Kerala High Court on Monday stayed the demolition order. The High Court said the state had not heard the residents.';
    assert.equal(speakerOf(`Headline\n\n${one}`, /had not heard/), 'Kerala High Court');
    const two = 'The Delhi High Court and the Bombay High Court issued conflicting orders. The High Court said the law was clear.';
    assert.notEqual(speakerOf(`Headline\n\n${two}`, /law was clear/), 'Delhi High Court');
    assert.notEqual(speakerOf(`Headline\n\n${two}`, /law was clear/), 'Bombay High Court');
  });

  it('"the Supreme Court" beside "the Ohio Supreme Court" stays another court', () => {
    const body = 'The Ohio Supreme Court ruled on Tuesday. The Supreme Court said last year it would not hear such cases.';
    assert.notEqual(speakerOf(`Headline\n\n${body}`, /would not hear/), 'Ohio Supreme Court');
  });
});

describe('quick37k: clubs, competitions and companies named by one word', () => {
  it('a name that sacks "its coach" or a "head coach" is a club; a player who fires "her coach" stays a person', () => {
    assert.equal(kindOf('After a fifth straight defeat, Boavista sacked its coach on Sunday. Boavista said a new coach would be named this week.', 'Boavista'), 'organization');
    assert.equal(kindOf('On Monday Botafogo dismissed head coach Rafael Paiva. Botafogo said the decision was unanimous.', 'Botafogo'), 'organization');
    assert.equal(kindOf('Raducanu fired her coach after the defeat. Raducanu said she needed a change.', 'Raducanu'), 'person');
  });

  it('"Copa Sudamericana", "Copa del Rey", "Champions League" are competitions, no actor; "Copa Airlines" a company', () => {
    const a = article('Racing won the Copa Sudamericana. Barcelona won the Copa del Rey and lost in the Champions League. Copa Airlines said it would add flights.');
    const names = a.actors.map((x) => x.name);
    assert.ok(!names.includes('Copa Sudamericana') && !names.includes('Copa del Rey') && !names.includes('Champions League'));
    assert.equal(a.actors.find((x) => x.name === 'Copa Airlines')?.kind, 'organization');
  });

  it('", the Indonesian airport operator," makes a company; ", the British actor," keeps a person', () => {
    assert.equal(kindOf('Angkasa Pura, the Indonesian airport operator, said passenger numbers rose.', 'Angkasa Pura'), 'organization');
    assert.equal(kindOf('Idris Elba, the British actor, said he was honoured.', 'Idris Elba'), 'person');
  });

  it('"the Flemish Museum and Heritage Council" is one body, as "the Securities and Exchange Commission"', () => {
    const a = article('The report was published by the Flemish Museum and Heritage Council on Tuesday. The Flemish Museum and Heritage Council said funding had fallen.');
    assert.deepEqual(actorNames(a, 'organization'), ['Flemish Museum and Heritage Council']);
  });
});
