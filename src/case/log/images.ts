import { ID_MAX } from './entry.ts';

/**
 * Screenshots and photos kept with a log entry: the size policy, the limits, and the re-encoder
 * that makes a picked file safe and small to keep.
 */

/**
 * Longest side kept, in pixels. A phone screenshot (1080×2400) becomes 720×1600: the text of an
 * SMS or a call list stays readable when zoomed, and it prints sharp on A4. As JPEG at this
 * quality a screenshot is some 150–400 KB instead of several MB.
 */
export const IMAGE_MAX_SIDE = 1600;
/** JPEG quality: small files without the smeared edges around text that lower values give. */
export const IMAGE_QUALITY = 0.8;
/** Enough for a thread of screenshots and a call list; more is a sign of the wrong entry. */
export const IMAGES_PER_ENTRY = 6;
/** All images together: about 150 screenshots, and well inside what phones grant a site. */
export const IMAGES_TOTAL_BYTES = 50 * 1024 * 1024;
/** One kept image can be no bigger than this (a restored backup is checked against it too). */
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
/** What the re-encoder writes (every browser encodes it); the only type kept or restored. */
export const IMAGE_TYPE = 'image/jpeg';

/** An image as kept on the phone: immutable once added, so its id says all a merge needs. */
export type LogImage = { entryId: string; id: string; blob: Blob; addedAt: number };

const isId = (id: unknown): id is string => typeof id === 'string' && id !== '' && id.length <= ID_MAX;

/** An image read back: its shape checked like every record, and only the fields the log knows. */
export function readImage(value: unknown): LogImage | undefined {
  const { entryId, id, blob, addedAt } = (value ?? {}) as Partial<LogImage>;
  if (
    !isId(entryId) ||
    !isId(id) ||
    !(blob instanceof Blob) ||
    blob.size > IMAGE_MAX_BYTES ||
    (blob.type !== '' && blob.type !== IMAGE_TYPE) ||
    typeof addedAt !== 'number' ||
    !Number.isSafeInteger(addedAt)
  )
    return undefined;
  return { entryId, id, blob, addedAt };
}

/** Which limit an addition would pass. */
export type ImageLimit = 'perEntry' | 'total' | 'tooBig';

/** Thrown by the store when an addition would pass a limit; nothing of it was written. */
export class ImageLimitError extends Error {
  readonly limit: ImageLimit;
  constructor(limit: ImageLimit) {
    super(`image limit: ${limit}`);
    this.limit = limit;
    this.name = 'ImageLimitError';
  }
}

/**
 * The first limit that adding `adding` (sizes in bytes) to an entry holding `onEntry` images,
 * with `totalBytes` kept on the phone already, would pass; undefined if it fits.
 */
export function limitPassed(onEntry: number, totalBytes: number, adding: readonly number[]): ImageLimit | undefined {
  if (adding.some((size) => size > IMAGE_MAX_BYTES)) return 'tooBig';
  if (onEntry + adding.length > IMAGES_PER_ENTRY) return 'perEntry';
  if (totalBytes + adding.reduce((sum, size) => sum + size, 0) > IMAGES_TOTAL_BYTES) return 'total';
  return undefined;
}

/** The size to draw at: within `max` on the longest side, never enlarged, in whole pixels. */
export function fitWithin(width: number, height: number, max = IMAGE_MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Turns a picked file into the image to keep; injectable, since only a real browser can decode. */
export type Reencode = (file: Blob) => Promise<Blob>;

/**
 * Decodes the picked file and draws its pixels into a fresh JPEG. Only pixels cross over: EXIF
 * (GPS position, phone model, time), XMP and every other block of the original are left behind,
 * so a photo kept here says nothing of where it was taken. `imageOrientation: 'from-image'`
 * applies the EXIF rotation before it is dropped, so a phone photo stays upright.
 */
export const reencodeImage: Reencode = async (file) => {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    // A screenshot with transparency would turn black in a JPEG; white is what it looked like.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('not encoded'))), IMAGE_TYPE, IMAGE_QUALITY),
    );
  } finally {
    bitmap.close();
  }
};
