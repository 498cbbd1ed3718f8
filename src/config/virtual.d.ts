// Types of `virtual:gongshi/config` (src/config/virtualConfig.ts).
declare module 'virtual:gongshi/config' {
  export const dataDir: string;
  export const site: string | undefined;
  export const base: string;
  export const locale: string;
  export const about: string | undefined;
  export const posterCacheDir: string;
  export const photoCacheDir: string;
}
