// Shared by the e2e tests and the bench (plain `node bench/run.mjs`, hence JavaScript; the types
// are in logDatabase.d.mts).

/**
 * Runs in the page, once the app has created its database (its first visit to /log): stores the
 * entries straight into the contact log, as a log kept for a long time would hold them. Passed to
 * the browser as source text, so it uses nothing from outside itself; the names are src/case/log/store.ts's.
 */
export async function putLogEntries(entries) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('duice-log');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction('entries', 'readwrite');
  for (const entry of entries) tx.objectStore('entries').put(entry);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/**
 * Runs in the page, like putLogEntries: keeps one screenshot-sized JPEG (720×1600, as the app
 * re-encodes a phone screenshot) with each of the entries named, as images picked in the app
 * would be stored (src/case/log/images.ts). The picture is drawn here, so nothing is fetched.
 */
export async function putLogImages(entryIds) {
  const canvas = document.createElement('canvas');
  canvas.width = 720;
  canvas.height = 1600;
  const g = canvas.getContext('2d');
  for (let y = 0; y < canvas.height; y += 40) {
    g.fillStyle = `hsl(${(y / 4) % 360} 40% ${y % 80 ? 92 : 80}%)`;
    g.fillRect(0, y, canvas.width, 40);
    g.fillStyle = '#222';
    g.font = '28px sans-serif';
    g.fillText(`短信 ${y / 40}：请于今日内还款，否则后果自负。`, 24, y + 30);
  }
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('duice-log');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction('images', 'readwrite');
  entryIds.forEach((entryId, i) => tx.objectStore('images').put({ entryId, id: `image-${i}`, blob, addedAt: Date.now() }));
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return blob.size;
}
