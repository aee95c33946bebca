import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../hooks/useLanguage.js';
import type { Language } from '../../../i18n/index.js';
import { tx } from '../../../lib/assessments.js';
import { JumpList } from './JumpList.js';

interface Named {
  id: string;
  name: { da: string; en: string };
}

export interface SectorGroup<T> {
  sectorId: string;
  sector: Named | null;
  items: T[];
}

/** A sector's name, or its id when the catalogue no longer has it. */
export const sectorName = (group: SectorGroup<unknown>, language: Language) =>
  group.sector ? tx(group.sector.name, language) : group.sectorId;

/**
 * The technologies' cards under a heading per sector, after a jump list that marks each
 * technology `done` or not.
 */
export function SectorCards<T extends Named>({
  groups,
  summary,
  done,
  children,
}: {
  groups: SectorGroup<T>[];
  /** The jump list's summary, such as how many are done. */
  summary: string;
  done: (technologyId: string) => boolean;
  /** The card of one technology. */
  children: (technology: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      <JumpList
        label={t('radarHub.jump.label')}
        summary={summary}
        groups={groups.map((g) => ({
          id: g.sectorId,
          name: sectorName(g, language),
          items: g.items.map((x) => ({ id: x.id, name: tx(x.name, language), done: done(x.id) })),
        }))}
      />
      {groups.map((group) => (
        <section key={group.sectorId} className="pj-radar-sector" aria-labelledby={`sector-${group.sectorId}`}>
          <h2 className="h3" id={`sector-${group.sectorId}`}>
            {sectorName(group, language)}
          </h2>
          {group.items.map((technology) => children(technology))}
        </section>
      ))}
    </>
  );
}
