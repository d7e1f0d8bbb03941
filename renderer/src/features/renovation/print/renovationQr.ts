import QRCode from 'qrcode';

/**
 * The text a guard's scanner reads off a permit or pass: the number (which the app finds with
 * `findByDocNo`) and the validity, readable even without the app.
 */
export function renovationQrText(
  no: string,
  unitCode: string,
  from: string,
  until: string,
): string {
  return `${no} ${unitCode} ${from}~${until}`;
}

/** QR codes as PNG data URLs, by their text. */
export async function qrDataUrls(texts: readonly string[]): Promise<Map<string, string>> {
  const urls = await Promise.all(
    texts.map((text) =>
      QRCode.toDataURL(text, { margin: 0, width: 240, errorCorrectionLevel: 'M' }),
    ),
  );
  return new Map(texts.map((text, i) => [text, urls[i] ?? '']));
}
