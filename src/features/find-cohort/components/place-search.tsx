import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { env } from '../../../config/env';
import { getGeocoder } from '../geocoding/create-geocoder';
import type { GeocodeProblem, GeocodeResult } from '../geocoding/geocoder';

/**
 * Place or postcode search as an ARIA combobox: suggestions while typing (arrow keys, Enter,
 * Escape), a clear Dutch message for bad input, and the typed text is never thrown away.
 */
export function PlaceSearch({
  initial,
  onPick,
}: {
  initial: string;
  onPick: (place: GeocodeResult) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState(initial);
  const [suggestions, setSuggestions] = useState<GeocodeResult[]>([]);
  const [active, setActive] = useState(-1);
  const [problem, setProblem] = useState<{ kind: GeocodeProblem; query: string } | null>(null);
  const request = useRef<AbortController | null>(null);
  const open = suggestions.length > 0;

  const lookUp = async (text: string, pickFirst: boolean) => {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    try {
      const answer = await getGeocoder().search(text, controller.signal);
      if (controller.signal.aborted) return;
      if (answer.ok) {
        setProblem(null);
        if (pickFirst) pick(answer.results[0]!);
        else {
          setSuggestions(answer.results);
          setActive(-1);
        }
      } else {
        setSuggestions([]);
        if (pickFirst || answer.problem !== 'unknown')
          setProblem({ kind: answer.problem, query: text });
        else setProblem(null);
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') setProblem({ kind: 'unavailable', query: text });
    }
  };

  const pick = (place: GeocodeResult) => {
    setQuery(place.label);
    setSuggestions([]);
    setActive(-1);
    setProblem(null);
    onPick(place);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive((i) => (i + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = suggestions[active];
      if (chosen) pick(chosen);
      else void lookUp(query, true);
    } else if (event.key === 'Escape') {
      setSuggestions([]);
    }
  };

  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="place-search">
      <label htmlFor={`${id}-input`}>{t('find.place')}</label>
      <p id={hintId} className="hint">
        {t(env.VITE_GEOCODER === 'pdok' ? 'find.placeHintOnline' : 'find.placeHint')}
      </p>
      <div className="place-search-row">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={active >= 0 ? `${id}-option-${active}` : undefined}
          aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
          aria-invalid={problem !== null}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            void lookUp(event.target.value, false);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setSuggestions([]), 150)}
        />
        <button type="button" className="secondary" onClick={() => void lookUp(query, true)}>
          {t('find.searchButton')}
        </button>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('find.suggestions')}
        className="suggestions"
        hidden={!open}
      >
        {suggestions.map((place, index) => (
          <li
            key={`${place.label}-${place.lat}`}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(place);
            }}
          >
            {place.label}
          </li>
        ))}
      </ul>
      {problem ? (
        <p id={errorId} className="field-error" role="alert">
          {t(`find.problem_${problem.kind}`, { query: problem.query })}
        </p>
      ) : null}
    </div>
  );
}
