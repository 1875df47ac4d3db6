import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../locales/en/log.json' with { type: 'json' };
import zhCN from '../../locales/zh-CN/log.json' with { type: 'json' };
import type { BackupError } from '../../src/case/log/backup.ts';
import { CSV_COLUMNS } from '../../src/log/csv.ts';
import { EVENTS, KINDS, type ConsentError, type EntryError, type EntryField } from '../../src/case/log/entry.ts';
import { FLAG_IDS, type Ground } from '../../src/case/log/flags.ts';
import { MERGE_OUTCOMES } from '../../src/case/log/merge.ts';
import type { ListName, OpenProblem } from '../../src/case/log/store.ts';
import { flatten } from '../support/flatten.ts';

/** Written as records so the compiler checks that every code is listed. */
const entryErrors: Record<EntryError, true> = { badDate: true, future: true, tooOld: true, tooLong: true, badVisitors: true, noteTooLong: true };
const consentErrors: Record<ConsentError, true> = { noOrganisation: true, tooLong: true };
const backupErrors: Record<BackupError, true> = { notABackup: true, unsupportedVersion: true, wrongPassphraseOrDamaged: true };
const openProblems: Record<OpenProblem, true> = { noStorage: true, newerVersion: true, damaged: true };
const grounds: Record<Ground, true> = { police: true, complaint: true, civilClaim: true };
const fields: Record<EntryField | 'kind' | 'events', true> = {
  kind: true,
  at: true,
  organisation: true,
  lender: true,
  phone: true,
  name: true,
  events: true,
  visitors: true,
  note: true,
};

/** Every key the contact log's code will look up in the `log` namespace. */
const needed = [
  ...FLAG_IDS.flatMap((id) => [`flags.${id}.title`, `flags.${id}.why`]),
  ...Object.keys(grounds).map((g) => `grounds.${g}`),
  ...KINDS.map((k) => `kinds.${k}`),
  ...EVENTS.map((e) => `events.${e}`),
  ...Object.keys(fields).map((f) => `fields.${f}`),
  ...Object.keys(entryErrors).map((e) => `errors.${e}`),
  'consent.label',
  'consent.organisation',
  'consent.hint',
  ...Object.keys(consentErrors).map((e) => `consent.errors.${e}`),
  'csv.statement',
  'csv.separator',
  ...CSV_COLUMNS.map((c) => `csv.headings.${c}`),
  ...Object.keys(backupErrors).map((e) => `backupErrors.${e}`),
  'skipped',
  ...Object.keys(openProblems).map((p) => `unavailable.${p}`),
  ...(['entries', 'consents'] satisfies ListName[]).flatMap((list) =>
    MERGE_OUTCOMES.flatMap((o) => [`restoreResult.${list}.${o}_one`, `restoreResult.${list}.${o}_other`]),
  ),
  // An image is never edited, so it is only added, already there, or dropped with its entry (mergeImages).
  ...['added', 'unchanged', 'skippedDeleted'].flatMap((o) => [`restoreResult.images.${o}_one`, `restoreResult.images.${o}_other`]),
  ...['unreadable_one', 'unreadable_other', 'empty', 'untouched', 'failed'].map((key) => `restoreResult.${key}`),
].sort();

/** The sections the log's core (flags, entries, export, backup) owns; the screens add their own. */
const coreSections = new Set(needed.map((key) => key.split('.')[0]));

/** Keys the log's screens look up literally, e.g. t('page.title'); plural keys without their suffix. */
function keysInScreens(): string[] {
  const dir = join(import.meta.dirname, '../../src/log');
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return [...new Set(sources.flatMap((source) => [...source.matchAll(/\bt\('([\w.]+)'/g)].map((m) => m[1])))].sort();
}

describe('the contact log copy', () => {
  it.each([
    ['zh-CN', zhCN],
    ['en', en],
  ])('%s has every key the log core needs and no other in its sections', (_, copy) => {
    expect(
      flatten(copy)
        .map(([key]) => key)
        .filter((key) => coreSections.has(key.split('.')[0]))
        .sort(),
    ).toEqual(needed);
  });

  it('has every key the log screens look up', () => {
    const keys = new Set(flatten(zhCN).map(([key]) => key.replace(/_(one|other)$/, '')));
    const screens = keysInScreens();
    expect(screens.length).toBeGreaterThan(40);
    expect(screens.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('has a title and an explanation for every flag in both languages', () => {
    for (const id of FLAG_IDS) {
      expect(Object.keys(zhCN.flags[id]).sort()).toEqual(Object.keys(en.flags[id]).sort());
      for (const text of [zhCN.flags[id].title, zhCN.flags[id].why, en.flags[id].title, en.flags[id].why]) expect(text.trim()).not.toBe('');
    }
  });

  it('names each rule with its kind, so a standard never reads as a law', () => {
    for (const id of FLAG_IDS) {
      const why = zhCN.flags[id].why;
      if (why.includes('GB/T 45251')) expect(why, id).toContain('国家标准（推荐性）GB/T 45251—2025');
      if (why.includes('中国银行业协会')) expect(why, id).toContain('中国银行业协会的催收工作指引（行业自律规范）');
      for (const law of why.match(/《[^》]+》(?!（法律）)/g) ?? []) expect.fail(`${id}: ${law} without its kind`);
    }
  });

  it('says that the call limits and the night hours are not law', () => {
    for (const id of ['night', 'answeredCallsOverLimit', 'missedCallsOverLimit', 'thirdPartyContact', 'feesOrNewLoan'] as const) {
      expect(zhCN.flags[id].why, id).toContain('不是法律');
      expect(en.flags[id].why, id).toContain('not law');
    }
  });

  it('keeps interpolations the same in both languages', () => {
    const placeholders = (copy: unknown) => flatten(copy).map(([key, text]) => [key, String(text).match(/\{\{\w+\}\}/g) ?? []]);
    expect(placeholders(en)).toEqual(placeholders(zhCN));
  });
});
