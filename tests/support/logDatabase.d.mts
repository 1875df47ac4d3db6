import type { LogEntry } from '../../src/case/log/entry.ts';

export function putLogEntries(entries: readonly LogEntry[]): Promise<void>;

/** Resolves to the size in bytes of the one image stored with each entry. */
export function putLogImages(entryIds: readonly string[]): Promise<number>;
