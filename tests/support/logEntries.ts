import type { LogEntry } from '../../src/case/log/entry.ts';

/** An answered call at `at` (`YYYY-MM-DDTHH:mm`) with nothing else filled in, unless `changes` says so. */
export const logEntry = (id: string, at: string, changes: Partial<LogEntry> = {}): LogEntry => ({
  id,
  kind: 'answeredCall',
  at,
  organisation: '',
  lender: '',
  phone: '',
  name: '',
  events: [],
  note: '',
  ...changes,
});
