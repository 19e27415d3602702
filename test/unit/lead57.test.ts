/**
 * Kinds of wrong or cut attribution the lead fixed in session 57, each written in sentences of its
 * own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

/** The kind of the actor named `name` in article `body`, or undefined when there is none. */
const kindOf = (body: string, name: string): string | undefined => inArticle(body).actors.find((a) => a.name === name)?.kind;

describe('lead57: "It says" after two bodies joined as the subject ("Acme and Borealis have …")', () => {
  it('is neither body', () => {
    const body = 'Residents filed a complaint on Monday.\n\nNorthgate Power and Kestrel Energy have run the two lines since 1998. It says the towers are safe and will be inspected in May.';
    assert.equal(speakerOf(body, 'towers are safe'), null);
    const reported = 'Residents filed a complaint on Monday.\n\n“The towers are rusting,” the Sierra Club said.\n\nNorthgate Power and Kestrel Energy have disputed the figures. It says the inspections were done on time.';
    assert.equal(speakerOf(reported, 'inspections were done'), null);
  });
  it('near miss: one body as the subject, or its people, is still "it"', () => {
    const body = 'Residents filed a complaint on Monday.\n\nNorthgate Power has run the line since 1998. It says the towers are safe and will be inspected in May.';
    assert.equal(speakerOf(body, 'towers are safe'), 'Northgate Power');
    const owned = 'Residents filed a complaint on Monday.\n\n“The towers are rusting,” the Sierra Club said.\n\nNorthgate Power\'s lawyers have disputed the figures. It says the inspections were done on time.';
    assert.equal(speakerOf(owned, 'inspections were done'), 'Northgate Power');
  });
});

describe('lead57: a company\'s "chief operating officer" before a name after the quotation', () => {
  it('is that officer', () => {
    assert.equal(speakerOf('“We kept every job we could,” Prairie Rail chief operating officer Lena Voss said.', 'kept every job'), 'Lena Voss');
    assert.equal(speakerOf('“Demand is back,” the bank\'s chief operating officer Omar Haddad told analysts.', 'Demand is back'), 'Omar Haddad');
  });
  it('near miss: a participle after people stays theirs ("residents opposing …")', () => {
    assert.notEqual(speakerOf('“We will appeal,” residents opposing developer Omar Haddad said.', 'We will appeal'), 'Omar Haddad');
  });
});

describe('lead57: a body described by someone\'s possessive, then named ("Ferraro\'s bank, Dominion Savings, said")', () => {
  it('is the body named, and "the bank" after is that body', () => {
    const body = 'Nicole Ferraro has waited months for the money.\n\nFerraro\'s bank, Harbour Savings, said it was reviewing the file. “We understand how hard this has been,” the bank said.';
    assert.equal(speakerOf(body, 'reviewing the file'), 'Harbour Savings');
    assert.equal(speakerOf(body, 'how hard this has been'), 'Harbour Savings');
    const her = 'Nicole Ferraro has waited months for the money.\n\nHer insurer, Maple Mutual Insurance, said the claim was under review. The insurer said a decision was due in June.';
    assert.equal(speakerOf(her, 'decision was due'), 'Maple Mutual Insurance');
  });
  it('near miss: a person\'s noun is no body ("Ferraro\'s lawyer, Tom Reid, said")', () => {
    assert.equal(speakerOf('Nicole Ferraro sued in March. Ferraro\'s lawyer, Tom Reid, said the bank had stalled.', 'bank had stalled'), 'Tom Reid');
  });
});

describe('lead57: a health, school or retirement "System" is a body ("Osler Health System said")', () => {
  it('speaks as a body', () => {
    assert.equal(speakerOf('Osler Health System said in a statement that the data of 12,000 patients may have been exposed.', 'may have been exposed'), 'Osler Health System');
    assert.equal(kindOf('The Lakeshore School System said classes would resume on Monday.', 'Lakeshore School System'), 'organization');
  });
  it('near miss: a thing\'s system is no speaker', () => {
    assert.equal(kindOf('The Emergency Alert System sounded across the county at noon, officials said.', 'Emergency Alert System'), undefined);
  });
});

describe('lead57: a province\'s body by its name\'s last word ("BC Hydro … Hydro said")', () => {
  it('is the body named with its province', () => {
    const body = 'BC Hydro said crews were out. “We are asking for patience,” Hydro said.';
    assert.equal(speakerOf(body, 'asking for patience'), 'BC Hydro');
    assert.equal(speakerOf('Manitoba Hydro raised its rates. Hydro said the increase was needed.', 'increase was needed'), 'Manitoba Hydro');
  });
  it('near miss: with no such body named, the word is no one named before', () => {
    assert.notEqual(speakerOf('Ontario Power Generation raised its rates. Hydro said the increase was needed.', 'increase was needed'), 'Ontario Power Generation');
  });
});

describe('lead57: a ministry named by a list of its fields ("Ministry of the Environment, Conservation and Parks")', () => {
  it('is one body, with "the" before its first field or a last field of three words', () => {
    assert.equal(speakerOf('A spokesperson for the Ministry of the Environment, Conservation and Parks said the spill was contained.', 'spill was contained'), 'Ministry of the Environment, Conservation and Parks');
    assert.equal(kindOf('The Ministry of Energy, Mines and Low Carbon Innovation said the permit was valid.', 'Ministry of Energy, Mines and Low Carbon Innovation'), 'organization');
  });
  it('near miss: a ministry then places or persons listed after it stay apart', () => {
    assert.equal(kindOf('The Ministry of Health, Nova Scotia and Ontario signed the deal.', 'Ministry of Health'), 'organization');
    assert.equal(kindOf('Officials at the Department of Justice, Ana Ruiz and Tom Lee said the case was closed.', 'Tom Lee'), 'person');
  });
});

describe('lead57: "said nothing had …", "said little has …": a pronoun of quantity as the clause\'s subject', () => {
  it('opens what was said', () => {
    assert.equal(speakerOf('Health officials said nothing had fundamentally changed in the plan.', 'nothing had fundamentally changed'), 'Health officials');
    assert.equal(speakerOf('The mayor, Ana Ruiz, said more must be done for renters.', 'more must be done'), 'Ana Ruiz');
  });
  it('near miss: "said nothing" and "said little" alone report no words', () => {
    assert.equal(inArticle('The mayor said nothing on Monday about the plan.').quotes.length, 0);
    assert.equal(inArticle('Ana Ruiz said little during the hearing.').quotes.length, 0);
  });
});

describe('lead57: a body described with its role before its name ("The state\'s largest advocacy group, NAMI Oregon, said")', () => {
  it('is the body named', () => {
    assert.equal(speakerOf('The province\'s largest seniors advocacy group, CARP Ontario, said the plan fell short.', 'plan fell short'), 'CARP Ontario');
  });
  it('near miss: the editor of a paper named after the comma speaks, not the paper', () => {
    assert.equal(speakerOf('Ana Ruiz, the editor in chief of the city\'s oldest newspaper, The Harbour Ledger, said the paper would survive.', 'paper would survive'), 'Ana Ruiz');
  });
});

describe('lead57: kin of a dead person named after the comma ("The family of one of the patients, NAME, who died …, said")', () => {
  it('speak, not the dead person', () => {
    const body = 'The family of one of the patients, 37-year-old Lisa Moreau, who died in 2023, said through a lawyer that they wanted answers.';
    assert.notEqual(speakerOf(body, 'wanted answers'), 'Lisa Moreau');
    assert.notEqual(speakerOf('The sister of the victim, Ana Ruiz, who was killed in May, said the sentence was too light.', 'sentence was too light'), 'Ana Ruiz');
  });
  it('near miss: the named kin or lawyer speaks when no death is told of them', () => {
    assert.equal(speakerOf('The lawyer for the injured cyclist, Tom Reid, said the city was to blame.', 'city was to blame'), 'Tom Reid');
    assert.equal(speakerOf('The mother of one of the victims, Ana Ruiz, said she forgave the driver.', 'forgave the driver'), 'Ana Ruiz');
  });
});

describe('lead57: "ER" and "WARN" in capitals are a room and a law\'s notice, no bodies', () => {
  it('name no actor', () => {
    assert.equal(kindOf('Inquest hears of ER delays\n\nPatients waited 14 hours in the ER, Dr. Ana Ruiz said.', 'ER'), undefined);
    assert.equal(kindOf('The plant filed a WARN notice with the state on Monday, Tom Reid said.', 'WARN'), undefined);
  });
  it('near miss: another acronym stays a body', () => {
    assert.equal(kindOf('The ETFO said on Monday that talks had broken down.', 'ETFO'), 'organization');
  });
});

describe('lead57: a union local\'s number with a letter ("Unifor Local 707A")', () => {
  it('ends the local\'s name', () => {
    assert.equal(speakerOf('Unifor Local 707A said members would strike on Friday.', 'members would strike'), 'Unifor Local 707A');
  });
  it('near miss: a local\'s plain number still ends it, and a word after it does not', () => {
    assert.equal(kindOf('IBEW Local 667 said the deal was fair.', 'IBEW Local 667'), 'organization');
    assert.equal(kindOf('Unifor Local 707 Alberta members voted on Sunday.', 'Unifor Local 707'), 'organization');
  });
});

describe('lead57: a brand that ends like an adverb ("Ledgerly Inc.", "Calendly")', () => {
  it('is a name, not an adverb', () => {
    assert.equal(speakerOf('Brindly Inc., the online lender, said Wednesday it would cut 450 jobs.', 'cut 450 jobs'), 'Brindly Inc.');
    assert.equal(kindOf('Separately, Tasksly said it would close its Toronto office.', 'Tasksly'), 'organization');
  });
  it('near miss: an adverb the word list knows opens no name', () => {
    assert.equal(speakerOf('Reportedly, Ana Ruiz said the deal was off.', 'deal was off'), 'Ana Ruiz');
  });
});

describe('lead57: a company\'s trade before its legal form ("Harbourfront Bank Corp. … The bank said")', () => {
  it('tells what "the bank" means', () => {
    assert.equal(speakerOf('Kestrel Bank Corp. reported a record profit on Friday. The bank said loan losses fell.', 'loan losses fell'), 'Kestrel Bank Corp.');
  });
  it('near miss: a legal form alone tells no bank', () => {
    assert.notEqual(speakerOf('Kestrel Holdings Corp. reported a record profit on Friday. The bank said loan losses fell.', 'loan losses fell'), 'Kestrel Holdings Corp.');
  });
});
