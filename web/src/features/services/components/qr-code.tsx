import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** A QR code of `text` as SVG (pure JS encoder, one path of dark modules). */
export function QrCode({
  text,
  size = 128,
  label,
}: {
  text: string;
  size?: number;
  label: string;
}) {
  const { path, count } = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text, 'Byte');
    qr.make();
    const n = qr.getModuleCount();
    let d = '';
    for (let row = 0; row < n; row++) {
      for (let col = 0; col < n; col++) {
        if (qr.isDark(row, col)) d += `M${col + 4} ${row + 4}h1v1h-1z`;
      }
    }
    return { path: d, count: n };
  }, [text]);
  const box = count + 8;
  return (
    <svg
      role="img"
      aria-label={label}
      data-testid="family-qr"
      width={size}
      height={size}
      viewBox={`0 0 ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
