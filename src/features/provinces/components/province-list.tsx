import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvinceCode } from '../../../domain/provinces';
import { sortProvincesByName } from '../../../domain/provinces';
import { useUrlState } from '../../../lib/url-state';
import { useProvinces } from '../../../data/queries/provinces';
import { focusAndReveal } from '../../../lib/reveal';
import { useProvinceHover } from '../stores/province-hover';
import { SELECTED_PROVINCE_HEADING_ID } from '../heading-ids';

/** The list alternative to the map: every province as a button, highlighted together with the map. */
export function ProvinceList() {
  const { t } = useTranslation();
  const { data: provinces, isPending, isError, refetch } = useProvinces();
  const selected = useUrlState((s) => s.province);
  const selectProvince = useUrlState((s) => s.selectProvince);
  const hovered = useProvinceHover((s) => s.hovered?.code ?? null);
  const setHovered = useProvinceHover((s) => s.setHovered);
  // What a choice here brings up (the province's panel and its partnerships) appears above the
  // list: focus goes to its heading, scrolled into view, so the next Tab reaches the results.
  const chosen = useRef<ProvinceCode | null>(null);
  useEffect(() => {
    if (!selected || chosen.current !== selected) return;
    chosen.current = null;
    focusAndReveal(document.getElementById(SELECTED_PROVINCE_HEADING_ID), { block: 'start' });
  }, [selected]);

  if (isPending) return <p role="status">{t('provinces.loading')}</p>;
  if (isError) {
    return (
      <div role="alert">
        <p>{t('provinces.loadError')}</p>
        <button type="button" onClick={() => void refetch()}>
          {t('provinces.retry')}
        </button>
      </div>
    );
  }

  return (
    <section aria-labelledby="province-list-heading">
      <h2 id="province-list-heading" className="panel-heading">
        {t('provinces.heading')}
      </h2>
      <ul className="province-list">
        {sortProvincesByName(provinces.features).map((f) => {
          const { code, name } = f.properties;
          return (
            <li key={code}>
              <button
                type="button"
                aria-pressed={selected === code}
                data-hovered={hovered === code || undefined}
                onClick={() => {
                  chosen.current = selected === code ? null : code;
                  selectProvince(chosen.current);
                }}
                onFocus={() => setHovered({ code })}
                onBlur={() => setHovered(null)}
                onMouseEnter={() => setHovered({ code })}
                onMouseLeave={() => setHovered(null)}
              >
                {name}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
