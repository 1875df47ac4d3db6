import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, TextField } from '../components/fields.tsx';
import { Page } from '../components/Page.tsx';
import { download } from '../lib/share.ts';
import { decryptBackup, encryptBackup, type BackupData } from '../case/log/backup.ts';
import { toLocalDateTime } from '../case/log/entry.ts';
import { restoreBackup, useLog } from '../case/log/logState.ts';
import { MERGE_OUTCOMES } from '../case/log/merge.ts';
import type { RestoreReport } from '../case/log/store.ts';

/** Long enough that guessing it is slow even against a copied file; short enough to type on a phone. */
const PASSPHRASE_MIN = 8;

/** Carry the log to another phone: an encrypted file out, an encrypted file in. */
export function BackupPage() {
  const { t } = useTranslation('log');
  // WebCrypto exists only in a secure context (https, or this phone's own localhost).
  const canEncrypt = typeof crypto !== 'undefined' && crypto.subtle !== undefined;
  return (
    <Page
      heading={t('backup.title')}
      focusKey="log-backup"
      before={
        <Link className="back-link" to="/log">
          {t('form.back')}
        </Link>
      }
    >
      <p>{t('backup.lead')}</p>
      {canEncrypt ? (
        <>
          <MakeBackup />
          <Restore />
        </>
      ) : (
        <p className="notice">{t('backup.insecure')}</p>
      )}
    </Page>
  );
}

function MakeBackup() {
  const { t } = useTranslation('log');
  const log = useLog();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);
  const [status, setStatus] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = [];
    if (passphrase.length < PASSPHRASE_MIN) found.push({ field: 'backup-passphrase', message: t('backup.tooShort', { min: PASSPHRASE_MIN }) });
    else if (repeat !== passphrase) found.push({ field: 'backup-repeat', message: t('backup.mismatch') });
    setProblems(found);
    if (found.length > 0 || log.status !== 'ready') return;
    setStatus(t('backup.working'));
    const file = await encryptBackup({ entries: log.entries, consents: log.consents, images: [...log.images.values()].flat() }, passphrase);
    download(`duice-backup-${toLocalDateTime(new Date()).slice(0, 10)}.json`, file, 'application/json');
    setStatus(t('backup.made', { count: log.entries.length }));
  };
  const error = (field: string) => problems.find((p) => p.field === field)?.message;
  return (
    <section aria-labelledby="make-heading">
      <h2 id="make-heading">{t('backup.makeHeading')}</h2>
      <ErrorSummary title={t('form.errorTitle')} problems={problems} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="backup-passphrase"
          type="password"
          autoComplete="new-password"
          label={t('backup.passphrase')}
          hint={t('backup.passphraseHint', { min: PASSPHRASE_MIN })}
          value={passphrase}
          onChange={setPassphrase}
          error={error('backup-passphrase')}
        />
        <TextField
          id="backup-repeat"
          type="password"
          autoComplete="new-password"
          label={t('backup.repeat')}
          value={repeat}
          onChange={setRepeat}
          error={error('backup-repeat')}
        />
        <button type="submit" className="button" disabled={log.status !== 'ready'}>
          {t('backup.make')}
        </button>
        <p role="status" className="status">
          {status}
        </p>
      </form>
    </section>
  );
}

/** A restore that went through: the file's records (kept for "bring back the deleted ones too") and what it did. */
type Restored = { data: BackupData; unreadable: number; report: RestoreReport };

function Restore() {
  const { t } = useTranslation('log');
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);
  const [working, setWorking] = useState(false);
  const [restored, setRestored] = useState<Restored | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = [];
    if (!file) found.push({ field: 'restore-file', message: t('backup.noFile') });
    if (!passphrase) found.push({ field: 'restore-passphrase', message: t('backup.noPassphrase') });
    setProblems(found);
    if (!file || !passphrase) return;
    setRestored(undefined);
    setWorking(true);
    const result = await decryptBackup(await file.text(), passphrase);
    if (!result.ok) {
      setWorking(false);
      setProblems([{ field: 'restore-file', message: t(`backupErrors.${result.error}`) }]);
      return;
    }
    await merge({ data: result.data, unreadable: result.skipped }, false);
  };
  const merge = async (backup: Omit<Restored, 'report'>, reviveDeleted: boolean) => {
    setWorking(true);
    try {
      setRestored({ ...backup, report: await restoreBackup(backup.data, reviveDeleted) });
    } catch {
      // One transaction: a failed restore wrote nothing.
      setProblems([{ field: 'restore-file', message: t('restoreResult.failed') }]);
    }
    setWorking(false);
  };
  const error = (field: string) => problems.find((p) => p.field === field)?.message;
  const deletedSkipped = restored ? restored.report.entries.skippedDeleted + restored.report.consents.skippedDeleted : 0;
  return (
    <section aria-labelledby="restore-heading">
      <h2 id="restore-heading">{t('backup.restoreHeading')}</h2>
      <ErrorSummary title={t('backup.restoreFailed')} problems={problems} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={error('restore-file') ? 'field invalid' : 'field'}>
          <label htmlFor="restore-file">{t('backup.file')}</label>
          {error('restore-file') && (
            <p className="field-error" id="restore-file-error">
              {error('restore-file')}
            </p>
          )}
          <input
            id="restore-file"
            type="file"
            accept=".json,application/json"
            aria-describedby={error('restore-file') ? 'restore-file-error' : undefined}
            onChange={(e) => setFile(e.target.files?.[0])}
          />
        </div>
        <TextField
          id="restore-passphrase"
          type="password"
          autoComplete="current-password"
          label={t('backup.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          error={error('restore-passphrase')}
        />
        <button type="submit" className="button">
          {t('backup.restore')}
        </button>
        <div role="status" className="status">
          {working ? <p>{t('backup.working')}</p> : restored && <RestoreResult report={restored.report} unreadable={restored.unreadable} />}
        </div>
      </form>
      {!working && restored && deletedSkipped > 0 && (
        // The file's unreadable records were told the first time; this round is only about the deleted ones.
        <button type="button" className="button secondary" onClick={() => void merge({ data: restored.data, unreadable: 0 }, true)}>
          {t('backup.revive', { count: deletedSkipped })}
        </button>
      )}
    </section>
  );
}

/** Exactly what a restore did: one line for each kind of outcome that happened, nothing for the rest. */
function RestoreResult({ report, unreadable }: { report: RestoreReport; unreadable: number }) {
  const { t } = useTranslation('log');
  const lines: string[] = [];
  for (const list of ['entries', 'consents', 'images'] as const) {
    for (const outcome of MERGE_OUTCOMES) {
      const count = report[list][outcome];
      if (count > 0) lines.push(t(`restoreResult.${list}.${outcome}`, { count }));
    }
  }
  if (unreadable > 0) lines.push(t('restoreResult.unreadable', { count: unreadable }));
  if (lines.length === 0) return <p>{t('restoreResult.empty')}</p>;
  return (
    <>
      <p>{t('backup.restored')}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{t('restoreResult.untouched')}</p>
    </>
  );
}
