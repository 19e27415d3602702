import { strict as assert } from 'node:assert';
import { actorNames, inArticle, speakerInArticle as speaker } from './helpers';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';

/** The events of an article dated `date` (Monday 2 November 2026 unless told). */
const eventsOn = (body: string, date = 'Nov. 2, 2026'): LocalEvent[] => extractEvents(analyze(`Headline of the day\n${date}\n\n${body}`));

/** Session 46's actor and event faults on unseen Canadian and US news (scout46c): each kind with a near miss. */
describe('scout46c: a shop or an eatery named by its trade is a body, not "General" and a person', () => {
  it('"the Westbury General Store", "the Harbor Lantern Pub": organisations, no person "Store"', () => {
    const a = inArticle('A fire early Saturday destroyed the Westbury General Store, a two-story wooden building.\n\nRegulars at the Harbor Lantern Pub raised money.');
    assert.deepEqual(actorNames(a, 'person'), []);
    assert.ok(actorNames(a, 'organization').includes('Westbury General Store'));
    assert.ok(actorNames(a, 'organization').includes('Harbor Lantern Pub'));
  });
  it('near miss: a general by rank stays a person', () => {
    const a = inArticle('Gen. Mark Reed said the troops would stay. Maj.-Gen. Tom Lee agreed.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Mark Reed', 'Tom Lee']);
  });
});

describe('scout46c: a French body goes on over "à" to its place ("Université du Québec à Rimouski")', () => {
  it('the body is whole, and the place after "à" is no speaker', () => {
    const body = 'Political scientist Caroline Dufresne of the Université du Québec à Rimouski said the result showed the party had rebuilt.';
    assert.equal(speaker(body, 'the result showed'), 'Caroline Dufresne');
    assert.ok(actorNames(inArticle(body), 'organization').includes('Université du Québec à Rimouski'));
    assert.deepEqual(actorNames(inArticle(body), 'person'), ['Caroline Dufresne']);
  });
  it('near miss: "à" after a name that is no body\'s joins nothing', () => {
    const a = inArticle('Voters in Rimouski chose Marie Roy, a lawyer. Roy said she was grateful.');
    assert.ok(!actorNames(a).some((n) => n.includes('à')));
  });
});

describe('scout46c: a lone surname two people share', () => {
  const strike = 'City manager Amina Okafor said child-care centres would reopen. Okafor said refunds would follow.\n\n' +
    'For lifeguard Daniel Okafor, who spent 15 days on the picket line, the news was a relief.\n\n';
  it('a quote right after the paragraph that brings one of them in is theirs', () => {
    assert.equal(speaker(`${strike}"I\'m tired, I\'m broke and I\'m happy," Okafor said.`, 'broke'), 'Daniel Okafor');
    assert.equal(speaker(strike, 'refunds would follow'), 'Amina Okafor');
  });
  it('near miss: a paragraph that names both, or holds the other\'s lone surname, decides nothing', () => {
    const both = 'Dorothy Woods, whose husband, Navy SEAL Ty Woods, was killed in 2012, spoke on Thursday.\n\n"We will not forget," Woods said.';
    assert.notEqual(speaker(both, 'not forget'), 'Ty Woods');
    const held = 'Sen. Chris Murphy spoke for 15 hours.\n\nMurphy\'s speech paid tribute to a teacher\'s aide, Anne Marie Murphy, who was killed.\n\n"It takes courage," Murphy said.';
    assert.notEqual(speaker(held, 'takes courage'), 'Anne Marie Murphy');
  });
  const race = 'Sheriff William Kowalczyk won a third term on Tuesday.\n\n"I\'m grateful," Kowalczyk told supporters.\n\n' +
    'Hughes had criticized the sheriff for assigning his niece, Detective Sgt. Anna Kowalczyk, to the case.\n\n';
  it('where it speaks not, the one it stood for so far keeps it', () => {
    const a = inArticle(`${race}Hughes said she had called Kowalczyk to congratulate him.\n\nKowalczyk, 63, was first elected in 2018. He said his priority was a new jail wing.`);
    assert.deepEqual(actorNames(a, 'person').filter((n) => n.includes('Kowalczyk')).sort(), ['Anna Kowalczyk', 'William Kowalczyk']);
    assert.equal(speaker(`${race}Kowalczyk, 63, was first elected in 2018. He said his priority was a new jail wing.`, 'new jail wing'), 'William Kowalczyk');
  });
  it('near miss: a courtesy title is read on its own', () => {
    const khan = 'Khizr Khan spoke at the convention. Khan said he was proud. His wife, Ghazala Khan, stood beside him.\n\n';
    assert.equal(speaker(`${khan}Ms. Khan said she could not speak.`, 'could not speak'), 'Ghazala Khan');
  });
});

describe('scout46c: a gathering ends no person\'s name, and a lake\'s arm is a place\'s head', () => {
  it('"the annual Town Meeting" is no one; "Salmon Arm" is a place', () => {
    const a = inArticle('Voters at the annual Town Meeting on Tuesday approved the bond.\n\nHighway 1 remained open between Chase and Salmon Arm on Monday.');
    assert.deepEqual(actorNames(a, 'person'), []);
    assert.ok(actorNames(a, 'place').includes('Salmon Arm'));
  });
  it('near miss: a body named for its meeting stays a body', () => {
    const a = inArticle('The Town Meeting Committee said it agreed.');
    assert.ok(actorNames(a, 'organization').includes('Town Meeting Committee'));
  });
});

describe('scout46c: a court\'s or a tribunal\'s hearing by its opening, a verdict, a sentencing set down', () => {
  it('"A hearing into … opened on the 2nd before the … Tribunal", "found X guilty", "set sentencing for Dec. 10" are events, dated', () => {
    const hearing = eventsOn('A hearing into a proposed wind farm opened on Friday before the Ontario Land Tribunal, with the township calling witnesses.');
    assert.deepEqual(hearing.map((e) => [e.kind, e.date]), [['hearing', '2026-10-30']]);
    const verdict = eventsOn('A jury on Friday found Marcus D. Whitfield Jr. guilty of aggravated murder in the shooting death.');
    assert.deepEqual(verdict.map((e) => [e.label.endsWith('verdict'), e.date]), [[true, '2026-10-30']]);
    const sentencing = eventsOn('Judge Eleanor Van Buskirk set sentencing for Dec. 10.');
    assert.deepEqual(sentencing.map((e) => [e.label.endsWith('sentencing'), e.date]), [[true, '2026-12-10']]);
  });
  it('near miss: a hearing aid, a hearing asked for, and a guilty finding by no court are none', () => {
    assert.deepEqual(eventsOn('He wears a hearing aid. Residents asked for a hearing into the plan. The company found Ann Lee guilty of nothing.'), []);
  });
});

describe('scout46c: the tense around date words: a candidate running, a "could", an adjective participle', () => {
  it('"is running … in Tuesday\'s election against X, a retired captain" and "could advance to the November election" look ahead', () => {
    const running = eventsOn('Sheriff William Kowalczyk is running for a third term in Tuesday\'s election against Democrat Tamara Hughes, a retired police captain.');
    assert.deepEqual(running.map((e) => e.date), ['2026-11-03']);
    const could = eventsOn('Under the top-two system, both Democrats could advance to the November election.', 'April 18, 2026');
    assert.deepEqual(could.map((e) => e.date), ['2026-11']);
  });
  it('near miss: "won Tuesday\'s election" and "could not have been" stay behind', () => {
    assert.deepEqual(eventsOn('The mayor, a retired teacher, won Tuesday\'s election.').map((e) => e.date), ['2026-10-27']);
    assert.deepEqual(eventsOn('The November election could not have been closer.', 'April 18, 2026').map((e) => e.date), ['2025-11']);
  });
});
