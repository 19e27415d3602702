/**
 * An event's title as the views show it. An article labels an event by its holder as that article
 * writes the name ("Kishida Fumio talks"); the corpus may know the same actor by another form
 * ("Fumio Kishida", merged across articles), which the Actors tree and hovers show. The title
 * names the holder as the corpus does, so one person reads the same everywhere. The event's
 * `label` itself is left as extracted: its id and the tree's order are made from it.
 */
import type { Actor, CorpusEvent } from '../extractor/types';

/**
 * `e.label` with a participant's name form that opens it (their name or an alias, followed by a
 * space) replaced by the participant's corpus name; the longest such form wins. Linear in the
 * participants' aliases (at most eight participants).
 */
export function eventTitle(e: CorpusEvent, actorOf: (id: string) => Actor | undefined): string {
  const { label } = e;
  const opens = (form: string): boolean => label.length > form.length && label.charCodeAt(form.length) === 32 && label.startsWith(form);
  const actors: Actor[] = [];
  for (const id of e.participants) {
    const actor = actorOf(id);
    // a participant's corpus name opening the label: it names its holder as the corpus does
    if (actor && opens(actor.name)) return label;
    if (actor) actors.push(actor);
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
  return form ? name + label.slice(form.length) : label;
}
