/// <reference types="vite/client" />

declare module 'virtual:zh-tw-locales' {
  const namespaces: Record<string, () => Promise<{ default: Record<string, unknown> }>>;
  export default namespaces;
}

declare module 'virtual:zh-cn-shell-ui' {
  const ui: Record<string, unknown>;
  export default ui;
}
