import type { LogEntry } from '../../src/case/log/entry.ts';

export function putLogEntries(entries: readonly LogEntry[]): Promise<void>;
