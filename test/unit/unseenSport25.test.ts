import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

const HEAD = 'Test\n\nPublished 3 March 2026\n\n';
const said = (text: string): Array<{ text: string; who: string | null }> => quotesOf(HEAD + text).map((q) => ({ text: q.text, who: q.who }));
const actors = (text: string): string[] => analyze(HEAD + text).actors.map((a) => `${a.name}<${a.kind}>`);

describe('unseenSport25: sports copy', () => {
  it('"the Swedish netminder said": a position after a nationality is the player just named', () => {
    const quotes = said('Anders Lindqvist made 31 saves for Toronto.\n\n"I was happy the guys trusted me," the Swedish netminder said.');
    assert.deepEqual(quotes, [{ text: 'I was happy the guys trusted me,', who: 'Anders Lindqvist' }]);
  });

  it('"added 24 and …", "added 11 points as …": a tally is no speech, nor is the clause before its comma', () => {
    assert.deepEqual(said('Devon Harlan had 28 points and 11 rebounds, Marcus Quill added 24 and the Raptors pulled away in the fourth quarter.'), []);
    assert.deepEqual(said('Luka Moss added 11 points as the Raptors won.'), []);
    assert.deepEqual(said('Leon Drai added two goals as Edmonton won.'), []);
    assert.deepEqual(said('Jalen Moore scored 31 points, Karl Dobbins added 18.'), []);
    // a count that opens a clause, and a time after the cue, still report words
    assert.deepEqual(said('The ministry confirmed 14 adults and two children had died.'), [{ text: '14 adults and two children had died', who: 'ministry' }]);
    assert.deepEqual(said('Police chief Ann Holt said 24 people were hurt.'), [{ text: '24 people were hurt', who: 'Ann Holt' }]);
  });

  it('"answered with a drive, capped by a pass …": a participle and its agent after the adjunct are no content', () => {
    assert.deepEqual(said('But Millbrook answered with a 75-yard drive, capped by quarterback Owen Pietrzak’s 6-yard pass to tight end Caleb Russo with 14 seconds left.'), []);
    // a clause after such an aside is still the content
    const quotes = said('Exxon Mobil contended in its letter, written by Kenneth Cohen, a vice president, that the foundations had a bias against the industry.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].who, 'Exxon Mobil');
  });

  it('"the Maple Leafs", "the Leafs": a team named without its city is the team of the article', () => {
    const names = actors('The Toronto Maple Leafs beat Montreal 4-3.\n\nThe Maple Leafs trailed 3-1 after two periods. The Leafs have won four of five.');
    assert.ok(names.includes('Toronto Maple Leafs<organization>'));
    assert.ok(!names.some((n) => /^(?:Maple )?Leafs</.test(n)), names.join(' | '));
  });
});

describe('unseenSport25: sports copy, second look', () => {
  it('"the Flames centre", "the veteran pivot", "the Serbian centre": a position that is another word too is a player after a team, a player\'s modifier or a nationality', () => {
    assert.deepEqual(said('Nazem Kadri-Ross scored twice for Calgary.\n\n"We are right there with them," the Flames centre said.'), [{ text: 'We are right there with them,', who: 'Nazem Kadri-Ross' }]);
    assert.deepEqual(said('Bo Levi Mitchell-Grant threw two interceptions.\n\n"That is on me," the veteran pivot said.'), [{ text: 'That is on me,', who: 'Bo Levi Mitchell-Grant' }]);
    assert.deepEqual(said('Nikola Jokovich had 24 points.\n\n"It was OK," the Serbian centre said.'), [{ text: 'It was OK,', who: 'Nikola Jokovich' }]);
    assert.deepEqual(said('Connor Hellebuyck-Dorn made 41 saves.\n\n"I was seeing everything," the Jets netminder said.'), [{ text: 'I was seeing everything,', who: 'Connor Hellebuyck-Dorn' }]);
    // a person by age with a modifier before the noun
    assert.deepEqual(said('Rick Tocchet-Ames has coached the Canucks for three years.\n\nAsked about the power play, the 51-year-old bench boss said it needed work.'), [{ text: 'it needed work', who: 'Rick Tocchet-Ames' }]);
    // a player by school year: the quote was lost, "the sophomore" naming no one
    assert.deepEqual(said('Jada Pruitt-Sorensen added 14 points and 12 rebounds.\n\n"I just tried to box out," the sophomore said.'), [{ text: 'I just tried to box out,', who: 'Jada Pruitt-Sorensen' }]);
    assert.equal(said('"That was fun," the rookie said.')[0]?.text, 'That was fun,');
    // a guard with another modifier is no player
    assert.equal(said('Ana Ruiz was at the mall.\n\n"It was scary," the security guard said.')[0].who, null);
  });

  it('"the Leafs\' coach said": a team\'s plural possessive before a person\'s noun keeps the quote (it was lost, the apostrophe read as a closing mark)', () => {
    const text = 'The Toronto Maple Leafs beat Boston 3-2. Leafs head coach Dan Mercier liked the effort.\n\n';
    assert.deepEqual(said(text + '"It was a grind," the Leafs\' coach said.'), [{ text: 'It was a grind,', who: 'Dan Mercier' }]);
    assert.deepEqual(said(text + '"It was a grind," the Leafs’ coach said.'), [{ text: 'It was a grind,', who: 'Dan Mercier' }]);
  });

  it('"Toronto said in a statement" in a game\'s story is the team named after the city; a city\'s story keeps the city', () => {
    assert.equal(said('The Toronto Maple Leafs beat Boston 3-2.\n\nToronto said in a statement that Okafor had a lower-body injury.')[0].who, 'Toronto Maple Leafs');
    assert.equal(said('Toronto council approved a stadium deal with Toronto FC. Toronto will pay $10 million for repairs in Toronto.\n\nToronto said the deal was fair.').at(-1)?.who, 'Toronto');
  });

  it('"the Winnipeg Tiger-Cats", "CF Montreal": a team with a compound nickname or a club\'s letters is a body, no person', () => {
    assert.ok(actors('The Winnipeg Tiger-Cats beat Calgary on Saturday.').includes('Winnipeg Tiger-Cats<organization>'));
    const names = actors('Toronto FC beat CF Montreal 2-0 on Saturday.');
    assert.ok(names.includes('CF Montreal<organization>'), names.join(' | '));
  });
});

describe('unseenSport25: police, courts and local news', () => {
  it('"called police at about 1 p.m.", "called 911": a service phoned is no speech; "called the police racist" still is', () => {
    assert.deepEqual(said('A neighbour called police at about 1 p.m. after spotting the empty canoe.'), []);
    assert.deepEqual(said('Dale Smith called 911.'), []);
    assert.deepEqual(said('Ana Ruiz called the police racist.'), [{ text: 'the police racist', who: 'Ana Ruiz' }]);
    // an appeal to a service still reports words
    assert.deepEqual(said('Councillor Amy Price called on police to release the videos.'), [{ text: 'police to release the videos', who: 'Amy Price' }]);
  });

  it('"The judge disagreed. The delay, she wrote, …": a pronoun no named person within reach takes is the person the subject before it describes', () => {
    const text =
      'Ontario Court Justice Marguerite Hsu-Lavoie ruled on Friday.\n\n' +
      'Const. Ryan Moore testified that the driver had glassy eyes. "He kept asking about the cyclist," Moore told the court.\n\n' +
      'The driver had been drinking at a bar. The bartender told police he had served him six beers.\n\n' +
      'Defence lawyer Anthony Brusco had argued that the samples should be excluded.\n\n' +
      'The judge disagreed. The delay of about 40 minutes, she wrote, "was fully explained by the officers\' need to secure the scene."';
    assert.equal(said(text).at(-1)?.who, 'Marguerite Hsu-Lavoie');
    // a description of another gender leaves the pronoun to no one
    assert.equal(said(text.replace('she wrote', 'he wrote')).at(-1)?.who, 'Anthony Brusco');
  });

  it('"the Youth Criminal Justice Act": a title before a law\'s last word names a law, no person "Act"; "Judge Mark Day" stays a judge', () => {
    const names = actors('The teen, who cannot be named under the Youth Criminal Justice Act, entered the plea Monday.');
    assert.ok(!names.some((n) => n.startsWith('Act<')), names.join(' | '));
    assert.deepEqual(said('Judge Mark Day said it was fair. Sen. Bill Nelson said it was fine.').map((q) => q.who), ['Mark Day', 'Bill Nelson']);
  });

  it('a lone surname goes to the person the article is about, not to relatives named by kinship with its owner ("the victim\'s sister", "her brother-in-law")', () => {
    const text =
      'Curtis Mabry is accused of killing Anthony Reese on March 11.\n\n' +
      'The victim\'s sister, Monique Reese, sat in the front row.\n\n' +
      'According to court documents, Reese was found by his sister on the kitchen floor.\n\n' +
      'Her brother-in-law, Chidi Reese, said the family wants the truth.\n\n' +
      'Prosecutors say Reese owed Mabry $3,000.';
    const names = actors(text);
    assert.ok(!names.includes('Reese<person>'), names.join(' | '));
  });

  it('"Mounties say", "Crime Stoppers", "the Canadian Coast Guard Auxiliary": police officers are a group, the tip line and the auxiliary bodies, none a person', () => {
    const names = actors('Mounties say the other three youths face charges.\n\nVolunteers from the Canadian Coast Guard Auxiliary joined the search.\n\nAnyone with information is asked to call Crime Stoppers anonymously.');
    for (const want of ['Mounties<group>', 'Canadian Coast Guard Auxiliary<organization>', 'Crime Stoppers<organization>']) assert.ok(names.includes(want), names.join(' | '));
  });

  it('"the Criminal Code": a code of law is no person a pronoun could refer to', () => {
    const text = 'Ontario Court Justice Marguerite Hsu-Lavoie ruled on Friday.\n\nThe defence argued the samples were not taken "as soon as practicable," as the Criminal Code requires.\n\nThe delay, she wrote, "was fully explained."';
    assert.ok(!actors(text).some((n) => n.startsWith('Criminal Code')));
    assert.equal(said(text).at(-1)?.who, 'Marguerite Hsu-Lavoie');
  });

  it('"Staff Sgt. Karen Obi of 43 Division said": a unit named with its number is part of the source', () => {
    assert.deepEqual(said('Staff Sgt. Karen Obi of 43 Division said police have increased patrols in the area.'), [{ text: 'police have increased patrols in the area', who: 'Karen Obi' }]);
  });

  it('"Assistant Crown attorney Michael Osei": a rank and one word before a person noun are an office, no person', () => {
    const text = 'Assistant Crown attorney Michael Osei had asked for eight years.\n\n"This was a business model," Osei said.';
    const names = actors(text);
    assert.ok(!names.some((n) => n.startsWith('Crown<person')), names.join(' | '));
    assert.deepEqual(said(text), [{ text: 'This was a business model,', who: 'Michael Osei' }]);
    // a rank before a person's name stays a title
    assert.deepEqual(said('Assistant Coach Smith said it was fair.'), [{ text: 'it was fair', who: 'Smith' }]);
  });

  it('"Sudbury\'s South End", "the West End": a part of town by its compass point is a place, no person', () => {
    const names = actors('A family escaped a fire in Sudbury’s South End early Tuesday.\n\n"This is what the South End does," Coun. Fern Cormier said.');
    assert.ok(names.includes('South End<place>'), names.join(' | '));
    assert.equal(said('"This is what the South End does," Coun. Fern Cormier said.')[0].who, 'Fern Cormier');
  });

  it('roles keep their qualifiers: "Assistant Crown attorney", "Platoon Chief", "athletic director", "bench boss", "Store manager"', () => {
    const rolesOf = (text: string, name: string): string[] => analyze(HEAD + text).actors.find((a) => a.name === name)?.roles ?? [];
    assert.deepEqual(rolesOf('Assistant Crown attorney Michael Osei said the case was strong.', 'Michael Osei'), ['Assistant Crown attorney']);
    assert.deepEqual(rolesOf('Platoon Chief Steve Lachance said the alarm worked.', 'Steve Lachance'), ['Platoon Chief']);
    assert.deepEqual(rolesOf('The school expects a sellout, athletic director Karen Sims said.', 'Karen Sims'), ['athletic director']);
    assert.deepEqual(rolesOf('The team was good, bench boss Kris Knoblauch said.', 'Kris Knoblauch'), ['bench boss']);
    assert.deepEqual(rolesOf('Store manager Angela Lam said staff were shaken.', 'Angela Lam'), ['Store manager']);
  });
});
