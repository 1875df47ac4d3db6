// @vitest-environment jsdom
import { storedLanguage } from '../../src/app/i18n.ts';
import { emptyDetails, saveDetails, sharedEdit } from '../../src/case/details.ts';
import { costForm } from '../../src/case/money/costCheck.ts';
import { planForm } from '../../src/case/money/planStore.ts';
import { newComplaint, saveComplaints } from '../../src/case/complaints.ts';
import { saveServiceDates } from '../../src/case/serviceDates.ts';
import { setDiscreetTitle } from '../../src/lib/settings.ts';
import { writeStored } from '../../src/lib/storage.ts';
import { APP_PREFIX, draftEditKey, STORAGE_KEYS } from '../../src/lib/storageKeys.ts';
import { deleteAllData, startSession } from '../../src/case/session.ts';

const REVISION = '#revision';
const listed = Object.values(STORAGE_KEYS);
/** Whether a key is one the list names: a listed key, a draft's edit, or the revision stamped beside either. */
const isListed = (key: string) => {
  const value = key.endsWith(REVISION) ? key.slice(0, -REVISION.length) : key;
  return (listed as string[]).includes(value) || value.startsWith(draftEditKey(''));
};

/** Fills every saved value the app has, each through the app's own save function. */
function fillEverything() {
  const session = startSession(localStorage);
  session.send({ type: 'answer', answers: { danger: ['none'] } });
  session.send({ type: 'tick', item: 'keepRecords', done: true });
  writeStored(localStorage, storedLanguage, 'en');
  setDiscreetTitle(true);
  saveDetails(localStorage, { ...emptyDetails(), yourName: '张三' });
  writeStored(localStorage, costForm, costForm.empty());
  writeStored(localStorage, planForm, planForm.empty());
  sharedEdit(localStorage, 'basis', 0).set('My letter');
  saveServiceDates(localStorage, { served: { paymentOrder: '2026-12-01' } });
  saveComplaints(localStorage, [newComplaint('2026-12-01', 'bankCard')]);
  return session;
}

describe('the list of storage keys', () => {
  it('names every key the app writes, each under the prefix "delete all" removes', () => {
    fillEverything();
    expect(listed.filter((key) => localStorage.getItem(key) === null)).toEqual([]);
    expect(Object.keys(localStorage).filter((key) => !isListed(key))).toEqual([]);
    expect([...listed, draftEditKey('basis')].filter((key) => !key.startsWith(APP_PREFIX))).toEqual([]);
  });

  it('"delete all" leaves none of them, and leaves what is not ours', () => {
    localStorage.setItem('another-app', 'theirs');
    const session = fillEverything();
    deleteAllData(session, localStorage);
    expect(Object.keys(localStorage)).toEqual(['another-app']);
  });
});
