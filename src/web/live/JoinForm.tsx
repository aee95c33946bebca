import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { isValidCode, normaliseCode } from './code.js';
import { useLang } from './i18n.js';
import { joinWorkshop } from './join.js';
import { HEADING_ID, useScreen } from './screen.js';
import type { LiveSession } from './session.js';

type Field = 'code' | 'displayName' | 'groupName';
const FIELDS: Field[] = ['code', 'displayName', 'groupName'];

interface Problems {
  fields: Partial<Record<Field, string>>;
  /** A problem that belongs to no field (rate limit, network). */
  general: string | null;
}

/**
 * Joining with the code from the projector: code, optional name, and a group name when a group
 * shares the phone. Problems appear in an error summary (focused after a failed attempt) and at
 * each field, in the server's own words where the server found them.
 */
export function JoinForm({
  initialCode,
  notice,
  onJoined,
  prefetch,
}: {
  initialCode: string;
  notice: string | null;
  onJoined: (s: LiveSession) => void;
  /** Fetches the live part while the form is filled in, so it is at hand once joined. */
  prefetch: () => Promise<unknown>;
}) {
  const { t, lang } = useLang();
  const [values, setValues] = useState<Record<Field, string>>({ code: initialCode, displayName: '', groupName: '' });
  const [isGroup, setIsGroup] = useState(false);
  const [problems, setProblems] = useState<Problems>({ fields: {}, general: null });
  const [failures, setFailures] = useState(0);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  useScreen('join', t.joinTitle);

  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const fail = (fields: Problems['fields'], general: string | null = null) => {
    setProblems({ fields, general });
    setFailures((n) => n + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const code = normaliseCode(values.code);
    const groupName = isGroup ? values.groupName.trim() : '';
    const fields: Problems['fields'] = {};
    if (!code) fields.code = t.codeRequired;
    else if (!isValidCode(code)) fields.code = t.codeInvalid;
    if (isGroup && !groupName) fields.groupName = t.groupRequired;
    if (fields.code || fields.groupName) return fail(fields);

    setBusy(true);
    const result = await joinWorkshop({ code, displayName: values.displayName.trim() || null, groupName: groupName || null }, lang, t);
    setBusy(false);
    if (result.ok) return onJoined(result.session);
    const { error } = result;
    if (error.code === 'join_code_invalid') return fail({ code: error.message });
    const server: Problems['fields'] = {};
    for (const f of error.fields) if (FIELDS.includes(f.path as Field)) server[f.path as Field] ??= f.message;
    fail(server, Object.keys(server).length > 0 ? null : error.message);
  };

  const field = (name: Field, label: string, hint: string, autoComplete: string) => {
    const id = `lv-${name}`;
    const error = problems.fields[name];
    return (
      <div className={error ? 'lv-field lv-invalid' : 'lv-field'}>
        <label htmlFor={id}>{label}</label>
        <p className="lv-hint" id={`${id}-hint`}>
          {hint}
        </p>
        {error ? (
          <p className="lv-error" id={`${id}-error`}>
            <span className="lv-vh">{t.errorPrefix}</span>
            {error}
          </p>
        ) : null}
        <input
          id={id}
          name={name}
          type="text"
          className="lv-input"
          value={values[name]}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          autoComplete={autoComplete}
          maxLength={80}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          {...(name === 'code' ? { autoCapitalize: 'characters', autoCorrect: 'off', spellCheck: false, enterKeyHint: 'go' as const } : {})}
        />
      </div>
    );
  };

  const warm = () => void prefetch().catch(() => undefined);

  const listed = FIELDS.filter((f) => problems.fields[f]);
  let summary: ReactNode = null;
  if (listed.length > 0 || problems.general) {
    summary = (
      <div className="lv-error-summary" tabIndex={-1} ref={summaryRef} role="group" aria-labelledby="lv-summary-heading">
        <h2 id="lv-summary-heading">{t.errorSummaryHeading}</h2>
        <ul>
          {problems.general ? <li>{problems.general}</li> : null}
          {listed.map((f) => (
            <li key={f}>
              <a
                href={`#lv-${f}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(`lv-${f}`)?.focus();
                }}
              >
                {problems.fields[f]}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <main className="lv-main" id="main">
      <h1 id={HEADING_ID} tabIndex={-1}>
        {t.joinTitle}
      </h1>
      {notice ? (
        <p className="lv-notice" role="status">
          {notice}
        </p>
      ) : null}
      <p className="lv-lead">{t.joinIntro}</p>
      <form noValidate onSubmit={(e) => void submit(e)} onFocus={warm} onPointerDown={warm}>
        {summary}
        {field('code', t.codeLabel, t.codeHint, 'off')}
        {field('displayName', t.nameLabel, t.nameHint, 'nickname')}
        <div className="lv-check">
          <input
            id="lv-is-group"
            type="checkbox"
            checked={isGroup}
            onChange={(e) => {
              setIsGroup(e.target.checked);
              if (!e.target.checked) setProblems((p) => ({ ...p, fields: { ...p.fields, groupName: undefined } }));
            }}
            aria-controls="lv-group-field"
          />
          <label htmlFor="lv-is-group">{t.groupCheckbox}</label>
        </div>
        <div id="lv-group-field" hidden={!isGroup}>
          {field('groupName', t.groupLabel, t.groupHint, 'off')}
        </div>
        <button type="submit" className="lv-button" aria-disabled={busy || undefined}>
          {busy ? t.joining : t.joinButton}
        </button>
      </form>
    </main>
  );
}
