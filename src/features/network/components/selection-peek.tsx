import { useTranslation } from 'react-i18next';
import { flushSync } from 'react-dom';
import { focusAndReveal } from '../../../lib/reveal';
import { useUrlState } from '../../../lib/url-state';
import { useNarrowView } from '../../../map/narrow-view';
import { useNetworkSites, usePartnerships } from '../../../data/queries/network';

export const PEEK_HEADING_ID = 'selection-peek-name';

/**
 * On a narrow screen's map view: what was picked, in a card along the bottom of the map, with the
 * way to its details in the list view (which then has focus on its heading).
 */
export function SelectionPeek() {
  const { t } = useTranslation();
  const selection = useUrlState((s) => s.selection);
  const select = useUrlState((s) => s.select);
  const show = useNarrowView((s) => s.show);
  const { data: partnerships } = usePartnerships();
  const { data: sites } = useNetworkSites();
  if (!selection) return null;
  const partnership =
    selection.kind === 'partnership' ? partnerships?.find((p) => p.id === selection.id) : null;
  const site = selection.kind === 'site' ? sites?.find((s) => s.id === selection.id) : null;
  const name = partnership?.name ?? site?.organisation_name;
  if (!name) return null;

  const openDetails = () => {
    flushSync(() => show('list'));
    focusAndReveal(document.getElementById('selection-heading'), { smooth: false });
  };

  return (
    <section className="selection-peek" aria-labelledby={PEEK_HEADING_ID}>
      <p className="eyebrow">
        {t(partnership ? 'network.partnershipHeading' : 'network.siteHeading')}
      </p>
      <h2 id={PEEK_HEADING_ID} tabIndex={-1}>
        {name}
      </h2>
      <p className="muted">
        {partnership
          ? `${t(`status.${partnership.status}`)} · ${partnership.place}`
          : `${site!.name}, ${site!.place}`}
      </p>
      <div className="card-actions">
        <button type="button" className="secondary" onClick={openDetails}>
          {t('network.peekDetails')}
        </button>
        <button type="button" className="secondary" onClick={() => select(null)}>
          {t('network.close')}
        </button>
      </div>
    </section>
  );
}
