// An .xlsx is a zip. Before anything is inflated, the central directory's declared sizes are checked, and
// only the parts a spreadsheet reader needs are inflated, each stopped as soon as it exceeds what it declared.
import yauzl from 'yauzl';

export interface ZipLimits {
  /** Largest declared uncompressed size of one needed part. */
  partBytes: number;
  /** Largest total declared uncompressed size of the needed parts. */
  totalBytes: number;
  /** Largest uncompressed/compressed ratio of a needed part larger than `ratioFloor`. */
  ratio: number;
  ratioFloor: number;
  /** Most entries in the central directory. */
  entries: number;
}

// A workbook of a few thousand buildings is well under 1 MB of XML; these leave wide room and still
// refuse a bomb long before memory matters.
export const DEFAULT_LIMITS: ZipLimits = {
  partBytes: 32 * 1024 * 1024,
  totalBytes: 64 * 1024 * 1024,
  ratio: 200,
  ratioFloor: 1024 * 1024,
  entries: 10_000,
};

export type ZipPartsResult = { ok: true; parts: Map<string, Buffer> } | { ok: false; message: string };

const MB = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Reads the parts whose names `needed` accepts, refusing oversized or over-compressed ones up front. */
export async function readZipParts(
  bytes: Buffer,
  needed: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_LIMITS,
): Promise<ZipPartsResult> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, {
      autoClose: false,
      lazyEntries: true,
      validateEntrySizes: true,
    });
  } catch (e) {
    return {
      ok: false,
      message: `不是有效的 .xlsx 文件（${(e as Error).message}）：请在 Excel 中打开后重新“另存为 .xlsx”`,
    };
  }
  if (zip.entryCount > limits.entries) {
    zip.close();
    return {
      ok: false,
      message: `文件包含 ${zip.entryCount} 个部件，超过上限 ${limits.entries}：这不像一份进展表，请只保存进展表本身`,
    };
  }
  // First pass: the central directory only.
  const wanted: yauzl.Entry[] = [];
  const listing = await new Promise<string | undefined>((resolve) => {
    let total = 0;
    zip.on('error', (e: Error) => resolve(`不是有效的 .xlsx 文件（${e.message}）`));
    zip.on('end', () => resolve(undefined));
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!needed(entry.fileName)) return zip.readEntry();
      const size = entry.uncompressedSize;
      total += size;
      const ratio = size / Math.max(1, entry.compressedSize);
      if (size > limits.partBytes || total > limits.totalBytes) {
        return resolve(
          `${entry.fileName} 解压后有 ${MB(size)}（上限 ${MB(limits.partBytes)}，合计上限 ${MB(limits.totalBytes)}）：表格太大或已损坏，请只保留本月的进展表后重新保存`,
        );
      }
      if (size > limits.ratioFloor && ratio > limits.ratio) {
        return resolve(
          `${entry.fileName} 的压缩比是 ${Math.round(ratio)} 倍（上限 ${limits.ratio} 倍）：这不是正常的表格文件，请在 Excel 中重新保存`,
        );
      }
      wanted.push(entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
  if (listing !== undefined) {
    zip.close();
    return { ok: false, message: listing };
  }
  // Second pass: inflate what is needed; yauzl stops a stream that outgrows its declared size.
  const parts = new Map<string, Buffer>();
  try {
    for (const entry of wanted) {
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      parts.set(entry.fileName, Buffer.concat(chunks));
    }
  } catch (e) {
    return {
      ok: false,
      message: `文件已损坏，无法解压（${(e as Error).message}）：请在 Excel 中重新“另存为 .xlsx”`,
    };
  } finally {
    zip.close();
  }
  return { ok: true, parts };
}
