/**
 * The questionnaire of the workshop's instrument, cut down to what a phone shows: ids, area titles,
 * statement texts and the scale with its end labels, in Danish and English. Generated from
 * content/instruments/ledelsesudfordringer.json; statements.test.ts fails when the two differ.
 */
export const STATEMENTS = {
  id: 'ledelsesudfordringer',
  version: 1,
  scale: {
    min: 1,
    max: 5,
    low: {
      da: 'Helt uenig',
      en: 'Strongly disagree',
    },
    high: {
      da: 'Helt enig',
      en: 'Strongly agree',
    },
  },
  areas: [
    {
      id: 'vision-maal-og-strategi',
      title: {
        da: 'Vision, mål og strategi',
        en: 'Vision, goals and strategy',
      },
      statements: [
        {
          id: 'klar-vision',
          text: {
            da: 'Vores vision for digitaliseringen er tydelig og peger alle indsatserne i samme retning.',
            en: 'Our vision for digitalisation is clear and points all efforts in the same direction.',
          },
        },
        {
          id: 'konkrete-maal',
          text: {
            da: 'Det er kendt, hvilke konkrete mål den løbende udvikling af vores systemer og løsninger skal styres efter.',
            en: 'The concrete goals that should steer the ongoing development of our systems and solutions are known.',
          },
        },
        {
          id: 'kender-strategien',
          text: {
            da: 'Jeg ved, hvordan vi har tænkt os at nå digitaliseringsmålene i den del af organisationen, jeg har ansvar for.',
            en: 'I know how we intend to reach the digitalisation goals in the part of the organisation I am responsible for.',
          },
        },
        {
          id: 'velbegrundede-projekter',
          text: {
            da: 'Hvert af de digitaliseringsprojekter, vi har prioriteret, har en solid forretningsmæssig begrundelse.',
            en: 'Each of the digitalisation projects we have prioritised has a sound business rationale.',
          },
        },
      ],
    },
    {
      id: 'engagement',
      title: {
        da: 'Engagement',
        en: 'Engagement',
      },
      statements: [
        {
          id: 'alle-arbejder-maalrettet',
          text: {
            da: 'Hele organisationen trækker målrettet i retning af vores strategi for digitalisering.',
            en: 'The whole organisation pulls purposefully in the direction of our digitalisation strategy.',
          },
        },
      ],
    },
    {
      id: 'koordination-og-kommunikation',
      title: {
        da: 'Koordination og kommunikation',
        en: 'Coordination and communication',
      },
      statements: [
        {
          id: 'effektiv-koordination',
          text: {
            da: 'Digitaliseringsindsatserne i organisationens forskellige dele er godt koordineret med hinanden.',
            en: 'The digitalisation efforts in the different parts of the organisation are well coordinated with one another.',
          },
        },
        {
          id: 'effektiv-information',
          text: {
            da: 'Ledelsesteamet holder både resten af organisationen og vores samarbejdspartnere godt orienteret om digitaliseringsprojekterne.',
            en: 'The leadership team keeps both the rest of the organisation and our partners well informed about the digitalisation projects.',
          },
        },
      ],
    },
    {
      id: 'projektledelse',
      title: {
        da: 'Projektledelse',
        en: 'Project management',
      },
      statements: [
        {
          id: 'passende-antal-indsatser',
          text: {
            da: 'Antallet af indsatser, vi har i gang på samme tid, er som regel til at overkomme.',
            en: 'The number of efforts we run at the same time is usually manageable.',
          },
        },
        {
          id: 'opfoelgning',
          text: {
            da: 'Opfølgningen på de enkelte indsatser fungerer godt hos os.',
            en: 'Follow-up on the individual efforts works well here.',
          },
        },
        {
          id: 'laerer-af-erfaringer',
          text: {
            da: 'Vi bruger erfaringerne fra vores hidtidige digitaliseringsarbejde, når vi går i gang med noget nyt.',
            en: 'We draw on the experience from our digitalisation work so far when we start something new.',
          },
        },
      ],
    },
    {
      id: 'organisering-og-involvering',
      title: {
        da: 'Organisering og involvering',
        en: 'Organisation and involvement',
      },
      statements: [
        {
          id: 'ressourcer-og-opgaver',
          text: {
            da: 'Opgaver og ressourcer er fordelt, så de passer til det, digitaliseringsstrategien kræver.',
            en: 'Tasks and resources are allocated in a way that fits what the digitalisation strategy requires.',
          },
        },
        {
          id: 'involvering-af-medarbejdere',
          text: {
            da: 'Vi inddrager medarbejderne i digitaliseringsprojekterne og får på den måde både brugt de it-kompetencer, de har, og opbygget nye.',
            en: 'We involve employees in the digitalisation projects and in that way both use the IT skills they have and build new ones.',
          },
        },
      ],
    },
  ],
} as const;
