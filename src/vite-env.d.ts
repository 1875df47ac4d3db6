/// <reference types="vite/client" />

declare module 'virtual:zh-tw-locales' {
  const namespaces: Record<string, Record<string, unknown>>;
  export default namespaces;
}
