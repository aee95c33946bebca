/**
 * The parts of the workshop template (content/workshops/udviklingsvaerksted.json) that the live
 * views show while the common picture and the area work run: the three kinds of note with their
 * prompts and how many the leadership selects, the source's note that the selection is a decision,
 * the action-plan template (title, task, columns with hints; "start–end" is two plan fields) and
 * the dialogue themes of the common plans. Shared by the facilitator console, the projector and the
 * phone (in the phone's lazily loaded step chunk only). Generated from the content file;
 * workshopContent.test.ts fails when the two differ.
 */
export const WORKSHOP_CONTENT = {
  templateId: 'udviklingsvaerksted',
  version: 1,
  categories: [
    {
      id: 'strength',
      label: {
        da: 'Styrker',
        en: 'Strengths',
      },
      prompt: {
        da: 'Hvad er enhedens tre vigtigste styrker, når det gælder digitalisering?',
        en: 'What are the organisation’s three most important strengths when it comes to digitalisation?',
      },
      select: {
        min: 3,
        max: 3,
      },
    },
    {
      id: 'challenge',
      label: {
        da: 'Udfordringer',
        en: 'Challenges',
      },
      prompt: {
        da: 'Hvad er enhedens tre største udfordringer i digitaliseringen?',
        en: 'What are the organisation’s three biggest challenges in digitalisation?',
      },
      select: {
        min: 3,
        max: 3,
      },
    },
    {
      id: 'focus',
      label: {
        da: 'Indsatsområder',
        en: 'Focus areas',
      },
      prompt: {
        da: 'Hvilke 3–5 tværgående indsatsområder er vigtigst for at komme videre med digitaliseringen?',
        en: 'Which 3–5 cross-cutting focus areas matter most for taking digitalisation further?',
      },
      select: {
        min: 3,
        max: 5,
      },
    },
  ],
  decisionNote: {
    da: 'Udvælgelsen er ikke en demokratisk afstemning. Optællingen og prikkerne er kun udgangspunktet for en åben dialog, hvor deltagerne og grupperne begrunder deres vurderinger. Her gælder det almindelige hierarki: De øverste ledere konkluderer til sidst på alles vegne.',
    en: 'The selection is not a democratic vote. The tally and the dots are only the starting point for an open dialogue in which participants and groups give the reasons for their views. The usual hierarchy applies here: in the end, the most senior leaders conclude on everyone’s behalf.',
  },
  actionPlan: {
    title: {
      da: 'Indsatsplan: ledelsens udfordringer i digitaliseringen',
      en: 'Action plan: the leadership challenges of digitalisation',
    },
    task: [
      {
        da: 'Tag afsæt i de styrker, udfordringer og indsatsområder, I netop har valgt i fællesskab.',
        en: 'Start from the strengths, challenges and focus areas you have just chosen together.',
      },
      {
        da: 'Oversæt dem til det eller de områder, I planlægger for: Hvad betyder de konkret hos jer?',
        en: 'Translate them to the area or areas you are planning for: what do they mean in practice for you?',
      },
      {
        da: 'Vær konkrete og præcise, og brug skemaet.',
        en: 'Be concrete and precise, and use the template.',
      },
    ],
    fields: [
      {
        id: 'indsatsomraade',
        planFields: ['focusArea'],
        label: {
          da: 'Indsatsområde',
          en: 'Focus area',
        },
        hint: {
          da: 'Hvilket af de fælles indsatsområder rækken handler om.',
          en: 'Which of the shared focus areas this row is about.',
        },
      },
      {
        id: 'aktivitet',
        planFields: ['activity'],
        label: {
          da: 'Aktivitet',
          en: 'Activity',
        },
        hint: {
          da: 'Hvad I konkret vil gøre – noget, der kan gennemføres i praksis.',
          en: 'What you will actually do – something that can be carried out in practice.',
        },
      },
      {
        id: 'ressourcer',
        planFields: ['resources'],
        label: {
          da: 'Ressourcer',
          en: 'Resources',
        },
        hint: {
          da: 'De folk, den tid og de penge, aktiviteten kræver.',
          en: 'The people, time and money the activity requires.',
        },
      },
      {
        id: 'periode',
        planFields: ['start', 'end'],
        label: {
          da: 'Start–slut',
          en: 'Start–end',
        },
        hint: {
          da: 'Hvornår aktiviteten begynder, og hvornår den skal være færdig.',
          en: 'When the activity starts and when it should be finished.',
        },
      },
      {
        id: 'ansvarlig',
        planFields: ['responsible'],
        label: {
          da: 'Ansvarlig',
          en: 'Responsible',
        },
        hint: {
          da: 'Den person, der står for, at aktiviteten bliver gennemført.',
          en: 'The person who makes sure the activity is carried out.',
        },
      },
    ],
    minGroupSize: 2,
  },
  planThemes: [
    {
      id: 'ambitionsniveau',
      label: {
        da: 'Ambitionsniveau',
        en: 'Ambition level',
      },
      question: {
        da: 'Passer ambitionerne i områdernes planer sammen, og er de samlet set på det rette niveau for enheden?',
        en: 'Do the ambitions in the areas’ plans fit together, and are they, taken as a whole, at the right level for the organisation?',
      },
    },
    {
      id: 'faelles-ressourcer',
      label: {
        da: 'Brug af fælles ressourcer',
        en: 'Use of shared resources',
      },
      question: {
        da: 'Trækker planerne på de samme fælles ressourcer, og kan de bære det?',
        en: 'Do the plans draw on the same shared resources, and can those resources carry the load?',
      },
    },
    {
      id: 'helhedsorientering',
      label: {
        da: 'Helhed',
        en: 'Wholeness',
      },
      question: {
        da: 'Hænger planerne sammen til en helhed, og kan alle se deres egen del af den?',
        en: 'Do the plans add up to a coherent whole, and can everyone see their own part in it?',
      },
    },
    {
      id: 'signalvaerdi',
      label: {
        da: 'Signalværdi',
        en: 'Signal value',
      },
      question: {
        da: 'Hvilket signal sender planerne til resten af organisationen og til samarbejdspartnerne?',
        en: 'What signal do the plans send to the rest of the organisation and to partners?',
      },
    },
  ],
} as const;

export type ContentLang = 'da' | 'en';
export type NoteCategoryId = (typeof WORKSHOP_CONTENT.categories)[number]['id'];
export type PlanThemeId = (typeof WORKSHOP_CONTENT.planThemes)[number]['id'];
