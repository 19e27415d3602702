import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speaker } from './helpers';

/** Session 47's attribution faults on unseen court, legislature, hearing and news-conference copy (scout47b): each kind with a near miss. */
describe('scout47b: a relative brought in by a kinship as the subject just before keeps the shared surname where it speaks', () => {
  it('"Ava\'s mother, Jessica Morin, read her statement. ¶ “…,” Morin said" is the mother, not the victim', () => {
    const crash = 'Killed in the crash were Dennis Fehr, 66, and his granddaughter Ava Morin, 9.\n\n';
    assert.equal(speaker(`${crash}Ava's mother, Jessica Morin, read her victim impact statement while holding a photograph.\n\n"You took my whole world," Morin said, looking at the accused.`, 'whole world'), 'Jessica Morin');
    const lawsuit = 'Maya Okafor died on May 14 when her car was struck at the intersection.\n\nThe family is suing the city.\n\n';
    assert.equal(speaker(`${lawsuit}Maya's mother, Grace Okafor, spoke briefly to reporters outside the courthouse.\n\n"She was careful," Okafor said.`, 'was careful'), 'Grace Okafor');
    assert.equal(speaker(`${lawsuit}Her father, Samuel Okafor, spoke briefly to reporters.\n\n"She was careful," Okafor said.`, 'was careful'), 'Samuel Okafor');
  });
  it('near miss: the surname not at a cue, or the relative named long before, stays with the one the article is about', () => {
    const story = 'Eleanor Price, 88, ran the Main Street bakery for 50 years.\n\nHer son, Michael Price, said she baked every morning.\n\n';
    assert.equal(speaker(`${story}Price was born in Winnipeg. "I never missed a day," Price told the paper in 2019.`, 'missed a day'), 'Eleanor Price');
    assert.equal(speaker('Luc Thibodeau filed the lawsuit on Monday. His wife, Diane Thibodeau, 63, died in the hallway.\n\n"She kept saying something is wrong," Thibodeau said.', 'something is wrong'), 'Luc Thibodeau');
    assert.equal(speaker('Maya Okafor died on May 14.\n\nMaya\'s mother, Grace Okafor, filed the suit in June.\n\nThe city has not responded.\n\nThe road was repaved in July, the city said.\n\nOkafor was a top student. "I want to be a doctor," Okafor wrote in an essay.', 'be a doctor'), 'Maya Okafor');
  });
});

describe('scout47b: the one who answers a question with a lone "yes" or "no" is the speaker the next pronoun goes on with', () => {
  const hearing = 'Transportation Secretary Lauren Mayfield testified on Thursday.\n\n';
  it('"When Rep. Nina Castillo asked whether …, Mayfield said no. ¶ “…,” she said" is Mayfield, not the asker', () => {
    assert.equal(speaker(`${hearing}When Rep. Nina Castillo asked whether the penalties were strong enough, Mayfield said no.\n\n"The maximum fine is a rounding error," she said.`, 'rounding error'), 'Lauren Mayfield');
    assert.equal(speaker(`${hearing}Rep. Nina Castillo asked whether the penalties were strong enough. Mayfield said yes.\n\n"They work," she said.`, 'They work'), 'Lauren Mayfield');
  });
  it('"Asked by Rep. Nina Castillo, D-Calif., whether she thought …, Mayfield said no": the asker\'s tag does not end the question', () => {
    assert.equal(speaker(`${hearing}Asked by Rep. Nina Castillo, D-Calif., whether she thought the penalties were strong enough, Mayfield said no.\n\n"The maximum fine is a rounding error," she said.`, 'rounding error'), 'Lauren Mayfield');
  });
  it('near miss: no answer given, the asker stays the last speaker', () => {
    assert.equal(speaker(`${hearing}When Rep. Nina Castillo asked whether the penalties were strong enough, the room went quiet.\n\n"The maximum fine is a rounding error," she said.`, 'rounding error'), 'Nina Castillo');
  });
});

describe('scout47b: a company named by a plural trade word (Bakeries, Breweries, Dairies) after a given name is a body, not a person', () => {
  it('"Maple Harvest Bakeries … said it was co-operating. “…,” the company said" is the bakeries, not the company named before', () => {
    const body = 'A spokesperson for FreshWay Foods said the company had never fixed prices.\n\nMaple Harvest Bakeries, which has admitted its role, said in a statement it was co-operating fully.\n\n"We accepted responsibility years ago," the company said.';
    assert.equal(speaker(body, 'accepted responsibility'), 'Maple Harvest Bakeries');
    assert.equal(speaker('Rose Breweries said it would appeal the fine.\n\n"We disagree with the ruling," the company said.', 'disagree'), 'Rose Breweries');
  });
  it('near miss: a given name before a surname that is no trade word stays a person', () => {
    assert.equal(speaker('Maple Harvey, who runs a bakery in Regina, spoke at the hearing.\n\n"We lost a third of our customers," Harvey said.', 'lost a third'), 'Maple Harvey');
  });
});

describe('scout47b: a quoted question put to someone by name at its start is answered by that person', () => {
  it('"“Ms. Lowry, … was it common …?” the commissioner asked. ¶ “Not this common,” she said" is Lowry, not the woman named before', () => {
    const inquiry = 'Kathleen Mercer, a lawyer for the government, questioned Jennifer Lowry.\n\nCommissioner Bernard Ashdown asked a question of his own.\n\n';
    assert.equal(speaker(`${inquiry}"Ms. Lowry, in your experience, was it common for memos to go unanswered?" the commissioner asked.\n\n"Not this common," she said.`, 'Not this common'), 'Jennifer Lowry');
    assert.equal(speaker('Sen. Marcus Oduya questioned Gordon Tait.\n\n"Mr. Tait, would you say you are able to do it well?" Oduya asked.\n\n"I would say we are doing it as well as we can," he said.', 'as well as we can'), 'Gordon Tait');
  });
  it('near miss: a name at the start of a statement, not a question, leaves the speaker going on', () => {
    assert.equal(speaker('Sen. Marcus Oduya questioned Gordon Tait.\n\n"Mr. Tait, you are able to do it well," Oduya said.\n\n"We will see," he said.', 'We will see'), 'Marcus Oduya');
  });
});

describe('scout47b: courtroom role nouns (complainant, appellant, claimant, petitioner, juror) head a speaker phrase', () => {
  it('"“…,” the complainant said. “…”" is a quote of the complainant, not a continuation of the lawyer who asked', () => {
    const trial = 'Defence lawyer Sarah Klein cross-examined the woman.\n\n"Why did you keep going to practice?" Klein asked.\n\n';
    const a = inArticle(`${trial}"Because hockey was the only thing I had," the complainant said. "I was not going to let him take that too."`);
    const q = a.quotes.find((x) => x.text.includes('only thing I had'));
    assert.ok(q, 'the answer is a quote');
    assert.equal(q.speakerMention?.text, 'the complainant');
    assert.notEqual(speaker(`${trial}"Because hockey was the only thing I had," the complainant said. "I was not going to let him take that too."`, 'take that too'), 'Sarah Klein');
  });
  it('near miss: a juror named with the role is the one "the juror" means', () => {
    assert.equal(speaker('Juror Mark Dunn spoke to reporters after the verdict.\n\n"It was hard," the juror said.', 'It was hard'), 'Mark Dunn');
  });
});
