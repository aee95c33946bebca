import { z } from 'zod';

/** The one error catalogue: stable code, HTTP status and the message in each language. */
export const ERRORS = {
  validation_failed: {
    status: 400,
    da: 'Nogle af oplysningerne er ikke udfyldt korrekt.',
    en: 'Some of the information is not filled in correctly.',
  },
  invalid_json: { status: 400, da: 'Forespørgslen indeholder ikke gyldig JSON.', en: 'The request does not contain valid JSON.' },
  unauthenticated: { status: 401, da: 'Du skal logge ind for at fortsætte.', en: 'You need to log in to continue.' },
  invalid_credentials: { status: 401, da: 'E-mail eller adgangskode er forkert.', en: 'The email or password is incorrect.' },
  wrong_password: { status: 400, da: 'Den nuværende adgangskode er forkert.', en: 'The current password is incorrect.' },
  password_change_required: {
    status: 403,
    da: 'Du skal vælge en ny adgangskode, før du kan fortsætte.',
    en: 'You must choose a new password before you continue.',
  },
  csrf_invalid: {
    status: 403,
    da: 'Siden er udløbet. Genindlæs siden, og prøv igen.',
    en: 'The page has expired. Reload the page and try again.',
  },
  forbidden: { status: 403, da: 'Du har ikke adgang til at gøre dette.', en: 'You do not have permission to do this.' },
  not_found: {
    status: 404,
    da: 'Det, du leder efter, findes ikke, eller du har ikke adgang til det.',
    en: 'What you are looking for does not exist, or you do not have access to it.',
  },
  method_not_allowed: { status: 405, da: 'Handlingen er ikke mulig her.', en: 'This action is not possible here.' },
  email_taken: { status: 409, da: 'Der findes allerede en bruger med denne e-mail.', en: 'A user with this email already exists.' },
  already_member: {
    status: 409,
    da: 'Personen er allerede medlem af organisationen.',
    en: 'This person is already a member of the organisation.',
  },
  unit_name_taken: { status: 409, da: 'Der findes allerede en enhed med dette navn.', en: 'A unit with this name already exists.' },
  last_admin: {
    status: 409,
    da: 'Organisationen skal have mindst én administrator.',
    en: 'The organisation must have at least one administrator.',
  },
  unit_has_children: {
    status: 409,
    da: 'Enheden har underenheder. Flyt eller slet dem først.',
    en: 'The unit has sub-units. Move or delete them first.',
  },
  unit_cycle: { status: 400, da: 'En enhed kan ikke ligge under sig selv.', en: 'A unit cannot be placed under itself.' },
  round_closed: {
    status: 409,
    da: 'Runden er lukket, så svarene kan ikke længere ændres.',
    en: 'The round is closed, so answers can no longer be changed.',
  },
  response_incomplete: {
    status: 400,
    da: 'Nogle spørgsmål mangler svar. Besvar dem, før du afleverer.',
    en: 'Some questions have no answer yet. Answer them before you hand in.',
  },
  answer_invalid: { status: 400, da: 'Et svar passer ikke til spørgsmålet.', en: 'An answer does not fit its question.' },
  deadline_past: { status: 400, da: 'Fristen skal ligge i fremtiden.', en: 'The deadline must be in the future.' },
  workshop_not_draft: {
    status: 409,
    da: 'Workshoppen er gået i gang, så dagsordenen kan ikke længere ændres, og den kan ikke slettes.',
    en: 'The workshop has started, so its agenda can no longer be changed and it cannot be deleted.',
  },
  workshop_not_running: {
    status: 409,
    da: 'Workshoppen kører ikke. Åbn den først.',
    en: 'The workshop is not running. Open it first.',
  },
  workshop_finished: {
    status: 409,
    da: 'Workshoppen er afsluttet, så der kan ikke ændres mere i den.',
    en: 'The workshop has finished, so nothing in it can be changed.',
  },
  join_code_invalid: {
    status: 404,
    da: 'Koden passer ikke til en workshop, der er i gang. Tjek koden, og prøv igen.',
    en: 'The code does not match a workshop in progress. Check the code and try again.',
  },
  invite_invalid: {
    status: 400,
    da: 'Invitationslinket er ugyldigt, brugt eller udløbet.',
    en: 'The invitation link is invalid, used or expired.',
  },
  radar_unknown_sector: { status: 400, da: 'Sektoren findes ikke på radaren.', en: 'The sector does not exist on the radar.' },
  radar_unknown_ring: { status: 400, da: 'Ringen findes ikke på radaren.', en: 'The ring does not exist on the radar.' },
  radar_unknown_area: {
    status: 400,
    da: 'Området er ikke med i denne udgave af radaren.',
    en: 'The area is not part of this edition of the radar.',
  },
  radar_unknown_technology: {
    status: 400,
    da: 'En af teknologierne findes ikke i kataloget.',
    en: 'One of the technologies is not in the catalogue.',
  },
  radar_unknown_organisation: { status: 400, da: 'En af organisationerne findes ikke.', en: 'One of the organisations does not exist.' },
  radar_technology_name_taken: {
    status: 409,
    da: 'Der findes allerede en teknologi med dette navn.',
    en: 'A technology with this name already exists.',
  },
  radar_edition_not_draft: {
    status: 409,
    da: 'Udgaven er åbnet, så teknologier og områder kan ikke længere ændres.',
    en: 'The edition has been opened, so its technologies and areas can no longer be changed.',
  },
  radar_edition_state: {
    status: 409,
    da: 'Det kan ikke lade sig gøre, mens udgaven har denne status.',
    en: 'This is not possible while the edition has this status.',
  },
  radar_edition_closed: {
    status: 409,
    da: 'Udgaven er ikke åben for svar.',
    en: 'The edition is not open for answers.',
  },
  radar_participant_answered: {
    status: 409,
    da: 'En organisation, der har svaret, kan ikke fjernes fra udgaven.',
    en: 'An organisation that has answered cannot be removed from the edition.',
  },
  radar_not_participant: {
    status: 403,
    da: 'Jeres organisation er ikke inviteret til at svare på denne udgave.',
    en: 'Your organisation has not been invited to answer this edition.',
  },
  radar_format_unsupported: {
    status: 400,
    da: 'Radaren kan ikke skrives i dette format. Se årsagen herunder.',
    en: 'The radar cannot be written in this format. See the reason below.',
  },
  radar_file_invalid: {
    status: 400,
    da: 'Filen kan ikke indlæses. Intet er gemt. Ret fejlene herunder, og prøv igen.',
    en: 'The file cannot be imported. Nothing has been saved. Correct the errors below and try again.',
  },
  payload_too_large: { status: 413, da: 'Forespørgslen er for stor.', en: 'The request is too large.' },
  unsupported_media_type: { status: 415, da: 'Forespørgslen skal sendes som JSON.', en: 'The request must be sent as JSON.' },
  rate_limited: { status: 429, da: 'For mange forsøg. Vent lidt, og prøv igen.', en: 'Too many attempts. Wait a moment and try again.' },
  internal: {
    status: 500,
    da: 'Der opstod en uventet fejl. Prøv igen om lidt.',
    en: 'An unexpected error occurred. Please try again shortly.',
  },
  unavailable: { status: 503, da: 'Tjenesten er midlertidigt utilgængelig.', en: 'The service is temporarily unavailable.' },
} as const satisfies Record<string, { status: number; da: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;
export type Lang = 'da' | 'en';

export const ZFieldError = z.object({ path: z.string(), message: z.string() });
export const ZApiError = z
  .object({
    code: z.string().meta({ description: 'Stable, machine-readable error code' }),
    message: z.string().meta({ description: 'Human-readable message in the requested language' }),
    fields: z.array(ZFieldError).optional(),
  })
  .meta({ id: 'ApiError' });
export type TApiError = z.infer<typeof ZApiError>;
export type TFieldError = z.infer<typeof ZFieldError>;

/** Messages for validation issues, keyed by what went wrong, in both languages. */
const FIELD_MESSAGES = {
  required: { da: 'Skal udfyldes.', en: 'Required.' },
  invalid_type: { da: 'Har en forkert type.', en: 'Has the wrong type.' },
  too_short: { da: 'Skal være mindst {n} tegn.', en: 'Must be at least {n} characters.' },
  too_long: { da: 'Må højst være {n} tegn.', en: 'Must be at most {n} characters.' },
  too_small_number: { da: 'Skal være mindst {n}.', en: 'Must be at least {n}.' },
  too_big_number: { da: 'Må højst være {n}.', en: 'Must be at most {n}.' },
  too_few_items: { da: 'Skal have mindst {n} elementer.', en: 'Must have at least {n} items.' },
  too_many_items: { da: 'Må højst have {n} elementer.', en: 'Must have at most {n} items.' },
  not_integer: { da: 'Skal være et helt tal.', en: 'Must be a whole number.' },
  invalid_email: { da: 'Skal være en gyldig e-mailadresse.', en: 'Must be a valid email address.' },
  invalid_option: { da: 'Skal være en af de mulige værdier.', en: 'Must be one of the allowed values.' },
  invalid_format: { da: 'Har et ugyldigt format.', en: 'Has an invalid format.' },
  unknown_field: { da: 'Feltet er ukendt.', en: 'Unknown field.' },
  control_characters: { da: 'Må ikke indeholde styretegn.', en: 'Must not contain control characters.' },
  municipality_code: {
    da: 'Skal være et kommunenummer med tre cifre (101–860).',
    en: 'Must be a three-digit municipality number (101–860).',
  },
  passwords_differ: {
    da: 'Den nye adgangskode skal være forskellig fra den nuværende.',
    en: 'The new password must differ from the current one.',
  },
  too_many_answers: { da: 'Der er for mange svar i én forespørgsel.', en: 'Too many answers in one request.' },
  unknown_item: { da: 'Spørgsmålet findes ikke i dette spørgeskema.', en: 'This question is not part of the questionnaire.' },
  not_on_scale: { da: 'Vælg en af svarmulighederne.', en: 'Choose one of the answer options.' },
  dont_know_not_allowed: { da: '»Ved ikke« er ikke en mulighed her.', en: '“Don’t know” is not an option here.' },
  unknown_option: { da: 'Vælg blandt de viste muligheder, hver højst én gang.', en: 'Choose among the options shown, each at most once.' },
  too_many_picks: { da: 'Du har valgt for mange.', en: 'You have chosen too many.' },
  out_of_range: { da: 'Tallet ligger uden for det tilladte interval.', en: 'The number is outside the allowed range.' },
  wrong_type: { da: 'Svaret har en forkert form.', en: 'The answer has the wrong form.' },
  nothing_to_change: { da: 'Angiv mindst én oplysning, der skal ændres.', en: 'Give at least one thing to change.' },
  invalid: { da: 'Er ugyldig.', en: 'Is invalid.' },
} as const;

export type FieldMessageKey = keyof typeof FIELD_MESSAGES;

function fill(template: string, n: unknown): string {
  return template.replace('{n}', String(n));
}

type Issue = z.core.$ZodIssue;

/** Turns one zod issue into a localised message; shared by the server and the web forms. */
export function describeIssue(issue: Issue, lang: Lang): string {
  const m = (key: FieldMessageKey, n?: unknown) => fill(FIELD_MESSAGES[key][lang], n);
  if (issue.message in FIELD_MESSAGES) return m(issue.message as FieldMessageKey);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? m('required') : m('invalid_type');
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? m('required') : m('too_short', issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') return m('too_few_items', issue.minimum);
      return m('too_small_number', issue.minimum);
    case 'too_big':
      if (issue.origin === 'string') return m('too_long', issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return m('too_many_items', issue.maximum);
      return m('too_big_number', issue.maximum);
    case 'invalid_format':
      return issue.format === 'email' ? m('invalid_email') : m('invalid_format');
    case 'invalid_value':
      return m('invalid_option');
    case 'not_multiple_of':
      return m('not_integer');
    case 'unrecognized_keys':
      return m('unknown_field');
    default:
      return m('invalid');
  }
}

/** A field message in the language; `{n}` is filled with `n` when given. */
export function fieldMessage(key: FieldMessageKey, lang: Lang, n?: number): string {
  return n === undefined ? FIELD_MESSAGES[key][lang] : fill(FIELD_MESSAGES[key][lang], n);
}

export function isFieldMessageKey(key: string): key is FieldMessageKey {
  return key in FIELD_MESSAGES;
}

export function issuePath(issue: Issue, prefix?: string): string {
  const parts = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) parts.push(issue.keys[0]!);
  const path = parts.join('.');
  return prefix ? (path ? `${prefix}.${path}` : prefix) : path;
}

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return ERRORS[code][lang];
}
