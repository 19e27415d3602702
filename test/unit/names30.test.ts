import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { speakerOf } from './helpers';

/** The kind of the actor named `name` in `text` (undefined when none is). */
function kindOf(text: string, name: string): string | undefined {
  return analyze(text).actors.find((a) => a.name === name)?.kind;
}
/** The names of every actor of `text`, with their aliases. */
function allNames(text: string): string[] {
  return analyze(text).actors.flatMap((a) => [a.name, ...a.aliases]);
}

describe('names30: styles and honorifics are roles, not names', () => {
  it('"the Rt. Hon. … MP" and "the Hon. …" leave the style out of the name', () => {
    const text = 'Ruling\n\nThe Rt. Hon. Edward Pemberton MP, the Defence Secretary, had argued that the inquiry could expose secrets.\n\nThe Hon. Lucinda Grey welcomed the ruling. Ms Grey said the public had a right to know.';
    assert.equal(speakerOf(text, /inquiry could expose/), 'Edward Pemberton');
    assert.equal(speakerOf(text, /right to know/), 'Lucinda Grey');
    assert.ok(!allNames(text).some((n) => /Hon\b/.test(n)));
  });

  it('Nigerian and Indian titles ("CP", "Hon.", "Shri", "Smt.", "Superintendent of Police") open no name', () => {
    const text = 'Arrests\n\nThe Commissioner of Police, CP Idowu Okanlawon, said the suspects would be charged.\n\nHon. Adewale Ogunleye said residents should stay calm.\n\n' +
      'Superintendent of Police Anand Kumar Meena said the firm had no licence. MLA Shri Mahesh Tenginkai said victims had complained. One investor, Smt. Geetha Hiremath, a retired teacher, said she had lost her pension.';
    assert.equal(speakerOf(text, /would be charged/), 'Idowu Okanlawon');
    assert.equal(speakerOf(text, /stay calm/), 'Adewale Ogunleye');
    assert.equal(speakerOf(text, /no licence/), 'Anand Kumar Meena');
    assert.equal(speakerOf(text, /victims had complained/), 'Mahesh Tenginkai');
    assert.equal(speakerOf(text, /lost her pension/), 'Geetha Hiremath');
  });
});

describe('names30: a member\'s seat is a place', () => {
  it('"TD for Dublin Bay South Conor Hegarty": the seat after "for" is a place, the name after it the person', () => {
    const text = 'Debate\n\nFianna Fáil TD for Dublin Bay South Conor Hegarty said the figures were deeply worrying.\n\nNiamh Brady, the Sinn Féin TD for Cavan-Monaghan, said the crisis was permanent.';
    assert.equal(speakerOf(text, /deeply worrying/), 'Conor Hegarty');
    assert.equal(kindOf(text, 'Dublin Bay South'), 'place');
    assert.equal(kindOf(text, 'Cavan-Monaghan'), 'place');
  });

  it('"the SNP MSP for Argyll and Bute": a seat of two places joined by "and" is one place', () => {
    const text = 'Ferries\n\nAlasdair MacLeod, the SNP MSP for Argyll and Bute, said residents had been abandoned.';
    assert.equal(kindOf(text, 'Argyll and Bute'), 'place');
    assert.equal(kindOf(text, 'Argyll'), undefined);
  });

  it('a seat shaped as one ("Hubballi-Dharwad Central MLA", "Burnaby South MP") is a place, no body', () => {
    const text = 'Fraud\n\nHubballi-Dharwad Central MLA Shri Mahesh Tenginkai said victims had complained. Burnaby South MP Jagdeep Sandhu said residents were angry.';
    assert.equal(kindOf(text, 'Hubballi-Dharwad Central'), 'place');
    assert.equal(kindOf(text, 'Burnaby South'), 'place');
    assert.equal(kindOf(text, 'Burnaby'), undefined);
  });

  it('"the member for Clayfield", as Australian papers write the seat, is a place', () => {
    const text = 'Strike\n\nHealth Minister Tim Nicholls, the member for Clayfield, said he would meet union leaders.';
    assert.equal(kindOf(text, 'Clayfield'), 'place');
  });
});

describe('names30: a rank in capitals alone is its holder', () => {
  it('"the SP said" is the superintendent the article names, and no organisation "SP"', () => {
    const text = 'Fraud\n\nThe accused ran the firm for two years, the SP said.\n\nSuperintendent of Police Anand Kumar Meena said 14 accounts had been frozen.\n\nThe SP said a team would trace the others.';
    assert.equal(speakerOf(text, /ran the firm/), 'Anand Kumar Meena');
    assert.equal(speakerOf(text, /trace the others/), 'Anand Kumar Meena');
    assert.ok(!allNames(text).includes('SP'));
  });

  it('"SP Benjamin Olatunde … the SP said" is the same officer', () => {
    const text = 'Kidnap\n\nThe Command\'s spokesperson, SP Benjamin Olatunde, said the suspects were arrested.\n\n"The victim was rescued unhurt," the SP said.';
    assert.equal(speakerOf(text, /rescued unhurt/), 'Benjamin Olatunde');
  });
});

describe('names30: bodies, places and things of the right kind', () => {
  it('a union named with a plural\'s apostrophe keeps its head ("Queensland Nurses and Midwives\' Union")', () => {
    const text = "Strike\n\nThe Queensland Nurses and Midwives' Union says nurses will walk off the job.";
    assert.equal(speakerOf(text, /walk off the job/), "Queensland Nurses and Midwives' Union");
  });

  it('"Residents of Park Ridge" is a town though "Park" is a given name', () => {
    assert.equal(kindOf('Waits\n\nResidents of Park Ridge complained of waits of 14 hours.', 'Park Ridge'), 'place');
  });

  it('"… of Park Ridge and Logan Central": the second of two places joined by "and" is a place too; two persons stay persons', () => {
    const text = 'Waits\n\nResidents of Park Ridge and Logan Central complained of waits. Emma Bates and Sara Hall finished second.';
    assert.equal(kindOf(text, 'Logan Central'), 'place');
    assert.equal(kindOf(text, 'Sara Hall'), 'person');
  });

  it('"producer Michael Bay" is a person though "Bay" heads places', () => {
    assert.equal(kindOf('Film\n\nThe book is being adapted by producer Michael Bay.', 'Michael Bay'), 'person');
  });

  it('a pipeline\'s company ("Trans Mountain"), a shipping line, a health service and football clubs are organisations', () => {
    const text = 'Business\n\nTrans Mountain said the increase was expected. Star Bulk Carriers said its ship was not damaged. ' +
      'Metro South Health said a review was under way. Arsenal beat Aston Villa 3-2.';
    assert.equal(kindOf(text, 'Trans Mountain'), 'organization');
    assert.equal(kindOf(text, 'Star Bulk Carriers'), 'organization');
    assert.equal(kindOf(text, 'Metro South Health'), 'organization');
    assert.equal(kindOf(text, 'Aston Villa'), 'organization');
  });

  it('ships and hospital departments are no actors', () => {
    const text = 'Red Sea\n\nThe USS Carney shot down four drones, and the USS Dwight D. Eisenhower sailed on. HMS Dauntless was refitted.\n\nSaka spent a night in A&E, and patients waited in the ED.';
    const names = allNames(text);
    for (const n of ['USS Carney', 'Carney', 'Dwight D. Eisenhower', 'HMS Dauntless', 'A&E', 'ED']) assert.ok(!names.includes(n), n);
  });

  it('a web site ("FactCheck.org") is one organisation', () => {
    assert.equal(kindOf('Claims\n\nFactCheck.org said the claim was misleading.', 'FactCheck.org'), 'organization');
    // (and a known glued name is one body, not words glued by a page's buttons)
    assert.equal(kindOf('Votes\n\nTrump got 13.3 million votes, according to RealClearPolitics.', 'RealClearPolitics'), 'organization');
  });

  it('"Sri Lakshmi Finance Pvt. Ltd." is a company ("Pvt." no rank) and "Deshpande Nagar" a place', () => {
    const text = 'Fraud\n\nThe accused ran a firm named Sri Lakshmi Finance Pvt. Ltd. from an office on Deshpande Nagar road, police said.';
    assert.equal(kindOf(text, 'Sri Lakshmi Finance Pvt. Ltd.'), 'organization');
    assert.equal(kindOf(text, 'Deshpande Nagar'), 'place');
  });
});

describe('names30: headline labels and titles of works are no persons', () => {
  it('a column\'s glued name before a headline\'s colon ("HuffPollster:") is no person', () => {
    const text = 'HuffPollster: Harrington Holds Narrow Lead In Iowa\n\nA new poll shows Sen. Paul Harrington with a narrow lead.';
    assert.equal(kindOf(text, 'HuffPollster'), undefined);
  });

  it('"Harrington Iowa campaign director" is the surname and the state apart', () => {
    const text = 'Poll\n\nSen. Paul Harrington leads. Harrington Iowa campaign director Lisa Moreno said the result was good.';
    assert.equal(kindOf(text, 'Harrington Iowa'), undefined);
    assert.equal(kindOf(text, 'Iowa'), 'place');
  });

  it('a book\'s title filling a quotation ("Kessler Cash") is no person', () => {
    const text = 'Book\n\nThe author of "Kessler Cash," a new book, defended his reporting. Peter Schwinn said every claim was sourced.';
    assert.equal(kindOf(text, 'Kessler Cash'), undefined);
    assert.equal(speakerOf(text, /every claim/), 'Peter Schwinn');
  });

  it('a title after a work\'s noun ("his book Clinton Cash") is no person, nor the same title later', () => {
    const text = 'Book\n\nAn account from Peter Schweizer\'s book Clinton Cash reveals more. Schweizer\'s Clinton Cash details several incidents, Schweizer said.';
    assert.equal(kindOf(text, 'Clinton Cash'), undefined);
    assert.equal(kindOf(text, 'Peter Schweizer'), 'person');
  });

  it('"CNN President On Trump:": the topic after a headline\'s capitalised preposition is no part of a name', () => {
    const text = 'CNN President On Trump: ‘We Do Not Pay Candidates’\n\nCNN President Jeff Zucker said the network does not pay candidates. Trump said CNN was unfair.';
    assert.ok(!allNames(text).includes('On Trump'));
  });

  it('"GOP Rep McCaul Announces Bill": "Rep" without its stop is the title', () => {
    const text = 'GOP Rep McCaul Announces Bill\n\nRep. Michael McCaul said the bill would pass.';
    assert.ok(!allNames(text).some((n) => /^Rep /.test(n)));
  });

  it('"the Sanders Iowa spots": the name and the state apart', () => {
    const text = 'Ads\n\nBernie Sanders spoke on Monday. You will see nothing like that in the Sanders Iowa spots, which focus on the economy.';
    assert.equal(kindOf(text, 'Sanders Iowa'), undefined);
  });

  it('a shouted headline\'s words ("FIX IS IN:") are no acronyms, a known one ("NATO") still is', () => {
    const text = 'FIX IS IN: SENATE STRIKES DEAL ON NATO BUDGET\n\nSen. Tom Carper said the deal would pass. NATO officials said it was fine.';
    const names = allNames(text);
    for (const n of ['FIX', 'IS', 'IN', 'SENATE']) assert.ok(!names.includes(n), n);
    assert.ok(names.includes('NATO'));
  });
});
