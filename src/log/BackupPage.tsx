import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, TextField } from '../components/fields.tsx';
import { Page } from '../components/Page.tsx';
import { download } from '../share.ts';
import { decryptBackup, encryptBackup } from './backup.ts';
import { toLocalDateTime } from './entry.ts';
import { restoreBackup, useLog } from './logState.ts';

/** Long enough that guessing it is slow even against a copied file; short enough to type on a phone. */
const PASSPHRASE_MIN = 8;

/** Carry the log to another phone: an encrypted file out, an encrypted file in. */
export function BackupPage() {
  const { t } = useTranslation('log');
  // WebCrypto exists only in a secure context (https, or this phone's own localhost).
  const canEncrypt = typeof crypto !== 'undefined' && crypto.subtle !== undefined;
  return (
    <Page heading={t('backup.title')} focusKey="log-backup" before={<Link className="back-link" to="/log">{t('form.back')}</Link>}>
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
    const file = await encryptBackup({ entries: log.entries, consents: log.consents }, passphrase);
    download(`duice-backup-${toLocalDateTime(new Date()).slice(0, 10)}.json`, file, 'application/json');
    setStatus(t('backup.made', { count: log.entries.length }));
  };
  const error = (field: string) => problems.find((p) => p.field === field)?.message;
  return (
    <section aria-labelledby="make-heading">
      <h2 id="make-heading">{t('backup.makeHeading')}</h2>
      <ErrorSummary title={t('form.errorTitle')} problems={problems} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField id="backup-passphrase" type="password" autoComplete="new-password" label={t('backup.passphrase')} hint={t('backup.passphraseHint', { min: PASSPHRASE_MIN })} value={passphrase} onChange={setPassphrase} error={error('backup-passphrase')} />
        <TextField id="backup-repeat" type="password" autoComplete="new-password" label={t('backup.repeat')} value={repeat} onChange={setRepeat} error={error('backup-repeat')} />
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

function Restore() {
  const { t } = useTranslation('log');
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);
  const [status, setStatus] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = [];
    if (!file) found.push({ field: 'restore-file', message: t('backup.noFile') });
    if (!passphrase) found.push({ field: 'restore-passphrase', message: t('backup.noPassphrase') });
    setProblems(found);
    if (!file || !passphrase) return;
    setStatus(t('backup.working'));
    const result = await decryptBackup(await file.text(), passphrase);
    if (!result.ok) {
      setStatus('');
      setProblems([{ field: 'restore-file', message: t(`backupErrors.${result.error}`) }]);
      return;
    }
    await restoreBackup(result.data);
    setStatus(t('backup.restored', { count: result.data.entries.length }));
  };
  const error = (field: string) => problems.find((p) => p.field === field)?.message;
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
          <input id="restore-file" type="file" accept=".json,application/json" aria-describedby={error('restore-file') ? 'restore-file-error' : undefined} onChange={(e) => setFile(e.target.files?.[0])} />
        </div>
        <TextField id="restore-passphrase" type="password" autoComplete="current-password" label={t('backup.passphrase')} value={passphrase} onChange={setPassphrase} error={error('restore-passphrase')} />
        <button type="submit" className="button">
          {t('backup.restore')}
        </button>
        <p role="status" className="status">
          {status}
        </p>
      </form>
    </section>
  );
}
