import { describe, expect, it } from 'vitest';
import content from '../../../content/instruments/ledelsesudfordringer.json';
import { QUESTIONNAIRE } from './instrument.js';
import { STATEMENTS } from './statements.js';

/**
 * The phone carries a cut-down copy of the instrument (statements.ts) rather than the whole
 * content file, to stay small. This test keeps the copy true: when the content changes, it fails
 * and shows what statements.ts must now say.
 */
describe('the statements the phone shows', () => {
  it('are the instrument’s own: ids, areas, texts and order', () => {
    const expected = {
      id: content.id,
      version: content.version,
      areas: content.dimensions.map((d) => ({
        id: d.id,
        title: d.title,
        statements: content.items.filter((i) => i.dimension === d.id).map((i) => ({ id: i.id, text: i.text })),
      })),
    };
    expect({ id: STATEMENTS.id, version: STATEMENTS.version, areas: STATEMENTS.areas }).toEqual(expected);
    expect(QUESTIONNAIRE.areas.flatMap((a) => a.statements.map((s) => s.id))).toEqual(content.items.map((i) => i.id));
    expect(QUESTIONNAIRE.count).toBe(12);
  });

  it('use the instrument’s scale and end labels for every statement', () => {
    for (const item of content.items) {
      expect(item.answer).toMatchObject({
        min: STATEMENTS.scale.min,
        max: STATEMENTS.scale.max,
        lowLabel: STATEMENTS.scale.low,
        highLabel: STATEMENTS.scale.high,
      });
    }
  });
});
