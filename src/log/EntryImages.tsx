import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { IMAGES_PER_ENTRY, IMAGES_TOTAL_BYTES, limitPassed, type ImageLimit, type Reencode } from '../case/log/images.ts';

const urls = new WeakMap<Blob, string>();
// A URL keeps its image in the browser's memory until revoked: revoked once its Blob is collected,
// that is once no screen and no state holds the image any more.
const revokeWhenCollected = new FinalizationRegistry<string>((url) => URL.revokeObjectURL(url));

/**
 * The object URL of a kept image, made once per Blob: the list, the timeline and the evidence pack
 * show the same Blobs from the log's state, and making a URL is a round trip to the browser's blob
 * store, so a screen of thumbnails reuses the URLs the last screen made and shows them at once.
 */
export function objectUrl(blob: Blob): string {
  let url = urls.get(blob);
  if (!url) {
    url = URL.createObjectURL(blob);
    urls.set(blob, url);
    revokeWhenCollected.register(blob, url);
  }
  return url;
}

/**
 * One dialog that shows a tapped thumbnail full size, over the page, for a whole list of them.
 * The full-size image is in the page only while the dialog is open: a closed dialog's image would
 * still be read and decoded.
 */
function useImageViewer() {
  const { t } = useTranslation('log');
  const dialog = useRef<HTMLDialogElement>(null);
  const [shown, setShown] = useState<{ url: string; alt: string }>();
  const open = (url: string, alt: string) => {
    setShown({ url, alt });
    dialog.current?.showModal();
  };
  const viewer = (
    <dialog ref={dialog} className="image-viewer" aria-label={shown?.alt} onClose={() => setShown(undefined)}>
      {/* Not a method="dialog" form: in the entry form it would be a form inside a form. */}
      <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
        {t('images.close')}
      </button>
      {shown && <img src={shown.url} alt={shown.alt} />}
    </dialog>
  );
  return { open, viewer };
}

/** Thumbnails waiting to come near the screen, each with what shows it. */
const waiting = new Map<Element, () => void>();
let watcher: IntersectionObserver | undefined;

function showNow(element: Element) {
  waiting.get(element)?.();
  waiting.delete(element);
  watcher?.unobserve(element);
}

/**
 * Calls `show` once `element` comes within a screen's height of the viewport, or when the page is
 * printed (the printout has every image). Where the browser cannot tell, at once. Returns a cancel.
 */
function whenNear(element: Element, show: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    show();
    return () => {};
  }
  if (!watcher) {
    watcher = new IntersectionObserver((entries) => entries.filter((entry) => entry.isIntersecting).forEach((entry) => showNow(entry.target)), {
      rootMargin: '100% 0px',
    });
    addEventListener('beforeprint', () => flushSync(() => [...waiting.keys()].forEach(showNow)));
  }
  waiting.set(element, show);
  watcher.observe(element);
  return () => {
    waiting.delete(element);
    watcher?.unobserve(element);
  };
}

/**
 * One image as a small thumbnail; tapping it opens the viewer. In a list its image is fetched only
 * when it comes near the screen: a log shows dozens of entries with screenshots, and each one costs
 * a round trip to the blob store and a decode, before the first entries could be shown. `eager`
 * shows it at once (the images the user is picking).
 */
function Thumbnail({ blob, alt, view, eager = false }: { blob: Blob; alt: string; view: (url: string, alt: string) => void; eager?: boolean }) {
  const { t } = useTranslation('log');
  const [near, setNear] = useState(() => eager || urls.has(blob));
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => (near || !button.current ? undefined : whenNear(button.current, () => setNear(true))), [near]);
  const url = near ? objectUrl(blob) : undefined;
  return (
    <button ref={button} type="button" className="thumbnail" onClick={() => view(url ?? objectUrl(blob), alt)} aria-label={t('images.open', { alt })}>
      {url && <img src={url} alt={alt} decoding="async" />}
    </button>
  );
}

/** "Screenshot 2 of the answered call, 2026-11-24 23:10": the alt text, from the entry's date and kind. */
export function imageAlt(t: (key: string, values: Record<string, unknown>) => string, kind: string, at: string, n: number) {
  return t('images.alt', { n, kind, at: at.replace('T', ' ') });
}

/** An entry's images as thumbnails, for the list and the timeline (lazy: only those scrolled to are decoded). */
export function Thumbnails({ images, alt }: { images: readonly { id: string; blob: Blob }[]; alt: (n: number) => string }) {
  const { open, viewer } = useImageViewer();
  if (images.length === 0) return null;
  return (
    <>
      <ul className="thumbnails">
        {images.map((image, i) => (
          <li key={image.id}>
            <Thumbnail blob={image.blob} alt={alt(i + 1)} view={open} />
          </li>
        ))}
      </ul>
      {viewer}
    </>
  );
}

/** An image in the form: kept (stored with the entry) or picked and waiting for Save. */
export type FormImage = { id: string; blob: Blob; kept: boolean };

/**
 * The entry form's images: thumbnails, each with Remove (asked first), and the picker. Picked
 * files are re-encoded at once (`reencode`: downscaled, metadata gone) and wait for Save; a pick
 * that would pass a limit adds none of its files and says which limit.
 */
export function ImagePicker({
  images,
  otherBytes,
  alt,
  reencode,
  onAdd,
  onRemove,
}: {
  images: readonly FormImage[];
  /** Bytes the log's other images take: the total limit counts them too. */
  otherBytes: number;
  alt: (n: number) => string;
  reencode: Reencode;
  onAdd: (blobs: Blob[]) => void;
  onRemove: (image: FormImage) => void;
}) {
  const { t } = useTranslation('log');
  const [problem, setProblem] = useState<ImageLimit | 'unreadable' | undefined>();
  const [working, setWorking] = useState(false);
  const [confirming, setConfirming] = useState<string>();
  const { open, viewer } = useImageViewer();

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Cleared so that picking the same file again is a change.
    event.target.value = '';
    if (files.length === 0) return;
    const onEntryBytes = images.reduce((sum, image) => sum + image.blob.size, 0);
    // The count is known before any decoding: a pick of too many is refused at once.
    const tooMany = limitPassed(
      images.length,
      0,
      files.map(() => 0),
    );
    if (tooMany) return setProblem(tooMany);
    setWorking(true);
    try {
      const blobs = await Promise.all(files.map((file) => reencode(file)));
      const limit = limitPassed(
        images.length,
        otherBytes + onEntryBytes,
        blobs.map((blob) => blob.size),
      );
      setProblem(limit);
      if (!limit) onAdd(blobs);
    } catch {
      setProblem('unreadable');
    } finally {
      setWorking(false);
    }
  };

  return (
    <section aria-labelledby="entry-images-heading" className="entry-images">
      <h2 id="entry-images-heading">{t('images.heading')}</h2>
      <p className="hint" id="entry-images-hint">
        {t('images.hint')}
      </p>
      {images.length > 0 && (
        <ul className="thumbnails editable">
          {images.map((image, i) => (
            <li key={image.id}>
              <Thumbnail blob={image.blob} alt={alt(i + 1)} view={open} eager />
              {confirming === image.id ? (
                <div role="group" aria-label={t('images.removeConfirm', { n: i + 1 })}>
                  <p>{t('images.removeConfirm', { n: i + 1 })}</p>
                  <button
                    type="button"
                    className="button danger"
                    onClick={() => {
                      setConfirming(undefined);
                      onRemove(image);
                    }}
                  >
                    {t('images.removeYes')}
                  </button>
                  <button type="button" className="button secondary" onClick={() => setConfirming(undefined)}>
                    {t('form.cancel')}
                  </button>
                </div>
              ) : (
                <button type="button" className="link-button danger" onClick={() => setConfirming(image.id)} aria-label={t('images.removeLabel', { n: i + 1 })}>
                  {t('images.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {viewer}
      {problem && (
        <p className="notice" role="alert">
          {t(`images.problems.${problem}`, { max: IMAGES_PER_ENTRY, megabytes: IMAGES_TOTAL_BYTES / 1024 / 1024 })}
        </p>
      )}
      <p role="status" className="status">
        {working ? t('images.working') : ''}
      </p>
      <label className="button secondary file-button">
        {t('images.add')}
        <input
          type="file"
          accept="image/*"
          multiple
          className="visually-hidden"
          aria-describedby="entry-images-hint"
          onChange={(e) => void pick(e)}
          disabled={working}
        />
      </label>
    </section>
  );
}
