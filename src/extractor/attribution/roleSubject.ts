/**
 * Part of resolution (see ./resolution): a sentence whose subject is a role the article gave one
 * person ("The premier brushed off the criticism.") mentions that person, though no one speaks in
 * it, so that a pronoun after it ("She said …") finds the person there rather than the last
 * speaker before.
 */
import { CUE_FORMS } from '../cues';
import { ROLE_NOUNS, TITLES } from '../gazetteer';
import type { Paragraph, Sentence, Token } from '../text';
import { soleHolder } from './resolution';
import type { ArticleState } from './state';

/**
 * Adds a mention over "The ROLE" opening sentence `s` (paragraph `pi`) when a verb in lower case
 * follows and one person of the article holds the role; a speech verb after it is left to the
 * source phrase's resolution.
 */
export function noteRoleSubject(st: ArticleState, pi: number, p: Paragraph, s: Sentence): void {
  const t = p.tokens;
  if (s.to - s.from < 4 || t[s.from].lower !== 'the') return;
  // "The premier", "The billionaire businessman": role nouns in lower case, then the verb
  let end = s.from + 1;
  while (end < s.to && end - s.from <= 3 && roleWord(t[end])) end++;
  const verb = t[end];
  if (end === s.from + 1 || !verb || verb.type !== 'word' || verb.cap || CUE_FORMS.has(verb.lower) || NOT_A_VERB.has(verb.lower)) return;
  for (let i = s.from + 1; i < end; i++) if (st.mentionAt[pi][i]) return;
  const holder = soleHolder(st, t[end - 1].lower, null) ?? (end - s.from > 2 ? soleHolder(st, t[s.from + 1].lower, null) : null);
  if (holder) st.addMention(holder, pi, s.from, end, t[s.from].start, t[end - 1].end);
}

const roleWord = (x: Token): boolean => x.type === 'word' && !x.cap && !x.possessive && (ROLE_NOUNS.has(x.lower) || TITLES.has(x.lower));

/** Words after "the ROLE" that go on with the noun phrase rather than open its verb ("the minister of …", "the mayor and …"). */
const NOT_A_VERB = new Set(['of', 'for', 'and', 'or', 'in', 'at', 'from', 'with', 'on', 'to', 'who', 'whose', 'that', 'which']);
