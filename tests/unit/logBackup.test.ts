import { decryptBackup, encryptBackup, PBKDF2_ITERATIONS, type BackupData } from '../../src/log/backup.ts';
import type { LogEntry } from '../../src/log/entry.ts';

/** Most tests use a low count to stay quick; the strong default has its own tests below. */
const FAST = 1_000;
const passphrase = '我的备份 密码 2026';

const entry = (id: string, changes: Partial<LogEntry> = {}): LogEntry => ({
  id,
  kind: 'answeredCall',
  at: '2026-11-23T23:10',
  organisation: 'ABC催收',
  lender: '某银行',
  phone: '+86 138 0013 8000',
  name: '',
  events: ['threatened', 'toldOthers'],
  note: '他说"明天必须还"，<img src=x onerror=alert(1)> 😡\n第二行',
  ...changes,
});
const data: BackupData = { entries: [entry('a'), entry('b', { kind: 'visit', visitors: 3, events: [] })], consents: [{ id: 'c', organisation: '' }] };

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
    expect(await decryptBackup(text, passphrase)).toEqual({ ok: true, data });
    // Both ways together took about 0.3 s here (Node 20): fine for a button the user presses
    // twice a year, slow for someone guessing passphrases, which is the point.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(JSON.parse(text)).toMatchObject({
      format: 'duice-backup',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS },
      cipher: { name: 'AES-GCM' },
    });
    expect(PBKDF2_ITERATIONS).toBe(600_000);
  });

  it('uses the count recorded in the file', async () => {
    const text = await encryptBackup(data, passphrase, FAST);
    expect(parse(text).kdf.iterations).toBe(FAST);
    expect(await decryptBackup(text, passphrase)).toEqual({ ok: true, data });
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
    expect(await decryptBackup(await encryptBackup(empty, passphrase, FAST), passphrase)).toEqual({ ok: true, data: empty });
    const long = { entries: Array.from({ length: 2000 }, (_, i) => entry(`e${i}`, { note: '记'.repeat(500) })), consents: [] };
    expect(await decryptBackup(await encryptBackup(long, passphrase, FAST), passphrase)).toEqual({ ok: true, data: long });
  });

  it('keeps only the fields the log knows', async () => {
    const extra = { entries: [{ ...entry('a'), script: 'x' }], consents: [{ id: 'c', organisation: '', more: 1 }] };
    const result = await decryptBackup(await encryptBackup(extra, passphrase, FAST), passphrase);
    expect(result).toEqual({ ok: true, data: { entries: [entry('a')], consents: [{ id: 'c', organisation: '' }] } });
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

  it.each([2, 0, '1', undefined])('version %s → unsupportedVersion', async (version) => {
    expect(await decryptBackup(edit((f) => (f.version = version)), passphrase)).toEqual({ ok: false, error: 'unsupportedVersion' });
  });

  it('rejects content that decrypts but is not a log', async () => {
    const notALog = { entries: [{ ...entry('a'), kind: 'fax' }], consents: [] } as unknown as BackupData;
    const sealed = await encryptBackup(notALog, passphrase, FAST);
    expect(await decryptBackup(sealed, passphrase)).toEqual({ ok: false, error: 'wrongPassphraseOrDamaged' });
  });

  it('never throws, whatever the bytes', async () => {
    const samples = [text.replace(/"/g, ''), text.replaceAll('A', 'B'), `${text}x`, text.replace('"kdf":{', '"kdf":null,"x":{'), '{"format":"duice-backup"'];
    for (const sample of samples) {
      const result = await decryptBackup(sample, passphrase);
      expect(result.ok).toBe(false);
    }
  });
});
