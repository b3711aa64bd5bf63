import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEventList } from '../../../data/queries/events';
import { useQuestionList } from '../../../data/queries/questions';
import { formatEventMoment } from '../../../domain/events/amsterdam-time';

/** What "Kennis" has for a province: its open questions and the meetings coming up there. */
export default function ProvinceKnowledge({ code, name }: { code: string; name: string }) {
  const { t, i18n } = useTranslation();
  const questions = useQuestionList(code);
  const events = useEventList(code);
  const openQuestions = questions.data?.filter((q) => !q.solved).length;
  const [now] = useState(() => Date.now());
  const upcoming = events.data?.filter((e) => Date.parse(e.ends_at) > now).slice(0, 3) ?? [];
  return (
    <>
      <p>
        <Link to="/kennis" search={{ provincie: code }}>
          {openQuestions === undefined
            ? t('vragen.provinceQuestions', { province: name })
            : t('vragen.provinceOpenQuestions', { count: openQuestions, province: name })}
        </Link>
      </p>
      {upcoming.length ? (
        <>
          <p className="hint" id={`province-events-${code}`}>
            {t('bijeenkomst.inProvince', { province: name })}
          </p>
          <ul className="plain-list" aria-labelledby={`province-events-${code}`}>
            {upcoming.map((e) => (
              <li key={e.id}>
                <Link to="/kennis/bijeenkomsten/$id" params={{ id: e.id }} search={{}}>
                  {e.title}
                </Link>{' '}
                <span className="item-meta">· {formatEventMoment(e.starts_at, i18n.language)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
