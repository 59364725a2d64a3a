/** Whether an image reference is a build toolchain (rules/data/toolchains.ts). */
import { TOOLCHAIN_IMAGES, type ToolchainImage } from '../../rules/data/toolchains.js';
import type { ImageRef } from '../graph/image-ref.js';

export function toolchainImage(ref: ImageRef): ToolchainImage | null {
  const tag = ref.tag ?? 'latest';
  return TOOLCHAIN_IMAGES.find((t) => t.image === ref.name && (!t.tagPattern || t.tagPattern.test(tag))) ?? null;
}
