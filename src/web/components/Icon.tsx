import close from 'dkfds-dist/img/svg-icons/close.svg?raw';
import copy from 'dkfds-dist/img/svg-icons/copy.svg?raw';
import download from 'dkfds-dist/img/svg-icons/download.svg?raw';
import error from 'dkfds-dist/img/svg-icons/error.svg?raw';
import info from 'dkfds-dist/img/svg-icons/info.svg?raw';
import lock from 'dkfds-dist/img/svg-icons/lock.svg?raw';
import menu from 'dkfds-dist/img/svg-icons/menu.svg?raw';
import success from 'dkfds-dist/img/svg-icons/success.svg?raw';
import warning from 'dkfds-dist/img/svg-icons/warning.svg?raw';
import chevronDown from 'dkfds-dist/img/svg-icons/chevron-down.svg?raw';
import check from 'dkfds-dist/img/svg-icons/check.svg?raw';
import language from 'dkfds-dist/img/svg-icons/language.svg?raw';

/** DKFDS icons: each file is one path; it is drawn as React markup (no innerHTML, CSP-safe). */
const SOURCES = { close, copy, download, error, info, lock, menu, success, warning, chevronDown, check, language } as const;

export type IconName = keyof typeof SOURCES;

function parse(svg: string): { viewBox: string; paths: string[] } {
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 24 24';
  const paths = [...svg.matchAll(/<path[^>]*\sd="([^"]+)"/g)].map((m) => m[1] ?? '');
  return { viewBox, paths };
}

const ICONS = Object.fromEntries(Object.entries(SOURCES).map(([name, svg]) => [name, parse(svg)])) as Record<
  IconName,
  ReturnType<typeof parse>
>;

/** A decorative icon (hidden from assistive technology); give meaning in the surrounding text. */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  const icon = ICONS[name];
  return (
    <svg className={className ? `icon-svg ${className}` : 'icon-svg'} viewBox={icon.viewBox} aria-hidden="true" focusable="false">
      {icon.paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
