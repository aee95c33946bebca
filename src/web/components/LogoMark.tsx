/** Pejling's mark: a compass taking a bearing ("pejling"), drawn as inline SVG. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg className={className ?? 'pj-logo-mark'} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="13.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M16 1.5v4M16 26.5v4M1.5 16h4M26.5 16h4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <path className="pj-logo-needle" d="M23.5 8.5 18.3 18.3 13.7 13.7Z" />
      <path className="pj-logo-tail" d="M8.5 23.5 13.7 13.7 18.3 18.3Z" />
      <circle cx="16" cy="16" r="1.6" fill="#fff" />
    </svg>
  );
}
