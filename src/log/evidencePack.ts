import { byTime, type LogEntry } from '../case/log/entry.ts';
import { FLAG_IDS, type FlagId, type FlagReport } from '../case/log/flags.ts';
import type { LogImage } from '../case/log/images.ts';
import type { EntryImages } from '../case/log/logState.ts';

/** A possible breach as the pack shows it: the flag, and the contacts that raised it, oldest first. */
export type PackViolation = { flag: FlagId; entries: readonly LogEntry[] };
/** An image with the entry it was kept with; `n` numbers it through the pack ("图 3"). */
export type PackImage = { image: LogImage; entry: LogEntry; n: number };

/** What the evidence pack holds, each part in time order, so the printout reads as a history. */
export type EvidencePack = { contacts: readonly LogEntry[]; violations: readonly PackViolation[]; images: readonly PackImage[] };

/**
 * The evidence pack's contents from the log: every contact, the possible breaches in this case
 * (`isBreach`, as the log page counts them: one per entry that raised the flag), and the images
 * under their entries. Pure: the same log gives the same pack in any order it was read.
 */
export function evidencePack(entries: readonly LogEntry[], report: FlagReport, isBreach: (flag: FlagId) => boolean, images: EntryImages): EvidencePack {
  const contacts = [...entries].sort(byTime);
  const raisedBy = new Map<FlagId, LogEntry[]>();
  for (const entry of contacts) {
    for (const flag of (report.entries.get(entry.id) ?? []).filter(isBreach)) {
      const list = raisedBy.get(flag);
      if (list) list.push(entry);
      else raisedBy.set(flag, [entry]);
    }
  }
  const violations = FLAG_IDS.filter((flag) => raisedBy.has(flag)).map((flag) => ({ flag, entries: raisedBy.get(flag)! }));
  const packImages = contacts.flatMap((entry) => (images.get(entry.id) ?? []).map((image) => ({ image, entry })));
  return { contacts, violations, images: packImages.map((item, i) => ({ ...item, n: i + 1 })) };
}
