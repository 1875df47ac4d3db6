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
