import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { saveRadarAnswers, type TEdition, type TRadarAnswer, type TRadarCatalogue } from '../../../../contracts/radar.js';
import type { getRadarResponse } from '../../../../contracts/radar.js';
import { callOp, type OpResponse } from '../../../api/client.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { tx } from '../../../lib/assessments.js';
import {
  answerOf,
  answerProgress,
  cellKey,
  cellsFromAnswers,
  groupBySector,
  orderedAreas,
  radarPath,
  technologyAnswered,
  type AnswerCell,
  type Pending,
} from '../../../lib/radarHub.js';
import { Alert } from '../../Alert.js';
import { ChoiceInput } from './ChoiceInput.js';
import { SaveBar } from './SaveBar.js';
import { SavingStopped } from './SavingStopped.js';
import { SectorCards } from './SectorCards.js';
import { TechnologyAnswerCard } from './TechnologyAnswerCard.js';
import { useKeyedAutosave } from './useKeyedAutosave.js';

/** Radio clicks within this pause are sent together. */
const CLICK_PAUSE_MS = 300;
const FINAL_CODES = ['radar_edition_closed', 'radar_not_participant'] as const;

type Response = OpResponse<typeof getRadarResponse>;

/**
 * The questionnaire of an open edition: first the areas the respondent answers for, then a card
 * per technology with spread and relevance for each of those areas. Every change is saved as it
 * is given; coming back resumes where the respondent left off.
 */
export function AnswerForm({
  orgId,
  edition,
  catalogue,
  initial,
}: {
  orgId: string;
  edition: TEdition;
  catalogue: TRadarCatalogue;
  initial: Response;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [chosen, setChosen] = useState<string[]>(() => orderedAreas(initial.areas, edition.areas));
  const [cells, setCells] = useState<Record<string, AnswerCell>>(() => cellsFromAnswers(initial.answers));
  const [closed, setClosed] = useState<string | null>(null);

  const autosave = useKeyedAutosave<TRadarAnswer, string[]>(
    async (batch: Pending<TRadarAnswer, string[]>, keepalive) => {
      await callOp(saveRadarAnswers, {
        params: { orgId, editionId: edition.id },
        body: { ...(batch.extra ? { areas: batch.extra } : {}), answers: Object.values(batch.items) },
        keepalive,
      });
    },
    FINAL_CODES,
    (error) => setClosed(error.message),
  );
  const { queue } = autosave;

  const onChange = useCallback(
    (technologyId: string, areaId: string, cell: AnswerCell) => {
      const key = cellKey(technologyId, areaId);
      setCells((current) => ({ ...current, [key]: cell }));
      queue({ items: { [key]: answerOf(technologyId, areaId, cell) }, extra: undefined }, CLICK_PAUSE_MS);
    },
    [queue],
  );

  const toggleArea = (areaId: string, on: boolean) => {
    const next = orderedAreas(on ? [...chosen, areaId] : chosen.filter((a) => a !== areaId), edition.areas);
    setChosen(next);
    // The API needs at least one area; with none chosen there is nothing to save until one is.
    if (next.length > 0) queue({ items: {}, extra: next });
  };

  const chosenAreas = useMemo(() => edition.areas.filter((a) => chosen.includes(a.id)), [edition.areas, chosen]);
  const groups = useMemo(() => groupBySector(edition.technologyList, edition.sectors), [edition.technologyList, edition.sectors]);
  const technologyIds = edition.technologyList.map((x) => x.id);
  const progress = answerProgress(technologyIds, chosen, cells);
  const doneCount = technologyIds.filter((id) => technologyAnswered(id, chosen, cells)).length;
  const catalogueAreas = new Map(catalogue.areas.map((a) => [a.id, a]));
  const disabled = closed !== null;

  return (
    <form className="pj-radar-answer" noValidate onSubmit={(e) => e.preventDefault()} aria-label={t('radarHub.answer.formLabel')}>
      {closed ? <SavingStopped heading={t('radarHub.answer.closedHeading')} message={closed} orgId={orgId} editionId={edition.id} /> : null}

      <fieldset className="pj-radar-area-choice" disabled={disabled} aria-describedby="radar-areas-hint">
        <legend className="h3">{t('radarHub.answer.areasLegend')}</legend>
        <p className="form-hint" id="radar-areas-hint">
          {t('radarHub.answer.areasHint')}
        </p>
        {edition.areas.map((area) => {
          const id = `radar-area-${area.id}`;
          const description = catalogueAreas.get(area.id)?.description;
          return (
            <ChoiceInput
              key={area.id}
              type="checkbox"
              id={id}
              name="areas"
              value={area.id}
              checked={chosen.includes(area.id)}
              onChange={(e) => toggleArea(area.id, e.target.checked)}
              hint={description ? tx(description, language) : undefined}
            >
              {tx(area.name, language)}
            </ChoiceInput>
          );
        })}
      </fieldset>

      {chosen.length === 0 ? (
        <Alert variant="info">{t('radarHub.answer.chooseArea')}</Alert>
      ) : (
        <>
          <details className="details pj-radar-details">
            <summary className="details-summary">
              <span className="details-summary-text">{t('radarHub.answer.aboutAnswers')}</span>
            </summary>
            <div className="details-text">
              <p className="weight-semibold">{tx(catalogue.spread.question, language)}</p>
              <dl className="pj-radar-defs">
                {catalogue.spread.options.map((o) => (
                  <div key={o.id}>
                    <dt>{tx(o.label, language)}</dt>
                    <dd>{tx(o.description, language)}</dd>
                  </div>
                ))}
              </dl>
              <p className="weight-semibold">{tx(catalogue.relevance.question, language)}</p>
              <p>{t('radarHub.answer.relevanceHelp')}</p>
            </div>
          </details>

          <SectorCards
            groups={groups}
            summary={t('radarHub.jump.summary', { done: doneCount, total: technologyIds.length })}
            done={(id) => technologyAnswered(id, chosen, cells)}
          >
            {(tech) => (
              <TechnologyAnswerCard
                key={tech.id}
                technology={tech}
                areas={chosenAreas}
                cells={cells}
                spread={catalogue.spread}
                relevance={catalogue.relevance}
                disabled={disabled}
                onChange={onChange}
              />
            )}
          </SectorCards>

          <div className="pj-radar-finish">
            <h2 className="h4">{t('radarHub.answer.finishHeading')}</h2>
            <p>{t('radarHub.answer.finishText')}</p>
            <p>
              <Link to={radarPath(orgId)}>{t('radarHub.backToHub')}</Link>
            </p>
          </div>
        </>
      )}

      <SaveBar
        id="radar-answer-progress"
        progressText={
          progress.total === 0
            ? t('radarHub.answer.noAreas')
            : t('radarHub.answer.progress', { answered: progress.answered, total: progress.total })
        }
        answered={progress.answered}
        total={progress.total}
        state={autosave.state}
        onRetry={() => void autosave.flush()}
        canRetry={!disabled}
        idleText={t('radarHub.save.idle')}
      />
    </form>
  );
}
