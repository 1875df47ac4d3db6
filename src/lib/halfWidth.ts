/**
 * Full-width ASCII forms (１２３，（）ＡＢＣ) as their half-width twins: what a Chinese keyboard types
 * in full-width mode, or a number copied from a Chinese text, reads the same as one typed in ASCII.
 */
export const halfWidth = (text: string): string => text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
