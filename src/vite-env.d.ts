/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_MOCK: boolean;
  /** 'grid' builds the lists on the former MUI X Data Grid (bench A/B only); else 'light'. */
  readonly VITE_TABLE: string;
  readonly VITE_API_PROXY: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
