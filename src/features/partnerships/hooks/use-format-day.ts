import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../lib/dates';

/** An ISO day as people read it ("1 februari 2027"), at noon so no time zone moves it. */
export function useFormatDay() {
  const { i18n } = useTranslation();
  return useCallback(
    (iso: string) => formatDay(new Date(`${iso.slice(0, 10)}T12:00:00`), i18n.language),
    [i18n.language],
  );
}
