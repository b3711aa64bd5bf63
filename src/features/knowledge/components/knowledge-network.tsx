import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../../components/load-state';
import { useProvinces } from '../../../data/queries/provinces';
import { formatDay } from '../../../lib/dates';
import { useUrlState } from '../../../lib/url-state';
import { useKnowledgeSearch, useQuestionList } from '../api/question-queries';
import { AskQuestion } from './ask-question';
import { MarkedExcerpt } from './marked-excerpt';

/** Questions and answers: search them (Dutch full text), read recent ones, ask one. */
export function KnowledgeNetwork() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const province = useUrlState((s) => s.province);
  const selectProvince = useUrlState((s) => s.selectProvince);
  const { data: provinces } = useProvinces();
  const provinceName = provinces?.features.find((f) => f.id === province)?.properties.name;
  const list = useQuestionList(province);
  const search = useKnowledgeSearch(query);
  const searching = query.trim().length > 1;
  const questionLink = (questionId: string, title: string) => (
    <Link to="/kennis/vragen/$id" params={{ id: questionId }} className="item-title">
      {title}
    </Link>
  );

  return (
    <section aria-labelledby={`${id}-heading`} className="knowledge-network">
      <h2 id={`${id}-heading`} className="panel-heading">
        {t('vragen.heading')}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('vragen.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          maxLength={100}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {searching ? (
        <section aria-labelledby={`${id}-results`}>
          <h3 id={`${id}-results`}>{t('vragen.results')}</h3>
          {search.data ? (
            <>
              <p role="status" className="muted">
                {t('vragen.resultCount', { count: search.data.length })}
              </p>
              <ul className="plain-list search-hits">
                {search.data.map((hit) => (
                  <li key={hit.question_id}>
                    {questionLink(hit.question_id, hit.title)}
                    {hit.solved ? ` · ${t('vragen.solved')}` : ''}
                    <p className="hint">
                      <MarkedExcerpt text={hit.excerpt} />
                    </p>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <LoadState queries={[search]} />
          )}
        </section>
      ) : (
        <section aria-labelledby={`${id}-recent`}>
          <h3 id={`${id}-recent`}>
            {provinceName ? t('vragen.recentIn', { province: provinceName }) : t('vragen.recent')}
          </h3>
          {provinceName ? (
            <button type="button" className="link-button" onClick={() => selectProvince(null)}>
              {t('vragen.allProvinces')}
            </button>
          ) : null}
          {list.data ? (
            <ul className="plain-list question-list">
              {list.data.map((q) => (
                <li key={q.id}>
                  {questionLink(q.id, q.title)}
                  <span className="item-meta">
                    {' '}
                    · {t(`vragen.topic_${q.topic}`)} · {q.organisation_name} ·{' '}
                    {formatDay(q.created_at, i18n.language)} ·{' '}
                    {t('vragen.answerCount', { count: q.answers })}
                    {q.solved ? ` · ${t('vragen.solved')}` : ''}
                    {q.hidden ? ` · ${t('vragen.hiddenBadge')}` : ''}
                  </span>
                </li>
              ))}
              {!list.data.length ? <li className="muted">{t('vragen.noneYet')}</li> : null}
            </ul>
          ) : (
            <LoadState queries={[list]} />
          )}
        </section>
      )}
      <AskQuestion />
    </section>
  );
}
