/** plughost's own version; the compiled binary keys its SDK cache on it. */
export const VERSION = "0.1.0";
