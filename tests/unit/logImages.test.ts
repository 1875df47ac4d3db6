import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { decryptBackup, encryptBackup } from '../../src/case/log/backup.ts';
import { fitWithin, IMAGE_MAX_BYTES, ImageLimitError, IMAGES_PER_ENTRY, IMAGES_TOTAL_BYTES, limitPassed, type LogImage } from '../../src/case/log/images.ts';
import { mergeImages } from '../../src/case/log/merge.ts';
import {
  clearLog,
  DB_NAME,
  deleteEntry,
  deleteImage,
  importBackup,
  listDeletions,
  listImages,
  openLog,
  putEntry,
  type LogDb,
} from '../../src/case/log/store.ts';
import { exifGpsSegment, hasExif, withExifGps } from '../support/jpeg.ts';
import { logEntry } from '../support/logEntries.ts';

const image = (entryId: string, id: string, bytes: number[] = [0xff, 0xd8, id.length, 0xff, 0xd9]): LogImage => ({
  entryId,
  id,
  blob: new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }),
  addedAt: 1_790_000_000_000,
});
const bytesOf = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];

let db: LogDb;
beforeEach(async () => {
  db = await openLog();
});
afterEach(async () => {
  db.close();
  await deleteDB(DB_NAME);
});

describe('the size policy', () => {
  it('fits a phone screenshot within 1600 px on its longest side, and never enlarges', () => {
    expect(fitWithin(1080, 2400)).toEqual({ width: 720, height: 1600 });
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(300, 200)).toEqual({ width: 300, height: 200 });
    expect(fitWithin(10_000, 1)).toEqual({ width: 1600, height: 1 });
  });

  it('names the first limit an addition would pass', () => {
    expect(limitPassed(0, 0, [100])).toBeUndefined();
    expect(limitPassed(IMAGES_PER_ENTRY - 1, 0, [1])).toBeUndefined();
    expect(limitPassed(IMAGES_PER_ENTRY - 1, 0, [1, 1])).toBe('perEntry');
    expect(limitPassed(0, IMAGES_TOTAL_BYTES - 10, [10])).toBeUndefined();
    expect(limitPassed(0, IMAGES_TOTAL_BYTES - 10, [11])).toBe('total');
    expect(limitPassed(0, 0, [IMAGE_MAX_BYTES + 1])).toBe('tooBig');
  });

  it('the test helper finds an EXIF GPS block, and none in a plain JPEG', () => {
    const plain = new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x03, 0x00, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]);
    expect(hasExif(plain)).toBe(false);
    expect(hasExif(withExifGps(plain))).toBe(true);
    expect(exifGpsSegment()[1]).toBe(0xe1);
  });
});

describe('the image store', () => {
  it('keeps an entry with its images in one save, and reads back the same bytes', async () => {
    await putEntry(db, logEntry('a', '2026-11-23T09:00'), [image('a', 'i1', [1, 2, 3]), image('a', 'i2')]);
    const { items, skipped } = await listImages(db);
    expect(skipped).toBe(0);
    expect(items.map((i) => i.id).sort()).toEqual(['i1', 'i2']);
    expect(await bytesOf(items.find((i) => i.id === 'i1')!.blob)).toEqual([1, 2, 3]);
  });

  it('saves nothing, not even the entry, when the images would pass the per-entry limit', async () => {
    await putEntry(
      db,
      logEntry('a', '2026-11-23T09:00'),
      Array.from({ length: IMAGES_PER_ENTRY }, (_, i) => image('a', `i${i}`)),
    );
    const edited = logEntry('a', '2026-11-23T09:00', { note: 'edited' });
    await expect(putEntry(db, edited, [image('a', 'one-more')])).rejects.toEqual(new ImageLimitError('perEntry'));
    expect((await db.get('entries', 'a'))?.note).toBe('');
    expect((await listImages(db)).items).toHaveLength(IMAGES_PER_ENTRY);
  });

  it("refuses images that would pass the total, counting every entry's", async () => {
    const big = (entryId: string, id: string) => ({ ...image(entryId, id), blob: new Blob([new Uint8Array(IMAGE_MAX_BYTES)]) });
    for (let i = 0; i < IMAGES_TOTAL_BYTES / IMAGE_MAX_BYTES; i++) await putEntry(db, logEntry(`e${i}`, '2026-11-23T09:00'), [big(`e${i}`, `i${i}`)]);
    await expect(putEntry(db, logEntry('last', '2026-11-23T10:00'), [image('last', 'small')])).rejects.toEqual(new ImageLimitError('total'));
    expect(await db.get('entries', 'last')).toBeUndefined();
  });

  it("deletes an entry's images with it, and only its own", async () => {
    await putEntry(db, logEntry('a', '2026-11-23T09:00'), [image('a', 'i1'), image('a', 'i2')]);
    await putEntry(db, logEntry('ab', '2026-11-23T09:00'), [image('ab', 'i3')]);
    await deleteEntry(db, 'a');
    expect((await listImages(db)).items.map((i) => i.id)).toEqual(['i3']);
  });

  it('removes one image with a tombstone', async () => {
    await putEntry(db, logEntry('a', '2026-11-23T09:00'), [image('a', 'i1'), image('a', 'i2')]);
    await deleteImage(db, 'a', 'i1', 5);
    expect((await listImages(db)).items.map((i) => i.id)).toEqual(['i2']);
    expect(await listDeletions(db)).toEqual([{ list: 'images', id: 'i1', deletedAt: 5 }]);
  });

  it('"delete all" leaves no image behind', async () => {
    await putEntry(db, logEntry('a', '2026-11-23T09:00'), [image('a', 'i1')]);
    await clearLog(db);
    expect(await db.count('images')).toBe(0);
  });

  it('skips and counts a stored image of the wrong shape', async () => {
    await db.put('images', { entryId: 'a', id: 'bad', blob: 'not a blob', addedAt: 1 } as unknown as LogImage);
    expect(await listImages(db)).toEqual({ items: [], skipped: 1 });
  });
});

describe('restoring images', () => {
  it('brings images back with their entry, byte for byte, through an encrypted backup', async () => {
    const jpeg = Array.from({ length: 3000 }, (_, i) => (i * 7) % 256);
    const data = { entries: [logEntry('a', '2026-11-23T09:00')], consents: [], images: [image('a', 'i1', jpeg)] };
    const opened = await decryptBackup(await encryptBackup(data, 'correct horse', 1_000), 'correct horse');
    if (!opened.ok) throw new Error(opened.error);
    const report = await importBackup(db, opened.data);
    expect(report.images).toMatchObject({ added: 1 });
    const [kept] = (await listImages(db)).items;
    expect(kept).toMatchObject({ entryId: 'a', id: 'i1', addedAt: 1_790_000_000_000 });
    expect(await bytesOf(kept.blob)).toEqual(jpeg);
    expect((await importBackup(db, opened.data)).images).toMatchObject({ added: 0, unchanged: 1 });
  });

  it('leaves out an image in the file with no entry id, and counts it', async () => {
    const bad = { entries: [], consents: [], images: [{ ...image('', 'i1') }] };
    const opened = await decryptBackup(await encryptBackup(bad, 'correct horse', 1_000), 'correct horse');
    expect(opened).toEqual({ ok: true, data: { entries: [], consents: [], images: [] }, skipped: 1 });
  });

  it('drops the images of an entry deleted on this phone, and of an image removed here, unless asked', async () => {
    const backup = {
      entries: [logEntry('a', '2026-11-23T09:00'), logEntry('b', '2026-11-23T10:00')],
      consents: [],
      images: [image('a', 'i1'), image('b', 'i2'), image('b', 'i3')],
    };
    await importBackup(db, backup);
    await deleteEntry(db, 'a');
    await deleteImage(db, 'b', 'i2');
    expect((await importBackup(db, backup)).images).toMatchObject({ added: 0, unchanged: 1, skippedDeleted: 2 });
    expect((await listImages(db)).items.map((i) => i.id)).toEqual(['i3']);
    expect((await importBackup(db, backup, true)).images).toMatchObject({ added: 2, unchanged: 1 });
    expect((await listImages(db)).items.map((i) => i.id).sort()).toEqual(['i1', 'i2', 'i3']);
  });
});

describe('mergeImages', () => {
  const phone = { ids: new Set(['here']), deleted: new Set(['removed']) };
  const entries = new Set(['a']);
  it('adds what is new, keeps what is here, drops what goes with a missing entry or was removed', () => {
    const backup = [image('a', 'new'), image('a', 'here'), image('gone', 'orphan'), image('a', 'removed'), image('a', 'new')];
    const { writes, counts } = mergeImages(phone, entries, backup);
    expect(writes.map((i) => i.id)).toEqual(['new']);
    expect(counts).toEqual({ added: 1, updated: 0, keptPhone: 0, unchanged: 2, skippedDeleted: 2 });
    expect(mergeImages(phone, entries, backup, true).writes.map((i) => i.id)).toEqual(['new', 'removed']);
  });
});
