import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { inArticle as article, speakerInArticle as speakerOf } from './helpers';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';

/**
 * Session 43's names that are no actors (scout43b): storms, cases, vessels, products, programmes,
 * buildings and systems named in Title Case, and people whose given names are places; each kind
 * with a near miss that stays an actor.
 */
const actorsOf = (body: string) => article(body).actors.map((a) => `${a.name}|${a.kind}`);
const names = (body: string) => article(body).actors.map((a) => a.name);

describe('scout43b: storms are no actors', () => {
  it('"Post-Tropical Storm Ernesto" and "Storm Ciarán" give no actor, nor the storm\'s name alone after them', () => {
    const body = 'ST. JOHN\'S, N.L. — Post-Tropical Storm Ernesto brought heavy rain to the Avalon Peninsula on Tuesday. Ernesto knocked out power to 30,000 homes. In Cornwall, Storm Ciarán flooded the harbour.';
    const got = names(body);
    for (const junk of ['Post-Tropical Storm Ernesto', 'Ernesto', 'Storm Ciarán', 'Ciarán']) assert.ok(!got.includes(junk), got.join(', '));
  });
  it('near miss: "Storm Reid said" before a cue is a person', () => {
    assert.ok(actorsOf('The actor Storm Reid said she loved the script. “It felt real,” Reid said.').includes('Storm Reid|person'));
  });
});

describe('scout43b: a case\'s parties named by its citation are the case', () => {
  it('"R. v. Jordan" and "the Jordan ceiling" give no country', () => {
    const body = 'HAMILTON — A judge stayed assault charges on Friday, citing R. v. Jordan, the 2016 ruling that set limits on delay. The Jordan ceiling is 18 months in provincial court, defence lawyer Amrit Gill said.';
    const got = actorsOf(body);
    assert.ok(!got.some((a) => a.startsWith('Jordan|')), got.join(', '));
    assert.ok(got.includes('Amrit Gill|person'), got.join(', '));
  });
  it('"Smith v. Ontario" gives no person Smith', () => {
    assert.ok(!names('The court relied on Smith v. Ontario in its ruling, lawyer Dana Price said.').includes('Smith'));
  });
  it('near miss: Jordan\'s minister with no case in the article is the country\'s', () => {
    assert.ok(actorsOf('AMMAN — Jordan said on Sunday it would reopen the border crossing.').includes('Jordan|country'));
  });
});

describe('scout43b: a vessel by a person\'s name is no person', () => {
  it('"the Leif Ericson and the Joseph Smallwood" in a sentence about ferries', () => {
    const body = 'NORTH SYDNEY, N.S. — Marine Atlantic said ferry crossings resumed Thursday, with the Leif Ericson and the Joseph Smallwood sailing on time.';
    const got = names(body);
    assert.ok(!got.includes('Leif Ericson') && !got.includes('Joseph Smallwood'), got.join(', '));
  });
  it('near miss: a captain named in the same sentence is a person', () => {
    assert.ok(actorsOf('Captain Leif Andersen said the ferry was two hours late.').includes('Leif Andersen|person'));
  });
});

describe('scout43b: a product\'s model is no body', () => {
  it('"the ScanBuddy 4" and "its new ScanBuddy Mini" give no actor, and "the company said" is the maker\'s', () => {
    const body = 'OTTAWA — Larkspur Devices will build its flagship scanner, the ScanBuddy 4, in Kanata. It also sells the ScanBuddy 4 and its new ScanBuddy Mini to hospitals. The ScanBuddy 4 has been on sale since 2022, the company said.';
    const got = names(body);
    assert.ok(!got.some((n) => n.startsWith('ScanBuddy')), got.join(', '));
    assert.equal(speakerOf(body, 'on sale since 2022'), 'Larkspur Devices');
  });
  it('near miss: the company itself is still a body', () => {
    assert.ok(actorsOf('Larkspur Devices said it would hire 40 engineers in Kanata.').includes('Larkspur Devices|organization'));
  });
});

describe('scout43b: a programme help comes through is no body', () => {
  it('"under the Rural Roads Program", "the federal Green Transit Fund" give no actor', () => {
    const body = 'REGINA — The town will apply under the Rural Roads Program for a new culvert, Mayor Ellen Fosse said. It also wants money from the federal Green Transit Fund. The Green Transit Fund was set up in 2021.';
    const got = names(body);
    for (const junk of ['Rural Roads Program', 'Green Transit Fund']) assert.ok(!got.includes(junk), got.join(', '));
    assert.ok(got.includes('Ellen Fosse'), got.join(', '));
  });
  it('near miss: a fund that is a body stays one ("the Environmental Defense Fund said", "donated to the Prairie Heritage Fund")', () => {
    assert.ok(actorsOf('The Environmental Defense Fund said the rule was too weak.').includes('Environmental Defense Fund|organization'));
    assert.ok(names('She donated $5,000 to the Prairie Heritage Fund, a land trust.').includes('Prairie Heritage Fund'));
  });
});

describe('scout43b: a name with no given name that modifies a thing\'s noun is no person', () => {
  it('"the Safe Passage system", "the city\'s Open Door notification app", "the Harmon Block building"', () => {
    const body = 'LETHBRIDGE, Alta. — The Safe Passage system sent alerts to 4,000 phones. Residents can sign up through the city\'s Open Door notification app. The office is in the Harmon Block building downtown.';
    const got = names(body);
    for (const junk of ['Safe Passage', 'Open Door', 'Harmon Block']) assert.ok(!got.includes(junk), got.join(', '));
  });
  it('near miss: a body modifying "system" stays a body ("the State Department system")', () => {
    const body = 'Most of the e-mails were in the State Department system, she said. The State Department said it would review them.';
    assert.ok(actorsOf(body).includes('State Department|organization'));
  });
  it('"Maple Grove Apartments" and "Westgate Towers" are no persons', () => {
    const got = actorsOf('Tenants at Westgate Towers met on Sunday. A fire at Maple Grove Apartments displaced 40 people.');
    assert.ok(!got.some((a) => a.endsWith('|person')), got.join(', '));
  });
});

describe('scout43b: a given name that is a place', () => {
  it('"Dallas Okafor of the Riverside Tenants Union said" is a person who speaks', () => {
    const body = 'Dallas Okafor of the Riverside Tenants Union said tenants would picket the landlord\'s office.';
    assert.ok(actorsOf(body).includes('Dallas Okafor|person'), actorsOf(body).join(', '));
    assert.equal(speakerOf(body, 'picket'), 'Dallas Okafor');
  });
  it('"coordinator Austin Desjardins" is a person though a bank is named Desjardins', () => {
    const body = 'Volunteer coordinator Austin Desjardins, who has run the shelter for a decade, said 300 people had signed up. Desjardins said it was a record.';
    const got = actorsOf(body);
    assert.ok(got.includes('Austin Desjardins|person'), got.join(', '));
    assert.ok(!got.includes('Austin|place'), got.join(', '));
  });
  it('near miss: "Jordan Valley of the region" stays a place', () => {
    assert.ok(!actorsOf('Farmers in the Jordan Valley of the region lost crops.').some((a) => a.endsWith('|person')));
  });
});

describe('scout43b: bodies the town or a place took', () => {
  it('"The Port of Halifax said" is the port\'s authority', () => {
    const body = 'The Port of Halifax said container traffic rose 8 per cent.';
    assert.ok(actorsOf(body).includes('Port of Halifax|organization'), actorsOf(body).join(', '));
    assert.equal(speakerOf(body, 'container traffic'), 'Port of Halifax');
  });
  it('near miss: "Port of Spain" stays a place', () => {
    assert.ok(actorsOf('She flew home to Port of Spain on Friday.').includes('Port of Spain|place'));
  });
  it('"investors in Brightline Capital Partners" is a body, not a place', () => {
    assert.ok(actorsOf('Investors in Brightline Capital Partners lost $2 million.').includes('Brightline Capital Partners|organization'));
  });
  it('"The Seattle Torrent are" is a team; near miss: "the Halifax Common were closed" after "and" names no body', () => {
    assert.ok(actorsOf('The Seattle Torrent are unbeaten at home this season.').includes('Seattle Torrent|organization'));
    assert.ok(!actorsOf('Point Pleasant Park and the Halifax Common were closed on Monday.').some((a) => a.endsWith('|organization')));
  });
  it('"The Festival du Bois said" is a body', () => {
    assert.ok(actorsOf('The Festival du Bois said attendance had doubled.').includes('Festival du Bois|organization'));
  });
});

describe('scout43b: a surname and its generation in a headline', () => {
  const body = (headline: string) => analyze(`${headline}\n\nREGINA — Roughriders receiver Samuel Okafor Jr. will miss the rest of the season. His father, Samuel Okafor Sr., played 10 seasons for the club.`);
  it('"Okafor Jr. out for season" is the son, and "Jr." alone is no alias', () => {
    const r = body('Okafor Jr. out for season with knee injury');
    const jr = r.actors.find((a) => a.name === 'Samuel Okafor Jr.');
    assert.ok(jr && !jr.aliases.includes('Jr.'), JSON.stringify(jr));
    const head = r.mentions.find((m) => m.start === 0);
    assert.equal(head?.actor.name, 'Samuel Okafor Jr.');
  });
  it('near miss: "Okafor Sr. proud of son" is the father', () => {
    const r = body('Okafor Sr. proud of son after injury');
    const head = r.mentions.find((m) => m.start === 0);
    assert.equal(head?.actor.name, 'Samuel Okafor Sr.');
  });
});

describe('scout43b: across a folder', () => {
  it('a tenant leader named with his association in one article is the one person of the others, and speaks', () => {
    const c = new AnalysingCorpus();
    c.set('story/0.txt', 'Tenants organize\n\nTORONTO — Tenants at Westgate Towers met on Sunday. “We will not pay twice,” said Kingston Amadi, who chairs the Westgate Tenants Association.');
    c.set('story/1.txt', 'Council votes\n\nTORONTO — Council passed the bylaw on Wednesday. Kingston Amadi of the Westgate Tenants Association said tenants would hold a party.');
    const result = c.build().result;
    const byId = new Map(result.actors.map((a) => [a.id, a]));
    const q = result.documents.flatMap((d) => d.quotes).find((x) => x.text.includes('hold a party'));
    assert.equal(q && q.speaker ? byId.get(q.speaker)?.name : null, 'Kingston Amadi');
    assert.ok(!result.actors.some((a) => a.name === 'Kingston' || a.name === 'Westgate Towers'), result.actors.map((a) => a.name).join(', '));
  });
});
