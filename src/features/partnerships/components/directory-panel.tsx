import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../../components/load-state';
import { useProvinces } from '../../../data/queries/provinces';
import { OPLEIDINGEN, PARTNERSHIP_SCHEMES, PARTNERSHIP_STATUSES } from '../../../domain/vocabulary';
import { useDirectory } from '../api/partnership-queries';
import { filterDirectory, groupsPossible } from '../directory-filter';
import { useDirectoryFilters } from '../hooks/use-directory-filters';
import { ChoiceFilter } from './choice-filter';
import { FoundPartnership } from './found-partnership';

/** "Samenwerkingsverbanden": every partnership, filtered by what the URL says. */
export function DirectoryPanel() {
  const { t } = useTranslation();
  const query = useDirectory();
  const { data: provinces } = useProvinces();
  const { filters, update } = useDirectoryFilters();
  const shown = useMemo(
    () => (query.data ? filterDirectory(query.data, filters) : []),
    [query.data, filters],
  );
  const provinceName = (code: string) =>
    provinces?.features.find((f) => f.id === code)?.properties.name ?? code;
  const anyFilter =
    filters.opleiding || filters.status || filters.scheme || filters.province || filters.name;

  return (
    <>
      <section aria-labelledby="directory-filters-heading" className="filters">
        <h2 id="directory-filters-heading" className="panel-heading">
          {t('verband.filters')}
        </h2>
        <div className="field-grid">
          <div className="field">
            <label htmlFor="directory-name">{t('verband.filterName')}</label>
            <input
              id="directory-name"
              type="search"
              maxLength={80}
              value={filters.name}
              onChange={(e) => update({ name: e.target.value })}
            />
          </div>
          <ChoiceFilter
            id="directory-province"
            label={t('verband.filterProvince')}
            allLabel={t('verband.allProvinces')}
            value={filters.province}
            choices={(provinces?.features ?? []).map((f) => ({
              value: f.id,
              label: f.properties.name,
            }))}
            onChange={(province) => update({ province })}
          />
          <ChoiceFilter
            id="directory-opleiding"
            label={t('verband.filterOpleiding')}
            allLabel={t('verband.allOpleidingen')}
            value={filters.opleiding}
            choices={OPLEIDINGEN.map((o) => ({ value: o, label: t(`opleiding.${o}`) }))}
            onChange={(opleiding) => update({ opleiding })}
          />
          <ChoiceFilter
            id="directory-status"
            label={t('verband.filterStatus')}
            allLabel={t('verband.allStatuses')}
            value={filters.status}
            choices={PARTNERSHIP_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            onChange={(status) => update({ status })}
          />
          <ChoiceFilter
            id="directory-scheme"
            label={t('verband.filterScheme')}
            allLabel={t('verband.allSchemes')}
            value={filters.scheme}
            choices={PARTNERSHIP_SCHEMES.map((s) => ({
              value: s,
              label: t(`network.scheme_${s}`),
            }))}
            onChange={(scheme) => update({ scheme })}
          />
        </div>
        {anyFilter ? (
          <button
            type="button"
            className="secondary"
            onClick={() =>
              update({ opleiding: null, status: null, scheme: null, province: null, name: '' })
            }
          >
            {t('verband.clearFilters')}
          </button>
        ) : null}
      </section>

      <section aria-labelledby="directory-heading">
        <h2 id="directory-heading" className="panel-heading">
          {t('verband.directoryHeading')}
        </h2>
        {query.data ? (
          <p role="status" className="muted">
            {t('verband.shownCount', { count: shown.length, total: query.data.length })}
          </p>
        ) : (
          <LoadState queries={[query]} />
        )}
        <ul className="item-list directory-list">
          {shown.map((p) => (
            <li key={p.id}>
              <Link to="/verbanden/$id" params={{ id: p.id }} className="directory-item">
                <span className="item-title">{p.name}</span>
                <span className="item-meta">
                  <span className={`status-dot status-${p.status}`} aria-hidden="true" />
                  {t(`status.${p.status}`)} · {t(`network.scheme_${p.scheme}`)} · {p.place},{' '}
                  {provinceName(p.province_code)}
                </span>
                <span className="item-meta">
                  {t('verband.membersShort', { count: p.member_count })} ·{' '}
                  {p.opleidingen
                    .map((o) =>
                      t('verband.studentsShort', {
                        opleiding: t(`opleiding.${o}`),
                        count: p.students[o] ?? 0,
                        groups: groupsPossible(p.students[o] ?? 0),
                      }),
                    )
                    .join(' · ')}
                </span>
                {p.involved && p.rules_total !== null ? (
                  <span className="item-meta readiness-line">
                    {t('verband.readinessShort', {
                      passed: p.rules_passed,
                      rules: p.rules_total,
                      settled: p.agreements_settled,
                    })}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
        {query.data && !shown.length ? <p>{t('verband.noneFound')}</p> : null}
      </section>
      <FoundPartnership />
    </>
  );
}
