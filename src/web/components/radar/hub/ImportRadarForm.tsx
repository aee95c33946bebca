import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importRadar } from '../../../../contracts/radar.js';
import { RADAR_FORMATS, type RadarFormat } from '../../../../domain/radar/formats/index.js';
import { ApiError, callOp, type OpResponse } from '../../../api/client.js';
import type { SummaryItem } from '../../../hooks/useForm.js';
import { FORMAT_ACCEPT, IMPORT_MAX_CHARS, fileProblems } from '../../../lib/radarHub.js';
import { serverFieldErrors } from '../../../lib/validation.js';
import { ErrorSummary } from '../../ErrorSummary.js';
import { FieldError, SelectField, TextField } from '../../fields.js';
import { Icon } from '../../Icon.js';

const FORM_ID = 'import-radar';
const FIELDS = ['format', 'text', 'title', 'edition'] as const;

type StoredRadar = OpResponse<typeof importRadar>;

/**
 * Imports a radar file from another radar tool. The file is read in the browser and sent as
 * text; a file with problems is refused as a whole, and every problem is listed by its line.
 */
export function ImportRadarForm({ orgId, onImported }: { orgId: string; onImported: (radar: StoredRadar) => void }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<RadarFormat>('byor-csv');
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [edition, setEdition] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<{ message: string; lines: SummaryItem[] } | null>(null);
  const [failures, setFailures] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const problemsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failures === 0) return;
    (problemsRef.current ?? summaryRef.current)?.focus();
  }, [failures]);

  const fail = (fieldErrors: Record<string, string>, fileProblemList: typeof problems) => {
    setErrors(fieldErrors);
    setProblems(fileProblemList);
    setFailures((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!file) return fail({ text: t('radarHub.import.fileMissing') }, null);
    setBusy(true);
    try {
      const text = await file.text();
      if (text.length > IMPORT_MAX_CHARS) return fail({ text: t('radarHub.import.fileTooLarge') }, null);
      if (text.trim() === '') return fail({ text: t('radarHub.import.fileEmpty') }, null);
      const body = {
        format,
        text,
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(edition.trim() ? { edition: edition.trim() } : {}),
      };
      const radar = await callOp(importRadar, { params: { orgId }, body });
      setErrors({});
      setProblems(null);
      onImported(radar);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'radar_file_invalid') {
        const lines = fileProblems(e.fields).map((p) => ({
          text: p.line === null || p.located ? p.message : t('radarHub.import.problemLine', { line: p.line, message: p.message }),
        }));
        fail({}, { message: e.message, lines });
      } else if (e instanceof ApiError) {
        const fieldErrors = serverFieldErrors(e.fields);
        const known = Object.keys(fieldErrors).filter((k) => (FIELDS as readonly string[]).includes(k));
        fail(known.length > 0 ? fieldErrors : { form: e.message }, null);
      } else {
        fail({ form: e instanceof Error ? e.message : String(e) }, null);
      }
    } finally {
      setBusy(false);
    }
  };

  const labels: Record<string, string> = {
    format: t('radarHub.import.format'),
    text: t('radarHub.import.file'),
    title: t('radarHub.import.title'),
    edition: t('radarHub.import.edition'),
  };
  const targets: Record<string, string> = {
    format: `${FORM_ID}-format`,
    text: `${FORM_ID}-file`,
    title: `${FORM_ID}-title`,
    edition: `${FORM_ID}-edition`,
  };
  const summary: SummaryItem[] = [];
  if (errors['form']) summary.push({ text: errors['form'] });
  for (const field of FIELDS) {
    const message = errors[field];
    if (message) summary.push({ target: targets[field], text: `${labels[field]}: ${message}` });
  }
  const fileError = errors['text'];

  return (
    <section className="pj-subform" aria-labelledby={`${FORM_ID}-heading`}>
      <h3 className="h4" id={`${FORM_ID}-heading`}>
        {t('radarHub.import.heading')}
      </h3>
      <p>{t('radarHub.import.intro')}</p>
      {problems ? (
        <div
          className="alert alert-error pj-error-summary"
          tabIndex={-1}
          ref={problemsRef}
          role="group"
          aria-labelledby={`${FORM_ID}-problems-heading`}
        >
          <Icon name="error" className="alert-icon" />
          <div className="alert-body">
            <h4 className="alert-heading" id={`${FORM_ID}-problems-heading`}>
              {t('radarHub.import.problemsHeading', { count: problems.lines.length })}
            </h4>
            <p className="alert-text">{problems.message}</p>
            <ul className="alert-text pj-radar-problems">
              {problems.lines.map((line, index) => (
                <li key={`${index}-${line.text}`}>{line.text}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <ErrorSummary id={`${FORM_ID}-errors`} items={summary} summaryRef={summaryRef} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          id={targets.format ?? ''}
          name="format"
          label={labels.format ?? ''}
          hint={t('radarHub.import.formatHint')}
          value={format}
          onChange={(e) => {
            setFormat(e.target.value as RadarFormat);
            setProblems(null);
          }}
          options={RADAR_FORMATS.map((f) => ({ value: f, label: t(`radarHub.formats.${f}`) }))}
          error={errors['format']}
          required
          width="input-width-l"
        />
        <div className={fileError ? 'form-group form-error' : 'form-group'}>
          <label className="form-label" htmlFor={`${FORM_ID}-file`}>
            {labels.text}
            <span className="pj-required" aria-hidden="true">
              {' *'}
            </span>
          </label>
          <span className="form-hint" id={`${FORM_ID}-file-hint`}>
            {t('radarHub.import.fileHint')}
          </span>
          <FieldError id={`${FORM_ID}-file`} error={fileError} />
          <input
            type="file"
            id={`${FORM_ID}-file`}
            name="file"
            accept={FORMAT_ACCEPT[format]}
            required
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`${FORM_ID}-file-hint${fileError ? ` ${FORM_ID}-file-error` : ''}`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setProblems(null);
            }}
          />
        </div>
        <TextField
          id={targets.title ?? ''}
          name="title"
          label={labels.title ?? ''}
          hint={t('radarHub.import.titleHint')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={errors['title']}
          maxLength={200}
          width="input-width-xl"
        />
        <TextField
          id={targets.edition ?? ''}
          name="edition"
          label={labels.edition ?? ''}
          hint={t('radarHub.import.editionHint')}
          value={edition}
          onChange={(e) => setEdition(e.target.value)}
          error={errors['edition']}
          maxLength={120}
          width="input-width-m"
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('radarHub.import.busy') : t('radarHub.import.submit')}
        </button>
      </form>
    </section>
  );
}
