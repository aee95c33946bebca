import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.js';

/** Copies text to the clipboard; falls back to selecting it in an input and the older copy command. */
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

export interface CopyBoxProps {
  heading: string;
  label: string;
  value: string;
  children?: ReactNode;
  onDone?: () => void;
}

/**
 * A value to copy, with a copy button whose result is announced. `secret` marks something shown
 * exactly once (one-time password, invitation link, API token); otherwise it is a link to share.
 */
export function CopyBox({ heading, label, value, children, onDone, secret = false }: CopyBoxProps & { secret?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  return (
    <div className={`alert ${secret ? 'alert-warning' : 'alert-success'} pj-secret`}>
      <Icon name={secret ? 'lock' : 'success'} className="alert-icon" />
      <div className="alert-body">
        <h3 className="alert-heading">{heading}</h3>
        <div className="alert-text">
          {secret ? <p>{t('secret.onlyOnce')}</p> : null}
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
              {secret ? t('secret.done') : t('common.close')}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
