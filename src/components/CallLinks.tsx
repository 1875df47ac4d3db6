import { useTranslation } from 'react-i18next';

/** Emergency and help numbers as one-tap `tel:` buttons, the first one the primary action. */
export function CallLinks({ numbers }: { numbers: readonly string[] }) {
  const { t } = useTranslation();
  return numbers.map((number, index) => (
    <a key={number} className={index === 0 ? 'button call' : 'button secondary call'} href={`tel:${number}`}>
      {t(`calls.${number}`)}
    </a>
  ));
}
