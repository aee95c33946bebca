import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.js';

async function copyText(text: string, fallback: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API unavailable (e.g. plain http): select the text and use the older command.
    if (!fallback) return false;
    fallback.select();
    return document.execCommand('copy');
  }
}

/**
 * A secret shown exactly once (one-time password, invitation link, API token), clearly marked,
 * with a copy button whose result is announced.
 */
export function SecretBox({
  heading,
  label,
  value,
  children,
  onDone,
}: {
  heading: string;
  label: string;
  value: string;
  children?: ReactNode;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  return (
    <div className="alert alert-warning pj-secret">
      <Icon name="lock" className="alert-icon" />
      <div className="alert-body">
        <h3 className="alert-heading">{heading}</h3>
        <div className="alert-text">
          <p>{t('secret.onlyOnce')}</p>
          {children}
          <div className="form-group">
            <label className="form-label" htmlFor={id}>
              {label}
            </label>
            <div className="pj-secret-row">
              <input
                ref={input}
                id={id}
                className="form-input pj-secret-value"
                readOnly
                value={value}
                spellCheck={false}
                onFocus={(e) => e.currentTarget.select()}
              />
              <button
                type="button"
                className="button button-secondary"
                onClick={async () => setCopied(await copyText(value, input.current))}
              >
                <Icon name="copy" />
                {t('secret.copy')}
              </button>
            </div>
          </div>
          <p role="status" className="pj-copy-status">
            {copied === true ? t('secret.copied') : copied === false ? t('secret.copyFailed') : ''}
          </p>
          {onDone ? (
            <button type="button" className="button button-tertiary" onClick={onDone}>
              {t('secret.done')}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
