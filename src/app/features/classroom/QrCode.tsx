import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { qrMatrix } from './qr.ts';

/** Modules of white border around the symbol, as the QR standard asks (4). */
const QUIET_ZONE = 4;

/**
 * A QR code drawn as SVG: one rect per run of dark modules in a row (fewer elements than one per
 * module), black on white whatever the theme, scaled to its box with crisp edges. Shows `fallback`
 * when the text does not fit in a QR code.
 */
export function QrCode({
  text,
  label,
  fallback,
}: {
  text: string;
  label: string;
  fallback: ReactNode;
}) {
  const matrix = useMemo(() => {
    try {
      return qrMatrix(text);
    } catch {
      return null;
    }
  }, [text]);
  if (!matrix) return <>{fallback}</>;
  const { size, dark } = matrix;
  const runs: { x: number; y: number; w: number }[] = [];
  for (let y = 0; y < size; y += 1) {
    let x = 0;
    while (x < size) {
      if (!dark[y * size + x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && dark[y * size + x]) x += 1;
      runs.push({ x: start, y, w: x - start });
    }
  }
  const full = size + QUIET_ZONE * 2;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${full} ${full}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="qr-svg"
      data-modules={size}
    >
      <rect width={full} height={full} fill="#fff" />
      {runs.map((r) => (
        <rect
          key={`${r.x}-${r.y}`}
          x={r.x + QUIET_ZONE}
          y={r.y + QUIET_ZONE}
          width={r.w}
          height={1}
          fill="#000"
        />
      ))}
    </svg>
  );
}
