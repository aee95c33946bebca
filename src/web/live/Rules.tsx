import { useLang } from './i18n.js';

/** The workshop's ground rules, numbered, and the button that accepts them. */
export function Rules({ rules, pending, online, onAccept }: { rules: string[]; pending: boolean; online: boolean; onAccept: () => void }) {
  const { t } = useLang();
  return (
    <>
      <p className="lv-lead">{t.rulesIntro}</p>
      <ol>
        {rules.map((rule, i) => (
          <li key={i}>{rule}</li>
        ))}
      </ol>
      <button type="button" className="lv-button" onClick={onAccept} aria-disabled={pending || undefined} aria-describedby="lv-rules-state">
        {t.rulesAccept}
      </button>
      <p className="lv-under" id="lv-rules-state">
        {pending ? (online ? t.rulesSending : t.rulesWaiting) : ''}
      </p>
    </>
  );
}
