import { createDecipheriv } from 'node:crypto';
import { SnapError } from '../../errors/snap-error.js';

/** The card a merchant registers, as DOKU's SDKs put it in cardData before encrypting it. */
export interface BankCard {
  bankCardNo: string;
  bankCardType: string;
  /** MMYY */
  expiryDate: string;
  identificationNo?: string;
  identificationType?: string;
  email?: string;
}

/**
 * The AES key of cardData: the client secret cut or padded with '-' to 16 characters (the Node
 * SDK's directDebitService.getSecretKey; DOKU's Mandiri page says "substring shared key only 16").
 */
function cardKey(clientSecret: string): Buffer {
  return Buffer.from(clientSecret.length >= 16 ? clientSecret.slice(0, 16) : clientSecret.padEnd(16, '-'), 'utf8');
}

/**
 * Reads cardData as DOKU's SDKs send it: base64(AES-128-CBC(JSON of the card)) + "|" + base64(IV).
 * Anything that does not decrypt to a card with number, type and MMYY expiry → 400xx01 cardData.
 */
export function decryptCard(cardData: string, clientSecret: string): BankCard {
  const refuse = (hint: string) => new SnapError('InvalidFieldFormat', 'cardData').withDiagnostics({ hint });
  const [cipherText, iv] = cardData.split('|');
  if (!cipherText || !iv || Buffer.from(iv, 'base64').length !== 16) throw refuse('cardData is base64(AES-128-CBC ciphertext) + "|" + base64(16-byte IV)');
  let plain: string;
  try {
    const decipher = createDecipheriv('aes-128-cbc', cardKey(clientSecret), Buffer.from(iv, 'base64'));
    plain = decipher.update(cipherText, 'base64', 'utf8') + decipher.final('utf8');
  } catch {
    throw refuse('cardData does not decrypt with the first 16 characters of the client secret');
  }
  let card: Partial<BankCard>;
  try {
    card = JSON.parse(plain) as Partial<BankCard>;
  } catch {
    throw refuse('the decrypted cardData is not JSON');
  }
  if (typeof card !== 'object' || card === null) throw refuse('the decrypted cardData is not an object');
  if (typeof card.bankCardNo !== 'string' || !/^[0-9]{12,20}$/.test(card.bankCardNo)) throw refuse('cardData.bankCardNo must be 12–20 digits');
  if (typeof card.bankCardType !== 'string' || card.bankCardType.length === 0) throw refuse('cardData.bankCardType is missing');
  if (typeof card.expiryDate !== 'string' || !/^(0[1-9]|1[0-2])[0-9]{2}$/.test(card.expiryDate)) throw refuse('cardData.expiryDate must be MMYY');
  return card as BankCard;
}

/** A card is usable through the last day of its MMYY month (Asia/Jakarta). */
export function cardExpired(expiryDate: string, now: number): boolean {
  const month = Number(expiryDate.slice(0, 2));
  const year = 2000 + Number(expiryDate.slice(2));
  const firstOfNextMonthWib = Date.UTC(year, month, 1) - 7 * 3600_000;
  return now >= firstOfNextMonthWib;
}
