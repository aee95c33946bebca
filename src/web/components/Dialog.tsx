import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.js';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
}

/**
 * A modal dialog in DKFDS modal style on the native <dialog> element: the page behind is inert,
 * Esc closes it, and the focus returns to where it was when it closes.
 */
export function Dialog({ open, title, onClose, children, footer }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      document.body.classList.add('modal-open');
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => {
      document.body.classList.remove('modal-open');
      const back = returnTo.current?.isConnected ? returnTo.current : document.getElementById('main-content');
      back?.focus();
      onClose();
    };
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, [onClose]);

  useEffect(() => () => document.body.classList.remove('modal-open'), []);

  return (
    <dialog ref={ref} className="fds-modal pj-dialog" aria-labelledby={titleId}>
      {open ? (
        <div className="modal-content">
          <div className="modal-header">
            <h2 className="modal-title" id={titleId}>
              {title}
            </h2>
            <button type="button" className="modal-close function-link" onClick={() => ref.current?.close()}>
              <Icon name="close" />
              {t('common.close')}
            </button>
          </div>
          <div className="modal-body">{children}</div>
          {footer ? <div className="modal-footer">{footer}</div> : null}
        </div>
      ) : null}
    </dialog>
  );
}

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  /** An error from the attempted action, shown inside the dialog. */
  error?: string | null;
}

/** Asks before a destructive action; the cancel button has the focus first (data-autofocus). */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, busy, error }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button-warning" onClick={onConfirm} disabled={busy}>
            {confirmLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel} data-autofocus>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      {children}
      {error ? (
        <div className="alert alert-error mt-5" role="alert">
          <Icon name="error" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{error}</p>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
