import { useTranslation } from 'react-i18next';
import { AmbassadorPointer } from '../../../components/ambassador-pointer';
import { WithYou } from '../../../components/group-count';
import { GROUP_SIZE } from '../../../domain/cohort';
import type { MatchOption } from '../../../domain/matching/types';
import { usePartnerships } from '../../../data/queries/network';
import { useUrlState } from '../../../lib/url-state';
import type { FindMatch } from '../hooks/use-match';
import { useRegisterIntent } from '../stores/register-intent';
import { useFindStore } from '../stores/find-params';
import { useResultHover, type HoveredResult } from '../stores/result-hover';
import { JoinRequest } from './join-request';

const optionKey = (o: MatchOption) =>
  o.kind === 'join' ? `join-${o.partnership.id}` : `new-${o.meetingPoint.siteId ?? 'here'}`;

/** What the map highlights for an option: the partnership, or the meeting point's site. */
const mapTarget = (o: MatchOption): HoveredResult | null =>
  o.kind === 'join'
    ? { kind: 'partnership', id: o.partnership.id }
    : o.meetingPoint.siteId
      ? { kind: 'site', id: o.meetingPoint.siteId }
      : null;

function OptionCard({ option }: { option: MatchOption }) {
  const { t } = useTranslation();
  const select = useUrlState((s) => s.select);
  const setHovered = useResultHover((s) => s.setHovered);
  const target = mapTarget(option);
  const highlighted = useResultHover(
    (s) => target !== null && s.hovered?.kind === target.kind && s.hovered.id === target.id,
  );
  const requestRegistration = useRegisterIntent((s) => s.request);
  const { data: partnerships } = usePartnerships();
  const headingId = `option-${optionKey(option)}`;
  const minutes = Math.round(option.minutes);

  return (
    <li
      className="result-card"
      data-highlighted={highlighted || undefined}
      data-beyond={!option.withinLimit || undefined}
      onMouseEnter={() => setHovered(target)}
      onMouseLeave={() => setHovered(null)}
      onFocus={() => setHovered(target)}
      onBlur={() => setHovered(null)}
    >
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          {option.kind === 'join'
            ? option.partnership.name
            : t('find.newGroupAt', { place: option.meetingPoint.place })}
        </h3>
        <p className="item-meta">
          <span className="minutes">
            {option.withinLimit
              ? t('find.minutesWithin', { minutes })
              : t('find.minutesBeyond', { minutes, count: option.extraMinutes })}
          </span>
          {option.kind === 'join' ? (
            <>
              {' · '}
              {t('find.kindPartnership')}: {t(`status.${option.partnership.status}`)} ·{' '}
              {option.partnership.place}
            </>
          ) : null}
        </p>
        <p className="option-total">
          <WithYou total={option.total} />
        </p>
        {option.kind === 'new' ? (
          <p className="muted">
            {t('find.newGroupWith', {
              names: option.others
                .map((c) =>
                  c.seeking
                    ? t('find.newGroupSeeking', { name: c.organisationName })
                    : c.organisationName,
                )
                .join(', '),
            })}
          </p>
        ) : null}
        {option.kind === 'join' && option.full ? <p className="hint">{t('find.full')}</p> : null}
        <div className="card-actions">
          {target ? (
            <button type="button" className="secondary" onClick={() => select(target)}>
              {t('find.details')}
            </button>
          ) : null}
          {option.kind === 'join' ? (
            <JoinRequest
              partnershipId={option.partnership.id}
              partnershipName={option.partnership.name}
              coordinatorName={
                partnerships?.find((p) => p.id === option.partnership.id)?.coordinator_name ?? null
              }
              full={option.full}
            />
          ) : (
            <button
              type="button"
              className="primary"
              onClick={() => requestRegistration(option.total >= GROUP_SIZE ? 'found' : 'join')}
            >
              {t('find.registerNow')}
            </button>
          )}
        </div>
      </article>
    </li>
  );
}

/** The ranked options, the outcome in words, and who helps further in the province. */
export function MatchOptions({
  match,
  provinceCode,
}: {
  match: FindMatch;
  provinceCode: string | null;
}) {
  const { t } = useTranslation();
  const { opleiding, minutes, mode } = useFindStore();
  const requestRegistration = useRegisterIntent((s) => s.request);
  const { result } = match;
  const within = result.options.filter((o) => o.withinLimit);
  const beyond = result.options.filter((o) => !o.withinLimit);
  const modeName = t(`mode.${mode}`);

  return (
    <section aria-labelledby="results-heading" className="results">
      <h2 id="results-heading" className="panel-heading">
        {result.outcome === 'nothing' ? t('find.nothingHeading') : t('find.optionsHeading')}
      </h2>
      {result.outcome === 'nothing' ? (
        <>
          <p>
            {t('find.nothing', {
              cap: result.capMinutes,
              mode: modeName,
              opleiding: t(`opleiding.${opleiding}`),
            })}
          </p>
          <button type="button" className="primary" onClick={() => requestRegistration('join')}>
            {t('find.registerNow')}
          </button>
        </>
      ) : (
        <>
          {within.length ? (
            <>
              <p className="muted">
                {t('find.optionsWithin', { count: within.length, minutes, mode: modeName })}
              </p>
              <ol className="result-list">
                {within.map((o) => (
                  <OptionCard key={optionKey(o)} option={o} />
                ))}
              </ol>
            </>
          ) : null}
          {beyond.length ? (
            <>
              <p className="muted">
                {within.length
                  ? t('find.optionsAlsoBeyond', { cap: result.capMinutes })
                  : t('find.optionsOnlyBeyond', { cap: result.capMinutes, mode: modeName })}
              </p>
              <ol className="result-list">
                {beyond.map((o) => (
                  <OptionCard key={optionKey(o)} option={o} />
                ))}
              </ol>
            </>
          ) : null}
        </>
      )}
      <AmbassadorPointer provinceCode={provinceCode} />
    </section>
  );
}
