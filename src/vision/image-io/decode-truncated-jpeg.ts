import * as jpeg from 'jpeg-js';

// jpeg-js cannot stop at the end of a truncated scan: it reads zeros past the end, then fails
// looking for the next marker. libjpeg (Pillow's LOAD_TRUNCATED_IMAGES) instead inserts an end
// marker and leaves the missing blocks at zero, i.e. gray. This decodes the file twice, each time
// followed by enough filler for the scan to finish and an end marker: blocks decoded from the
// file's own bytes are equal in both, blocks decoded from filler differ. From the first
// differing 16-row band (an MCU row at most) on, the image is set to gray 128, as libjpeg leaves it.

const EOI = [0xff, 0xd9];
// A coefficient takes at most 16 bits of Huffman code and 11 of value: 64 of them per block.
const BYTES_PER_BLOCK = Math.ceil((64 * 27) / 8);
/** Largest filler accepted (a damaged file of a huge image stays an error rather than a 100 MB copy). */
const MAX_FILLER = 64 * 1024 * 1024;

function frameSize(b: Uint8Array): [number, number] | null {
  let i = 2;
  while (i + 8 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [(b[i + 7] << 8) | b[i + 8], (b[i + 5] << 8) | b[i + 6]];
    }
    i += 2 + ((b[i + 2] << 8) | b[i + 3]);
  }
  return null;
}

function decodePadded(bytes: Uint8Array, filler: number, length: number): jpeg.UintArrRet {
  const padded = new Uint8Array(bytes.length + length + EOI.length);
  padded.set(bytes);
  padded.fill(filler, bytes.length, bytes.length + length);
  padded.set(EOI, bytes.length + length);
  return jpeg.decode(padded, { useTArray: true, formatAsRGBA: false, tolerantDecoding: true });
}

/**
 * Decodes a truncated baseline JPEG as libjpeg does: the rows the file holds, gray below.
 * @returns RGB pixels, or throws (as jpeg-js does) when even padded the file does not decode
 */
export function decodeTruncatedJpeg(bytes: Uint8Array): jpeg.UintArrRet {
  const size = frameSize(bytes);
  if (!size) throw new Error('no frame header');
  const [width, height] = size;
  const blocks = Math.ceil(width / 16) * Math.ceil(height / 16) * 4 * 3;
  const length = blocks * BYTES_PER_BLOCK;
  if (length > MAX_FILLER) throw new Error(`${width} × ${height} is too large to recover`);
  // Neither filler contains 0xFF, so no marker can appear inside it.
  const a = decodePadded(bytes, 0x00, length);
  const b = decodePadded(bytes, 0x55, length);
  const rowBytes = a.width * 3;
  let firstBad = -1;
  for (let i = 0; i < a.data.length; i++) {
    if (a.data[i] !== b.data[i]) {
      firstBad = Math.floor(i / rowBytes);
      break;
    }
  }
  if (firstBad >= 0) a.data.fill(128, Math.floor(firstBad / 16) * 16 * rowBytes);
  return a;
}
