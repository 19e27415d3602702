/**
 * What scout50a found in US political news: a "said" clause of its own swallowed by the content
 * of an earlier cue (a relative clause on a noun-phrase object, the main clause after an opening
 * adjunct), a pronoun subject after an opening adverbial not read as continuing its chain, and a
 * pronoun in an object relative resolved to the relative's antecedent.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle } from './helpers';

describe('scout50a: US political news', () => {
  it('"questioned an interview in which Crane said …": the relative clause is Crane\'s words, not the questioner\'s', () => {
    const body = 'Retired Adm. Thomas Crane testified on Tuesday. But Sen. Jack Reed (D-R.I.) questioned a 2022 podcast appearance in which Crane said aid to Ukraine was "a distraction from the real fight."';
    assert.equal(speakerInArticle(body, 'a distraction from the real fight'), 'Thomas Crane');
    const criticized = 'Gov. Maria Lopez spoke in Reno. Sen. Tom Hale criticized a 2019 speech at which Lopez said the plan was "dead on arrival."';
    assert.equal(speakerInArticle(criticized, 'dead on arrival'), 'Maria Lopez');
    // near miss: "said … a rally where he said …" reports the relative clause too, and stays the teller's
    const nested = 'Sen. Jack Reed spoke on Tuesday. Reed said Adm. Thomas Crane had spoken at a rally where he said the plan was "a disaster."';
    assert.equal(speakerInArticle(nested, 'a disaster'), 'Jack Reed');
  });

  it('"Asked whether … the press association proposed …, Wilson said …": the main clause after an opening adjunct has its own speaker', () => {
    const body = 'Press secretary Kingsley Wilson held a briefing on Friday.\n\nLater, asked whether the Pentagon would reconsider if the press association proposed an alternative, Wilson said the department was "always open to a conversation."';
    assert.equal(speakerInArticle(body, 'always open to a conversation'), 'Kingsley Wilson');
    const when = 'Gov. Ann Ruiz spoke on Monday. When critics complained that the budget was late, Ruiz said the delay was "worth every day."';
    assert.equal(speakerInArticle(when, 'worth every day'), 'Ann Ruiz');
    // near miss: a parenthetical "he said" after a later comma stays inside the first speaker's words
    const parenthetical = 'Gov. Chris Christie spoke on the radio. Asked about his criticisms of Trump, Christie said that was a natural part of running against him — no different, he said, from a rival calling policies "voodoo economics" in 1980.';
    assert.equal(speakerInArticle(parenthetical, 'voodoo economics'), 'Chris Christie');
  });

  it('"At the door, he turned to Kimmel.": a pronoun subject after an opening adverbial goes on with its chain, past the object', () => {
    const body = 'Jason Reed spoke at the cafe. A farmer, Dale Kimmel, asked about fertilizer.\n\nBack at the cafe, Reed shook hands with every table on his way out. At the door, he turned to Kimmel.\n\n"We will cut the tariffs," he said.';
    assert.equal(speakerInArticle(body, 'We will cut the tariffs'), 'Jason Reed');
    // near miss: when the named one is the subject, the pronoun is his
    const named = 'Jason Reed spoke at the cafe. A farmer, Dale Kimmel, asked about fertilizer.\n\nReed shook hands on his way out. At the door, Kimmel turned to him.\n\n"We will cut the tariffs," he said.';
    assert.equal(speakerInArticle(named, 'We will cut the tariffs'), 'Dale Kimmel');
  });

  it('"took aim at Peter Ames, whom he called …": the pronoun in an object relative is not its antecedent', () => {
    const body = 'Martin Cole spoke in Erie on Saturday. Cole also took aim at the running mate, Sen. Peter Ames of Ohio — no relation — whom he called "the other Ames, the one who\'s even worse."';
    assert.equal(speakerInArticle(body, 'the other Ames'), 'Martin Cole');
    // near miss: a subject relative ("who he said was …") keeps the nearest speaker reading
    const subject = 'Martin Cole spoke in Erie. Cole praised Sen. Peter Ames, who he said was "the best of them."';
    assert.equal(speakerInArticle(subject, 'the best of them'), 'Martin Cole');
  });

  it('"Planned Parenthood of Michigan said": the body whose chapter the place names speaks, not the state', () => {
    const body = 'Gov. Gretchen Whitmer signed the bills on Wednesday.\n\nPlanned Parenthood of Michigan said in a statement that the laws were "long overdue."';
    assert.equal(speakerInArticle(body, 'long overdue'), 'Planned Parenthood');
    // near miss: a body whose name holds the place keeps its whole name
    assert.equal(speakerInArticle('Rates rose again.\n\nThe Bank of Canada said rates were "too high."', 'too high'), 'Bank of Canada');
  });

  it('"The top Democrat, Sen. Richard Okafor of Illinois, said": a title before a given name is a person and home state, not an office of a body', () => {
    const body = 'The Senate panel met on Thursday. The top Democrat, Sen. Richard Okafor of Illinois, called the measure "a detention budget dressed up as a reform."';
    assert.equal(speakerInArticle(body, 'a detention budget'), 'Richard Okafor');
    // near miss: an office of a body in apposition after a name is still that person's role
    const office = 'The hospital reopened. Dr. Lin Chu, Chief Medical Officer of Veridian Health, added that the risk was "low."';
    assert.equal(speakerInArticle(office, 'low'), 'Lin Chu');
  });

  it('"Wilson was asked by a reporter whether … She said …": the asker of a passive is not the one who answers', () => {
    const body = 'Press secretary Karen Wilson held a briefing.\n\nWilson was asked by a reporter whether any leak had prompted the change. She said she could not discuss specific investigations.\n\n"I can tell you the secretary takes this very seriously," she said.';
    assert.equal(speakerInArticle(body, 'I can tell you the secretary'), 'Karen Wilson');
    // near miss: one who asks in the active voice is still the one in view
    const active = 'Press secretary Karen Wilson held a briefing. Board chair Tom Hale attended.\n\nWilson asked the board whether any leak had prompted the change. "We need an answer today," she said.';
    assert.equal(speakerInArticle(active, 'We need an answer today'), 'Karen Wilson');
  });

  it('"was telling her own crowd that …", "told her staff that …": a progressive tell with its audience, and "her" as a possessive, report the clause after "that"', () => {
    const body = 'Gov. Rachel Ames spoke in Detroit. Ames was telling her own crowd that the plan amounted to "a sales tax on everything you buy."';
    assert.equal(speakerInArticle(body, 'a sales tax on everything'), 'Rachel Ames');
    const staff = inArticle('Gov. Rachel Ames spoke in Detroit. Ames told her staff that the plan was "a sales tax."').quotes[0];
    assert.ok(staff.text.startsWith('the plan was'), staff.text);
    // near miss: telling a story that someone else told is no telling of a clause
    assert.equal(inArticle('Gov. Rachel Ames spoke in Detroit. Ames was telling the story of the plant.').quotes.length, 0);
  });
});
