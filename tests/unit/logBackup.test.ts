// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decryptBackup, encryptBackup, PBKDF2_ITERATIONS, type BackupData } from '../../src/case/log/backup.ts';
import type { LogEntry } from '../../src/case/log/entry.ts';
import { logEntry } from '../support/logEntries.ts';

/** Most tests use a low count to stay quick; the strong default has its own tests below. */
const FAST = 1_000;
const passphrase = '我的备份 密码 2026';

const entry = (id: string, changes: Partial<LogEntry> = {}) =>
  logEntry(id, '2026-11-23T23:10', {
    organisation: 'ABC催收',
    lender: '某银行',
    phone: '+86 138 0013 8000',
    events: ['threatened', 'toldOthers'],
    note: '他说"明天必须还"，<img src=x onerror=alert(1)> 😡\n第二行',
    ...changes,
  });
const data: BackupData = {
  entries: [entry('a', { updatedAt: 1_790_000_000_000 }), entry('b', { kind: 'visit', visitors: 3, events: [] })],
  consents: [{ id: 'c', organisation: 'ABC催收', updatedAt: 1_790_000_000_000 }],
};

/**
 * A backup file holding any plaintext, sealed the way the format says (PBKDF2-SHA-256, AES-GCM),
 * written apart from the app's code so the tests can feed the reader what the app never writes.
 */
async function sealRaw(plaintext: string, secret: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: FAST }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
  ]);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plaintext)));
  const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
  return JSON.stringify({
    format: 'duice-backup',
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: FAST, salt: base64(salt) },
    cipher: { name: 'AES-GCM', iv: base64(iv) },
    data: base64(sealed),
  });
}

type File = { kdf: { iterations: number; salt: string }; cipher: { iv: string }; data: string };
const parse = (text: string) => JSON.parse(text) as File;
/** Flips one bit of a base64 field's bytes and encodes it again, so only the content is damaged. */
function flip(base64: string, index: number): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  bytes[(index + bytes.length) % bytes.length] ^= 0x01;
  return btoa(String.fromCharCode(...bytes));
}

describe('a backup', () => {
  it('round-trips with the strong default, and records the count it used', async () => {
    const started = performance.now();
    const text = await encryptBackup(data, passphrase);
    expect(await decryptBackup(text, passphrase)).toEqual({ ok: true, data: { ...data, images: [] }, skipped: 0 });
    // Both ways together took about 0.3 s here (Node 20): fine for a button the user presses
    // twice a year, slow for someone guessing passphrases, which is the point.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(JSON.parse(text)).toMatchObject({
      format: 'duice-backup',
      version: 2,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS },
      cipher: { name: 'AES-GCM' },
    });
    expect(PBKDF2_ITERATIONS).toBe(600_000);
  });

  it('uses the count recorded in the file', async () => {
    const text = await encryptBackup(data, passphrase, FAST);
    expect(parse(text).kdf.iterations).toBe(FAST);
    expect(await decryptBackup(text, passphrase)).toEqual({ ok: true, data: { ...data, images: [] }, skipped: 0 });
  });

  it('shows nothing of the log in the file', async () => {
    const text = await encryptBackup(data, passphrase, FAST);
    for (const secret of ['ABC', '13800138000', 'threatened', 'onerror']) expect(text).not.toContain(secret);
    expect(text).not.toContain(btoa('ABC'));
  });

  it('takes a fresh salt and iv every time', async () => {
    const [one, two] = [parse(await encryptBackup(data, passphrase, FAST)), parse(await encryptBackup(data, passphrase, FAST))];
    expect(one.kdf.salt).not.toBe(two.kdf.salt);
    expect(one.cipher.iv).not.toBe(two.cipher.iv);
    expect(one.data).not.toBe(two.data);
  });

  it('matches a passphrase typed in either Unicode form', async () => {
    const composed = 'café 密码';
    const text = await encryptBackup(data, composed.normalize('NFC'), FAST);
    expect((await decryptBackup(text, composed.normalize('NFD'))).ok).toBe(true);
  });

  it('round-trips an empty log and a long one', async () => {
    const empty = { entries: [], consents: [] };
    expect(await decryptBackup(await encryptBackup(empty, passphrase, FAST), passphrase)).toEqual({ ok: true, data: { ...empty, images: [] }, skipped: 0 });
    const long = { entries: Array.from({ length: 2000 }, (_, i) => entry(`e${i}`, { note: '记'.repeat(500) })), consents: [] };
    expect(await decryptBackup(await encryptBackup(long, passphrase, FAST), passphrase)).toEqual({ ok: true, data: { ...long, images: [] }, skipped: 0 });
  });

  it('keeps only the fields the log knows', async () => {
    const extra = { entries: [{ ...entry('a'), script: 'x' }], consents: [{ id: 'c', organisation: 'ABC催收', more: 1 }] };
    const result = await decryptBackup(await encryptBackup(extra, passphrase, FAST), passphrase);
    expect(result).toEqual({ ok: true, data: { entries: [entry('a')], consents: [{ id: 'c', organisation: 'ABC催收' }], images: [] }, skipped: 0 });
  });

  it('reads a backup made before update times were kept, as never edited', async () => {
    // Made by the release before update times (version-1 format, before images), passphrase "correct horse".
    const old = readFileSync(join(import.meta.dirname, 'data/backup-before-update-times.json'), 'utf8');
    const result = await decryptBackup(old, 'correct horse');
    expect(result).toEqual({
      ok: true,
      skipped: 0,
      data: {
        entries: [
          {
            id: 'old-call',
            kind: 'answeredCall',
            at: '2025-03-01T23:10',
            organisation: 'ABC催收',
            lender: '某银行',
            phone: '13800138000',
            name: '',
            events: ['threatened'],
            note: '备份里的旧版本',
          },
          {
            id: 'old-visit',
            kind: 'visit',
            at: '2025-03-02T10:00',
            organisation: '某某资产',
            lender: '',
            phone: '',
            name: '',
            events: [],
            visitors: 2,
            note: '',
          },
        ],
        consents: [{ id: 'old-consent', organisation: 'ABC催收' }],
        images: [],
      },
    });
  });

  it('leaves out and counts records of the wrong shape or out of range, and keeps the rest', async () => {
    const now = new Date(2026, 10, 24, 12, 0);
    const mixed = {
      entries: [
        entry('good'),
        { ...entry('fax'), kind: 'fax' },
        entry('sms', { kind: 'sms', visitors: 1e308 }),
        entry('future', { at: '2099-01-01T10:00' }),
        entry('note', { note: 'x'.repeat(2_000_000) }),
      ],
      consents: [
        { id: 'everyone', organisation: '' },
        { id: 'named', organisation: 'ABC催收' },
      ],
    } as unknown as BackupData;
    const result = await decryptBackup(await encryptBackup(mixed, passphrase, FAST), passphrase, now);
    expect(result).toEqual({ ok: true, data: { entries: [entry('good')], consents: [{ id: 'named', organisation: 'ABC催收' }], images: [] }, skipped: 5 });
  });
});

describe('a backup that cannot be read', () => {
  let text: string;
  beforeAll(async () => {
    text = await encryptBackup(data, passphrase, FAST);
  });

  const edit = (change: (file: Record<string, unknown> & File) => void) => {
    const file = JSON.parse(text);
    change(file);
    return JSON.stringify(file);
  };

  it.each([
    ['a wrong passphrase', () => text, 'wrong'],
    ['an empty passphrase', () => text, ''],
    ['a near miss', () => text, passphrase.replace('我', '你')],
  ])('%s → wrongPassphraseOrDamaged', async (_, file, tried) => {
    expect(await decryptBackup(file(), tried)).toEqual({ ok: false, error: 'wrongPassphraseOrDamaged' });
  });

  it.each([
    ['cut in the data', () => text.slice(0, text.length - 40)],
    ['cut early', () => text.slice(0, 40)],
    ['cut by one character', () => text.slice(0, -1)],
    ['a flipped bit in the data', () => edit((f) => (f.data = flip(f.data, 5)))],
    ['a flipped bit in the tag', () => edit((f) => (f.data = flip(f.data, -1)))],
    ['a flipped bit in the salt', () => edit((f) => (f.kdf.salt = flip(f.kdf.salt, 0)))],
    ['a flipped bit in the iv', () => edit((f) => (f.cipher.iv = flip(f.cipher.iv, 0)))],
    ['a changed iteration count', () => edit((f) => (f.kdf.iterations = FAST + 1))],
    ['a count that would freeze the phone', () => edit((f) => (f.kdf.iterations = 1e12))],
    ['a fractional count', () => edit((f) => (f.kdf.iterations = 1.5))],
    ['data that is not base64', () => edit((f) => (f.data = `${f.data.slice(0, -4)}!!!!`))],
    ['a short iv', () => edit((f) => (f.cipher.iv = btoa('short')))],
    ['no data', () => edit((f) => delete (f as Partial<File>).data)],
    ['another cipher', () => edit((f) => (f.cipher = { name: 'AES-CBC', iv: f.cipher.iv } as File['cipher']))],
    ['another key derivation', () => edit((f) => (f.kdf = { ...f.kdf, name: 'scrypt' } as File['kdf']))],
    ['an empty ciphertext', () => edit((f) => (f.data = ''))],
  ])('%s → wrongPassphraseOrDamaged', async (_, file) => {
    expect(await decryptBackup(file(), passphrase)).toEqual({ ok: false, error: 'wrongPassphraseOrDamaged' });
  });

  it.each([
    ['not JSON', 'hello'],
    ['an empty file', ''],
    ['a photo', '\u0089PNG\r\n\u001a\n\u0000\u0000'],
    ['JSON of something else', JSON.stringify({ entries: [] })],
    ['another format', JSON.stringify({ format: 'other-backup', version: 1 })],
    ['a JSON array', '[1,2]'],
    ['JSON null', 'null'],
    ['the CSV export', '\uFEFF这份记录由我本人填写\r\n日期,时间\r\n'],
  ])('%s → notABackup', async (_, file) => {
    expect(await decryptBackup(file, passphrase)).toEqual({ ok: false, error: 'notABackup' });
  });

  it.each([3, 0, '1', undefined])('version %s → unsupportedVersion', async (version) => {
    expect(
      await decryptBackup(
        edit((f) => (f.version = version)),
        passphrase,
      ),
    ).toEqual({ ok: false, error: 'unsupportedVersion' });
  });

  it('reads a file sealed by hand to the format', async () => {
    expect(await decryptBackup(await sealRaw(JSON.stringify({ entries: [entry('a')], consents: [] }), passphrase), passphrase)).toEqual({
      ok: true,
      data: { entries: [entry('a')], consents: [], images: [] },
      skipped: 0,
    });
  });

  it.each([
    ['entries not a list', { entries: 'x', consents: [] }],
    ['no consents', { entries: [] }],
    ['a bare list of entries', [entry('a')]],
    ['null', null],
  ])('rejects content that decrypts but is not a log: %s', async (_, notALog) => {
    expect(await decryptBackup(await sealRaw(JSON.stringify(notALog), passphrase), passphrase)).toEqual({ ok: false, error: 'wrongPassphraseOrDamaged' });
  });

  it('never throws, whatever the bytes', async () => {
    const samples = [text.replace(/"/g, ''), text.replaceAll('A', 'B'), `${text}x`, text.replace('"kdf":{', '"kdf":null,"x":{'), '{"format":"duice-backup"'];
    for (const sample of samples) {
      const result = await decryptBackup(sample, passphrase);
      expect(result.ok).toBe(false);
    }
  });
});
