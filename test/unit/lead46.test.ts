/**
 * Kinds of wrong quote or source the lead fixed in session 46, each written in sentences of its
 * own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, quotePairsInArticle as quotes } from './helpers';

describe('lead46: "…, NAME, 54, said Sgt. X." — a person closing the sentence after the cue speaks', () => {
  it('"Officers arrested Tom Hale, 54, said Sgt. Ann Roy." is the sergeant\'s, about Tom Hale', () => {
    assert.deepEqual(quotes('Officers arrested Tom Hale, 54, said Sgt. Ann Roy.'), [['Officers arrested Tom Hale, 54', 'Ann Roy']]);
    assert.deepEqual(quotes('The fire started in the kitchen of Tom Hale, 54, said fire chief Ann Roy.'), [['The fire started in the kitchen of Tom Hale, 54', 'Ann Roy']]);
  });
  it('near miss: a thing said closes the sentence ("said nothing"), or a person is whom the cue takes ("warned Premier Doug Ford")', () => {
    assert.deepEqual(quotes('In Ottawa, Ann Lee, the mayor, said nothing.'), []);
    assert.deepEqual(quotes('On Monday, Ann Lee, the mayor, warned Premier Doug Ford.').map((q) => q[1]), ['Ann Lee']);
  });
  it('near miss: "…, Blunt, after a long pause, said of Cruz." is Blunt\'s', () => {
    assert.equal(quotes('“He had a lot of supporters,” Roy Blunt, after a long pause, said of Ted Cruz.')[0]?.[1], 'Roy Blunt');
  });
});

describe('lead46: two lone surnames joined by "and" speak together', () => {
  it('"Obama and Biden said", "Clinton and Trump said" where neither was named in full: both', () => {
    assert.deepEqual(quotes('“We will win this state,” Obama and Biden said in a joint appearance.'), [['We will win this state,', 'Obama and Biden']]);
    assert.deepEqual(quotes('Clinton and Trump said the debate would go ahead.'), [['the debate would go ahead', 'Clinton and Trump']]);
  });
  it('near miss: a place beside a lone name, a plural noun, or a body\'s list of fields stays one side', () => {
    assert.equal(quotes('Blackpool and Liverpool said the match would go ahead.')[0]?.[1], 'Liverpool');
    assert.equal(quotes('Students and Biden said the debate would go ahead.')[0]?.[1], 'Biden');
    assert.notEqual(quotes('The National Academies of Sciences, Engineering and Medicine noted that immigrants fare well.')[0]?.[1], 'Engineering and Medicine');
  });
});

describe('lead46: ", who said" after a cue\'s or a verb\'s object is that object\'s clause', () => {
  it('"Mayor Ann Lee praised the teacher, who said …" and "met the teacher, who said …" are the teacher\'s', () => {
    assert.equal(quotes('Mayor Ann Lee praised the teacher, who said the award belonged to her students.').find((q) => q[0].startsWith('the award'))?.[1], 'teacher');
    assert.deepEqual(quotes('Mayor Ann Lee met the teacher, who said the award belonged to her students.'), [['the award belonged to her students', 'teacher']]);
  });
  it('near miss: an appositive before ", who" is the person named ("Tom Hale, the teacher, who said")', () => {
    assert.deepEqual(quotes('Mayor Ann Lee met Tom Hale, the teacher, who said the award belonged to his students.'), [['the award belonged to his students', 'Tom Hale']]);
  });
  it('"Tom Hale thanked Ann Lee, his lawyer, who said …" is the lawyer\'s; "called Jim Banks, who said …" is Banks\'s', () => {
    assert.deepEqual(quotes('Tom Hale thanked Ann Lee, his lawyer, who said the case was weak.'), [['the case was weak', 'Ann Lee']]);
    assert.deepEqual(quotes('Governor Ann Ode called Jim Banks, who said the deal was off.'), [['the deal was off', 'Jim Banks']]);
  });
  it('near miss: what the thanker says after the object is still the thanker\'s', () => {
    assert.deepEqual(quotes('Tom Hale thanked his lawyer, saying the case was weak.').map((q) => q[1]), ['Tom Hale']);
  });
});

describe('lead46: bodies named as a person\'s employer or by a profession and a place', () => {
  const actors = (body: string): string[] => inArticle(body).actors.map((a) => `${a.name}/${a.kind}`);
  it('"Sam Cole, Hamilton Chamber of Commerce, said" is Sam Cole\'s (a body\'s name opening on a given name\'s word)', () => {
    assert.deepEqual(quotes('Sam Cole, Hamilton Chamber of Commerce, said the levy would hurt small firms.'), [['the levy would hurt small firms', 'Sam Cole']]);
  });
  it('near miss: "Sam Cole, Hamilton Ross, said" — a second person\'s name — stays with the name before the cue', () => {
    assert.equal(quotes('Sam Cole, Hamilton Ross, said the outage was over.')[0]?.[1], 'Hamilton Ross');
  });
  it('"Doctors Nova Scotia said", "Engineers Canada said": a profession\'s body, not the place nor a person', () => {
    assert.deepEqual(quotes('Doctors Nova Scotia said the province needs 200 more family physicians.'), [['the province needs 200 more family physicians', 'Doctors Nova Scotia']]);
    assert.deepEqual(actors('Engineers Canada said the rules would change.'), ['Engineers Canada/organization']);
  });
  it('near miss: "Doctors in Nova Scotia said" are doctors there; a Title Case headline\'s words make no body', () => {
    assert.equal(quotes('Doctors in Nova Scotia said the province needs more staff.')[0]?.[1], 'Doctors in Nova Scotia');
    assert.ok(!actors('Nurses Ontario Protest Cuts\n\nThe union said the cuts were deep.').some((a) => a.startsWith('Nurses Ontario')));
  });
});

describe('lead46: a closing "said Const. NAME." reports the whole clause before it, a cue inside it too', () => {
  it('"Police charged a 34-year-old man with impaired driving, said Const. Ann Roy." is the constable\'s', () => {
    assert.deepEqual(quotes('Police charged a 34-year-old Hamilton man with impaired driving, said Const. Ann Roy.'), [['Police charged a 34-year-old Hamilton man with impaired driving', 'Ann Roy']]);
    assert.deepEqual(quotes('Police charged Tom Hale, a 54-year-old roofer, with impaired driving, said Const. Ann Roy.').map((q) => q[1]), ['Ann Roy']);
  });
  it('near miss: without the closing cue, the charge laid stays the police\'s', () => {
    assert.deepEqual(quotes('Critics charged the mayor met with developers in secret.'), [['the mayor met with developers in secret', 'Critics']]);
  });
});

describe('lead46: a reporter passed over for a pronoun leaves no one surer', () => {
  it('"Cameron McBride … He spoke with reporter Alicia Bear. “…,” she said" is not McBride\'s', () => {
    const body = 'Cameron McBride is running for mayor. He spoke with reporter Alicia Bear on Monday.\n\n“I have covered this race for a year,” she said.';
    assert.deepEqual(quotes(body), [['I have covered this race for a year,', null]]);
  });
  it('near miss: a woman who is no reporter is whom "she" means', () => {
    const body = 'Cameron McBride is running for mayor. He spoke with his neighbour Alicia Bear on Monday.\n\n“I have covered this race for a year,” she said.';
    assert.deepEqual(quotes(body), [['I have covered this race for a year,', 'Alicia Bear']]);
  });
});

describe('lead46: who a later pronoun means after an asker or an unnamed relative', () => {
  it('"Asked by a reporter whether …, Minister Adriana LaGrange said no. “…,” she said" is the minister\'s, not the reporter\'s', () => {
    const body = 'Asked by a reporter whether the province would change course, Health Minister Adriana LaGrange said no.\n\n“We believe in informed choice,” she said.';
    assert.equal(quotes(body).find((q) => q[0].startsWith('We believe'))?.[1], 'Adriana LaGrange');
  });
  it('"Arjun\'s younger sister, 13, had her statement read … “…,” she wrote" is not the mother named before', () => {
    const body = 'Simran Grewal wept in court. Arjun’s younger sister, 13, had her statement read by a victim services worker.\n\n“I miss him every day,” she wrote.';
    assert.deepEqual(quotes(body), [['I miss him every day,', null]]);
  });
  it('near miss: with no relative between, "she" is the mother', () => {
    const body = 'Simran Grewal wept in court as the statement was read.\n\n“I miss him every day,” she said.';
    assert.deepEqual(quotes(body), [['I miss him every day,', 'Simran Grewal']]);
  });
});

describe('lead46: police briefs and parties by their letters', () => {
  it('"Police charged a second man, 22, with …, said Cpl. Vanessa Munn." is the corporal\'s, an age inside the clause', () => {
    assert.deepEqual(quotes('Police charged a second man, 22, with mischief after the fire, said Cpl. Vanessa Munn.'), [['Police charged a second man, 22, with mischief after the fire', 'Vanessa Munn']]);
    assert.deepEqual(quotes('RCMP charged a woman, 29, with possession of stolen property, said Cpl. Chris Marshall.').map((q) => q[1]), ['Chris Marshall']);
  });
  it('near miss: a person after an inverted cue is that cue\'s, not a later cue\'s ("…,” said Ann Lee, the director, reports USA Today")', () => {
    assert.notEqual(quotes('“The message is clear,” said Ann Lee, executive director of Voters First, reports USA Today.')[0]?.[1], 'USA Today');
  });
  it('"The NDP\'s Ravi Sandhu placed third. ¶ The party said …" is the NDP\'s', () => {
    assert.deepEqual(quotes('The NDP’s Ravi Sandhu placed third.\n\nThe party said turnout had been hurt by the snow.'), [['turnout had been hurt by the snow', 'NDP']]);
  });
});

describe('lead46: the relative the quoted words call "my KIN" does not say them', () => {
  it('"Her grandmother, Yvette Pierre-Louis, taught her … “My grandmother never measured anything,” she said" is the granddaughter\'s', () => {
    const body = 'Nadège Pierre-Louis opened her restaurant in 2019. Her grandmother, Yvette Pierre-Louis, taught her to cook in Jacmel.\n\n“My grandmother never measured anything,” she said.';
    assert.deepEqual(quotes(body), [['My grandmother never measured anything,', 'Nadège Pierre-Louis']]);
  });
  it('near miss: words about another relative ("my son") stay with the parent named last', () => {
    const body = 'Tom Hale runs the farm. His father, Jim Hale, bought it in 1970.\n\n“My son never took a day off,” he said.';
    assert.deepEqual(quotes(body), [['My son never took a day off,', 'Jim Hale']]);
  });
});

describe('lead46 (breaker46): a relative clause that quotes its words after the object is the object\'s', () => {
  it('"thanked Ann Lee, his lawyer, who said, “…”" and "called Jim Banks, who said, “…”" are the lawyer\'s and Banks\'s', () => {
    assert.deepEqual(quotes('Tom Hale thanked Ann Lee, his lawyer, who said, "The case was weak."'), [['The case was weak.', 'Ann Lee']]);
    assert.deepEqual(quotes('Governor Ann Ode called Jim Banks, who said, “The deal is off.”'), [['The deal is off.', 'Jim Banks']]);
  });
  it('near miss: "told reporters, who asked about the plan, that he would resign" is what he told', () => {
    assert.deepEqual(quotes('Tom Hale told reporters, who asked about the plan, that he would resign.').map((q) => q[1]), ['Tom Hale']);
  });
});

describe('lead46: a clause whose verb follows an aside on its subject is content', () => {
  it('"Tom Hale, 21, died in the crash, police said." and "Tom Hale, a nurse, died …" are the police\'s', () => {
    assert.deepEqual(quotes('Tom Hale, 21, died in the crash, police said.'), [['Tom Hale, 21, died in the crash', 'police']]);
    assert.deepEqual(quotes('Tom Hale, a nurse, died in the crash on Monday, police said.'), [['Tom Hale, a nurse, died in the crash on Monday', 'police']]);
  });
  it('near miss: a list of names before the cue is no clause ("Tom Hale, Ann Lee, police said" reports nothing)', () => {
    assert.deepEqual(quotes('Among the dead were Tom Hale, 21, and Ann Lee, police said.').length, 1);
    assert.deepEqual(quotes('Tom Hale, Ann Lee, police said.'), []);
  });
});

describe('lead46 (breaker46): a closing "said Sgt. NAME" with an aside, a relative clause or an adjunct after it', () => {
  it('"…, said Sgt. Ann Roy, the force\'s spokeswoman.", "…, who added …", "… on Monday." are the sergeant\'s', () => {
    assert.deepEqual(quotes('Officers arrested Tom Hale, 54, said Sgt. Ann Roy, the force\'s spokeswoman.'), [['Officers arrested Tom Hale, 54', 'Ann Roy']]);
    assert.equal(quotes('The victim was Tom Hale, 54, said Sgt. Ann Roy, who added that police had few leads.')[0]?.[1], 'Ann Roy');
    assert.deepEqual(quotes('Police charged a man with impaired driving, said Const. Ann Roy on Monday.'), [['Police charged a man with impaired driving', 'Ann Roy']]);
  });
  it('near miss: a clause after the person after the cue is what was said ("said Tom Hale, her deputy, would resign")', () => {
    assert.deepEqual(quotes('On Monday, Ann Lee, the mayor, said Tom Hale, her deputy, would resign.'), [['Tom Hale, her deputy, would resign', 'Ann Lee']]);
  });
});

describe('lead46 (breaker46): ", who said" after a person object of any verb that takes one', () => {
  it('"Ann Lee warned the teacher, who said she understood", "The premier called the mayor, who said …" are the object\'s', () => {
    assert.deepEqual(quotes('Ann Lee warned the teacher, who said she understood.'), [['she understood', 'teacher']]);
    assert.deepEqual(quotes('The premier called the mayor, who said the deal was off.'), [['the deal was off', 'mayor']]);
  });
  it('near miss: a relative clause with no verb of saying leaves the charge laid ("accused Rafael Cruz, who was born and raised in Cuba, of …")', () => {
    assert.equal(quotes('Trump accused Rafael Cruz, who was born and raised in Cuba, of lying about his past.')[0]?.[1], 'Trump');
  });
});
