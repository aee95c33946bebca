import type { Dict } from './i18n.js';

/** The participant view in English (see i18n.ts); loaded only by phones that prefer English. */
export const en: Dict = {
  brand: 'Pejling',
  otherLanguage: 'Dansk',
  otherLanguageName: 'Læs på dansk',

  joinTitle: 'Join the workshop',
  joinIntro: 'Enter the code the facilitator shows on the screen in the room.',
  codeLabel: 'Code',
  codeHint: '6 characters – letters and digits, e.g. ABC234.',
  nameLabel: 'Your name (optional)',
  nameHint:
    'You take part anonymously unless you enter a name. A name is seen by the facilitator and shown with what you write in the group work. Your answers to the questionnaire are never shown one by one – only added up with everyone else’s.',
  groupCheckbox: 'We are a group sharing this device',
  groupLabel: 'Group name',
  groupHint: 'E.g. “Group 3” or your area. The answers count as one group’s answers.',
  joinButton: 'Join',
  joining: 'Joining …',
  errorPrefix: 'Error: ',
  errorSummaryHeading: 'There is a problem',
  codeRequired: 'Enter the code from the screen.',
  codeInvalid: 'The code has 6 characters – letters and digits. Check the code and try again.',
  groupRequired: 'Enter the group’s name, or untick “We are a group”.',
  networkError: 'Pejling cannot be reached right now. Check the network and try again.',
  unexpectedError: 'Something went wrong. Please try again shortly.',
  sessionEnded: 'We could no longer find your place in the workshop. Join again with the code.',

  connConnecting: 'Connecting …',
  connOnline: 'Connected',
  connReconnecting: 'Connection lost – reconnecting …',
  connOffline: 'No network connection.',
  connWaiting: (n: number) => (n === 1 ? '1 answer waiting, sent automatically.' : `${n} answers waiting, sent automatically.`),

  rulesTitle: 'Ground rules',
  rulesIntro: 'Read the ground rules of the workshop. Once you have accepted them, you can go on.',
  rulesAccept: 'I accept the ground rules',
  rulesSending: 'Sending …',
  rulesWaiting: 'Waiting for the connection – your acceptance will be sent as soon as there is one.',

  questionnaireIntro: (low: string, high: string) =>
    `Answer each statement from 1 (${low}) to 5 (${high}). Each answer is saved as soon as you choose it, and you can change it while the questionnaire is open.`,
  progress: (n: number, total: number) => `${n} of ${total} answered`,
  allSaved: 'All answers are saved.',
  status: { saved: 'Saved', sending: 'Sending …', waiting: 'Waiting for the connection' },
  loadingQuestionnaire: 'Loading the questionnaire …',
  unknownInstrument: 'This page does not know the workshop’s questionnaire. Reload the page, or ask the facilitator.',

  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  waitTitle: 'Wait for the facilitator',
  notStartedTitle: 'The workshop starts soon',
  notStartedText: 'You are in. The page changes by itself when the facilitator begins.',
  kindHint: {
    present: 'Listen in – there is a presentation. Nothing to do on your phone right now.',
    questionnaire: '',
    picture: 'You gather strengths, challenges and focus areas. Follow the facilitator’s directions in the room.',
    areas: 'You work in groups on the action plan for your area. Follow the facilitator’s directions.',
    plans: 'The plans are reviewed together. The page changes by itself.',
    break: 'Break. The page changes by itself when we continue.',
    conclusion: 'The workshop is being summed up. The page changes by itself.',
  },
  timerLeft: (clock: string) => `${clock} left`,
  timerPaused: (clock: string) => `${clock} left (paused)`,
  timerOver: 'Time is up',
  purposeHeading: 'What this step is about',

  finishedTitle: 'Thank you for today',
  finishedText: 'The workshop has ended. Thank you for taking part – your answers are part of the joint summary.',
  finishedUnsent: (n: number) =>
    n === 1 ? '1 answer did not arrive before the workshop ended.' : `${n} answers did not arrive before the workshop ended.`,

  leave: 'Leave the workshop',
  leaveHint: 'Join with another code',
  leaveConfirm: 'Leave the workshop on this device? You can join again with the code, but as a new participant.',
  leaveUnsent: (n: number) =>
    n === 1 ? '1 answer has not been sent yet and will be lost.' : `${n} answers have not been sent yet and will be lost.`,
  leaveYes: 'Yes, leave',
  leaveNo: 'No, stay',
  joinedAs: (name: string) => `You take part as ${name}.`,
  anonymous: 'You take part anonymously.',
};
