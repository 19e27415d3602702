import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

/**
 * Sources on an eighth round of unseen news (session 19): a second speaker after a contrasting
 * conjunction, people a relative "who" refers to, a person told by nationality. Each kind in other
 * words than the articles that showed it.
 */
const said = (body: string) => quotesOf(`Headline\n\n${body}`).map((q) => [q.who, q.text]);

describe('unseen news 11: a second speaker in the same sentence', () => {
  it('"…, but the chair, NAME, said …": the second clause is a quote of its own, not the first speaker’s content', () => {
    assert.deepEqual(said('Priya Nair argued that fares must rise, but the board chair, Owen Tate, said they would not.'), [
      ['Priya Nair', 'fares must rise'],
      ['Owen Tate', 'they would not'],
    ]);
  });

  it('"…, whereas others said …": the content ends before the contrasting clause', () => {
    const q = said('Several economists said inflation would ease, whereas others said it would climb.');
    assert.deepEqual(q[0], ['economists', 'inflation would ease']);
    assert.equal(q[1][1], 'it would climb');
  });

  it('"…, while a second NOUN, speaking on condition of anonymity, said …": an anonymous source of its own', () => {
    const q = said('Trustee Lena Ortiz said the budget was too small, while a second trustee, speaking on condition of anonymity, said the plan would collapse.');
    assert.deepEqual(q[0], ['Lena Ortiz', 'the budget was too small']);
    assert.equal(q[1][1], 'the plan would collapse');
    assert.notEqual(q[1][0], 'Lena Ortiz');
    assert.match(String(q[1][0]), /trustee/);
  });

  it('a conjunction inside a quote’s content that opens no speaker’s clause still leaves the content whole', () => {
    assert.deepEqual(said('Mayor Tomás Leal said the road would reopen, but only after the rains.'), [['Tomás Leal', 'the road would reopen, but only after the rains']]);
  });
});

describe('unseen news 11: "who" after people named by a plain noun', () => {
  it('"Dock workers, who say …": the workers speak, not "who"', () => {
    assert.deepEqual(said('The port is idle. Dock workers, who say their pay has not risen in years, walked out on Monday.'), [['Dock workers', 'their pay has not risen in years']]);
  });

  it('at the sentence’s start the capitalised people noun is still the speaker', () => {
    assert.deepEqual(said('Tenants, who say the heating has failed twice, plan a rent strike.'), [['Tenants', 'the heating has failed twice']]);
  });

  it('"who" after a thing stays unresolved rather than given to the thing', () => {
    const q = said('The bridge, who say critics is unsafe, will close.');
    assert.ok(q.every(([who]) => who !== 'bridge' && who !== 'The bridge'), JSON.stringify(q));
  });
});

describe('unseen news 11: a person told by nationality', () => {
  it('"the Kenyan said" is the one person the article named before', () => {
    assert.deepEqual(said('Runner Faith Wanjiru crossed the line first. “My legs were gone,” the Kenyan said.'), [['Faith Wanjiru', 'My legs were gone,']]);
  });

  it('among several people, "the Frenchman" is the one told by that word, and no one when none was', () => {
    assert.deepEqual(said('Frenchman Luc Garnier won the stage ahead of Jonas Vik. Vik praised him. The Frenchman said the climb had been brutal.')[0], ['Luc Garnier', 'the climb had been brutal']);
    const q = said('Luc Garnier won the stage ahead of Jonas Vik and Aled Morgan. The Welshman said the climb had been brutal.');
    assert.deepEqual(q, [[null, 'the climb had been brutal']]);
  });

  it('a plural-only nationality ("the Chinese said") or a country’s short form ("the U.S. says") names no person', () => {
    for (const body of ['Ambassador Li Wei arrived. The Chinese said the talks were useful.', 'Ambassador Li Wei arrived. The U.S. says the talks were useful.']) {
      const q = said(body);
      assert.equal(q.length, 1, body);
      assert.notEqual(q[0][0], 'Li Wei', body);
    }
  });
});

describe('unseen news 11: roles held "to" someone, and a dash aside after an appositive', () => {
  it('"a personal assistant to a city councillor told" is the assistant, never the councillor', () => {
    const q = quotesOf('Headline\n\nA former personal assistant to a Bristol city councillor told the court that she saw the cash.');
    assert.equal(q.length, 1);
    assert.match(String(q[0].who), /^former personal assistant to/);
  });

  it('"NAME, a partner at FIRM — no relation to … — said": the person speaks, not the firm', () => {
    assert.deepEqual(said('Dara Quinn founded Loop. Sean Quinn, a partner at venture firm Harbour Lane Capital — no relation to the founder — said the cuts were overdue.'), [['Sean Quinn', 'the cuts were overdue']]);
  });
});

describe('unseen news 11: a surname two people share, before the second is named', () => {
  it('a lone surname is the one person of that surname the article had named so far', () => {
    const q = said('Flood warnings went out, according to forecaster Mohammad Karim Hossain. Hossain said the river would crest at noon. Later, his cousin Azizur Hossain, a farmer, said the fields were lost.');
    assert.deepEqual(q.map(([who]) => who), ['Mohammad Karim Hossain', 'Mohammad Karim Hossain', 'Azizur Hossain']);
  });

  it('after both are named, the lone surname is still no one’s guess', () => {
    const q = said('Mohammad Karim Hossain and Azizur Hossain met. Hossain said the river would crest at noon.');
    assert.ok(!['Mohammad Karim Hossain', 'Azizur Hossain'].includes(String(q[q.length - 1][0])), JSON.stringify(q));
  });

  it('a title must be borne out: "Mr." is not the one named before whose gender nothing tells', () => {
    const q = said('Ghaliya Rahim spoke first. Mr. Rahim said the family would sue. Later Tariq Rahim joined them.');
    assert.notEqual(q.find(([, text]) => text === 'the family would sue')?.[0], 'Ghaliya Rahim');
  });
});

describe('unseen news 11: bodies told by their trade or by what they own', () => {
  it('"the state-run power company" is no body named before whose name says nothing of power', () => {
    const q = said('The United Nations children’s agency UNICEF said a million children were at risk. Power was cut to two million homes, the state-run power company said.');
    assert.equal(q[1][0], 'state-run power company');
  });

  it('"the power company" is still the body named before whose name says power', () => {
    const q = said('Westgrid Power Company raised its prices. Bills will rise in May, the power company said.');
    assert.equal(q[0][0], 'Westgrid Power Company');
  });

  it('"the drug’s maker" is a body of its own, not the journal named nearby', () => {
    const q = said('The study was published in The Lancet. The drug’s maker, a generic manufacturer, said it had no role in the study.');
    assert.equal(q[0][0], 'drug’s maker');
  });

  it('"One of them said" after a group spoke is that group', () => {
    assert.deepEqual(said('Two border officials said the crossing was shut. One of them said traders had been turned back.').map(([who]) => who), ['border officials', 'border officials']);
  });
});

describe('unseen news 11: a sentence that ends on an abbreviation', () => {
  it('"… in the U.S. The board said …": the abbreviation’s stop ends the sentence, and the next one is attributed on its own', () => {
    const q = said('Prices rose 4 percent in the U.S. The board said rates would hold. Orrin Tools Inc. The firm said nothing.');
    assert.deepEqual(q[0], ['board', 'rates would hold']);
    assert.ok(!quotesOf('Headline\n\nPrices rose 4 percent in the U.S. The board said rates would hold.').some((x) => x.text.includes('Prices')));
  });

  it('a title or a name after the abbreviation does not end it: "U.S. Rep. Ana Ruiz said", "Acme Inc. President Bo Lind said"', () => {
    assert.deepEqual(said('U.S. Rep. Ana Ruiz said the bill would pass.'), [['Ana Ruiz', 'the bill would pass']]);
  });
});

describe('unseen news 11: a person known by whose they are', () => {
  it('"Variety’s critic called …": a person named by the phrase, not no one', () => {
    const q = quotesOf('Headline\n\nThe film opened on Friday. Screenworld’s critic called the film “a beautiful endurance test.”');
    assert.equal(q[0].who, 'Screenworld’s critic');
  });

  it('the phrase is the person whose role it is, where the article gave one ("Dan Roe, the fund’s lawyer and treasurer,")', () => {
    const q = said('Dan Roe, the fund’s lawyer and treasurer, answered questions. The fund’s lawyer said the fees were normal.');
    assert.deepEqual(q[q.length - 1], ['Dan Roe', 'the fees were normal']);
  });
});

describe('unseen news 11: a role with the body it is held at', () => {
  it('"Bank boss says …" is no chief executive of another body: no one rather than the wrong one', () => {
    const q = quotesOf('Bank boss says prices will ease\n\nPrices will ease next year, Maya Oduya, the governor of the central bank, told the radio.\n\nLena Varga, chief executive of the Tenants Foundation, said rents were still rising.');
    assert.notEqual(q[0].who, 'Lena Varga');
  });

  it('the body word that the holder’s role names still finds the holder ("Bank chief" for the head of a bank)', () => {
    const q = quotesOf('Bank chief says prices will ease\n\nPrices will ease next year, said Maya Oduya, chief executive of Northway Bank.\n\nLena Varga, chief executive of the Tenants Foundation, said rents were still rising.');
    assert.equal(q[0].who, 'Maya Oduya');
  });
});

describe('unseen news 11: another name in apposition, and people nouns of sport and of Irish police', () => {
  it('"NAME, known as ALIAS, said …": the person before the alias speaks', () => {
    assert.deepEqual(said('Rebel leader Yusuf Adan Farah, known as Gacmeey, said in a message that his men would hold the town.'), [['Yusuf Adan Farah', 'his men would hold the town']]);
    assert.deepEqual(said('Singer Ola Brandt, better known as Lumo, said the tour was over.'), [['Ola Brandt', 'the tour was over']]);
  });

  it('"the seven-time world champion said" is a source phrase (a quote, even with no one named to hold it)', () => {
    assert.equal(quotesOf('Headline\n\nThe race ended early. The three-time world champion said the rain had won.').length, 1);
  });

  it('"according to gardaí" is a group of people', () => {
    assert.deepEqual(said('Two men were arrested, according to gardaí.'), [['gardaí', 'Two men were arrested']]);
  });
});

describe('unseen news 11: a body known by the first word of its name', () => {
  it('"fans of Harrowgate" after "Harrowgate United" mention the club', () => {
    const a = analyze('Headline\n\nKestwick United beat the leaders 2-1. Fans of Kestwick sang all night.');
    const club = a.actors.find((x) => x.name === 'Kestwick United');
    assert.ok(club);
    assert.equal(a.mentions.filter((m) => m.actor === club).length, 2);
  });

  it('"Tarn’s chief executive" after "Tarn Metals" is the chief executive of Tarn Metals', () => {
    const [q] = analyze('Headline\n\nBriar Mining was fined on Monday.\n\nBriar’s chief executive said the fine was unjust.').quotes;
    assert.equal(q.speaker?.name, 'chief executive of Briar Mining');
  });
});

describe('unseen news 11: a second subject after "and" and a relative aside; an ombudsman', () => {
  it('"…, and one distributor, who did not want to be named, told me …" is a quote of its own', () => {
    const q = said('The film opened on Friday. Screenworld’s critic called it “a beautiful endurance test”, and one distributor, who did not want to be named, told me it was “unsellable abroad”.');
    assert.equal(q.length, 2);
    assert.ok(!String(q[0][1]).includes('distributor'), String(q[0][1]));
    assert.equal(q[1][1], 'it was “unsellable abroad”');
  });

  it('"In its decision, the ombudsman said …" is a source', () => {
    assert.equal(said('In its decision, the ombudsman said the handling fell well below standards.').length, 1);
  });
});

describe('unseen news 11: a person "known as" a nickname', () => {
  it('"Mr. Rhodes, known as Kit," and a later "Kit Rhodes" are one person, filed under the name they are known by', () => {
    const a = analyze('Headline\n\nLife was good for a young Christopher Ellis Rhodes. His pastor remembers Mr. Rhodes, known as Kit, as a lively boy.\n\nVoters still like Kit Rhodes, one said.');
    assert.deepEqual(a.actors.filter((x) => x.kind === 'person').map((x) => x.name), ['Kit Rhodes']);
    assert.ok(a.actors[0].aliases.includes('Christopher Ellis Rhodes'));
  });

  it('a nickname no one is named by in full stays an alias of the person', () => {
    const a = analyze('Headline\n\nArmy chief Tomas Varga, known as Vago, said the border was calm.');
    const p = a.actors.find((x) => x.name === 'Tomas Varga');
    // (a nickname no list knows as a given name is used alone: "Vago", not "Vago Varga"; quick37k)
    assert.ok(p?.aliases.includes('Vago'), JSON.stringify(p?.aliases));
  });
});

describe('unseen news 11: the breaker’s findings on this session’s rules', () => {
  it('a nationality is not the one person named when a role gives them another, or the noun another gender', () => {
    assert.deepEqual(said('American golfer Jane Hill won by two shots. The Briton said the greens were slow.'), [[null, 'the greens were slow']]);
    assert.deepEqual(said('Anna Smith chaired the panel. The Dutchman said the vote was rigged.'), [[null, 'the vote was rigged']]);
  });

  it('"ruled that" reports only with a clause after "that"', () => {
    assert.deepEqual(said('Mayor Jane Doe ruled that out on Monday.'), []);
    assert.deepEqual(said('King Harald ruled that country for decades.'), []);
    assert.equal(said('The tribunal ruled that the dismissal was unfair.').length, 1);
  });
});

describe('unseen news 11: more of the breaker’s findings', () => {
  it('"The Post" beside two papers named "… Post" is neither of them', () => {
    const q = said('The Washington Post and the New York Post ran the story. The Post said the figures were wrong.');
    assert.deepEqual(q, [[null, 'the figures were wrong']]);
  });

  it('"…, and one of them, who asked not to be named, told …" never takes the clause before as its source', () => {
    const [q] = quotesOf('Headline\n\nGrowers met in the valley. Prices fell, and one of them, who asked not to be named, told reporters the season was lost.');
    assert.equal(q.speakerMention?.text, 'one of them');
  });
});

describe('unseen news 11: a nickname in quotation marks', () => {
  it('"NAME, nicknamed “ALIAS”, said …" keeps the quote and its speaker', () => {
    assert.deepEqual(said('Dock boss Ines Faro, nicknamed “The Anchor”, said the strike would go on.'), [['Ines Faro', 'the strike would go on']]);
    assert.deepEqual(said('Ana Ruiz, known as ‘Spike’ to her friends, said the race was fixed.'), [['Ana Ruiz', 'the race was fixed']]);
  });

  it('a quotation before an appositive still ends the subject', () => {
    const q = said('“We will win,” an organiser, who was not authorised to speak, told reporters.');
    assert.equal(q[0][1], 'We will win,');
  });
});
