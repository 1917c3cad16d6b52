package org.isnad.core.pipeline;

/** The document's main script: "ar" when Arabic letters dominate, "en" for Latin, else "und". */
final class Language {
    private Language() {}

    static String of(String normalized) {
        int arabic = 0, latin = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') arabic++;
            else if (c < 128 && Character.isLetter(c)) latin++;
        }
        if (arabic == 0 && latin == 0) return "und";
        return arabic >= latin ? "ar" : "en";
    }
}
