import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../../components/load-state';
import { errorMessageKey } from '../../../data/errors';
import { useCoverageBoard } from '../../../data/queries/coverage';
import { useNetworkSites } from '../../../data/queries/network';
import { isProvinceCode } from '../../../domain/provinces';
import { useAssignAmbassador, useRemoveAmbassador } from '../api/inbox';

/** AvZ only: which organisation welcomes newcomers in which province; assign and remove. */
export function AmbassadorRegistry() {
  const { t } = useTranslation();
  const boardQuery = useCoverageBoard({ asOf: null, opleiding: null });
  const board = boardQuery.data;
  const { data: sites } = useNetworkSites();
  const assign = useAssignAmbassador();
  const remove = useRemoveAmbassador();
  const [organisation, setOrganisation] = useState('');
  const [province, setProvince] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const organisations = useMemo(() => {
    const byId = new Map<string, string>();
    for (const s of sites ?? [])
      if (s.organisation_kind !== 'kleine_aanbieder')
        byId.set(s.organisation_id, s.organisation_name);
    return [...byId].sort((a, b) => a[1].localeCompare(b[1], 'nl'));
  }, [sites]);
  if (!board) {
    return (
      <section aria-labelledby="registry-heading" className="registry">
        <h2 id="registry-heading" className="panel-heading">
          {t('ambassador.registryHeading')}
        </h2>
        <LoadState queries={[boardQuery]} />
      </section>
    );
  }
  const error = assign.error ?? remove.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!organisation || !isProvinceCode(province)) return;
    const name = organisations.find(([id]) => id === organisation)?.[1] ?? '';
    const provinceName = board.find((r) => r.code === province)?.name ?? province;
    assign.mutate(
      { organisation, province },
      { onSuccess: () => setMessage(t('ambassador.assignDone', { name, province: provinceName })) },
    );
  };

  return (
    <section aria-labelledby="registry-heading" className="registry">
      <h2 id="registry-heading" className="panel-heading">
        {t('ambassador.registryHeading')}
      </h2>
      <ul className="registry-list">
        {board.map((row) => (
          <li key={row.code}>
            <strong>{row.name}</strong>:{' '}
            {row.ambassadors.length ? (
              row.ambassadors.map((name, i) => (
                <span key={name} className="registry-entry">
                  {name}{' '}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('ambassador.remove', { name, province: row.name })}
                    onClick={() =>
                      remove.mutate({ organisation: row.ambassador_ids[i]!, province: row.code })
                    }
                  >
                    ✕
                  </button>
                </span>
              ))
            ) : (
              <em>{t('ambassador.registryNone')}</em>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="field-grid">
        <div className="field">
          <label htmlFor="assign-organisation">{t('ambassador.assignOrganisation')}</label>
          <select
            id="assign-organisation"
            value={organisation}
            onChange={(e) => setOrganisation(e.target.value)}
          >
            <option value="">{t('ambassador.assignChoose')}</option>
            {organisations.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="assign-province">{t('ambassador.assignProvince')}</label>
          <select
            id="assign-province"
            value={province}
            onChange={(e) => setProvince(e.target.value)}
          >
            <option value="" />
            {board.map((row) => (
              <option key={row.code} value={row.code}>
                {row.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="secondary"
          disabled={!organisation || !province || assign.isPending}
        >
          {t('ambassador.assign')}
        </button>
      </form>
      <p role="status" className={message ? 'success' : undefined}>
        {message}
      </p>
      {error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(error))}
        </p>
      ) : null}
    </section>
  );
}
