import { useTranslation } from 'react-i18next';
import { MAP_VIEW_BUTTON_ID, useNarrowView, type NarrowView } from '../map/narrow-view';

const VIEWS: NarrowView[] = ['list', 'map'];

/** "Lijst" / "Kaart" on narrow screens, where the panel and the map take turns. */
export function NarrowViewSwitch() {
  const { t } = useTranslation();
  const view = useNarrowView((s) => s.view);
  const show = useNarrowView((s) => s.show);
  return (
    <div className="narrow-view-switch" role="group" aria-label={t('layout.viewLabel')}>
      {VIEWS.map((v) => (
        <button
          key={v}
          id={v === 'map' ? MAP_VIEW_BUTTON_ID : undefined}
          type="button"
          aria-pressed={view === v}
          onClick={() => show(v)}
        >
          {t(`layout.${v}`)}
        </button>
      ))}
    </div>
  );
}
