/**
 * Kinds of wrong or cut attribution the lead fixed in session 59, each written in sentences of its
 * own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

/** The kind of the actor named `name` in article `body`, or undefined when there is none. */
const kindOf = (body: string, name: string): string | undefined => inArticle(body).actors.find((a) => a.name === name)?.kind;

describe('lead59: a plural subject, then "say", "urge" or "warn" in the present and a people noun ("Police say residents should …")', () => {
  it('reports the clause, the subject speaking', () => {
    assert.equal(speakerOf('Police say residents should keep their doors locked overnight.', 'doors locked'), 'Police');
    assert.equal(speakerOf('Health officials urge parents to book flu shots early this year.', 'book flu shots'), 'Health officials');
    assert.equal(speakerOf('Forecasters warn drivers that the highway will be icy by morning.', 'highway will be icy'), 'Forecasters');
    assert.equal(speakerOf('Democrats say voters want a change in Albany.', 'want a change'), 'Democrats');
  });
  it('near miss: a noun before a role noun still modifies it ("state senators", "protest leaders")', () => {
    assert.equal(speakerOf('Republican state senators said the bill would pass.', 'bill would pass'), 'Republican state senators');
    assert.equal(speakerOf('Some protest leaders said the march would go ahead.', 'march would go ahead'), 'protest leaders');
  });
});

describe('lead59: a nation\'s arm\'s-length body by a possessive and a field of one word ("Britain\'s aviation watchdog said")', () => {
  it('speaks as that body, whatever the field\'s word', () => {
    const body = 'Britain\'s aviation watchdog said on Friday it would fine the airline over late refunds.';
    assert.equal(speakerOf(body, 'fine the airline'), 'aviation watchdog of United Kingdom');
    assert.equal(speakerOf('Canada\'s competition watchdog said it would look into grocery prices.', 'grocery prices'), 'competition watchdog of Canada');
    assert.equal(kindOf(body, 'aviation watchdog of United Kingdom'), 'organization');
  });
  it('an "authority" is such a body too, not the country', () => {
    assert.equal(speakerOf('Norway\'s data protection authority said it had opened an inquiry into the app.', 'opened an inquiry'), 'data protection authority of Norway');
  });
  it('near miss: a ministry still speaks for its country', () => {
    assert.equal(speakerOf('Britain\'s foreign ministry said it would summon the ambassador.', 'summon the ambassador'), 'United Kingdom');
  });
});

describe('lead59: people in lower case, then a thinking verb and a clause with no "that" ("Some economists believe rates will …")', () => {
  it('is their view', () => {
    assert.equal(speakerOf('Some economists believe mortgage rates will fall by spring.', 'rates will fall'), 'economists');
    assert.equal(speakerOf('Many parents think the old school building is safe.', 'building is safe'), 'parents');
  });
  it('near miss: a thing felt or known is no view', () => {
    assert.equal(speakerOf('Some teachers feel the pressure of the new provincial tests.', 'pressure'), undefined);
    assert.equal(speakerOf('A few voters know the candidate personally.', 'candidate'), undefined);
  });
});

describe('lead59: the thinking verb after plural people needs an auxiliary near, not an object and an infinitive', () => {
  it('near miss: "watchers expect NAME to be reappointed" reports no view of the watchers\' here', () => {
    assert.equal(speakerOf('Many bank watchers expect Mr. Obi to be reappointed in June.', 'reappointed'), undefined);
  });
});

describe('lead59: an inverted cue before a role whose "of" phrase ends in a body\'s noun, then a full name ("said chair of the board NAME")', () => {
  it('is the person named, not an actor named by the whole phrase', () => {
    assert.equal(speakerOf('“We will vote in May,” said chair of the board Joe Ruiz.', 'vote in May'), 'Joe Ruiz');
    assert.equal(speakerOf('“The deal is done,” said president of the union Ann Lee.', 'deal is done'), 'Ann Lee');
    assert.equal(speakerOf('The head of the council Dan Ives said the vote stands.', 'vote stands'), 'Dan Ives');
  });
  it('near miss: one speaking for the person named ("a lawyer for NAME") is not that person', () => {
    assert.notEqual(speakerOf('“No comment,” said a lawyer for Tom Hale.', 'No comment'), 'Tom Hale');
    assert.notEqual(speakerOf('“Later,” said an aide to the mayor, Jo Ng.', 'Later'), 'Jo Ng');
  });
});

describe('lead59: a portfolio listed with commas before "Minister NAME" ("Energy, Mines and Resources Minister NAME")', () => {
  it('is the minister named, no pair of "Mines" and the minister', () => {
    const body = 'Energy, Mines and Resources Minister John Streicker said the review would continue.';
    assert.equal(speakerOf(body, 'review would continue'), 'John Streicker');
    assert.deepEqual(inArticle(body).actors.map((a) => a.name), ['John Streicker']);
    assert.equal(speakerOf('Agriculture, Food and Rural Affairs Minister Lisa Thompson said the program would grow.', 'program would grow'), 'Lisa Thompson');
  });
  it('near miss: two persons listed before an office are still a pair ("Premier NAME, Smith and Finance Minister NAME")', () => {
    assert.equal(speakerOf('Premier Doug Ford, Smith and Finance Minister Bob Lee said the program would grow.', 'program would grow'), 'Doug Ford, Smith and Bob Lee');
  });
});

describe('lead59: "mediators" are people, a group by nation ("Saudi and U.S. mediators said")', () => {
  it('is the mediators, not the United States', () => {
    assert.equal(speakerOf('The two sides agreed to a truce, U.S. mediators said.', 'agreed to a truce'), 'U.S. mediators');
    assert.notEqual(speakerOf('The two sides agreed to a truce, Saudi and U.S. mediators said.', 'agreed to a truce'), 'United States');
  });
  it('near miss: the country that speaks is still the country', () => {
    assert.equal(speakerOf('The two sides agreed to a truce, the United States said.', 'agreed to a truce'), 'United States');
  });
});

describe('lead59: an unnamed person with a relative clause that ends in a verb, then the cue ("a mother of three who asked that her name not be used said")', () => {
  it('is that person, and the "she said" after is hers, not the woman named before', () => {
    const body = 'Volunteer Keira Thompson said demand had doubled.\n\nAt the depot, a mother of three who asked that her name not be used said she had started skipping meals. "You do what you have to," she said.';
    assert.equal(speakerOf(body, 'skipping meals'), 'mother of three');
    assert.equal(speakerOf(body, 'You do what'), 'mother of three');
    assert.equal(speakerOf('At the depot, a father of two who asked not to be named said he skips lunch.', 'skips lunch'), 'father of two');
  });
  it('near miss: a clause whose subject is a pronoun is not the head\'s ("the man who he said was …")', () => {
    assert.notEqual(speakerOf('Ann Roy described the man who she said was seen running.', 'was seen running'), 'man');
  });
  it('near miss: a clause of other acts than terms gives no name inside it the cue ("the ex-wife of NAME who filed reports against him blames …")', () => {
    const body = 'The ex-wife of Alan Grayson who filed several reports against him blames Dena Grayson for the divorce.';
    assert.notEqual(speakerOf(body, 'Dena Grayson for the divorce'), 'Alan Grayson');
  });
});

describe('lead59: a body\'s description placed in a country ("The U.N. refugee agency in Chad said")', () => {
  it('is the body, not the country it sits in', () => {
    assert.notEqual(speakerOf('The U.N. refugee agency in Chad said it would open two more camps.', 'two more camps'), 'Chad');
    assert.notEqual(speakerOf('The Chinese embassy in Canada said the visit was cancelled.', 'visit was cancelled'), 'Canada');
  });
  it('near miss: people placed in a country are those people; the country alone speaks as itself', () => {
    assert.equal(speakerOf('Protesters in Iran said the vote was rigged.', 'vote was rigged'), 'Protesters in Iran');
    assert.equal(speakerOf('Chad said it would open two more camps.', 'two more camps'), 'Chad');
  });
});
