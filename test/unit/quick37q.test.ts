import { strict as assert } from 'node:assert';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { quotesOf } from './helpers';

/** The speakers of an article's Q&A answers (quotes cued by the label's ":" or "A."), in order. */
function answerSpeakers(text: string): Array<string | null> {
  return quotesOf(text).filter((q) => q.cue?.text === ':' || q.cue?.text === 'A.').map((q) => q.who);
}

describe('quick37q: whose answers a Q&A transcript holds', () => {
  it('"The Globe spoke to NAME" before the transcript: the answers are hers, not the last person quoted', () => {
    const text = [
      'Ontario teachers walk out as talks collapse',
      'TORONTO — Tens of thousands of Ontario elementary teachers walked off the job on Monday after contract talks with the province broke down.',
      '"We did not want this strike, but the government left us no choice," said Laura Walton, president of the union\'s bargaining unit. "Class sizes keep growing."',
      'Education Minister Paul Calandra said the province had made a fair offer. Walton said that offer fell far short of inflation.',
      'Ms. Walton added that the union was ready to return to the table at any time.',
      'The Globe spoke to Priya Raman, a Grade 4 teacher at a school in Scarborough, about the first week on the picket line.',
      'Q: How has the strike affected you?',
      'A: I had to take two days of unpaid leave before it even started, and now I am on strike pay.',
      'Q: Do your students\' parents support you?',
      'A: Most of them do. Some bring us coffee in the morning.',
      'Q: Would you go back tomorrow if the province asked?',
      'A: Honestly, yes, if class sizes were part of the deal.',
    ].join('\n\n');
    assert.deepEqual(answerSpeakers(text), ['Priya Raman', 'Priya Raman', 'Priya Raman']);
    // the questions are the interviewer's: no quote of their own
    assert.ok(!quotesOf(text).some((q) => /strike affected you|parents support/.test(q.text)));
  });

  it('an interviewee the article never names: the answers are quotes with no speaker', () => {
    const text = [
      'Farmers count cost of drought in the south',
      'Wheat growers across the south say this year\'s drought is the worst in a generation. Agriculture Minister Julie Collins said on Friday that relief payments would begin next month.',
      '"We know farmers are hurting and help is on the way," Collins said. The minister also spoke with Premier Chris Minns on Thursday.',
      'We asked a grain farmer near Wagga Wagga, who did not want to be named, about the season.',
      'Q: How bad is it?',
      'A: We have harvested about a third of what we would in a normal year.',
      'Q: Will the relief payments help?',
      'A: They will cover the interest on the loans, not much more.',
    ].join('\n\n');
    // (no interviewee named: the answers are no one's quotes, and never the minister's)
    const answers = quotesOf(text).filter((q) => q.cue?.text === ':');
    assert.deepEqual(answers, []);
    assert.ok(!quotesOf(text).some((q) => q.who === 'Julie Collins' && /harvested|interest on the loans/.test(q.text)));
  });

  it('a headline "Q&A with NAME" and "Question:"/"Answer:" labels: the headline\'s person, not the governor quoted in the introduction', () => {
    const text = [
      'Q&A with Amara Okafor, Lagos\'s new health commissioner',
      'Lagos State\'s new health commissioner, Amara Okafor, took office last month. Governor Babajide Sanwo-Olu said she was "the right person for a hard job." Sanwo-Olu also praised her work during the cholera outbreak.',
      'Question: What is your first priority?',
      'Answer: Clean water. Most of the cholera cases we saw last year came from contaminated wells.',
      'Question: How will you pay for it?',
      'Answer: With the state budget and with help from our partners. We will publish every contract.',
    ].join('\n\n');
    assert.deepEqual(answerSpeakers(text), ['Amara Okafor', 'Amara Okafor']);
  });

  it('"an interview with NAME" and dotted labels "Q." / "A.", after a coach is quoted', () => {
    const text = [
      'Kenyan runner eyes marathon record',
      'Kenyan distance runner Faith Chepngetich has won three major marathons this year. Her coach, Patrick Sang, said she was in the best shape of her life. "She trains harder than anyone I have seen," Sang said. Sang said Berlin would suit her.',
      'This is an edited version of an interview with Chepngetich in Iten.',
      'Q. When did you start running?',
      'A. When I was nine, I ran to school every day, ten kilometres each way.',
      'Q. Can you break the record in Berlin?',
      'A. I believe so, if the weather is good.',
    ].join('\n\n');
    assert.deepEqual(answerSpeakers(text), ['Faith Chepngetich', 'Faith Chepngetich']);
  });

  it('"NAME answered our questions" names the interviewee; a pronoun\'s "he spoke with" a reporter does not make the reporter one', () => {
    const text = [
      'Fishing quotas split the coast',
      'Norway\'s fisheries minister, Marianne Sivertsen Naess, announced a cut to the cod quota on Tuesday. Harbour master Jon Eriksen called the cut "a slow death for the villages." Eriksen said boats would be sold. Eriksen has fished these waters since 1978.',
      'Later he spoke with Tromso reporter Kari Holm. Marianne Sivertsen Naess answered our questions by email.',
      'Q: Why cut the quota now?',
      'A: The scientists told us the stock is shrinking for the fourth year.',
      'Q: What about the villages?',
      'A: There will be support for every crew that loses income.',
    ].join('\n\n');
    assert.deepEqual(answerSpeakers(text), ['Marianne Sivertsen Naess', 'Marianne Sivertsen Naess']);
  });

  it('a headline naming the interviewee alone, whom the introduction mentions most', () => {
    const text = [
      'Drought hits home for Chilean winemaker Isabel Araya.',
      'Isabel Araya has made wine in the Maule valley for 22 years. Araya lost half of her harvest this year, and Araya says the water rights system is to blame. Her neighbour Tomas Rojas said he had given up.',
      'Q: What did the drought cost you?',
      'A: Half of the grapes, and two of the workers I could no longer pay.',
      'Q: Who is to blame?',
      'A: A water code written in 1981 for the mines, not for farmers.',
    ].join('\n\n');
    assert.deepEqual(answerSpeakers(text), ['Isabel Araya', 'Isabel Araya']);
  });
});

describe('quick37q: a broadcast transcript labelled with names', () => {
  it('"HOST:" asks; "MAYOR ORTIZ:" (a title before the name, in capitals) answers as the mayor', () => {
    const text = [
      'Mayor defends transit budget on morning show',
      'The mayor of Springfield, Elena Ortiz, joined the morning program on Tuesday to answer listeners\' questions about the new transit budget. Council member Dale Hughes has called the plan "a fantasy."',
      'Hughes said on Monday the city could not afford new buses.',
      'HOST: Mayor, your critics say the numbers do not add up. What do you tell them?',
      'MAYOR ORTIZ: I tell them to read the budget. Every line is paid for by the provincial grant.',
      'HOST: And the fare increase?',
      'MAYOR ORTIZ: There will be no fare increase this year, and I will stand by that.',
    ].join('\n\n');
    const qs = quotesOf(text);
    // (in the article the label is "ORTIZ"; the corpus folds it into the name the body gives)
    assert.deepEqual(qs.filter((q) => q.cue?.text === ':').map((q) => q.who), ['ORTIZ', 'ORTIZ']);
    const corpus = new AnalysingCorpus();
    corpus.set('radio.txt', text);
    const result = corpus.build().result;
    const answers = result.documents[0].quotes.filter((q) => q.cue?.text === ':');
    assert.deepEqual(answers.map((q) => result.actors.find((a) => a.id === q.speaker)?.name), ['Elena Ortiz', 'Elena Ortiz']);
    // the host's question reports nothing ("your critics say …" is no quote of the critics)
    assert.ok(!qs.some((q) => /numbers do not add up/.test(q.text)));
  });
});
