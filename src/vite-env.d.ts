/// <reference types="vite/client" />

declare module 'virtual:zh-tw-locales' {
  const namespaces: Record<string, () => Promise<{ default: Record<string, unknown> }>>;
  export default namespaces;
}
