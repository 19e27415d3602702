/**
 * What session 38's scout (attribution) found on unseen Canadian and US news (courts, sport,
 * obituaries, recalls, police ledes, labour): kinds of wrong or missed attribution, each as a
 * whole kind, in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

/** The speaker's name of the quote whose text holds `words` (null when none); fails when no quote holds them. */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who;
};
/** The kind of the actor named `name` in `text`, undefined when there is none. */
const kindOf = (text: string, name: string): string | undefined => analyze(text).actors.find((a) => a.name === name)?.kind;

describe('scout38a: attribution on unseen news', () => {
  it('a stance in a clause that a closing "according to X" reports is X\'s, not the subject\'s ("Rourke intends to appeal, according to his lawyer")', () => {
    const plea = 'Contractor charged\n\nSASKATOON — Brendan Rourke, 44, faces two counts of fraud.\n\nRourke intends to contest the charges, according to his lawyer, Maria Santangelo.';
    assert.equal(who(plea, 'contest the charges'), 'Maria Santangelo');
    const wants = 'Mill closure\n\nTHUNDER BAY — Domtar wants to sell the mill by spring, according to union president Gord Lepage.';
    assert.equal(who(wants, 'sell the mill'), 'Gord Lepage');
    // near miss: with no closing "according to", the stance stays the subject's
    const own = 'Contractor charged\n\nSASKATOON — Brendan Rourke, 44, faces two counts of fraud. Rourke intends to contest the charges.';
    assert.equal(who(own, 'contest the charges'), 'Brendan Rourke');
    // near miss: words said by the subject keep their speaker; "according to" tells where they were heard
    const heard = 'Council rift\n\nREGINA — Coun. Dana Whitecalf told colleagues she would resign, according to two people at the meeting.';
    assert.equal(who(heard, 'would resign'), 'Dana Whitecalf');
  });

  it('a post on a named platform is a document, not a cue ("wrote in a Facebook post that …")', () => {
    const text = 'Coach dies\n\nSUDBURY — Longtime hockey coach Ray Belanger has died.\n\nFormer player Kyle Okafor, now a firefighter, wrote in a Facebook post that Belanger taught him to never give up.';
    assert.equal(who(text, 'taught him to never give up'), 'Kyle Okafor');
    const insta = 'Bakery closes\n\nHALIFAX — Owner Priya Nair wrote in an Instagram post that the shop would close on Sunday.';
    assert.equal(who(insta, 'shop would close'), 'Priya Nair');
  });

  it('a make and model before a product\'s noun is no person, and the company\'s lone name is the company ("Ford said")', () => {
    const text = 'Recall\n\nDETROIT (AP) — General Motors Co. is recalling 90,000 Chevrolet Equinox and GMC Terrain models. GM said in a statement that it knew of no injuries.';
    assert.notEqual(kindOf(text, 'Chevrolet Equinox'), 'person');
    assert.notEqual(kindOf(text, 'GMC Terrain'), 'person');
    const ford = 'Recall\n\nDEARBORN, Mich. (AP) — Ford Motor Co. is recalling 12,000 Ford Ranger pickups. Ford said it was not aware of any crashes.';
    assert.notEqual(kindOf(ford, 'Ford Ranger'), 'person');
    assert.equal(who(ford, 'not aware of any crashes'), 'Ford Motor Co.');
    // near miss: people joined by "and" before a lower-case noun that is no product stay people
    const people = 'Awards\n\nTORONTO — Maria Chen and David Olsen volunteers were honoured. Maria Chen said the night was special.';
    assert.equal(kindOf(people, 'Maria Chen'), 'person');
  });

  it('a player described by position with a team\'s name ("the former Oilers winger said") is the one person just named', () => {
    const text = 'Flames top Jets\n\nCALGARY — The Calgary Flames beat the Winnipeg Jets 3-1 on Thursday.\n\nBlake Coleman, who played two seasons in Winnipeg, was cheered by visiting fans.\n\n"It\'s always nice to come back," the former Jets forward said.';
    assert.equal(who(text, 'nice to come back'), 'Blake Coleman');
    const pitcher = 'Mariners win\n\nSEATTLE — Former Astros ace Luis Garcia got a warm welcome. The former Houston pitcher said he still has friends there.';
    assert.equal(who(pitcher, 'still has friends'), 'Luis Garcia');
    // near miss: two players in view leave the description unresolved
    const two = 'Flames top Jets\n\nCALGARY — Blake Coleman and Nikolaj Ehlers both scored on Thursday.\n\n"It\'s always nice to come back," the former Jets forward said.';
    assert.equal(who(two, 'nice to come back'), null);
  });

  it('a body\'s name listed with commas inside an appositive is part of the role, not the subject', () => {
    const text = 'Strike notice\n\nNAIROBI — Grace Achieng, secretary general of the Kenya Nurses, Midwives and Clinical Officers Union, said the talks had collapsed.';
    assert.equal(who(text, 'talks had collapsed'), 'Grace Achieng');
    // near miss: the body itself as the subject still speaks
    const body = 'Strike notice\n\nNAIROBI — The Kenya Nurses, Midwives and Clinical Officers Union said the talks had collapsed.';
    assert.notEqual(who(body, 'talks had collapsed'), null);
  });

  it('a place\'s office in a lede ("the city\'s police chief said") is the holder the next paragraph names, past a headline that says so too', () => {
    const text = 'Officer shoots man who fired at police, chief says\n\nTACOMA, Wash. (AP) — A Tacoma police officer shot a man who fired at officers outside a grocery store Monday, the city\'s police chief said.\n\nChief Avery Moore said the man was taken to hospital.';
    assert.equal(who(text, 'A Tacoma police officer shot'), 'Avery Moore');
    // near miss: a next paragraph that names someone of another office leaves the phrase its own
    const other = 'Officer shoots man\n\nTACOMA, Wash. (AP) — A Tacoma police officer shot a man who fired at officers outside a grocery store Monday, the city\'s police chief said.\n\nMayor Victoria Woodards said the city would review the case.';
    assert.notEqual(who(other, 'A Tacoma police officer shot'), 'Victoria Woodards');
  });
});
