import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../../components/load-state';
import { useInfoPageList } from '../api/info-queries';

/** "Kennis": the pages of the information pack, in reading order. */
export function InfoIndex() {
  const { t } = useTranslation();
  const list = useInfoPageList();
  return (
    <section aria-labelledby="info-index-heading">
      <h2 id="info-index-heading" className="panel-heading">
        {t('kennis.packHeading')}
      </h2>
      {list.data ? (
        <ol className="item-list info-index">
          {list.data.map((p) => (
            <li key={p.slug}>
              <Link to="/kennis/$slug" params={{ slug: p.slug }} className="directory-item">
                <span className="item-title">{p.title}</span>
              </Link>
            </li>
          ))}
        </ol>
      ) : (
        <LoadState queries={[list]} />
      )}
    </section>
  );
}
