import { useTranslation } from 'react-i18next';
import { useUrlState } from '../../../lib/url-state';
import { LoadState } from '../../../components/load-state';
import { useNetworkSites, usePartnerships } from '../../../data/queries/network';

/**
 * The list alternative to the map's points: partnerships and seekers in the chosen province
 * (only the seekers where the page lists the partnerships itself).
 */
export function NetworkList({
  provinceName,
  seekersOnly = false,
}: {
  provinceName: string | null;
  seekersOnly?: boolean;
}) {
  const { t } = useTranslation();
  const province = useUrlState((s) => s.province);
  const selection = useUrlState((s) => s.selection);
  const select = useUrlState((s) => s.select);
  const partnershipsQuery = usePartnerships();
  const sitesQuery = useNetworkSites();
  const partnerships = partnershipsQuery.data;
  const sites = sitesQuery.data;
  if (!partnerships || !sites) return <LoadState queries={[partnershipsQuery, sitesQuery]} />;

  const seekers = sites.filter((s) => s.seeking.length > 0);
  if (!province || !provinceName) {
    return (
      <p className="muted">
        {t('network.summary', { partnerships: partnerships.length, seekers: seekers.length })}{' '}
        {t('network.pickProvince')}
      </p>
    );
  }
  const here = partnerships.filter((p) => p.province_code === province);
  const seekersHere = seekers.filter((s) => s.province_code === province);
  const isSelected = (kind: 'partnership' | 'site', id: string) =>
    selection?.kind === kind && selection.id === id;

  return (
    <>
      {seekersOnly ? null : (
        <section aria-labelledby="partnerships-here-heading">
          <h2 id="partnerships-here-heading" className="panel-heading">
            {t('network.partnerships')} · {t('network.inProvince', { province: provinceName })}
          </h2>
          {here.length ? (
            <ul className="item-list">
              {here.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    aria-pressed={isSelected('partnership', p.id)}
                    onClick={() => select({ kind: 'partnership', id: p.id })}
                  >
                    <span className="item-title">{p.name}</span>
                    <span className="item-meta">
                      <span className={`status-dot status-${p.status}`} aria-hidden="true" />
                      {t(`status.${p.status}`)} · {p.place}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('network.nonePartnerships')}</p>
          )}
        </section>
      )}
      <section aria-labelledby="seekers-here-heading">
        <h2 id="seekers-here-heading" className="panel-heading">
          {t('network.seekers')} · {t('network.inProvince', { province: provinceName })}
        </h2>
        {seekersHere.length ? (
          <ul className="item-list">
            {seekersHere.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  aria-pressed={isSelected('site', s.id)}
                  onClick={() => select({ kind: 'site', id: s.id })}
                >
                  <span className="item-title">{s.organisation_name}</span>
                  <span className="item-meta">
                    {s.place} · {s.seeking.map((r) => t(`opleiding.${r.opleiding}`)).join(', ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('network.noneSeekers')}</p>
        )}
      </section>
    </>
  );
}
