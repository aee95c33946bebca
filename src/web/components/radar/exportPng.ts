import { renderRadarSvg } from '../../../domain/radar/svg.js';
import { parseViewBox, pngSize, svgDataUrl, type TRadarView } from '../../lib/radarView.js';

/** Saves a blob as a file through a temporary link (as downloadOp does for the server's files). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The radar could not be drawn as an image'));
    image.src = src;
  });
}

/**
 * The radar as a PNG made in the browser: the same SVG as on the page (without the interactive
 * attributes), drawn at a fixed size on a white canvas. The SVG is loaded as a data: address, as the
 * Content Security Policy allows images from data: but not from blob: addresses.
 */
export async function radarPng(view: TRadarView, longSide = 2000): Promise<Blob> {
  const size = pngSize(parseViewBox(renderRadarSvg(view, { interactive: false })), longSide);
  const svg = renderRadarSvg(view, { interactive: false, width: size.width, height: size.height });
  const image = await loadImage(svgDataUrl(svg));
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser cannot draw images');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(image, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not make the PNG file'))), 'image/png'),
  );
}
