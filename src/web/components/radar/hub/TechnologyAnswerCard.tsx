import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TEdition, TRadarCatalogue } from '../../../../contracts/radar.js';
import { useLanguage } from '../../../hooks/useLanguage.js';
import { tx } from '../../../lib/assessments.js';
import { EMPTY_CELL, cellKey, type AnswerCell } from '../../../lib/radarHub.js';
import { ChoiceInput } from './ChoiceInput.js';
import { cardHeadingId } from './JumpList.js';

type Technology = TEdition['technologyList'][number];
type Area = TEdition['areas'][number];

const DONT_KNOW = 'ved-ikke-relevans';

export interface CardProps {
  technology: Technology;
  areas: Area[];
  cells: Record<string, AnswerCell>;
  spread: TRadarCatalogue['spread'];
  relevance: TRadarCatalogue['relevance'];
  disabled: boolean;
  onChange: (technologyId: string, areaId: string, cell: AnswerCell) => void;
}

/** The same card when nothing it shows has changed (a change elsewhere does not redraw every card). */
function sameCard(a: CardProps, b: CardProps): boolean {
  return (
    a.technology === b.technology &&
    a.areas === b.areas &&
    a.spread === b.spread &&
    a.relevance === b.relevance &&
    a.disabled === b.disabled &&
    a.onChange === b.onChange &&
    a.areas.every((area) => a.cells[cellKey(a.technology.id, area.id)] === b.cells[cellKey(b.technology.id, area.id)])
  );
}

/** One technology: its description and, for each chosen area, how far you have come and how relevant it is. */
export const TechnologyAnswerCard = memo(function TechnologyAnswerCard({
  technology,
  areas,
  cells,
  spread,
  relevance,
  disabled,
  onChange,
}: CardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const name = tx(technology.name, language);
  const headingId = cardHeadingId(technology.id);

  return (
    <section className="pj-radar-card" aria-labelledby={headingId}>
      <h3 className="h4 pj-radar-card-heading" id={headingId} tabIndex={-1}>
        {name}
      </h3>
      <p className="pj-radar-description">{tx(technology.description, language)}</p>
      {areas.map((area) => {
        const cell = cells[cellKey(technology.id, area.id)] ?? EMPTY_CELL;
        const base = `svar-${technology.id}-${area.id}`;
        const areaName = tx(area.name, language);
        const set = (patch: Partial<AnswerCell>) => onChange(technology.id, area.id, { ...cell, ...patch });
        return (
          <div key={area.id} className="pj-radar-area">
            <fieldset disabled={disabled}>
              <legend className="pj-radar-area-legend">
                <span className="sr-only">{name} – </span>
                {areaName}
              </legend>
              <div className="pj-radar-questions">
                <fieldset className="pj-radar-question">
                  <legend className="form-label">{tx(spread.question, language)}</legend>
                  {spread.options.map((o) => {
                    const id = `${base}-s-${o.id}`;
                    return (
                      <ChoiceInput
                        key={o.id}
                        type="radio"
                        id={id}
                        name={`${base}-spread`}
                        value={o.id}
                        checked={cell.spread === o.id}
                        onChange={() => set({ spread: o.id })}
                      >
                        {tx(o.label, language)}
                      </ChoiceInput>
                    );
                  })}
                </fieldset>
                <fieldset className="pj-radar-question">
                  <legend className="form-label">{tx(relevance.question, language)}</legend>
                  {relevance.levels.map((level) => {
                    const id = `${base}-r-${level.value}`;
                    return (
                      <ChoiceInput
                        key={level.value}
                        type="radio"
                        id={id}
                        name={`${base}-relevance`}
                        value={level.value}
                        checked={cell.relevance === level.value}
                        onChange={() => set({ relevance: level.value })}
                      >
                        {tx(level.label, language)}
                      </ChoiceInput>
                    );
                  })}
                  <ChoiceInput
                    type="radio"
                    id={`${base}-r-${DONT_KNOW}`}
                    name={`${base}-relevance`}
                    value={DONT_KNOW}
                    checked={cell.relevance === 0}
                    onChange={() => set({ relevance: 0 })}
                  >
                    {t('radarHub.answer.dontKnow')}
                  </ChoiceInput>
                </fieldset>
              </div>
            </fieldset>
          </div>
        );
      })}
    </section>
  );
}, sameCard);
