import { UnsupportedError } from '../../errors';
import type { HWCImage } from '../../framework/image';
import { decodeImage } from '../image-io/decode-image';
import { node } from '../../framework/node-builtins';

/**
 * Paddle's default folder loader: `pil_loader` (`Image.open(path).convert('RGB')`) and
 * `cv2_loader` (`cvtColor(imread(path), BGR2RGB)`) both give RGB, so this reads the file (Node)
 * and decodes it to an RGB `uint8` HWCImage whichever image backend is set.
 * @param truncated - decode damaged files as far as they go (Pillow's `LOAD_TRUNCATED_IMAGES`)
 * @throws CorruptFileError for a file that is not a decodable PNG/JPEG
 */
export function defaultLoader(path: string, truncated = false): HWCImage {
  const n = node();
  if (!n) throw new UnsupportedError('DatasetFolder reads files from disk, which needs Node.');
  return decodeImage(new Uint8Array(n.fs.readFileSync(path)), { mode: 'RGB', name: path, truncated });
}
