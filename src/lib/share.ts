/** Getting text out of the app: the clipboard, and a file to save. Nothing leaves the phone otherwise. */

/** Copies text; false when the browser refuses (no permission, an old in-app browser). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Offers text as a file download, made on the phone (a blob URL, no server involved). */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has taken the file once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Shares text through the phone's own share sheet (Web Share) where the browser has it, else
 * copies it. 'cancelled': the user closed the share sheet, which is no failure to tell.
 */
export async function shareText(text: string): Promise<'shared' | 'cancelled' | 'copied' | 'failed'> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ text });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // Not allowed here (an in-app browser, no user gesture left): copying still works.
    }
  }
  return (await copyText(text)) ? 'copied' : 'failed';
}
