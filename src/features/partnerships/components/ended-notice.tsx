import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipPageRow } from '../../../data/schemas';
import { useFormatDay } from '../hooks/use-format-day';

/**
 * Says that the partnership ended or stopped, and when. Focus moves here when it ends while
 * the page is open: the controls that did it are gone, and a screen reader hears what happened.
 */
export function EndedNotice({ page }: { page: PartnershipPageRow }) {
  const { t } = useTranslation();
  const day = useFormatDay();
  const notice = useRef<HTMLParagraphElement>(null);
  const shownStatus = useRef(page.status);
  useEffect(() => {
    if (page.status === 'ended' && shownStatus.current !== 'ended') notice.current?.focus();
    shownStatus.current = page.status;
  }, [page.status]);

  if (page.status !== 'ended' || !page.end_date) return null;
  return (
    <p ref={notice} tabIndex={-1} className="ended-notice">
      {t(page.start_date ? 'verband.endedNotice' : 'verband.stoppedNotice', {
        day: day(page.end_date),
      })}
    </p>
  );
}
