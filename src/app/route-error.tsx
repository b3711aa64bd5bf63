import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

// What Chromium, Firefox and Safari say when a lazily loaded module cannot be fetched.
const CODE_NOT_LOADED =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed/i;

/** Whether a journey failed because its code did not arrive (network), not because of a bug. */
export const isCodeNotLoaded = (error: unknown) =>
  error instanceof Error && CODE_NOT_LOADED.test(error.message);

/**
 * Shown in the side panel in place of a journey that failed, so the header, the map and the
 * other journeys stay usable. Trying again loads the journey anew.
 */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <div className="load-error" role="alert">
      <p>{t(isCodeNotLoaded(error) ? 'routeError.codeFailed' : 'routeError.failed')}</p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          reset();
          void router.invalidate();
        }}
      >
        {t('routeError.retry')}
      </button>
      <details>
        <summary>{t('data.errorDetail')}</summary>
        <code>{error instanceof Error ? error.message : String(error)}</code>
      </details>
    </div>
  );
}
