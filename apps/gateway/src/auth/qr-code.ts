import QRCode from 'qrcode';

/**
 * The QR code of an otpauth:// URI as an SVG data URL, made here on the server so that the console
 * carries no QR library and the secret goes nowhere else: the console shows it as an image.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
