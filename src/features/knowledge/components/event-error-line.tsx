import { useTranslation } from 'react-i18next';
import { eventErrorKey } from '../event-errors';

/** Why an event write was refused, in a sentence, or nothing when it was not. */
export function EventErrorLine({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return error ? (
    <p role="alert" className="field-error">
      {t(eventErrorKey(error))}
    </p>
  ) : null;
}
