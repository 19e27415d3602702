/**
 * The few parts of `vscode` the host's cache and snapshot stores touch, for replays in plain Node
 * (./warmStart.ts): a trusted workspace and a log that prints warnings only.
 */
export const workspace = { isTrusted: true };
export type LogOutputChannel = { info(m: string): void; warn(m: string): void };
