/**
 * How much text is matched at once: a longer text (a 10 MB live blog in one text node) is
 * matched window by window (match-text.ts). In a module of its own so code that only needs the
 * size (the page scanner) does not bring the matcher into a build that matches elsewhere.
 */
export const WINDOW = 32_768;
