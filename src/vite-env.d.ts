/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_MOCK: boolean;
  readonly VITE_API_PROXY: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
