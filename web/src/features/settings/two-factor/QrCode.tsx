import { useEffect, useState } from 'react';

type QrModule = typeof import('qrcode');

/** The `qrcode` package is CommonJS: depending on the bundler's interop its API is on `default`. */
async function loadQr(): Promise<QrModule> {
  const loaded: QrModule & { default?: QrModule } = await import('qrcode');
  return loaded.default ?? loaded;
}

/** An SVG as a data: URL (the CSP allows data: images; inline SVG markup would need innerHTML). */
async function qrDataUrl(value: string): Promise<string> {
  const qr = await loadQr();
  const svg = await qr.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#1e292dff', light: '#ffffffff' } });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A QR code for `value`, drawn dark on white in both themes so every camera can read it. */
export function QrCode({ value, label }: { value: string; label: string }) {
  const [image, setImage] = useState<{ value: string; src: string } | { value: string; failed: true }>();
  useEffect(() => {
    let active = true;
    qrDataUrl(value).then(
      (src) => active && setImage({ value, src }),
      () => active && setImage({ value, failed: true }),
    );
    return () => {
      active = false;
    };
  }, [value]);

  const current = image?.value === value ? image : undefined;
  return (
    <div className="grid size-52 shrink-0 place-items-center rounded-2xl border border-line bg-white p-1.5">
      {current && 'src' in current ? (
        <img src={current.src} alt={label} width={192} height={192} className="size-48" />
      ) : current ? (
        <p className="p-4 text-center text-sm text-[#4f5d63]">The QR code could not be drawn. Enter the key instead.</p>
      ) : (
        <div role="status" aria-label="Drawing the QR code" className="size-48 rounded-xl bg-[#f0eee8] motion-safe:animate-pulse" />
      )}
    </div>
  );
}
