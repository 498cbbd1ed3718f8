// Office staff export from Excel: UTF-8 (with or without BOM), GB18030/GBK, or UTF-16 "Unicode text".
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le';

export interface DecodedText {
  /** Text with BOM removed and every line ending turned into `\n` (line numbers unchanged). */
  text: string;
  encoding: Encoding;
  bom: boolean;
}

/** Decodes file bytes: strict UTF-8 first, GB18030 when that fails. */
export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string;
  let encoding: Encoding;
  let bom = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = true;
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
    encoding = 'utf-8';
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    bom = true;
    text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      // Not valid UTF-8: Chinese Excel saves "CSV" in the system code page (GBK ⊂ GB18030).
      text = iconv.decode(Buffer.from(bytes), 'gb18030');
      encoding = 'gb18030';
    }
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding, bom };
}
