import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import { qrPath } from '../../lib/workshops.js';

/** The quiet zone around the code, in modules (the standard asks for four). */
const MARGIN = 4;

/**
 * A QR code as SVG drawn with attributes only (the Content Security Policy forbids inline
 * styles); its size comes from the stylesheet. Error correction M survives a glare on the screen.
 */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(value);
    qr.make();
    const count = qr.getModuleCount();
    return { size: count + 2 * MARGIN, path: qrPath((row, col) => qr.isDark(row, col), count, MARGIN) };
  }, [value]);
  return (
    <svg
      className={className ? `pj-qr ${className}` : 'pj-qr'}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      focusable="false"
      shapeRendering="crispEdges"
      data-value={value}
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
