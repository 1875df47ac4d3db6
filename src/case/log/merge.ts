/** What restoring a backup did with one of its records. */
export const MERGE_OUTCOMES = ['added', 'updated', 'keptPhone', 'unchanged', 'skippedDeleted'] as const;
export type MergeOutcome = (typeof MERGE_OUTCOMES)[number];
export type MergeCounts = Record<MergeOutcome, number>;

/** An entry or a consent: all the merge needs is the id and when the copy was last saved. */
type Versioned = { id: string; updatedAt?: number };

/** One list (entries or consents) as it is on this phone. */
export type OnPhone<T> = {
  /** The records that read back within the limits, by id. */
  records: ReadonlyMap<string, T>;
  /** Ids of stored records that did not: still the user's data, so never replaced unseen. */
  unreadable: ReadonlySet<string>;
  /** Ids the user deleted on this phone (the tombstones). */
  deleted: ReadonlySet<string>;
};

/** Copies saved before update times were kept count as older than any edit. */
const savedAt = (record: Versioned) => record.updatedAt ?? 0;

/**
 * Equal but for when they were saved. Both sides come from the same reader (readEntry or
 * readConsent), which builds every record with its fields in one order, so the JSON compares.
 */
const sameContent = (a: Versioned, b: Versioned) => JSON.stringify({ ...a, updatedAt: undefined }) === JSON.stringify({ ...b, updatedAt: undefined });

/**
 * Restore merges; it never quietly undoes what the user did on this phone. For each record of
 * the backup, by id:
 *
 * | on this phone                                      | result                                  |
 * | -------------------------------------------------- | --------------------------------------- |
 * | absent, never deleted here                         | added                                   |
 * | deleted here (a tombstone)                         | skippedDeleted, or added if `revive`    |
 * | same content                                       | unchanged                               |
 * | different, the backup's copy saved later           | updated: the backup's copy replaces it  |
 * | different, this phone's saved later or at the same | keptPhone                               |
 * |   time (two copies from before update times), or   |                                         |
 * |   stored but unreadable                            |                                         |
 *
 * Records only on this phone are not touched. A tombstone wins whatever the times: clocks on two
 * phones disagree, and "I deleted it" is the one thing the user certainly did. Pure: returns the
 * records to write (each write also drops the id's tombstone) and what happened to each.
 */
export function mergeList<T extends Versioned>(phone: OnPhone<T>, backup: readonly T[], revive = false): { writes: T[]; counts: MergeCounts } {
  const counts: MergeCounts = { added: 0, updated: 0, keptPhone: 0, unchanged: 0, skippedDeleted: 0 };
  // Updated as we go, so a backup that lists one id twice is merged against its own first copy.
  const current = new Map(phone.records);
  const writes = new Map<string, T>();
  const write = (record: T, outcome: MergeOutcome) => {
    current.set(record.id, record);
    writes.set(record.id, record);
    counts[outcome]++;
  };
  for (const record of backup) {
    const mine = current.get(record.id);
    if (mine === undefined) {
      if (phone.unreadable.has(record.id)) counts.keptPhone++;
      else if (phone.deleted.has(record.id) && !revive) counts.skippedDeleted++;
      else write(record, 'added');
    } else if (sameContent(mine, record)) {
      counts.unchanged++;
      // Nothing to write, but a later duplicate of this id must be weighed against the later time.
      if (savedAt(record) > savedAt(mine)) current.set(record.id, record);
    } else if (savedAt(record) > savedAt(mine)) write(record, 'updated');
    else counts.keptPhone++;
  }
  return { writes: [...writes.values()], counts };
}

/** An image: never edited, so its id is all a merge compares. */
type Attached = { entryId: string; id: string };

/**
 * The images of a restored backup, merged after the entries: an image comes with its entry and
 * goes with it, so one whose entry will not be on this phone (deleted here and not revived, or
 * unknown) is dropped as skippedDeleted; one removed here (a tombstone) likewise, unless
 * `revive`; one already here is unchanged; the rest are added. Pure, like mergeList.
 */
export function mergeImages<T extends Attached>(
  phone: { ids: ReadonlySet<string>; deleted: ReadonlySet<string> },
  entryIds: ReadonlySet<string>,
  backup: readonly T[],
  revive = false,
): { writes: T[]; counts: MergeCounts } {
  const counts: MergeCounts = { added: 0, updated: 0, keptPhone: 0, unchanged: 0, skippedDeleted: 0 };
  const writes = new Map<string, T>();
  for (const image of backup) {
    if (phone.ids.has(image.id) || writes.has(image.id)) counts.unchanged++;
    else if (!entryIds.has(image.entryId) || (phone.deleted.has(image.id) && !revive)) counts.skippedDeleted++;
    else {
      writes.set(image.id, image);
      counts.added++;
    }
  }
  return { writes: [...writes.values()], counts };
}
