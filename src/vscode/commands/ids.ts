/** Command ids, in one place: the manifest, the links in hover cards and the tests use these. */
export const OPEN_SPAN = 'corpusNavigator.openSpan';
export const SEARCH = 'corpusNavigator.search';
export const SEARCH_BY_SPEAKER = 'corpusNavigator.searchQuotesBySpeaker';
export const REVEAL_ACTOR = 'corpusNavigator.revealActor';
export const REVEAL_ACTOR_AT_CURSOR = 'corpusNavigator.revealActorAtCursor';
export const FILTER_ACTORS = 'corpusNavigator.filterActors';
export const CLEAR_ACTOR_FILTER = 'corpusNavigator.clearActorFilter';
export const SORT_BY_NAME = 'corpusNavigator.sortActorsByName';
export const SORT_BY_MENTIONS = 'corpusNavigator.sortActorsByMentions';
export const REINDEX = 'corpusNavigator.reindex';
export const SHOW_LOG = 'corpusNavigator.showLog';
export const FOCUS_VIEW = 'corpusNavigator.actors.focus';
export const EXPORT = 'corpusNavigator.export';
export const SHOW_TIMELINE = 'corpusNavigator.showTimeline';
export const SHOW_NETWORK = 'corpusNavigator.showNetwork';
