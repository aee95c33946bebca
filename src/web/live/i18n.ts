import { createContext, useContext } from 'react';

/**
 * The participant view's texts, Danish first and English second: a small dictionary instead of
 * i18next, so the page stays light on conference Wi-Fi. Danish is in the first download; English
 * (en.ts) is fetched when a phone prefers it. The statements come from statements.ts; step
 * titles, purposes and ground rules come from the workshop as the facilitator prepared it.
 */

export type Lang = 'da' | 'en';

const da = {
  brand: 'Pejling',
  otherLanguage: 'English',
  otherLanguageName: 'Read in English',

  // Join form
  joinTitle: 'Deltag i workshoppen',
  joinIntro: 'Skriv koden, som mødelederen viser på skærmen i lokalet.',
  codeLabel: 'Kode',
  codeHint: '6 tegn – bogstaver og tal, fx ABC234.',
  nameLabel: 'Dit navn (frivilligt)',
  nameHint:
    'Du deltager anonymt, hvis du ikke skriver et navn. Skriver du et navn, kan mødelederen se det, og det står ved det, du skriver i gruppearbejdet. Dine svar på spørgeskemaet vises aldrig enkeltvis – kun lagt sammen med de andres.',
  groupCheckbox: 'Vi er en gruppe, der deler denne enhed',
  groupLabel: 'Gruppens navn',
  groupHint: 'Fx »Gruppe 3« eller jeres område. Svarene tæller som én gruppes svar.',
  joinButton: 'Deltag',
  joining: 'Deltager …',
  errorPrefix: 'Fejl: ',
  errorSummaryHeading: 'Der er en fejl',
  codeRequired: 'Skriv koden fra skærmen.',
  codeInvalid: 'Koden har 6 tegn – bogstaver og tal. Tjek koden, og prøv igen.',
  groupRequired: 'Skriv gruppens navn, eller fjern fluebenet ved »Vi er en gruppe«.',
  networkError: 'Der er ingen forbindelse til Pejling lige nu. Tjek netværket, og prøv igen.',
  unexpectedError: 'Noget gik galt. Prøv igen om lidt.',
  sessionEnded: 'Vi kunne ikke finde din deltagelse i workshoppen længere. Deltag igen med koden.',

  // Connection
  connConnecting: 'Forbinder …',
  connOnline: 'Forbundet',
  connReconnecting: 'Forbindelsen er afbrudt – forbinder igen …',
  connOffline: 'Ingen netværksforbindelse.',
  connWaiting: (n: number) => `${n} svar venter og sendes automatisk.`,

  // Ground rules
  rulesTitle: 'Spilleregler',
  rulesIntro: 'Læs spillereglerne for workshoppen. Når du har accepteret dem, kan du gå videre.',
  rulesAccept: 'Jeg accepterer spillereglerne',
  rulesSending: 'Sender …',
  rulesWaiting: 'Venter på forbindelsen – din accept sendes, så snart der er forbindelse.',

  // Questionnaire
  questionnaireIntro: (low: string, high: string) =>
    `Svar på hvert udsagn fra 1 (${low}) til 5 (${high}). Hvert svar bliver gemt, så snart du vælger det, og du kan ændre det, så længe spørgeskemaet er åbent.`,
  progress: (n: number, total: number) => `${n} af ${total} besvaret`,
  allSaved: 'Alle svar er gemt.',
  status: { saved: 'Gemt', sending: 'Sender …', waiting: 'Venter på forbindelsen' },
  loadingQuestionnaire: 'Henter spørgeskemaet …',
  unknownInstrument: 'Denne side kender ikke workshoppens spørgeskema. Genindlæs siden, eller spørg mødelederen.',

  // Other steps
  stepOf: (n: number, total: number) => `Trin ${n} af ${total}`,
  waitTitle: 'Vent på mødelederen',
  notStartedTitle: 'Workshoppen begynder snart',
  notStartedText: 'Du er med. Siden skifter af sig selv, når mødelederen går i gang.',
  kindHint: {
    present: 'Lyt med – der bliver fremlagt. Der er intet at gøre på telefonen lige nu.',
    questionnaire: '',
    picture: 'I samler styrker, udfordringer og indsatsområder. Følg mødelederens anvisninger i lokalet.',
    areas: 'I arbejder i grupper med handleplanen for jeres område. Følg mødelederens anvisninger.',
    plans: 'Planerne bliver gennemgået i fællesskab. Siden skifter af sig selv.',
    break: 'Pause. Siden skifter af sig selv, når vi fortsætter.',
    conclusion: 'Workshoppen bliver samlet op. Siden skifter af sig selv.',
  } as Record<string, string>,
  timerLeft: (clock: string) => `${clock} tilbage`,
  timerPaused: (clock: string) => `${clock} tilbage (sat på pause)`,
  timerOver: 'Tiden er gået',
  purposeHeading: 'Det handler trinnet om',

  // Finished
  finishedTitle: 'Tak for i dag',
  finishedText: 'Workshoppen er slut. Tak, fordi du deltog – jeres svar indgår i den fælles opsamling.',
  finishedUnsent: (n: number) =>
    n === 1 ? '1 svar nåede ikke frem, før workshoppen sluttede.' : `${n} svar nåede ikke frem, før workshoppen sluttede.`,

  leave: 'Forlad workshoppen',
  leaveHint: 'Deltag med en anden kode',
  leaveConfirm: 'Vil du forlade workshoppen på denne enhed? Du kan deltage igen med koden, men som ny deltager.',
  leaveUnsent: (n: number) => `${n} svar er endnu ikke sendt og går tabt.`,
  leaveYes: 'Ja, forlad',
  leaveNo: 'Nej, bliv',
  joinedAs: (name: string) => `Du deltager som ${name}.`,
  anonymous: 'Du deltager anonymt.',
  connWaitingAny: (n: number) => (n === 1 ? '1 ændring venter og sendes automatisk.' : `${n} ændringer venter og sendes automatisk.`),
  leaveUnsentAny: (n: number) =>
    n === 1 ? '1 ændring er endnu ikke sendt og går tabt.' : `${n} ændringer er endnu ikke sendt og går tabt.`,

  // The common picture and the area work (their screens come with the step)
  loadingStep: 'Henter trinnet …',
  source: 'Kilde: »Ledelse af digitalisering«, Den Digitale Taskforce 2005, kapitel 14.',
  picture: {
    phase: { collect: 'Skriv dine noter', show: 'Alle noter', vote: 'Giv prikker', select: 'Ledelsens udvælgelse' },
    collectIntro:
      'Skriv korte noter om styrker, udfordringer og indsatsområder – én ting pr. note. Dine noter er skjult for de andre, indtil mødelederen viser dem alle på én gang.',
    add: 'Tilføj',
    chars: (n: number, max: number) => `${n} af ${max} tegn`,
    empty: 'Skriv noten, før du tilføjer den.',
    added: 'Noten er tilføjet.',
    addedOffline: 'Noten er gemt på telefonen og sendes, så snart der er forbindelse.',
    yourNotes: (n: number) => (n === 1 ? 'Din note' : `Dine ${n} noter`),
    saved: 'Gemt',
    sending: 'Sender …',
    waiting: 'Venter på at blive sendt',
    held: 'Ikke sendt – indsamlingen er lukket',
    hidden: 'Skjult af mødelederen',
    merged: 'Lagt sammen med en anden note',
    mine: 'Din note',
    showIntro: 'Her er alle noterne. Mødelederen gennemgår dem sammen med jer.',
    noNotes: 'Ingen noter her.',
    voteIntro: (n: number) =>
      `Du har ${n} prikker. Giv dem til de noter, du synes er vigtigst – gerne flere til den samme. Du kan tage dem tilbage, så længe afstemningen er åben.`,
    dotsLeft: (left: number, total: number) => `Prikker tilbage: ${left} af ${total}`,
    yourDots: (n: number) => `Dine prikker: ${n}`,
    give: 'Giv en prik',
    giveTo: (text: string) => `Giv en prik til: ${text}`,
    take: 'Tag en prik',
    takeFrom: (text: string) => `Tag en prik fra: ${text}`,
    noDotsLeft: 'Du har brugt alle dine prikker. Tag en prik fra en anden note, hvis du vil flytte den.',
    overLimit: (n: number) => `Du har kun ${n} prikker i alt og har brugt dem alle. Tag en prik fra en anden note først.`,
    noteGone: 'Noten kan ikke længere få prikker. Mødelederen har skjult den eller lagt den sammen med en anden.',
    decisionHeading: 'Udvælgelsen er en beslutning',
    notSelected: 'Der er ikke udvalgt noget her endnu.',
    heldNotes: (n: number) =>
      n === 1
        ? '1 note nåede ikke frem, før indsamlingen lukkede. Den sendes, hvis mødelederen åbner for noter igen.'
        : `${n} noter nåede ikke frem, før indsamlingen lukkede. De sendes, hvis mødelederen åbner for noter igen.`,
    heldVotes: 'Dine sidste prikker nåede ikke frem, før afstemningen lukkede. De sendes, hvis den åbner igen.',
    discard: 'Glem det, der ikke blev sendt',
  },
  plan: {
    chooseLegend: 'Vælg dit område',
    chooseHint: 'I arbejder sammen om indsatsplanen for jeres område med de andre, der vælger det samme.',
    choose: 'Vælg område',
    chooseRequired: 'Vælg et område på listen.',
    cancel: 'Fortryd',
    change: 'Skift område',
    inGroup: (n: number) => `${n} i gruppen`,
    noAreas: 'Mødelederen har ikke oprettet nogen områder endnu. Siden skifter af sig selv, når de er klar.',
    choosing: 'Sender dit valg …',
    chooseWaiting: 'Venter på forbindelsen – dit valg sendes, så snart der er forbindelse.',
    yourArea: 'Dit område:',
    switching: (name: string) => `Skifter til ${name} …`,
    members: (n: number) => `I er ${n} i gruppen.`,
    alone: (min: number) =>
      `Du er alene om området indtil videre. Kilden anbefaler mindst ${min} i hver gruppe, så find gerne en kollega, der også arbejder med området.`,
    row: (n: number) => `Række ${n}`,
    rowSuffix: (n: number) => `, række ${n}`,
    start: 'Start',
    end: 'Slut',
    addRow: 'Tilføj række',
    adding: 'Tilføjer en række …',
    addWaiting: 'Venter på forbindelsen – rækken tilføjes, så snart der er forbindelse.',
    noRows: 'Planen har ingen rækker endnu. Tilføj den første.',
    deleteRow: (n: number) => `Slet række ${n}`,
    deleteConfirm: (n: number) => `Vil du slette række ${n}? Den forsvinder for alle i gruppen.`,
    deleteYes: 'Ja, slet',
    deleteNo: 'Nej, behold',
    deleting: 'Rækken bliver slettet …',
    deleted: (n: number) => `Række ${n} bliver slettet.`,
    saving: 'Gemmer …',
    waiting: 'Venter på forbindelsen',
    someone: 'En anden deltager',
    changedBy: (name: string) => `${name} har ændret feltet.`,
    theirText: 'Den nye tekst:',
    emptyText: '(tomt)',
    keepHint: 'Skriver du videre, gemmes din tekst i stedet for deres.',
    takeTheirs: 'Brug deres version',
    replaced: 'Din ændring erstattede en ændring, som en anden havde lavet imens.',
    announce: (field: string, text: string) => `${field}: ${text}`,
    rowGone: 'Rækken er slettet af en anden, så din ændring blev ikke gemt.',
    yourText: (text: string) => `Din tekst var: »${text}«`,
    dismiss: 'OK',
    rowGoneFocus: 'Rækken, du arbejdede i, er blevet slettet.',
    areaGone: 'Området findes ikke længere. Vælg et andet.',
    planFor: (area: string) => `Planen for ${area}`,
    noPlan: 'Der er ingen rækker i jeres plan.',
  },
};

export type Dict = typeof da;

export { da };

/** The dictionary of a language; English is loaded on first use. */
export async function loadDictionary(lang: Lang): Promise<Dict> {
  return lang === 'en' ? (await import('./en.js')).en : da;
}

/** The main app's key: a choice made there (or here) holds for both. */
export const LANGUAGE_KEY = 'pejling.language';

/**
 * The language to show: the one chosen with the switch, else the first of the phone's languages
 * that is Danish (or a close neighbour read by Danes) or English; Danish otherwise.
 */
export function pickLanguage(saved: string | null, languages: readonly string[]): Lang {
  if (saved === 'da' || saved === 'en') return saved;
  for (const tag of languages) {
    const l = tag.toLowerCase();
    if (/^(da|nb|nn|no|sv)\b/.test(l)) return 'da';
    if (/^en\b/.test(l)) return 'en';
  }
  return 'da';
}

export interface LangValue {
  lang: Lang;
  t: Dict;
  setLang: (lang: Lang) => void;
}

export const LangContext = createContext<LangValue>({ lang: 'da', t: da, setLang: () => undefined });

export function useLang(): LangValue {
  return useContext(LangContext);
}
