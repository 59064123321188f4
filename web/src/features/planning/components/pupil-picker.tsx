import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/planning/locales';
import { CEFR_LEVELS, cefrLabel } from '@domain';
import type { CaseloadEntry } from '../lib/caseload';
import { NO_FILTER, UNKNOWN, filterPupils, type PupilFilter } from '../lib/pupil-search';

type PupilPickerProps = {
  /** Prefix of the ids of the picker's controls. */
  id: string;
  caseload: CaseloadEntry[];
  classNames: ReadonlyMap<string, string>;
  /** False while the risk and L2 levels are read: their filters wait for them. */
  cuesReady: boolean;
  value: string[];
  onChange: (pupilIds: string[]) => void;
  error?: string;
};

const RISK_LEVELS = ['red', 'amber', 'green'] as const;

/**
 * Picks the pupils of a session: a search box (part of the name, accents and case aside), class,
 * L2 level and risk filters, a live count of the pupils found, and a filtered checkbox list.
 * The picked pupils show as chips with a remove button. Keyboard: Enter in the search box picks
 * the first pupil found, arrow keys move between the search box and the list, Space ticks,
 * Escape goes back to the search box.
 */
export function PupilPicker({
  id,
  caseload,
  classNames,
  cuesReady,
  value,
  onChange,
  error,
}: PupilPickerProps) {
  const { t } = useTranslation('planning');
  const [filter, setFilter] = useState<PupilFilter>(NO_FILTER);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const found = useMemo(() => filterPupils(caseload, filter), [caseload, filter]);
  const byId = useMemo(() => new Map(caseload.map((c) => [c.pupilId, c])), [caseload]);
  const classOptions = useMemo(
    () =>
      [...new Set(caseload.map((c) => c.classId))]
        .map((classId) => ({ classId, label: classNames.get(classId) ?? classId }))
        .sort((a, b) => a.label.localeCompare(b.label, 'it', { numeric: true })),
    [caseload, classNames],
  );
  const levelOptions = useMemo(() => {
    const present = new Set(caseload.map((c) => c.l2Level));
    return CEFR_LEVELS.filter((level) => present.has(level));
  }, [caseload]);

  const toggle = (pupilId: string, picked: boolean) =>
    onChange(picked ? [...value, pupilId] : value.filter((p) => p !== pupilId));
  const setField = <K extends keyof PupilFilter>(key: K, v: PupilFilter[K]) =>
    setFilter((f) => ({ ...f, [key]: v }));

  const checkboxes = () => [
    ...(listRef.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []),
  ];

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      // Enter picks, it does not submit the plan: the first pupil found not yet picked.
      event.preventDefault();
      const first = found.find((c) => !value.includes(c.pupilId));
      if (first && filter.text.trim() !== '') {
        onChange([...value, first.pupilId]);
        setField('text', '');
      }
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      checkboxes()[0]?.focus();
    } else if (event.key === 'Escape' && filter.text !== '') {
      event.preventDefault();
      setField('text', '');
    }
  }

  function onListKey(event: KeyboardEvent<HTMLUListElement>) {
    const boxes = checkboxes();
    const index = boxes.findIndex((b) => b === document.activeElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) searchRef.current?.focus();
      else boxes[Math.min(next, boxes.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      searchRef.current?.focus();
    }
  }

  function remove(pupilId: string) {
    onChange(value.filter((p) => p !== pupilId));
    // The chip and its button are gone: the search box is where the next pick starts.
    searchRef.current?.focus();
  }

  const details = (c: CaseloadEntry) =>
    [
      classNames.get(c.classId) ?? c.classId,
      c.l2Level ? `L2 ${cefrLabel(c.l2Level)}` : null,
      c.risk ? t('picker.riskOf', { level: t(`risk.${c.risk.level}`) }) : null,
    ]
      .filter(Boolean)
      .join(' · ');

  const errorId = `${id}-pupils-error`;
  return (
    <fieldset className="mt-3" aria-describedby={error ? errorId : undefined}>
      <legend className="form-label fs-6 fw-semibold">{t('plan.pupils')}</legend>

      <h3 className="visually-hidden" id={`${id}-chosen`}>
        {t('picker.chosen')}
      </h3>
      {value.length === 0 ? (
        <p className="text-muted small">{t('picker.noneChosen')}</p>
      ) : (
        <ul className="list-unstyled d-flex flex-wrap gap-2 mb-2" aria-labelledby={`${id}-chosen`}>
          {value.map((pupilId) => {
            const name = byId.get(pupilId)?.name ?? pupilId;
            return (
              <li key={pupilId} className="chip chip-simple m-0 d-inline-flex align-items-center">
                <span className="chip-label">{name}</span>
                <button
                  type="button"
                  className="btn btn-link btn-sm p-0 ms-2 text-decoration-none"
                  aria-label={t('picker.remove', { name })}
                  onClick={() => remove(pupilId)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <div className="row g-2 align-items-end">
        <div className="col-md-5">
          <label className="form-label" htmlFor={`${id}-search`}>
            {t('picker.search')}
          </label>
          <input
            ref={searchRef}
            id={`${id}-search`}
            type="search"
            className="form-control"
            autoComplete="off"
            value={filter.text}
            onChange={(e) => setField('text', e.target.value)}
            onKeyDown={onSearchKey}
            aria-controls={`${id}-results`}
            aria-describedby={`${id}-search-hint ${id}-count`}
          />
        </div>
        <div className="col-md-2">
          <label className="form-label" htmlFor={`${id}-class`}>
            {t('picker.class')}
          </label>
          <select
            id={`${id}-class`}
            className="form-select"
            value={filter.classId}
            onChange={(e) => setField('classId', e.target.value)}
          >
            <option value="">{t('picker.allClasses')}</option>
            {classOptions.map((o) => (
              <option key={o.classId} value={o.classId}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="col-md-2">
          <label className="form-label" htmlFor={`${id}-l2`}>
            {t('picker.l2')}
          </label>
          <select
            id={`${id}-l2`}
            className="form-select"
            value={filter.l2Level}
            disabled={!cuesReady}
            onChange={(e) => setField('l2Level', e.target.value as PupilFilter['l2Level'])}
          >
            <option value="">{cuesReady ? t('picker.allLevels') : t('picker.loadingCues')}</option>
            {levelOptions.map((level) => (
              <option key={level} value={level}>
                {cefrLabel(level)}
              </option>
            ))}
            <option value={UNKNOWN}>{t('picker.notAssessed')}</option>
          </select>
        </div>
        <div className="col-md-3">
          <label className="form-label" htmlFor={`${id}-need`}>
            {t('picker.need')}
          </label>
          <select
            id={`${id}-need`}
            className="form-select"
            value={filter.need}
            disabled={!cuesReady}
            onChange={(e) => setField('need', e.target.value as PupilFilter['need'])}
          >
            <option value="">{cuesReady ? t('picker.allLevels') : t('picker.loadingCues')}</option>
            {RISK_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`risk.${level}`)}
              </option>
            ))}
            <option value={UNKNOWN}>{t('picker.notComputed')}</option>
          </select>
        </div>
      </div>
      <small id={`${id}-search-hint`} className="form-text">
        {t('picker.hint')}
      </small>

      <p id={`${id}-count`} role="status" className="mt-2 mb-1 fw-semibold">
        {t('picker.found', { count: found.length })}
      </p>
      <ul
        ref={listRef}
        id={`${id}-results`}
        className="list-unstyled border rounded p-2 overflow-auto"
        style={{ maxHeight: '16rem' }}
        aria-label={t('picker.results')}
        onKeyDown={onListKey}
      >
        {found.map((c) => (
          <li className="form-check" key={c.pupilId}>
            <input
              className="form-check-input"
              type="checkbox"
              id={`${id}-pupil-${c.pupilId}`}
              checked={value.includes(c.pupilId)}
              onChange={(e) => toggle(c.pupilId, e.target.checked)}
              aria-describedby={`${id}-pupil-${c.pupilId}-details`}
            />
            <label className="form-check-label" htmlFor={`${id}-pupil-${c.pupilId}`}>
              {c.name}
            </label>{' '}
            <small className="text-muted" id={`${id}-pupil-${c.pupilId}-details`}>
              {details(c)}
            </small>
          </li>
        ))}
      </ul>
      {error && (
        <div className="invalid-feedback d-block" id={errorId}>
          {error}
        </div>
      )}
    </fieldset>
  );
}
