import type { Lang } from './i18n.js';
import { STATEMENTS } from './statements.js';

/** The statements of the workshop's questionnaire, grouped by area and numbered across the questionnaire. */

type Text = Readonly<Record<Lang, string>>;

export interface Statement {
  id: string;
  /** 1-based number across the questionnaire. */
  number: number;
  text: Text;
}

export interface Area {
  id: string;
  title: Text;
  statements: Statement[];
}

export interface Questionnaire {
  id: string;
  version: number;
  scale: { min: number; max: number; low: Text; high: Text };
  areas: Area[];
  count: number;
}

export const QUESTIONNAIRE: Questionnaire = (() => {
  let number = 0;
  const areas = STATEMENTS.areas.map((a) => ({
    id: a.id,
    title: a.title,
    statements: a.statements.map((s) => ({ id: s.id, number: ++number, text: s.text })),
  }));
  return { id: STATEMENTS.id, version: STATEMENTS.version, scale: STATEMENTS.scale, areas, count: number };
})();

/** The questionnaire this page can show for a workshop's instrument, or null for another one. */
export function questionnaireFor(instrumentId: string): Questionnaire | null {
  return instrumentId === QUESTIONNAIRE.id ? QUESTIONNAIRE : null;
}
