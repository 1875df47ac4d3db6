import type { LogEntry } from '../../src/log/entry.ts';

export function putLogEntries(entries: readonly LogEntry[]): Promise<void>;
