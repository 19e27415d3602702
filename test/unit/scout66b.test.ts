/**
 * Kinds of wrong or lost attribution scout66b fixed in session 66 (wildfire and emergency
 * management), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout66b: a public body\'s numbered unit before an office after the quote ("“…,” FEMA Region 8 Administrator NAME said")', () => {
  it('is the holder\'s role, and the quote is kept', () => {
    assert.equal(speakerOf('"The grant covers the crews," FEMA Region 8 Administrator Nadia Okoro said in a statement.', 'grant covers the crews'), 'Nadia Okoro');
    assert.equal(speakerOf('"The hydrants were dry," Ward 3 Councillor Pete Varga said.', 'hydrants were dry'), 'Pete Varga');
    assert.equal(speakerOf('"We lost the ridge," Battalion 4 Chief Owen Marsh said.', 'lost the ridge'), 'Owen Marsh');
  });
  it('near miss: a count before the unit\'s word is a group\'s count', () => {
    assert.equal(speakerOf('"We held the line," the 8 Region administrators said.', 'held the line'), '8 Region administrators');
  });
});

describe('scout66b: an emergency or forest portfolio joined by "and" before "Minister NAME" ("Emergency Management and Climate Readiness Minister NAME")', () => {
  it('is the minister\'s office; the minister speaks', () => {
    assert.equal(speakerOf('Emergency Management and Climate Readiness Minister Alma Reyes said the province would act.', 'province would act'), 'Alma Reyes');
    assert.equal(speakerOf('Forests and Wildfire Minister Dev Sandhu said crews were ready.', 'crews were ready'), 'Dev Sandhu');
  });
  it('near miss: a person joined by "and" with no office after is not the portfolio\'s holder', () => {
    assert.notEqual(speakerOf('Emergency Management and Alma Reyes said the province would act.', 'province would act'), 'Alma Reyes');
  });
});

describe('scout66b: a department\'s fields joined by "and" whose second field is also a body\'s head ("Department of Natural Resources and Energy Development")', () => {
  it('is one department', () => {
    assert.equal(speakerOf('The New Brunswick Department of Natural Resources and Energy Development said the fire was held.', 'fire was held'), 'New Brunswick Department of Natural Resources and Energy Development');
    assert.equal(speakerOf('The Department of Fisheries and Energy Development said the permits were issued.', 'permits were issued'), 'Department of Fisheries and Energy Development');
  });
  it('near miss: a second body of its own after "and" stays apart', () => {
    assert.equal(speakerOf('The Department of Health and Alberta Energy Regulator said the flares were stopped.', 'flares were stopped'), 'Alberta Energy Regulator');
  });
});

describe('scout66b: a name set off by dashes after one person described ("Another LeBlanc — firefighter Josée LeBlanc, the mayor\'s niece — said")', () => {
  it('is that person', () => {
    const town = 'Mayor Randy Cormier said the hall was lost.\n\nAnother Cormier — firefighter Josée Cormier, the mayor\'s niece — said she spent six hours on the hose.';
    assert.equal(speakerOf(town, 'six hours on the hose'), 'Josée Cormier');
    assert.equal(speakerOf('Her neighbour — retired teacher Gail Okafor — said the embers came at night.', 'embers came at night'), 'Gail Okafor');
    assert.equal(speakerOf('One evacuee — Rosa Quintal — said the buses came late.', 'buses came late'), 'Rosa Quintal');
  });
  it('near miss: people in the plural, or a list between the dashes, stay the subject', () => {
    assert.equal(speakerOf('Rural reeves — and, in particular, Reeve Stan Kowal — demanded that the province pay.', 'province pay'), 'Rural reeves');
    assert.equal(speakerOf('Three insurers — Northline, Prairie Mutual and Cedar Life — reported that claims had doubled.', 'claims had doubled'), 'insurers');
  });
});

describe('scout66b: a quotation after a lead-in of time words and a colon ("“…,” he said quietly. Then, after a pause: “…”")', () => {
  it('is the speaker\'s of the sentence before, in the same paragraph', () => {
    const ruins = 'Trevor Lam stood by the foundation.\n\n"I framed every wall of that house," he said quietly. Then, after a pause: "I will frame the next one too."';
    assert.equal(speakerOf(ruins, 'frame the next one'), 'Trevor Lam');
    const later = 'Ruth Eagle watched the smoke.\n\n"We hauled water for weeks," she said. And later: "Nobody came to help."';
    assert.equal(speakerOf(later, 'Nobody came to help'), 'Ruth Eagle');
  });
  it('near miss: a lead-in with a subject of its own is that subject\'s', () => {
    const crowd = 'Trevor Lam stood by the foundation.\n\n"I framed every wall of that house," he said quietly. Then the crowd chanted: "Build it again."';
    assert.notEqual(speakerOf(crowd, 'Build it again'), 'Trevor Lam');
  });
});

describe('scout66b: a body\'s officer in a lede named with the title in the next paragraph ("The Sandy Lake First Nation\'s chief said … ¶ “…,” Chief NAME said")', () => {
  it('is the holder named next', () => {
    const lede = 'The Sandy Lake First Nation\'s chief said Saturday that the first planes had left.\n\n"We are moving elders first," Chief Dora Kakepetum said.';
    assert.equal(speakerOf(lede, 'first planes had left'), 'Dora Kakepetum');
  });
  it('near miss: an office a state\'s holder bears is no body\'s officer named next', () => {
    const lede = 'The Sandy Lake First Nation\'s president said Saturday that the first planes had left.\n\n"We are sending aid," President Joe Biden said.';
    assert.notEqual(speakerOf(lede, 'first planes had left'), 'Joe Biden');
  });
});

describe('scout66b: a public service by its work after a quotation ("“…,” the weather service said")', () => {
  it('is the body whose name ends in it, and the quote is kept', () => {
    const forecast = 'The National Weather Service issued a red flag warning.\n\n"Any spark could start a fire," the weather service said in its forecast discussion.';
    assert.equal(speakerOf(forecast, 'Any spark could start'), 'National Weather Service');
    const trails = 'The U.S. Forest Service closed the trails on Friday.\n\n"The fire is moving east," the forest service said.';
    assert.equal(speakerOf(trails, 'moving east'), 'U.S. Forest Service');
  });
  it('near miss: a service no body before it is named by is no other body', () => {
    const stream = 'Netflix raised its prices on Monday. The Federal Trade Commission opened an inquiry.\n\n"We are giving members more value," the streaming service said.';
    assert.notEqual(speakerOf(stream, 'more value'), 'Federal Trade Commission');
  });
});

describe('scout66b: a list of people in the plural before ", who said" ("frustrated hikers, anglers and outfitters, who said")', () => {
  it('is the whole list', () => {
    assert.equal(speakerOf('The woods ban frustrated hikers, anglers and outfitters, who said it cost them the spring.', 'cost them the spring'), 'hikers, anglers and outfitters');
    assert.equal(speakerOf('The burn ban angered farmers, ranchers and loggers, who said the rules were unfair.', 'rules were unfair'), 'farmers, ranchers and loggers');
  });
  it('near miss: a name before the list\'s comma is no part of it', () => {
    assert.equal(speakerOf('The burn ban angered Ottawa, ranchers and loggers, who said the rules were unfair.', 'rules were unfair'), 'ranchers and loggers');
  });
});

describe('scout66b: an inverted cue before a body\'s numbered unit and an office ("“…,” said FEMA Region 8 Administrator NAME")', () => {
  it('is the holder named after the office', () => {
    assert.equal(speakerOf('"The grant covers the crews," said FEMA Region 8 Administrator Nadia Okoro.', 'grant covers the crews'), 'Nadia Okoro');
    assert.equal(speakerOf('"We lost the ridge," said Battalion 4 Chief Owen Marsh.', 'lost the ridge'), 'Owen Marsh');
  });
  it('near miss: a unit with no office and name after it names no one', () => {
    assert.notEqual(speakerOf('"We lost the ridge," said Region 8 officials.', 'lost the ridge'), 'Owen Marsh');
  });
});

describe('scout66b: a role whose first noun is a verb only with its particle ("Ann Lee, the fire chief, said … the chief said")', () => {
  it('is kept as the person\'s role, which "the chief" finds', () => {
    const hall = 'Armand Doiron, the fire chief, said the hall could be rebuilt.\n\n"We chose the church," the chief said.';
    assert.equal(speakerOf(hall, 'chose the church'), 'Armand Doiron');
    const weigh = 'Carla Mott, the district\'s fire chief, said the hydrants held. "We were lucky," the fire chief said.';
    assert.equal(speakerOf(weigh, 'We were lucky'), 'Carla Mott');
  });
  it('near miss: the verb with its particle in a relative clause makes no role', () => {
    const back = 'Armand Doiron, who fired back at critics, said the hall could be rebuilt. "We chose the church," the chief said.';
    assert.notEqual(speakerOf(back, 'chose the church'), 'Armand Doiron');
  });
});

describe('scout66b: an order as a document its issuer speaks through ("The evacuation order, issued by the Town of Hinton, said")', () => {
  it('is the issuer\'s, and the quote is kept', () => {
    assert.equal(speakerOf('The evacuation order, issued by the Town of Hinton at 4 p.m., said residents must leave at once.', 'must leave at once'), 'Town of Hinton');
    assert.equal(speakerOf('The order, issued by the Village of Mayo, said the roads north were closed.', 'roads north were closed'), 'Village of Mayo');
  });
  it('near miss: "in order to" is no document', () => {
    assert.equal(speakerOf('In order to leave, residents said they needed buses.', 'needed buses'), 'residents');
  });
});

describe('scout66b: "read" inverted after a quotation, a written thing after it ("“Get out now,” read the alert")', () => {
  it('is a cue, and the written thing speaks', () => {
    const alert = 'The Town of Hinton sent an alert at 2 a.m.\n\n"Leave your homes now," read the alert.';
    assert.equal(speakerOf(alert, 'Leave your homes now'), 'Town of Hinton');
    assert.equal(speakerOf('"Road closed to all traffic," read the sign on the gate.', 'Road closed'), null);
  });
  it('near miss: a person\'s name after it is no written thing', () => {
    assert.equal(speakerOf('"Leave your homes now," read Ann Lee.', 'Leave your homes now'), undefined);
  });
});

describe('scout66b: a document a body only reacted to ("The Union of B.C. Municipalities welcomed the review. … The review said")', () => {
  it('is not that body\'s', () => {
    const review = 'An independent review led by Daphne Ashworth made 31 recommendations.\n\nThe Union of B.C. Municipalities welcomed the review.\n\nThe review said the province should fund more staff.';
    assert.notEqual(speakerOf(review, 'fund more staff'), 'Union of B.C. Municipalities');
  });
  it('near miss: a body that spoke words of its own before still speaks through the document', () => {
    const own = 'The Union of B.C. Municipalities said it had finished its work.\n\nThe review said the province should fund more staff.';
    assert.equal(speakerOf(own, 'fund more staff'), 'Union of B.C. Municipalities');
  });
});
