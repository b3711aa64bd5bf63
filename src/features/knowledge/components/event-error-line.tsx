import { useTranslation } from 'react-i18next';
import { eventErrorMessage } from '../event-errors';

/** Why an event write was refused, in a sentence, or nothing when it was not. */
export function EventErrorLine({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const { key, values } = eventErrorMessage(error);
  return (
    <p role="alert" className="field-error">
      {t(key, values ?? {})}
    </p>
  );
}
