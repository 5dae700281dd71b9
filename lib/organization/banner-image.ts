// What the campaign banner may be: checked on the file's first bytes, not on its name or the browser's type.

export const MAX_BANNER_BYTES = 1024 * 1024;

export type BannerType = "image/png" | "image/jpeg";

const SIGNATURES: { type: BannerType; magic: number[] }[] = [
  { type: "image/png", magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
];

/** The image type the bytes begin with, or null for anything that is not a PNG or JPEG. */
export function bannerImageType(bytes: Uint8Array): BannerType | null {
  const match = SIGNATURES.find(({ magic }) => magic.every((byte, i) => bytes[i] === byte));
  return match?.type ?? null;
}

export function isBannerType(type: string): type is BannerType {
  return SIGNATURES.some((signature) => signature.type === type);
}
