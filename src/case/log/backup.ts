import { isRecord } from '../../flow/persistence.ts';
import { entryReader, pickConsent, pickEntry, readAll, readConsent, type Consent, type LogEntry } from './entry.ts';
import { IMAGE_MAX_BYTES, IMAGE_TYPE, readImage, type LogImage } from './images.ts';

/** `images` may be left out when there are none (a log from before images, a test). */
export type BackupData = { entries: LogEntry[]; consents: Consent[]; images?: LogImage[] };
/**
 * AES-GCM only says "this did not authenticate": a wrong passphrase and a damaged file look
 * the same, so they share one code rather than guess.
 */
export type BackupError = 'notABackup' | 'unsupportedVersion' | 'wrongPassphraseOrDamaged';
/** `skipped`: records of the wrong shape or out of range, left out as when reading the database. */
export type DecryptResult = { ok: true; data: BackupData; skipped: number } | { ok: false; error: BackupError };

const FORMAT = 'duice-backup';
/**
 * 2 added the images. A version-1 file (no images) still restores; an older app refuses a
 * version-2 file rather than restore it without its images.
 */
const VERSION = 2;
const READABLE_VERSIONS: readonly unknown[] = [1, VERSION];
/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
/** The count is read from the file; a crafted file asking for more could freeze the phone. */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
/** 96 bits, the size AES-GCM is defined for; random, and a fresh key per file anyway. */
const IV_BYTES = 12;

type BackupFile = {
  format: typeof FORMAT;
  version: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  data: string;
};

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading megabytes of arguments at once overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Strict: anything but canonical base64 is damage, not something to repair. */
function fromBase64(text: unknown): Uint8Array<ArrayBuffer> | undefined {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, usage: 'encrypt' | 'decrypt') {
  // NFC, so a passphrase typed with a different input method on the other phone still matches.
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const material = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

/** An image in the file: its bytes as base64, since the plaintext is JSON. */
type ImageInFile = { entryId: string; id: string; addedAt: number; data: string };

/**
 * Update times are written since they were introduced; a file without them (older) reads as
 * never edited, and an older app reading a newer file ignores them.
 */
const clean = async (data: BackupData) => ({
  entries: data.entries.map(pickEntry),
  consents: data.consents.map(pickConsent),
  images: await Promise.all(
    (data.images ?? []).map(async ({ entryId, id, addedAt, blob }): Promise<ImageInFile> => ({
      entryId,
      id,
      addedAt,
      data: toBase64(new Uint8Array(await blob.arrayBuffer())),
    })),
  ),
});

/** An image from the file, held to the limits of one kept on the phone; undefined to skip and count it. */
function readImageInFile(value: unknown): LogImage | undefined {
  const { entryId, id, addedAt, data } = (isRecord(value) ? value : {}) as Partial<ImageInFile>;
  // Checked before decoding: base64 is 4 characters for every 3 bytes.
  if (typeof data !== 'string' || data.length > Math.ceil(IMAGE_MAX_BYTES / 3) * 4) return undefined;
  const bytes = fromBase64(data);
  return bytes && readImage({ entryId, id, addedAt, blob: new Blob([bytes], { type: IMAGE_TYPE }) });
}

/**
 * The log as a backup file's text (JSON, so it survives being sent through chat apps and mail).
 * Only WebCrypto: the same code runs in the browser and under Node in the tests. The file
 * records the iteration count it was made with, so the default can rise without breaking old files.
 */
export async function encryptBackup(data: BackupData, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const plain = new TextEncoder().encode(JSON.stringify(await clean(data)));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  const file: BackupFile = {
    format: FORMAT,
    version: VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(sealed),
  };
  return JSON.stringify(file);
}

async function open(text: string, passphrase: string, now: Date): Promise<DecryptResult> {
  const fail = (error: BackupError): DecryptResult => ({ ok: false, error });
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    // A cut-off download of a real backup still starts with its format; say "damaged", not "not ours".
    return fail(text.includes(`"format":"${FORMAT}"`) ? 'wrongPassphraseOrDamaged' : 'notABackup');
  }
  if (!isRecord(file) || file.format !== FORMAT) return fail('notABackup');
  if (!READABLE_VERSIONS.includes(file.version)) return fail('unsupportedVersion');

  const { kdf, cipher } = file;
  if (!isRecord(kdf) || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || !isRecord(cipher) || cipher.name !== 'AES-GCM')
    return fail('wrongPassphraseOrDamaged');
  const { iterations } = kdf;
  const [salt, iv, sealed] = [fromBase64(kdf.salt), fromBase64(cipher.iv), fromBase64(file.data)];
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) return fail('wrongPassphraseOrDamaged');
  if (salt?.length !== SALT_BYTES || iv?.length !== IV_BYTES || !sealed) return fail('wrongPassphraseOrDamaged');

  const key = await deriveKey(passphrase, salt, iterations, 'decrypt');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed);
  const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  // Decrypted, so the passphrase was right, but the content is not a log: treat it as damage.
  if (!isRecord(data) || !Array.isArray(data.entries) || !Array.isArray(data.consents) || !(file.version === 1 || Array.isArray(data.images)))
    return fail('wrongPassphraseOrDamaged');
  // One bad record (a phone whose clock ran a year fast) does not cost the user the rest.
  const entries = readAll(data.entries, entryReader(now));
  const consents = readAll(data.consents, (value) => readConsent(value, now));
  const images = readAll(Array.isArray(data.images) ? data.images : [], readImageInFile);
  return {
    ok: true,
    data: { entries: entries.items, consents: consents.items, images: images.items },
    skipped: entries.skipped + consents.skipped + images.skipped,
  };
}

/**
 * Reads a backup file. Never throws: every failure is one of three codes, and nothing is
 * returned unless the whole file decrypted and holds a log, so a caller that imports only on
 * `ok` changes nothing on a bad file. Each record is checked as the database's are (`now`
 * bounds the dates); the ones that fail are left out and counted.
 */
export async function decryptBackup(text: string, passphrase: string, now = new Date()): Promise<DecryptResult> {
  try {
    return await open(text, passphrase, now);
  } catch {
    // Failed authentication (wrong passphrase, altered bytes) and undecodable plaintext.
    return { ok: false, error: 'wrongPassphraseOrDamaged' };
  }
}
