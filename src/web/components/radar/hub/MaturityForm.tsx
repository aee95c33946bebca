import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveRadarMaturity, type TEdition, type TRadarCatalogue } from '../../../../contracts/radar.js';
import { callOp } from '../../../api/client.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { tx } from '../../../lib/assessments.js';
import { groupBySector, trlSpan } from '../../../lib/radarHub.js';
import { ChoiceInput } from './ChoiceInput.js';
import { cardHeadingId } from './JumpList.js';
import { SaveBar } from './SaveBar.js';
import { SavingStopped } from './SavingStopped.js';
import { SectorCards } from './SectorCards.js';
import { useKeyedAutosave } from './useKeyedAutosave.js';

const CLICK_PAUSE_MS = 300;
const TYPING_PAUSE_MS = 800;
const NOTE_MAX = 2000;
const DONT_KNOW = 'ved-ikke';
const FINAL_CODES = ['radar_edition_closed', 'forbidden'] as const;

export interface Rating {
  technologyId: string;
  level: number | null;
  note: string;
}

type Technology = TEdition['technologyList'][number];
type Maturity = TRadarCatalogue['maturity'];

/**
 * The experts' ratings of technical maturity: a level of the TRL-based scale (or »Ved ikke«) and
 * a note per technology, saved as they are given. Read-only when `readOnly` (a closed edition).
 */
export function MaturityForm({
  orgId,
  edition,
  maturity,
  initial,
  readOnly,
}: {
  orgId: string;
  edition: TEdition;
  maturity: Maturity;
  initial: Rating[];
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const [ratings, setRatings] = useState<Record<string, Rating>>(() => Object.fromEntries(initial.map((r) => [r.technologyId, r])));
  const [closed, setClosed] = useState<string | null>(null);
  const autosave = useKeyedAutosave<Rating, never>(
    async (batch, keepalive) => {
      await callOp(saveRadarMaturity, {
        params: { orgId, editionId: edition.id },
        body: { ratings: Object.values(batch.items) },
        keepalive,
      });
    },
    FINAL_CODES,
    (error) => setClosed(error.message),
  );
  const { queue } = autosave;

  const onChange = useCallback(
    (rating: Rating, typing: boolean) => {
      setRatings((current) => ({ ...current, [rating.technologyId]: rating }));
      queue({ items: { [rating.technologyId]: rating }, extra: undefined }, typing ? TYPING_PAUSE_MS : CLICK_PAUSE_MS);
    },
    [queue],
  );

  const groups = useMemo(() => groupBySector(edition.technologyList, edition.sectors), [edition.technologyList, edition.sectors]);
  const total = edition.technologyList.length;
  const rated = edition.technologyList.filter((x) => ratings[x.id] !== undefined).length;
  const disabled = readOnly || closed !== null;

  return (
    <form className="pj-radar-answer" noValidate onSubmit={(e) => e.preventDefault()} aria-label={t('radarHub.maturity.formLabel')}>
      {closed ? (
        <SavingStopped heading={t('radarHub.maturity.stoppedHeading')} message={closed} orgId={orgId} editionId={edition.id} />
      ) : null}

      <SectorCards
        groups={groups}
        summary={t('radarHub.jump.summaryRated', { done: rated, total })}
        done={(id) => ratings[id] !== undefined}
      >
        {(tech) => (
          <MaturityCard
            key={tech.id}
            technology={tech}
            maturity={maturity}
            rating={ratings[tech.id]}
            disabled={disabled}
            onChange={onChange}
          />
        )}
      </SectorCards>

      <SaveBar
        id="radar-maturity-progress"
        progressText={t('radarHub.maturity.progress', { rated, total })}
        answered={rated}
        total={total}
        state={autosave.state}
        onRetry={() => void autosave.flush()}
        canRetry={!disabled}
        idleText={t('radarHub.save.idleRatings')}
      />
    </form>
  );
}

/** One technology: the levels of the scale with their TRL span, »Ved ikke«, and a note. */
const MaturityCard = memo(function MaturityCard({
  technology,
  maturity,
  rating,
  disabled,
  onChange,
}: {
  technology: Technology;
  maturity: Maturity;
  rating: Rating | undefined;
  disabled: boolean;
  onChange: (rating: Rating, typing: boolean) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const name = tx(technology.name, language);
  const headingId = cardHeadingId(technology.id);
  const base = `modenhed-${technology.id}`;
  const current: Rating = rating ?? { technologyId: technology.id, level: null, note: '' };
  const noteId = `${base}-note`;

  return (
    <section className="pj-radar-card" aria-labelledby={headingId}>
      <h3 className="h4 pj-radar-card-heading" id={headingId} tabIndex={-1}>
        {name}
      </h3>
      <p className="pj-radar-description">{tx(technology.description, language)}</p>
      <fieldset className="pj-radar-question" disabled={disabled}>
        <legend className="form-label">
          <span className="sr-only">{name} – </span>
          {tx(maturity.question, language)}
        </legend>
        {maturity.levels.map((level) => {
          const id = `${base}-${level.level}`;
          return (
            <ChoiceInput
              key={level.level}
              type="radio"
              id={id}
              name={`${base}-level`}
              value={level.level}
              checked={rating !== undefined && current.level === level.level}
              onChange={() => onChange({ ...current, level: level.level }, false)}
            >
              <span className="pj-level-step">{t('radarHub.maturity.level', { level: level.level })}</span>{' '}
              <span className="weight-semibold">{tx(level.label, language)}</span>{' '}
              <span className="pj-radar-trl">({trlSpan(level.trl)})</span>
            </ChoiceInput>
          );
        })}
        <ChoiceInput
          type="radio"
          id={`${base}-${DONT_KNOW}`}
          name={`${base}-level`}
          value={DONT_KNOW}
          checked={rating !== undefined && current.level === null}
          onChange={() => onChange({ ...current, level: null }, false)}
        >
          {t('radarHub.answer.dontKnow')}
        </ChoiceInput>
      </fieldset>
      <div className="form-group pj-comment">
        <label className="form-label" htmlFor={noteId}>
          {t('radarHub.maturity.note')}
          <span className="sr-only"> – {name}</span>
        </label>
        <span className="form-hint" id={`${noteId}-hint`}>
          {t('radarHub.maturity.noteHint')}
        </span>
        <textarea
          className="form-input pj-textarea"
          id={noteId}
          name={noteId}
          rows={2}
          maxLength={NOTE_MAX}
          value={current.note}
          disabled={disabled}
          onChange={(e) => onChange({ ...current, note: e.target.value }, true)}
          aria-describedby={`${noteId}-hint`}
        />
      </div>
    </section>
  );
});
