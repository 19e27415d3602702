import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

const HEAD = 'Test\n\nPublished 3 March 2026\n\n';
const said = (text: string): Array<{ text: string; who: string | null }> => quotesOf(HEAD + text).map((q) => ({ text: q.text, who: q.who }));

describe('lead24: the content after a cue', () => {
  it('a noun in -ly right after the cue opens the content, no adverb of the saying ("said supply was tight")', () => {
    assert.deepEqual(said('Energy minister Dara Quinn said supply was tight but stable.'), [{ text: 'supply was tight but stable', who: 'Dara Quinn' }]);
    assert.deepEqual(said('Dara Quinn said family members were told first.'), [{ text: 'family members were told first', who: 'Dara Quinn' }]);
    // an adverb of the saying is still left out
    assert.deepEqual(said('Dara Quinn said quietly that it was over.'), [{ text: 'it was over', who: 'Dara Quinn' }]);
  });

  it('a verb of judgement ends its object before the object’s own ", which said …": that clause is the object’s words', () => {
    assert.deepEqual(said('Councillor Amy Price praised the Harbour Trust, which said the repairs would be finished by June.'), [
      { text: 'the Harbour Trust', who: 'Amy Price' },
      { text: 'the repairs would be finished by June', who: 'Harbour Trust' },
    ]);
    // a relative clause that reports nothing stays in the object
    assert.deepEqual(said('Councillor Amy Price praised the plan, which would cut waste.'), [{ text: 'the plan, which would cut waste', who: 'Amy Price' }]);
  });

  it('"called a strike", "called a snap election" are acts, no words; "called the plan a disaster" and "called for …" report them', () => {
    assert.deepEqual(said('The union called a strike for Monday.'), []);
    assert.deepEqual(said('The premier called a snap election.'), []);
    assert.deepEqual(said('Amy Price called the plan a disaster.'), [{ text: 'the plan a disaster', who: 'Amy Price' }]);
    assert.equal(said('Amy Price called her vote in favour of the bill a mistake.').length, 1);
  });
});

describe('lead24: who "which" and "the museum" are', () => {
  it('"the union, which said" with no union named: a body named by the phrase, not the subject of the sentence', () => {
    const quotes = said('Councillor Amy Price criticised the union, which said the strike would go on.');
    assert.deepEqual(quotes[1], { text: 'the strike would go on', who: 'union' });
    // a name right before "which" is who speaks; a document's maker speaks for it
    assert.equal(said('Amy Price met the Harbour Trust, which said the repairs would be finished by June.')[0].who, 'Harbour Trust');
    assert.equal(said('Her office linked to the Associated Press report, which notes that the talks had failed.')[0].who, 'Associated Press');
  });

  it('"which" after a longer phrase names the body from its last "the" ("a letter to the bank board from the staff association")', () => {
    const quotes = said('The Treasury said it would nominate Mr. Kim. A letter to the bank board from the staff association, which urged consideration of other nominees, was sent.');
    assert.equal(quotes.find((q) => q.text.startsWith('consideration'))?.who, 'staff association');
  });

  it('"the museum", "the centre", "the library": the body named before whose name ends in the noun', () => {
    assert.equal(said('The Marlow Heritage Centre opened in 2019. The centre said it would close in April.')[0].who, 'Marlow Heritage Centre');
    assert.equal(said('The Ashford Public Library lost funding. The library said it would close in April.')[0].who, 'Ashford Public Library');
    // the nearest of two bodies with other heads is not taken for the noun's
    assert.equal(said('The Brenton Zoo lost a tiger. The Royal Ontario Museum opened a wing. The zoo said it would close in April.')[0].who, 'Brenton Zoo');
    // none named: no speaker is guessed
    assert.equal(said('The zoo said it would close in April.')[0].who, null);
  });

  it('cultural and civic institutions are organisations, not people ("Royal Ontario Museum", "Calgary Philharmonic Orchestra")', () => {
    const a = analyze(HEAD + 'The Royal Ontario Museum and the Calgary Philharmonic Orchestra cancelled a joint gala. The orchestra said the hall was unsafe.');
    assert.deepEqual(
      a.actors.map((x) => [x.name, x.kind]),
      [
        ['Royal Ontario Museum', 'organization'],
        ['Calgary Philharmonic Orchestra', 'organization'],
      ],
    );
    assert.equal(a.quotes[0].speaker?.name, 'Calgary Philharmonic Orchestra');
  });
});

describe('lead24: a number word alone speaks', () => {
  it('"“…,” one said", "one of them said": the quotation is found, and its speaker is one of the group named before, else unknown', () => {
    assert.deepEqual(said('Dockworkers gathered at the gate. “We want a deal,” one said.'), [{ text: 'We want a deal,', who: null }]);
    assert.deepEqual(said('Dockworkers gathered at the gate. “We want a deal,” one of them said.').length, 1);
    const residents = said('Residents of Elm Row said the road was unsafe. “We were never asked,” one said.');
    assert.equal(residents[1]?.who, residents[0].who);
    assert.ok(residents[0].who, 'the residents are a group actor');
    // a number word inside a phrase is no subject of its own
    assert.deepEqual(said('The vote was 3-2 after the council said the plan was late.').map((q) => q.text), ['the plan was late']);
  });
});

describe('lead24: municipal and county offices are roles', () => {
  it('"City Clerk Dana Wu", "County Coroner Ruth Ames": the office is a role, never part of the name; as a surname after a given name it stays a name', () => {
    const a = analyze(`${HEAD}City Clerk Dana Wu said the vote was set. County Coroner Ruth Ames said the report was late. John Warden said nothing.`);
    assert.deepEqual(
      a.actors.map((x) => [x.name, x.roles]),
      [
        ['Dana Wu', ['Clerk']],
        ['Ruth Ames', ['Coroner']],
        ['John Warden', []],
      ],
    );
  });
});

describe('lead24: unnamed party members and men with names the table calls women', () => {
  it('"said a New Hampshire Republican" is one unnamed person, not the state', () => {
    const a = analyze(`${HEAD}“It is over,” said a New Hampshire Republican. “It is over,” one Iowa Democrat said.`);
    assert.deepEqual(
      a.quotes.map((q) => [q.speaker?.name, q.speaker?.kind]),
      [
        ['New Hampshire Republican', 'person'],
        ['one Iowa Democrat', 'person'],
      ],
    );
  });

  it('"He continued" after a quotation by Sen. Lindsey Graham is Graham, not a man named inside it ("Lindsey" is borne by men too)', () => {
    const a = analyze(`${HEAD}Sen. Lindsey Graham spoke on Thursday.\n\nGraham said, “I believe we are losing the vote.”\n\nHe continued, “I believe Donald Trump is destroying the party’s chance.”\n\nHe added, “It is sad to watch.”`);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Lindsey Graham', 'Lindsey Graham', 'Lindsey Graham']);
  });
});

describe('lead24: "attacks" with no object is the plural noun', () => {
  it('"the Paris terror attacks test …", "the Brussels attacks would …" report nothing; "attacks Clinton", "attacks rival’s record" do', () => {
    assert.deepEqual(said('The Paris terror attacks test the senator’s strategy on security.'), []);
    assert.deepEqual(said('The Brussels attacks would further harden attitudes toward migrants.'), []);
    assert.equal(said('Amy Price attacks Dara Quinn over the budget.')[0]?.who, 'Amy Price');
    assert.equal(said('In a speech, she attacks rival’s foreign policy inexperience.').length, 1);
  });
});

describe('lead24: what the breaker found in the day’s rules', () => {
  it('"questioned the company, which said" is the company named before, and so is the later "the company"', () => {
    const quotes = said('Volvex Corp reported a quarterly loss. Analysts questioned the company, which said savings would reach $1bn. The company said the plan was on track.');
    // (session 42: questioning people or a body reports no words, so "questioned the company" is no quote of its own)
    assert.deepEqual(quotes.map((q) => q.who), ['Volvex Corp', 'Volvex Corp']);
  });

  it('"praised her deputy, who said": the deputy, not the one who praised', () => {
    assert.equal(said('Councillor Amy Price praised her deputy, who said the plan was sound.')[1]?.who, 'deputy of Amy Price');
  });

  it('"called a second referendum unthinkable", "called a vote on the deal premature" name what they call; "called a meeting to order" is an act', () => {
    assert.equal(said('Former prime minister Bob Ray called a second referendum unthinkable.').length, 1);
    assert.equal(said('Opposition leader Bob Ray called a vote on the deal premature.').length, 1);
    assert.deepEqual(said('Chairman Bob Ray called a meeting to order at 9am.'), []);
  });

  it('"the company" is no museum or zoo; "Miner John Smith" is a miner, not a company; "The Economist said" is no economist named before', () => {
    assert.equal(said('Volvex Corp opened a new plant. The Brenton Zoo lost a tiger. The company said sales rose.')[0]?.who, 'Volvex Corp');
    const a = analyze(`${HEAD}Miner John Smith, 54, said the pit had been his whole life.`);
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind, x.roles]), [['John Smith', 'person', ['Miner']]]);
    assert.equal(said('Ann Lee, an economist at HSBC, said growth would slow. The Economist said in an editorial that the bank had moved too late.')[1]?.who, null);
  });
});

describe('lead24: abbreviated, plural and "then-" titles are roles', () => {
  it('"Govs. Chris Christie", "Pres. Bashar al-Assad", "Then-Sen. Hillary Clinton" are the names without the title; "Amartya Sen" keeps his surname', () => {
    const a = analyze(`${HEAD}Govs. Chris Christie and Ann Lee spoke. Pres. Bashar al-Assad said the war was over. Then-Sen. Hillary Clinton voted yes. Amartya Sen said markets fail.`);
    assert.deepEqual(
      a.actors.filter((x) => x.kind === 'person').map((x) => x.name),
      ['Chris Christie', 'Ann Lee', 'Bashar al-Assad', 'Hillary Clinton', 'Amartya Sen'],
    );
  });
});
