// Types for chrome.mjs, which the bench runs as plain JavaScript and playwright.config.ts imports.
export declare const CHROME_PATH: string;
export declare const CHROME_FLAGS: readonly string[];
