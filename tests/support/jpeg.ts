/**
 * Whether JPEG bytes carry an EXIF block (an APP1 segment starting "Exif\0"), walking the
 * segments up to the image data: the check that the re-encoder left the metadata behind.
 */
export function hasExif(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1];
    // Start of scan: the segments that could carry metadata all come before it.
    if (marker === 0xda) return false;
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    if (marker === 0xe1 && [0x45, 0x78, 0x69, 0x66, 0, 0].every((byte, i) => bytes[at + 4 + i] === byte)) return true;
    at += 2 + length;
  }
  return false;
}

/**
 * A minimal EXIF APP1 segment holding one GPS position (GPSLatitudeRef "N"), the metadata a phone
 * photo carries: inserted after a JPEG's SOI marker it makes a photo "taken somewhere".
 */
export function exifGpsSegment(): Uint8Array {
  // TIFF header (big-endian), IFD0 with one entry: GPSInfo pointer → GPS IFD with GPSLatitudeRef.
  const tiff = [
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01, 0x88, 0x25, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x1a, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x4e, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  ];
  const body = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const length = body.length + 2;
  return new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...body]);
}

/** The JPEG with an EXIF GPS block put in right after its start marker. */
export function withExifGps(jpeg: Uint8Array): Uint8Array {
  return new Uint8Array([...jpeg.subarray(0, 2), ...exifGpsSegment(), ...jpeg.subarray(2)]);
}

/**
 * Run in the page, in any engine (it uses nothing from outside itself): an image drawn like a phone
 * screenshot, shapes and lines of text, as the bytes of a file of the given type, in base64.
 */
export async function drawImageInPage({ width, height, type }: { width: number; height: number; type: string }): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#f4f4f4';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#222';
  context.font = '40px sans-serif';
  for (let y = 60; y < height; y += 70) context.fillText(`逾期 ${y} 元，今天不还就通知你的家人和单位 ${y * 7}`, 30, y);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), type, 0.95));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
