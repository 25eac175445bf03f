/**
 * The one importer of the `qrcode` package. It only computes the symbol (which modules are dark);
 * drawing is ours (`QrCode.tsx`, SVG rects), so no canvas, data URL or markup string is involved.
 */
import QRCode from 'qrcode';

/** A QR symbol: `size` × `size` modules, `dark[row * size + col]` true for a dark module. */
export interface QrMatrix {
  size: number;
  dark: boolean[];
}

/**
 * Encode `text` (byte mode, UTF-8) with error correction level M, enough for a projected code that
 * a phone reads from the back of a room. Throws only for text beyond QR capacity (~2,300 bytes).
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const dark: boolean[] = [];
  for (let row = 0; row < modules.size; row += 1)
    for (let col = 0; col < modules.size; col += 1) dark.push(modules.get(row, col) === 1);
  return { size: modules.size, dark };
}
