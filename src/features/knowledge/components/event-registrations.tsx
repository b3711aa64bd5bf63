import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../../components/load-state';
import type { EventDetailRow, EventRegistrationRow } from '../../../data/schemas';
import { fileSafe } from '../../../lib/download';
import { useEventRegistrations } from '../api/event-queries';

/** The AvZ's list of who registered, in order, with the waiting list, and its CSV export. */
export function EventRegistrations({ event }: { event: EventDetailRow }) {
  const { t, i18n } = useTranslation();
  const list = useEventRegistrations(event.id, true);
  const exportCsv = async () => {
    if (!list.data) return;
    const { downloadCsv, toCsv } = await import('../../../lib/csv');
    downloadCsv(`${fileSafe(event.title)}-aanmeldingen.csv`, toCsv(csvRows(list.data, t)));
  };
  const registered = list.data?.filter((r) => r.status === 'registered') ?? [];
  const waiting = list.data?.filter((r) => r.status === 'waiting') ?? [];

  return (
    <section aria-labelledby="event-registrations">
      <h4 id="event-registrations">
        {t('bijeenkomst.registrationsHeading', { count: registered.length })}
      </h4>
      {list.data ? (
        <>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('bijeenkomst.col_organisation')}</th>
                  <th scope="col">{t('bijeenkomst.col_participants')}</th>
                  <th scope="col">{t('bijeenkomst.col_contact')}</th>
                  <th scope="col">{t('bijeenkomst.col_status')}</th>
                </tr>
              </thead>
              <tbody>
                {[...registered, ...waiting].map((r) => (
                  <tr key={`${r.organisation_name}-${r.registered_at}`}>
                    <td>{r.organisation_name}</td>
                    <td>{r.participants.toLocaleString(i18n.language)}</td>
                    <td>
                      {r.contact_name}
                      <br />
                      <a href={`mailto:${r.contact_email}`}>{r.contact_email}</a>
                    </td>
                    <td>{statusText(r, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.data.length ? (
            <button type="button" className="secondary" onClick={() => void exportCsv()}>
              {t('bijeenkomst.export')}
            </button>
          ) : (
            <p className="muted">{t('bijeenkomst.noRegistrations')}</p>
          )}
        </>
      ) : (
        <LoadState queries={[list]} />
      )}
    </section>
  );
}

type T = TFunction;
const statusText = (r: EventRegistrationRow, t: T) =>
  r.status === 'registered'
    ? t('bijeenkomst.status_registered')
    : t('bijeenkomst.status_waiting', { position: r.queue_position ?? 0 });

/** One row per registration, in order; names and addresses as typed (the writer escapes formulae). */
function csvRows(rows: readonly EventRegistrationRow[], t: T) {
  const h = {
    organisation: t('bijeenkomst.col_organisation'),
    participants: t('bijeenkomst.col_participants'),
    name: t('bijeenkomst.contactName'),
    email: t('bijeenkomst.contactEmail'),
    status: t('bijeenkomst.col_status'),
    at: t('bijeenkomst.col_registeredAt'),
  };
  return rows.map((r) => ({
    [h.organisation]: r.organisation_name,
    [h.participants]: r.participants,
    [h.name]: r.contact_name,
    [h.email]: r.contact_email,
    [h.status]: statusText(r, t),
    [h.at]: r.registered_at.slice(0, 16).replace('T', ' '),
  }));
}
