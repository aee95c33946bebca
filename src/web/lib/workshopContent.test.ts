import { describe, expect, it } from 'vitest';
import content from '../../../content/workshops/udviklingsvaerksted.json';
import { PLAN_FIELDS } from '../../domain/workshops/plans.js';
import { WORKSHOP_CONTENT } from './workshopContent.js';

/** The web app carries a cut-down copy of the workshop template; this keeps it true to the content file. */
describe('the workshop content the live views show', () => {
  it('is the template’s own: categories, decision note, action plan and themes', () => {
    expect(WORKSHOP_CONTENT.templateId).toBe(content.id);
    expect(WORKSHOP_CONTENT.version).toBe(content.version);
    expect(WORKSHOP_CONTENT.categories).toEqual(
      content.picture.categories.map((c) => ({ id: c.id, label: c.label, prompt: c.prompt, select: c.select })),
    );
    expect(WORKSHOP_CONTENT.decisionNote).toEqual(content.picture.decisionNote);
    expect(WORKSHOP_CONTENT.actionPlan.title).toEqual(content.actionPlan.title);
    expect(WORKSHOP_CONTENT.actionPlan.task).toEqual(content.actionPlan.task);
    expect(WORKSHOP_CONTENT.actionPlan.minGroupSize).toBe(content.actionPlan.minGroupSize);
    expect(WORKSHOP_CONTENT.actionPlan.fields.map(({ id, label, hint }) => ({ id, label, hint }))).toEqual(
      content.actionPlan.fields.map(({ id, label, hint }) => ({ id, label, hint })),
    );
    expect(WORKSHOP_CONTENT.planThemes).toEqual(content.planThemes);
  });

  it('maps the template’s columns onto every plan field once, in order', () => {
    expect(WORKSHOP_CONTENT.actionPlan.fields.flatMap((f) => f.planFields)).toEqual([...PLAN_FIELDS]);
  });
});
