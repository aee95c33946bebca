import { z } from 'zod';
import { Slug, ZSource, ZText } from '../instruments/schema.js';

/**
 * A workshop template as a content file in `content/workshops/<id>.json`: the agenda of the
 * source's leadership workshop with durations, purposes and what happens in each step; the
 * ground rules to adapt and accept; the action-plan template of the area work. Every text
 * exists in Danish and English; the template names the publication it encodes.
 */

/**
 * What a step asks of the room, which decides the live interaction:
 * `present` – someone presents, participants listen (content shown on the projector);
 * `questionnaire` – participants (alone or in groups) answer the instrument's statements, tallied live;
 * `picture` – strengths, challenges and focus areas submitted, shown, dot-voted and selected;
 * `areas` – area groups fill the action-plan template together;
 * `plans` – every area's plan on the projector, the facilitator notes the dialogue;
 * `break` – a pause with a countdown;
 * `conclusion` – the summing up, owners named, plans become action plans.
 */
export const STEP_KINDS = ['present', 'questionnaire', 'picture', 'areas', 'plans', 'break', 'conclusion'] as const;
export const ZStepKind = z.enum(STEP_KINDS);
export type TStepKind = z.infer<typeof ZStepKind>;

export const ZTemplateStep = z
  .object({
    id: Slug,
    kind: ZStepKind,
    title: ZText,
    durationMinutes: z.number().int().min(1).max(480),
    /** The goals of the step (the source's »Mål«), one per line of the list. */
    goals: z.array(ZText),
    /** How the step is carried out (the source's »Fremgangsmåde«), in our own words. */
    howTo: ZText,
    /** Who leads the step (the source's »Ansvar«). */
    responsible: ZText,
  })
  .strict();
export type TTemplateStep = z.infer<typeof ZTemplateStep>;

export const ZTemplateField = z.object({ id: Slug, label: ZText, hint: ZText }).strict();

export const ZWorkshopTemplate = z
  .object({
    id: Slug,
    version: z.number().int().min(1),
    title: ZText,
    description: ZText,
    source: ZSource,
    /** What Pejling adds to or changes from the source, and why. */
    notes: ZText.optional(),
    /** The instrument answered in the questionnaire step (content/instruments/<id>.json). */
    instrumentId: Slug,
    /** Who should take part, how many, and what to prepare (shown when preparing a workshop). */
    preparation: z.array(ZText).min(1),
    steps: z.array(ZTemplateStep).min(1),
    groundRules: z.object({ intro: ZText, rules: z.array(ZText).min(1) }).strict(),
    picture: z
      .object({
        /** The three kinds of contribution in the common picture, with how many the facilitator selects. */
        categories: z
          .array(
            z
              .object({
                id: z.enum(['strength', 'challenge', 'focus']),
                label: ZText,
                prompt: ZText,
                select: z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }).strict(),
              })
              .strict(),
          )
          .length(3),
        dotsPerParticipant: z.number().int().min(1).max(20),
        /** The source's point that the selection is a decision by the most senior, not a vote. */
        decisionNote: ZText,
      })
      .strict(),
    actionPlan: z
      .object({
        title: ZText,
        task: z.array(ZText).min(1),
        /** The columns of the plan: focus area, activity, resources, start–end, responsible. */
        fields: z.array(ZTemplateField).min(1),
        minGroupSize: z.number().int().min(1),
      })
      .strict(),
    /** The dialogue themes of the common plans step (ambition level, shared resources, wholeness, signal value). */
    planThemes: z.array(z.object({ id: Slug, label: ZText, question: ZText }).strict()).min(1),
  })
  .strict();
export type TWorkshopTemplate = z.infer<typeof ZWorkshopTemplate>;
