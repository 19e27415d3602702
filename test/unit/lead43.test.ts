/**
 * Kinds of wrong source the lead fixed in session 43 (left by session 42's breaker), each written
 * again in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf, speakerHolding } from './helpers';
import { extractEvents } from '../../src/extractor/events';

const who = speakerHolding;
const kindOf = (text: string, name: string): string | undefined => analyze(text).actors.find((a) => a.name === name)?.kind;

describe('lead43: sources found on unseen news', () => {
  it('a home town set off by commas after a person’s name is an aside: the person speaks', () => {
    assert.equal(who('Ferry\n\nPriya Nair, Moncton, said the crossing was cancelled twice.', 'crossing was cancelled'), 'Priya Nair');
    assert.equal(who('Ferry\n\nDon Fraser, Truro, N.S., said the crossing was cancelled twice.', 'crossing was cancelled'), 'Don Fraser');
    assert.equal(who('Ferry\n\nMr. Ortega, Texas, told reporters the crossing was cancelled.', 'crossing was cancelled'), 'Ortega');
    // near miss: a place named after a body, not a person, is no home town of a speaker
    const body = 'Ferry\n\nThe operator, Marine Atlantic, said the crossing was cancelled.';
    assert.equal(who(body, 'crossing was cancelled'), 'Marine Atlantic');
  });

  it('a given name and a place head before an aside and a speech verb are a person ("Lin Park, of Regina, said")', () => {
    const park = 'Rink\n\nLin Park, of Regina, said the rink would open in December.';
    assert.equal(who(park, 'rink would open'), 'Lin Park');
    assert.equal(kindOf(park, 'Lin Park'), 'person');
    const aged = 'Rink\n\nAmy Hill, 43, said the rink would open in December.';
    assert.equal(kindOf(aged, 'Amy Hill'), 'person');
    // near miss: the same shape with no speech verb after the asides stays a place
    const place = 'Rink\n\nThe rink at Victoria Park, Regina, opens in December.';
    assert.notEqual(kindOf(place, 'Victoria Park'), 'person');
  });

  it('a headline label that is a town or province tells where, not who ("Regina: mayor says …")', () => {
    const town = 'Regina: mayor says budget is balanced\n\nREGINA — Mayor Tom Vick said on Monday the budget was balanced.';
    assert.ok(!quotesOf(town).some((q) => q.who === 'Regina'), 'Regina speaks no words');
    assert.equal(who(town, 'budget was balanced'), 'Tom Vick');
    const province = 'Manitoba: ‘We will not sign’ on health deal\n\nPremier Ada Lund said the province would hold out.';
    assert.ok(!quotesOf(province).some((q) => q.text.includes('We will not sign') && q.who), 'no speaker for a place label');
    // a label of any kind before words that name their own source gives them no speaker
    const topic = 'Tariffs: minister says talks will resume\n\nTrade Minister Ada Lund said talks would resume in May.';
    assert.ok(!quotesOf(topic).some((q) => q.who === 'Tariffs'), 'the topic speaks no words');
    // near miss: a name label keeps its speaker
    const name = 'Vick: ‘We will balance the budget’\n\nMayor Tom Vick said on Monday the budget was balanced.';
    assert.equal(who(name, 'We will balance the budget'), 'Tom Vick');
  });

  it('a public body named by two services it gives is one body, and its officer after the cue speaks', () => {
    const fire = 'Blaze\n\n“Crews held the line,” said Moncton Fire and Rescue Chief Aline Roy.\n\nMoncton Fire and Rescue said the cause was under investigation.';
    assert.equal(who(fire, 'Crews held the line'), 'Aline Roy');
    assert.equal(who(fire, 'cause was under investigation'), 'Moncton Fire and Rescue');
    assert.equal(kindOf(fire, 'Moncton Fire and Rescue'), 'organization');
    assert.ok(!analyze(fire).actors.some((a) => a.name === 'Rescue'), 'no actor "Rescue"');
    const parks = 'Trail\n\nThe trail closes Friday, said Saanich Parks and Recreation Director Len Obi.';
    assert.equal(who(parks, 'trail closes Friday'), 'Len Obi');
    // near miss: two people joined by "and" after a cue are not one body
    const two = 'Trail\n\n“It is closed,” said Police Chief Ann Roy and Fire Chief Len Obi.';
    assert.notEqual(who(two, 'It is closed'), 'Len Obi');
  });

  it('a Q&A set in Markdown bold ("**Q: …**", "**A:** …") gives the answers to the one interviewed', () => {
    const qa = 'Five questions for the fire chief\n\nFire Chief Omar Reyes spoke with the Courier about the season ahead.\n\n**Q: How dry is it out there?**\n\n**A:** Drier than any spring I can remember in this county.\n\n**Q: What should residents do?**\n\n**A:** Clear the brush from around their homes this week.';
    assert.equal(who(qa, 'Drier than any spring'), 'Omar Reyes');
    assert.equal(who(qa, 'Clear the brush'), 'Omar Reyes');
    const underscored = qa.replace(/\*\*/g, '__');
    assert.equal(who(underscored, 'Clear the brush'), 'Omar Reyes');
    // near miss: a bold line alone is no interviewer's question, and the words under it are the article's
    const bold = 'Season\n\nFire Chief Omar Reyes spoke on Monday.\n\n**What happens next?**\n\nCrews will clear the brush this week.';
    assert.ok(!quotesOf(bold).some((q) => q.text.includes('clear the brush')));
  });

  it('a person’s role in apposition that a second appositive describes still stands for the person', () => {
    const two = 'Cheese\n\nMarta Ilic, the owner of Fromagerie Ilic, a Montreal cheesemaker, said the new rules would cost her dearly.';
    assert.equal(who(two, 'new rules would cost'), 'Marta Ilic');
    const founder = 'Cheese\n\nDr. Paul Osei, the founder of Osei Dairy Labs, a Guelph testing firm, told reporters the rules were overdue.';
    assert.equal(who(founder, 'rules were overdue'), 'Paul Osei');
    // near miss: a role phrase with no name before it stays the unnamed owner
    const unnamed = 'Cheese\n\nThe owner of Fromagerie Ilic, a Montreal cheesemaker, said the new rules would cost her dearly.';
    assert.notEqual(who(unnamed, 'new rules would cost'), 'Marta Ilic');
  });

  it('a month that ends a reporting period ("the fiscal year ending in March") dates no event', () => {
    const forecast = 'Layoffs\n\nPublished: 2026-11-26\n\nThe company on Thursday cut its revenue forecast for the fiscal year ending in March, to between $410 million and $425 million.';
    assert.ok(!extractEvents(analyze(forecast)).some((e) => e.date?.endsWith('-03')), JSON.stringify(extractEvents(analyze(forecast)).map((e) => [e.label, e.date])));
    // near miss: a month that is the event's own stays its date
    const results = 'Results\n\nPublished: 2026-11-26\n\nThe company will report its results in March.';
    assert.ok(extractEvents(analyze(results)).some((e) => e.date === '2027-03'), JSON.stringify(extractEvents(analyze(results)).map((e) => [e.label, e.date])));
  });

  it('the newsroom’s own reporter who met someone does not take the next “she said”', () => {
    const met = 'Flood\n\nCorrespondent Julia Berg met Rosa Delgado outside the shelter on Tuesday.\n\n“The water came up to the windows,” she said.';
    assert.equal(who(met, 'water came up'), 'Rosa Delgado');
    // near miss: a role that is no newsroom's keeps the subject
    const nurse = 'Flood\n\nNurse Julia Berg met Rosa Delgado outside the shelter on Tuesday.\n\n“The water came up to the windows,” she said.';
    assert.equal(who(nurse, 'water came up'), 'Julia Berg');
  });

  it('a national or provincial body named by two fields or institutions and its place is one body', () => {
    assert.equal(who('Cuts\n\nColleges and Institutes Canada said the cap would close programs.', 'cap would close'), 'Colleges and Institutes Canada');
    assert.equal(who('Cuts\n\nParks and Recreation Ontario said the trails would stay open.', 'trails would stay open'), 'Parks and Recreation Ontario');
    assert.equal(who('Cuts\n\nSport and Recreation Nova Scotia said the grants would go ahead.', 'grants would go ahead'), 'Sport and Recreation Nova Scotia');
    // near miss: two people's names joined before a country are not one body
    assert.notEqual(kindOf('Cuts\n\nJordan and Smith Canada said the grants would go ahead.', 'Jordan and Smith Canada'), 'organization');
  });
});
