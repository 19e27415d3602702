import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { datelinePlaces, titledPlace } from '../../src/extractor/datelinePlaces';
import { actorNames } from './helpers';

/** Session 38's unseen names (scout38b): Canadian and US news, each kind with a near miss. */
const article = (body: string) => analyze(`Headline for the story\n\n${body}`);
const kindOf = (body: string, name: string): string | undefined => article(body).actors.find((a) => a.name === name)?.kind;
const mentionsOf = (body: string, name: string): string[] => {
  const a = article(body);
  const actor = a.actors.find((x) => x.name === name);
  return a.mentions.filter((m) => m.actor === actor).map((m) => m.text);
};

describe('scout38b: a wire dateline\'s places', () => {
  it('"PORTAGE, Wis. (AP) —": the town and the state are places of the article, and no sentence reads them', () => {
    const body = 'PORTAGE, Wis. (AP) — The Portage Community School District board voted 4-3 on Monday to end its bus contract, board president Dana Kohl said.';
    const a = article(body);
    assert.ok(actorNames(a, 'place').includes('Portage'));
    assert.ok(actorNames(a, 'place').includes('Wisconsin'));
    assert.equal(a.quotes[0]?.speaker?.name, 'Dana Kohl');
    assert.deepEqual(mentionsOf(body, 'Wisconsin'), ['Wis.']);
  });

  it('Canadian Press datelines, postal codes and a country after the town; "D.C." is the town\'s own', () => {
    assert.deepEqual(datelinePlaces('FORT ST. JOHN, B.C. — Crews …', 0, 'FORT ST. JOHN, B.C. — '.length).map((p) => `${p.name}/${p.kind}`), ['Fort St. John/place', 'British Columbia/place']);
    assert.deepEqual(datelinePlaces('BEMIDJI, MN — Crews …', 0, 'BEMIDJI, MN — '.length).map((p) => p.name), ['Bemidji', 'Minnesota']);
    assert.deepEqual(datelinePlaces('ENUGU, Nigeria (Reuters) - …', 0, 'ENUGU, Nigeria (Reuters) - '.length).map((p) => `${p.name}/${p.kind}`), ['Enugu/place', 'Nigeria/country']);
    assert.deepEqual(datelinePlaces('WASHINGTON, D.C. — …', 0, 'WASHINGTON, D.C. — '.length).map((p) => p.name), ['Washington']);
    // ("AFL-CIO to endorse …", "SIEGEL--Jerome", "EXCLUSIVE — …": a compound, a notice, a label)
    assert.deepEqual(datelinePlaces('AFL-CIO to endorse …', 0, 'AFL-'.length), []);
    assert.deepEqual(datelinePlaces('SIEGEL--Jerome, 91 …', 0, 'SIEGEL--'.length), []);
    assert.deepEqual(datelinePlaces('EXCLUSIVE — Roger …', 0, 'EXCLUSIVE — '.length), []);
    // (a date after the town is no place)
    assert.deepEqual(datelinePlaces('CALGARY, March 6, 2025 — …', 0, 'CALGARY, March 6, 2025 — '.length).map((p) => p.name), ['Calgary']);
  });

  it('the town joins the body\'s mention of it, and capitals read as the town writes them', () => {
    const body = 'SHERBROOKE, Que. — Residents of Sherbrooke lined up for water on Tuesday after a main broke, the city said.';
    assert.equal(article(body).actors.filter((x) => x.name === 'Sherbrooke').length, 1);
    assert.equal(titledPlace('SAINT-JEAN-SUR-RICHELIEU'), 'Saint-Jean-sur-Richelieu');
    assert.equal(titledPlace("ST. JOHN'S"), "St. John's");
    assert.equal(titledPlace('McMURRAY'), 'McMurray');
  });
});

describe('scout38b: local governments, units and departments by their legal names', () => {
  it('"the Town of Cobourg", "the Region of Waterloo" are bodies, not a lone word and nothing', () => {
    assert.equal(kindOf('The Town of Cobourg said the west beach would stay closed until June.', 'Town of Cobourg'), 'organization');
    assert.equal(kindOf('The Region of Waterloo said light-rail service would resume Friday.', 'Region of Waterloo'), 'organization');
    // ("County for", unlike "County of", joins nothing: "Miami-Dade County for Zika testing")
    assert.ok(!actorNames(article('Miami-Dade County for Zika testing was busy on Monday.'), 'organization').length);
  });

  it('a unit or a municipality heads a body\'s name ("Serious Crimes Unit of Alberta", "Rural Municipalities of Saskatchewan")', () => {
    assert.equal(kindOf('The Serious Crimes Unit of Alberta said it had taken over the file.', 'Serious Crimes Unit of Alberta'), 'organization');
    assert.equal(kindOf('Ray Orb, president of the Saskatchewan Association of Rural Municipalities, said the roads were unsafe.', 'Saskatchewan Association of Rural Municipalities'), 'organization');
    assert.equal(kindOf('Cape Breton Regional Municipality will close two arenas, the council said.', 'Cape Breton Regional Municipality'), 'organization');
    assert.ok(!actorNames(article('Cape Breton Regional Municipality will close two arenas.'), 'person').length);
  });

  it('"House of Friendship" is one body; "Parks and Archives Canada"-like departments whole; "House of Commons" stays', () => {
    const a = article('The House of Friendship, which runs the food bank, said it served 9,000 families in May.');
    assert.deepEqual(actorNames(a, 'organization'), ['House of Friendship']);
    assert.equal(kindOf('Library and Archives Canada said the letters would be digitized.', 'Library and Archives Canada'), 'organization');
    assert.equal(kindOf('The House of Commons rose for the summer on Friday.', 'House of Commons'), 'organization');
  });

  it('"Elections PEI", "Alberta Seniors and Community Services": provincial bodies; a minister of two fields keeps the office', () => {
    assert.equal(kindOf('Elections PEI said advance turnout was up 12 per cent.', 'Elections PEI'), 'organization');
    assert.equal(kindOf('Alberta Seniors and Community Services said the grants would flow in April.', 'Alberta Seniors and Community Services'), 'organization');
    const a = article('Ontario Health and Long-Term Care Minister Ann Patel said the beds would open.');
    assert.deepEqual(actorNames(a, 'person'), ['Ann Patel']);
  });
});

describe('scout38b: hashtags and handles', () => {
  it('"#CanadaStrong", "@OttawaPolice" name no one; the place a tag spells is no mention', () => {
    const a = article('Supporters shared the slogan #CanadaStrong 90,000 times, and the force replied from @OttawaPolice: "Stay safe #Ottawa."');
    assert.ok(!a.actors.some((x) => /CanadaStrong|OttawaPolice|Ottawa/.test(x.name)));
    // the place named in words is still one
    assert.ok(actorNames(article('Crowds gathered in Ottawa after #OttawaStrong spread online.'), 'place').includes('Ottawa'));
  });
});

describe('scout38b: teams', () => {
  it('"Super Falcons" is a side (not a storm, not "Falcons"); "Super Typhoon Rai" stays no actor', () => {
    const a = article('Former Super Falcons striker Asisat Oshoala said the squad was ready.');
    assert.ok(actorNames(a, 'organization').includes('Super Falcons'));
    assert.ok(!actorNames(a, 'organization').includes('Falcons'));
    assert.deepEqual(article('Super Typhoon Rai struck the coast on Thursday.').actors.map((x) => x.name), []);
    // (a side's word must follow: "two Super Bowls" is none)
    assert.ok(!actorNames(article('He has won two Super Bowls with the club.'), 'organization').length);
  });

  it('"Katsina Pillars have dismissed head coach …", "The Brandon Wheat Kings named goaltender …": clubs', () => {
    assert.equal(kindOf('Katsina Pillars have dismissed head coach Usman Baba after a 2-0 defeat.', 'Katsina Pillars'), 'organization');
    assert.equal(kindOf('The Brandon Wheat Kings named goaltender Carter Woodside their captain on Tuesday.', 'Brandon Wheat Kings'), 'organization');
    // a person with a given name who names a player stays a person
    assert.equal(kindOf('Coach Maria Santos named goalkeeper Lena Ruiz her starter on Tuesday.', 'Maria Santos'), 'person');
  });

  it('"NYCFC" is New York City FC; "NL Central", "AFC North" are no actors', () => {
    const a = article('New York City FC beat Orlando City 2-1 on Saturday. NYCFC coach Pascal Jansen said the win mattered.');
    assert.equal(a.actors.filter((x) => x.name === 'New York City FC' || x.name === 'NYCFC').length, 1);
    const b = article('The Cubs, who lead the NL Central, hosted the Steelers fans from the AFC North.');
    assert.ok(!b.actors.some((x) => /Central|North/.test(x.name)));
  });
});

describe('scout38b: school districts, companies, and "Naga" with "Naga City"', () => {
  it('"Round Rock Independent School District" and a fire district are bodies; a congressional district is not', () => {
    assert.equal(kindOf('The Round Rock Independent School District board approved the budget on Thursday.', 'Round Rock Independent School District'), 'organization');
    assert.equal(kindOf('The Cypress Creek Fire Protection District said two engines responded.', 'Cypress Creek Fire Protection District'), 'organization');
    assert.deepEqual(article('She won the 5th Congressional District in 2022.').actors.map((x) => x.name), []);
    assert.equal(kindOf('Neighbouring Peel District School Board said it would follow.', 'Peel District School Board'), 'organization');
  });

  it('Canada\'s companies named bare are bodies ("Scotiabank", "Telus"); "Rogers" alone stays open', () => {
    assert.equal(kindOf('An economist at Scotiabank said rates would fall.', 'Scotiabank'), 'organization');
    assert.equal(kindOf('Telus said it would cut 6,000 jobs.', 'Telus'), 'organization');
  });

  it('"Quezon" after "Quezon City" is that city; "Kansas" beside "Kansas City" stays the state', () => {
    const a = article('Rains flooded Quezon City on Sunday. Officials in Quezon said 4,000 people had left their homes.');
    assert.deepEqual(actorNames(a, 'place'), ['Quezon City']);
    const b = article('Voters in Kansas City backed the stadium tax. Across Kansas, turnout was low.');
    assert.deepEqual(actorNames(b, 'place').sort(), ['Kansas', 'Kansas City']);
  });
});

describe('scout38b: roles and name forms of people', () => {
  it('"Cr Mayor Jenny Hill", "Cllr Deputy Mayor …": the councillor\'s style before an office is no part of it; alone it stays the role', () => {
    const roles = (body: string, name: string): string[] => article(body).actors.find((a) => a.name === name)?.roles ?? [];
    assert.deepEqual(roles('Cr Mayor Jenny Hill said the rates rise was the lowest in a decade.', 'Jenny Hill'), ['Mayor']);
    assert.deepEqual(roles('Cllr Deputy Mayor Owen Price said the bins would be emptied weekly.', 'Owen Price'), ['Deputy Mayor']);
    assert.deepEqual(roles('Cr Dana Lowe said the rates rise was too high.', 'Dana Lowe'), ['Cr']);
  });

  it('"Buddy Graves" after `Walter "Buddy" Graves Sr.` is the father, not his son Walter Graves Jr.; two Buddys join neither', () => {
    const a = article('Walter "Buddy" Graves Sr. ran the feed mill for 40 years. His son, Walter Graves Jr., runs it now. Buddy Graves said he still comes in every morning.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Walter Graves Jr.', 'Walter Graves Sr.']);
    const sr = a.actors.find((x) => x.name === 'Walter Graves Sr.');
    assert.ok(a.mentions.some((m) => m.actor === sr && m.text === 'Buddy Graves'));
    const b = article('Walter "Buddy" Graves and Thomas "Buddy" Graves both ran for the seat. Buddy Graves won it.');
    assert.ok(actorNames(b, 'person').includes('Buddy Graves'));
  });
});
