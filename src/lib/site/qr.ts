/**
 * The 学习卡's QR code: drawn at build from the page's real address by the `qrcode` package,
 * as SVG (no image request, no network, sharp at any print size). Only for an absolute address:
 * a QR code of a bare path would lead a phone nowhere.
 */
import QRCode from 'qrcode';

/** An `<svg>` of the QR code for `url`, decorative (the address is printed beside it). */
export async function qrSvg(url: string): Promise<string> {
	const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
	return svg.replace('<svg ', '<svg class="qr" aria-hidden="true" focusable="false" ');
}
