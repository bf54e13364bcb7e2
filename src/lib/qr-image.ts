import QRCode from 'qrcode';

/**
 * The PNG of a QR code for text, as a phone camera or a QRIS app scans it off a screen: error
 * correction M (QRIS stickers use M), a 4-module quiet zone, `scale` pixels per module.
 */
export function qrPng(text: string, scale = 8): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale });
}
