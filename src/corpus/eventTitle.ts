/**
 * An event's title as the views show it. An article labels an event by its holder as that article
 * writes the name ("Kishida Fumio talks"), and by its place ("… in Japan"); the corpus may know the
 * same actor by another form ("Fumio Kishida", merged across articles; "Nippon", renamed by the
 * user), which the Actors tree and hovers show. The title names them as the corpus does, so one
 * actor reads the same everywhere. The event's `label` itself is left as extracted: its id and
 * the tree's order are made from it.
 */
import { normaliseName } from '../extractor/actors';
import type { Actor, CorpusEvent } from '../extractor/types';

/**
 * `e.label` with a participant's name form that opens it (their name or an alias, followed by a
 * space) replaced by the participant's corpus name, the longest such form winning; and its place
 * ("… in Japan", `e.place`) named as `place` (eventPlace's, by default) names it. Linear in the
 * participants' aliases (at most eight participants).
 */
export function eventTitle(e: CorpusEvent, actorOf: (id: string) => Actor | undefined, place = eventPlace(e, actorOf)): string {
  const { label } = e;
  const renamed = !!e.place && place !== e.place && label.endsWith(` in ${e.place}`);
  // (the holder is looked for in the label without its place: "NATO summit in NATO" names no holder twice)
  const head = renamed ? label.slice(0, label.length - e.place!.length) : label;
  return holderNamed(head, e.participants, actorOf) + (renamed ? place : '');
}

/** `head` with the longest alias of a participant that opens it replaced by the participant's name; as it is when a participant's name opens it already. */
function holderNamed(head: string, participants: readonly string[], actorOf: (id: string) => Actor | undefined): string {
  const opens = (form: string): boolean => head.length > form.length && head.charCodeAt(form.length) === 32 && head.startsWith(form);
  const actors: Actor[] = [];
  for (const id of participants) {
    const actor = actorOf(id);
    if (!actor) continue;
    // a participant's corpus name opening the label: it names its holder as the corpus does
    if (opens(actor.name)) return head;
    actors.push(actor);
  }
  let form = '';
  let name = '';
  for (const actor of actors) {
    for (const alias of actor.aliases) {
      if (alias.length > form.length && opens(alias)) {
        form = alias;
        name = actor.name;
      }
    }
  }
  return form ? name + head.slice(form.length) : head;
}

/**
 * The event's place as the corpus names it: when a participant (a place or country) is that place
 * under another name (the user renamed "Japan" to "Nippon", or merged it), that participant's
 * name; else `e.place` as the article wrote it (null: none).
 */
export function eventPlace(e: Pick<CorpusEvent, 'place' | 'participants'>, actorOf: (id: string) => Actor | undefined): string | null {
  if (!e.place) return null;
  const key = normaliseName(e.place);
  for (const id of e.participants) {
    const actor = actorOf(id);
    // (a place or country only: "in Washington" names no George Washington)
    if (actor && (actor.kind === 'place' || actor.kind === 'country') && actor.name !== e.place && actor.aliases.some((a) => normaliseName(a) === key)) return actor.name;
  }
  return e.place;
}
