import { describe, expect, it } from 'vitest';
import { objectUrl } from '../../src/log/EntryImages.tsx';

describe('objectUrl', () => {
  it('makes one URL per image, however many screens show it', () => {
    const image = new Blob(['a'], { type: 'image/jpeg' });
    const other = new Blob(['a'], { type: 'image/jpeg' });
    const url = objectUrl(image);
    expect(url).toMatch(/^blob:/);
    expect(objectUrl(image)).toBe(url);
    expect(objectUrl(other)).not.toBe(url);
  });
});
