import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { ArticleState } from '../../src/extractor/attribution/state';
import { bareName } from '../../src/extractor/attribution/groups';
import { actorNames, quotesOf } from './helpers';

/** Junk actors and junk rows a journalist sees in the Actors tree and in quote lists (issue 7), each as its kind. */
describe('rows 28: Title Case lines name only what the body or the lexicon confirms', () => {
  const article =
    'Orla Brennan Says Ferry Fares Will Rise, Council Pushes Back.\n\n' +
    'Orla Brennan, who runs the island ferry company, said on Monday that fares would rise by a tenth in spring.\n\n' +
    '"We have held prices for six years," Brennan told the Clare Echo.\n\n' +
    'Quiet Harbour Towns Brace For A Long Winter.\n\n' +
    'Shopkeepers in Kilbrook said trade had already slowed.';

  it('a headline ending in a full stop gives no actor for a verb or a phrase it capitalises', () => {
    const names = actorNames(analyze(article));
    for (const junk of ['Council Pushes Back', 'Pushes Back', 'Ferry Fares', 'Long Winter', 'Quiet Harbour Towns']) assert.ok(!names.includes(junk), `${junk} in ${names.join(', ')}`);
    assert.ok(names.includes('Orla Brennan'));
  });

  it('the headline still reports its speaker, the name the body confirms', () => {
    const q = quotesOf(article).find((x) => x.text.startsWith('Ferry Fares Will Rise'));
    assert.equal(q?.who, 'Orla Brennan');
  });

  it('a headline may give the full name of a person the body calls by surname alone', () => {
    const a = analyze('Nuala Fenwick: We Will Not Close The Library.\n\nThe mayor said the branch would stay open. "Books are not a luxury," Fenwick said.');
    const q = a.quotes.find((x) => x.text.startsWith('Books'));
    assert.equal(q?.speaker?.name, 'Nuala Fenwick');
  });

  it('a word a headline shouts is no acronym when the article writes it in lower case; an acronym stands', () => {
    const names = actorNames(analyze('Why THIS Ferry Plan Will Sink The NLRB Budget.\n\nThe ferry company said this plan would cost the NLRB dearly.'));
    assert.ok(!names.includes('THIS'), names.join(', '));
    assert.ok(names.includes('NLRB'), names.join(', '));
  });

  it('a line of names alone (a caption, a credit) is no Title Case line: its names stand', () => {
    const names = actorNames(analyze('Storm closes schools\n\nThe storm closed every school in the county on Friday, officials said.\n\nContributing: Keelan Moss and Ebba Strand.'));
    assert.ok(names.includes('Keelan Moss') && names.includes('Ebba Strand'), names.join(', '));
  });
});

describe('rows 28: a headline is a quote only with a cue and a source', () => {
  const body = '\n\nThe county clerk said on Tuesday that the count would take a week. "We will not rush it," Hedda Lowry said.';

  it('a label that names no source before the colon makes no quote ("Stealth Over Health:")', () => {
    assert.ok(!quotesOf(`Quiet Before The Storm: Ballots Pile Up In County Basement.${body}`).some((q) => q.text.startsWith('Ballots')));
  });

  it('an exclamation before the colon makes no quote either, for it names no one', () => {
    assert.ok(!quotesOf(`WOW: Ballots Pile Up In County Basement.${body}`).some((q) => q.text.startsWith('Ballots')));
  });

  it('a document or a person before the colon still reports the headline', () => {
    assert.ok(quotesOf(`Survey: Voters Trust Paper Ballots More.${body}`).some((q) => q.text.startsWith('Voters Trust')));
    const q = quotesOf(`Hedda Lowry: Every Ballot Will Be Counted.${body}`).find((x) => x.text.startsWith('Every Ballot'));
    assert.equal(q?.who, 'Hedda Lowry');
  });

  it('a headline name the body repeats is its speaker, though the headline verb follows it ("X Tweets A …")', () => {
    const q = quotesOf('Hedda Lowry Tweets A Count Of The Missing Ballots.\n\nCounty clerk Hedda Lowry posted the figures on Sunday night.').find((x) => x.text.startsWith('A Count'));
    assert.equal(q?.who, 'Hedda Lowry');
  });
});

describe('rows 28: a group is named without the clause or the dangling conjunction after it', () => {
  it('a relative clause is no part of the group\'s name', () => {
    const q = quotesOf('Growers who lost their orchards to the frost said the relief fund came too late.').find((x) => x.text.startsWith('the relief fund'));
    assert.equal(q?.who, 'Growers');
  });

  it('a conjunction with nothing after it ends no name, a clause after "that" is no part of one', () => {
    const text = 'He had no word from members of the harbour board or the city. An attorney that the hearing was pointless since March spoke.';
    const st = new ArticleState(text, {});
    const t = st.paragraphs[0].tokens;
    const at = (w: string): number => t.findIndex((x) => x.text === w);
    assert.equal(bareName(st, t, at('members'), at('the') + 4), 'members of the harbour board');
    assert.equal(bareName(st, t, at('An'), at('spoke')), 'attorney');
  });
});

describe('rows 28: markup tags are line breaks, not text', () => {
  const text =
    'Okafor takes his fight online\n\n' +
    'State Sen. Jerome Okafor posted a message to voters on Friday.\n\n' +
    '<post id="4471" author="@RuthAnnDale">No more dark money in this seat. Vote November 3.</post>.\n\n' +
    '"Voters deserve to know who pays," Okafor said at a rally in Dunmore.';

  it('a tag\'s attributes name no one', () => {
    const names = actorNames(analyze(text));
    assert.ok(!names.some((n) => /RuthAnnDale|post/i.test(n)), names.join(', '));
  });

  it('a quote never runs into a tag, and offsets stay those of the raw text', () => {
    const a = analyze(text);
    for (const q of a.quotes) assert.ok(!/[<>]/.test(text.slice(q.start, q.end)), text.slice(q.start, q.end));
    const q = a.quotes.find((x) => x.text.startsWith('Voters deserve'));
    assert.equal(q?.speaker?.name, 'Jerome Okafor');
    assert.equal(text.slice(q!.start, q!.end), q!.text);
  });

  it('a block tag is a line break: a name either side of it is two names, not one', () => {
    const a = analyze('Road to reopen\n\nMara Quill, the mayor, said the road would reopen.<br/>Dana Voss, her deputy, said work had begun.');
    const names = actorNames(a);
    assert.ok(names.includes('Mara Quill') && names.includes('Dana Voss') && !names.some((n) => /Quill.*Dana|\bbr\b/.test(n)), names.join(', '));
    assert.equal(a.quotes.find((q) => q.text.startsWith('work had'))?.speaker?.name, 'Dana Voss');
  });

  it('an inline tag is a space: the sentence around a link keeps its cue and source', () => {
    const text = 'Bridge costs\n\nThe <a href="https://example.org/plan" target="_blank">new bridge plan</a> would cost $40 million, Mayor Mara Quill said on Monday.';
    const q = quotesOf(text).find((x) => x.text.includes('would cost'));
    assert.equal(q?.who, 'Mara Quill');
    assert.ok(!actorNames(analyze(text)).some((n) => /href|blank|example/i.test(n)));
  });
});

describe('rows 28: a document of an owner named by a role speaks as the role\'s holder', () => {
  it('the holder the article names, when it names one', () => {
    const q = quotesOf('Port plan\n\nMayor Delia Strand disputed the figure.\n\nThe mayor\'s letter says the council was never consulted.').find((x) => x.text.startsWith('the council'));
    assert.equal(q?.who, 'Delia Strand');
  });

  it('else an unnamed person named by the role, never a body named after the document', () => {
    const a = analyze('Tariffs\n\nThe president\'s letter says the steel tariffs will stay until June.');
    const q = a.quotes.find((x) => x.text.startsWith('the steel tariffs'));
    assert.equal(q?.speaker?.name, 'president');
    assert.equal(q?.speaker?.kind, 'person');
    assert.ok(!actorNames(a).some((n) => /letter/.test(n)));
  });
});

describe('rows 28: whom a document went to does not speak for it', () => {
  it('"the governor\'s memo to lawmakers argues": the governor, not the lawmakers', () => {
    const q = quotesOf('Dam repairs\n\nGov. Tomas Reyes visited the dam.\n\nThe governor\'s memo to lawmakers argues the state cannot pay for the work this year.').find((x) => x.text.startsWith('the state cannot'));
    assert.equal(q?.who, 'Tomas Reyes');
  });

  it('"its filing with regulators says": the company', () => {
    const q = quotesOf('Data rules\n\nLumora Systems makes cloud software.\n\nThe company\'s filing with regulators says user data may be shared.').find((x) => x.text.startsWith('user data'));
    assert.equal(q?.who, 'Lumora Systems');
  });
});

describe('rows 28: a first line that is a sentence keeps its names', () => {
  it('a lower-case verb makes it no Title Case line', () => {
    const q = quotesOf('Mayor Delia Strand disputed the figure on Tuesday.\n\nThe council met again on Wednesday.').find((x) => x.text.startsWith('the figure'));
    assert.equal(q?.who, 'Delia Strand');
  });
});
