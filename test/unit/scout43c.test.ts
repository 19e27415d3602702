import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { inArticle as article } from './helpers';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';

/** Session 43's quotation forms, cue senses and content spans on unseen news (scout43c): each kind with a near miss. */
const quoteWith = (body: string, words: string) => article(body).quotes.find((x) => x.text.includes(words));
const noQuote = (body: string, words: string) => assert.equal(quoteWith(body, words)?.text, undefined);

describe('scout43c: a naming verb with a noun-phrase object reports no speech (issue 7)', () => {
  it('"described a tense night", "recounted the afternoon …", "cited the rising price of feed" are no quotes', () => {
    noQuote('KAMLOOPS, B.C. — Rancher Wes Duncan described a tense night on the ridge.', 'tense night');
    noQuote('Shop owner Lila Chen recounted the afternoon the river came over the dike and into her store.', 'the afternoon');
    noQuote('The co-op cited the rising price of feed and a wet spring.', 'rising price');
    noQuote('Dairy farmers left the program, many of them citing the rising price of feed.', 'rising price');
  });
  it('near miss: "described how …", "described the plan as …", "cited fears that …" still report', () => {
    assert.ok(quoteWith('Rancher Wes Duncan described how the fire jumped the road.', 'fire jumped the road'));
    assert.ok(quoteWith('Rancher Wes Duncan described the evacuation order as late and confusing.', 'as late and confusing'));
    assert.ok(quoteWith('Rancher Wes Duncan described the scene: “The whole hill was orange.”', 'whole hill was orange'));
    assert.ok(quoteWith('Lila Chen cited fears that the dike would fail again.', 'dike would fail'));
    // (a speaker's participle gives the reason: "…, citing repair costs")
    assert.ok(quoteWith('Transport Minister Amy Dole closed the bridge on Friday, citing repair costs.', 'repair costs'));
  });
  it('"described a hectic shift as ambulances lined up …": "as" before a clause ends the named thing', () => {
    noQuote('Nurse Ada Obi described a hectic shift on Monday as ambulances lined up outside the doors.', 'hectic shift');
  });
  it('"cited a provincial auditor\'s report that found …" opens no quote of the report\'s', () => {
    const body = 'REGINA — Critic Meara Conway cited the provincial auditor\'s report that found 12 of 40 care homes were short-staffed.';
    assert.ok(!article(body).quotes.some((q) => q.text.includes('short-staffed')));
  });
  it('near miss: "Premier Moe\'s claim that the homes were safe" keeps its nominal cue', () => {
    assert.ok(quoteWith('REGINA — Conway disputed Premier Scott Moe\'s claim that the homes were safe.', 'the homes were safe'));
  });
});

describe('scout43c: "recommended", "acknowledged", "called … to order" and a modal\'s object', () => {
  it('"recommended a full review of …" and "acknowledged the errors in …" report nothing', () => {
    noQuote('MONCTON — The coroner recommended a full review of rural ambulance deaths.', 'full review');
    noQuote('Health Minister Ted Flemming acknowledged the errors in last year\'s ambulance reports.', 'the errors');
    noQuote('Mayor Dana Keyes recommended new rules for short-term rentals in a report to council.', 'new rules');
  });
  it('near miss: "recommended that …" and "acknowledged the plan had failed" report', () => {
    assert.ok(quoteWith('The coroner recommended that the province hire 40 paramedics.', 'hire 40 paramedics'));
    assert.ok(quoteWith('Health Minister Ted Flemming acknowledged the plan had failed rural patients.', 'plan had failed'));
  });
  it('"called the chamber to order" and "could order sweeping changes" are acts, no words', () => {
    noQuote('VICTORIA — Speaker Raj Chouhan called the chamber to order twice before the vote.', 'the chamber');
    noQuote('Asked whether the board could order sweeping changes, Chair Ann Lee said it would wait.', 'sweeping changes');
    assert.ok(quoteWith('Asked whether the board could order sweeping changes, Chair Ann Lee said it would wait.', 'it would wait'));
  });
});

describe('scout43c: a clock time\'s "a.m." or "p.m." ends its sentence before a new one', () => {
  it('"at 4:20 a.m. Firefighters found …" is two sentences: the quote ends at "a.m."', () => {
    const body = 'LONDON, Ont. — Platoon chief Rob Hines said the call came in at 4:20 a.m. Firefighters found the back of the house in flames.';
    const q = quoteWith(body, 'the call came in');
    assert.ok(q, 'the quote is read');
    assert.ok(q.text.endsWith('4:20 a.m.') && !q.text.includes('Firefighters'), q.text);
  });
  it('near miss: "9 p.m. Friday", "7 a.m. ET" and "8 a.m. Pacific time" go on with the sentence', () => {
    assert.ok(quoteWith('Police said the crash happened at 9 p.m. Friday near Exit 12.', 'near Exit 12'));
    assert.ok(quoteWith('The league said the game starts at 7 a.m. ET on Sunday.', 'on Sunday'));
    assert.ok(quoteWith('The utility said power returns at 8 a.m. Pacific time on Tuesday.', 'on Tuesday'));
  });
});

describe('scout43c: reported speech across a parenthetical cue', () => {
  it('"X, she said, and Y" and "X, he said, but Y" keep Y', () => {
    const q = quoteWith('The mill will keep 80 workers, manager Pat Roy said, and the rest will get severance.', 'keep 80 workers');
    assert.ok(q?.text.includes('get severance'), q?.text);
    const r = quoteWith('The dam held overnight, engineer Sam Ito said, but the spillway had lost a gate.', 'dam held');
    assert.ok(r?.text.includes('lost a gate'), r?.text);
  });
  it('near miss: "…, he said, and left the room" and "…, she said, and she added that …" stop at the cue', () => {
    const q = quoteWith('The talks are over, union leader Ray Dunn said, and left the room.', 'talks are over');
    assert.ok(q && !q.text.includes('left the room'), q?.text);
    const r = quoteWith('The deal is fair, Mayor Ann Lee said, and she added that council would vote Monday.', 'deal is fair');
    assert.ok(r && !r.text.includes('council would vote'), r?.text);
  });
  it('"Nobody, he said, knew …" and "Most of the crew, she said, wanted …" keep their subject', () => {
    const q = quoteWith('Nobody, fisherman Joe Pike said, knew whether the season would open.', 'season would open');
    assert.ok(q?.text.startsWith('Nobody'), q?.text);
    const r = quoteWith('Most of the crew, captain Ina Sato said, wanted to go home.', 'go home');
    assert.ok(r?.text.startsWith('Most of the crew'), r?.text);
  });
  it('"…, the clerk said Monday, many of them citing …" keeps the clause before the cue', () => {
    const q = quoteWith('About 40 volunteers have quit since spring, the county clerk said Monday, many of them citing burnout.', 'volunteers have quit');
    assert.ok(q && !q.text.includes('burnout'), q?.text);
  });
  it('"said the city would file a lawsuit challenging …" keeps the document\'s noun in the clause said', () => {
    const q = quoteWith('Mayor Ann Lee said the city would file a lawsuit challenging the new tolls.', 'the city would file');
    assert.ok(q?.text.endsWith('file a lawsuit'), q?.text);
  });
});

describe('scout43c: "according to" a document', () => {
  it('"According to the auditor general\'s report, …" reads the clause after the comma', () => {
    assert.ok(quoteWith('According to the auditor general\'s report, the ministry lost track of 400 files.', 'lost track of 400 files'));
  });
  it('"According to the court records, filed Tuesday, …" leaves the participle aside out', () => {
    const q = quoteWith('According to the court records, filed Tuesday, the firm owed $2.1 million in back rent.', 'owed $2.1 million');
    assert.ok(q && !q.text.includes('filed Tuesday'), q?.text);
  });
});

describe('scout43c: "says" after a name ending in a number, a lede\'s count, a relative clause', () => {
  it('"Hydro One says …", "Channel One says …" and "A father of four says …" are cues', () => {
    assert.ok(quoteWith('Hydro One says about 90,000 customers were still without power on Monday.', 'still without power'));
    assert.ok(quoteWith('HALIFAX — A father of four says the school bus skipped his stop for a week.', 'skipped his stop'));
  });
  it('near miss: "Three states joined the suit" has no cue; "five reports" is a noun', () => {
    assert.equal(article('Three states joined the suit. The five reports were late.').quotes.length, 0);
  });
  it('"Tenants whose units were flooded in the spring storms say …" speak through the opening phrase', () => {
    const q = quoteWith('Tenants whose units were flooded in the spring storms say the landlord has not called them back.', 'has not called them back');
    assert.ok(q?.speaker?.name.startsWith('Tenants'), q?.speaker?.name);
  });
});

describe('scout43c: a newsroom that obtained documents is no publisher', () => {
  it('"Lawsuit alleges …" in the headline is not the newsroom\'s after "records, obtained by Global News, show fines issued …"', () => {
    const a = analyze('Lawsuit alleges Laval gym hid unsafe wiring\n\nLAVAL, Que. — Members have sued a gym chain.\n\nThe city\'s permit files, obtained by Global News through a records request, show two fines issued for the building since 2023.');
    const q = a.quotes.find((x) => x.text.includes('hid unsafe wiring'));
    assert.ok(q, 'the headline quote is read');
    assert.notEqual(q.speaker?.name, 'Global News');
  });
  it('near miss: "a report released Monday by Statistics Canada" still names its publisher', () => {
    const a = analyze('Report says rents rose 9 per cent\n\nOTTAWA — A report released Monday by Statistics Canada showed rents rose in every province.');
    const q = a.quotes.find((x) => x.text.includes('rents rose 9 per cent'));
    assert.equal(q?.speaker?.name, 'Statistics Canada');
  });
});

describe('scout43c: a role phrase of one article never joins a holder through a two-letter acronym', () => {
  it('"Thunder Bay\'s fire chief" (TB) is not the "Treasury Board" (TB) president of another article', () => {
    const c = new AnalysingCorpus();
    c.set('story/0.txt', 'Headline one\n\nTHUNDER BAY, Ont. — Thunder Bay\'s fire chief told council on Monday that the department had answered 900 calls in July.');
    c.set('story/1.txt', 'Headline two\n\nTORONTO — Treasury Board President Carla Moss said the hiring freeze would end in May. Moss said 14 ministries were affected.');
    const result = c.build().result;
    const byId = new Map(result.actors.map((a) => [a.id, a]));
    const q = result.documents.flatMap((d) => d.quotes).find((x) => x.text.includes('answered 900 calls'));
    assert.ok(q, 'the quote is read');
    assert.notEqual(q.speaker ? byId.get(q.speaker)?.name : null, 'Carla Moss');
  });
});
