package org.swarmsim.gnutella.qrp;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How file names and query strings break into QRP keywords, after gtk-gnutella's {@code qrp.c}
 * (LimeWire's {@code HashFunction.keywords} splits on a fixed delimiter set but carries the TODO
 * "it should really be tokenized by ALL non-alphanumeric characters"):
 *
 * <ul>
 *   <li>a keyword is a maximal run of letters and digits ({@link Character#isLetterOrDigit(int)});
 *       every other character (space, punctuation, {@code . - _ ( )}) separates keywords;</li>
 *   <li>keywords are lower-cased code point by code point ({@link Character#toLowerCase(int)});</li>
 *   <li>keywords shorter than {@value #MIN_UTF8_BYTES} bytes in UTF-8 are dropped ("it is
 *       unreasonable to put words of 1 and 2 letters in the QR table"; counting bytes keeps two-
 *       character CJK words, as gtk-gnutella does);</li>
 *   <li>each keyword appears once, in order of first appearance.</li>
 * </ul>
 *
 * <p>Real clients also insert prefixes of each keyword so that partial words match (LimeWire: the
 * word minus its last one and two characters, for words of five or more; gtk-gnutella: every
 * prefix of three or more characters). This model does not: a table holds exactly the keywords of
 * its files, so it is sparser than a real client's, and a query matches only whole keywords. LimeWire
 * splits on {@code " -._+/*()\,"} only and keeps short words.
 */
public final class Keywords {
    /** Keywords shorter than this many UTF-8 bytes are dropped. */
    public static final int MIN_UTF8_BYTES = 3;

    private Keywords() {
    }

    /** The distinct keywords of {@code text}, lower-cased, in order of first appearance. */
    public static List<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else {
                add(words, word);
            }
        }
        add(words, word);
        return List.copyOf(words);
    }

    /** The distinct keywords of all of {@code texts}, in order of first appearance. */
    public static List<String> ofAll(Iterable<String> texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String t : texts) {
            words.addAll(of(t));
        }
        return List.copyOf(words);
    }

    /** Whether {@code s} is a keyword as {@link #of} makes them: {@code of(s)} is exactly {@code [s]}. */
    public static boolean isKeyword(String s) {
        List<String> k = of(s);
        return k.size() == 1 && k.get(0).equals(s);
    }

    private static void add(Set<String> words, StringBuilder word) {
        if (word.length() > 0) {
            String w = word.toString();
            if (w.length() >= MIN_UTF8_BYTES || w.getBytes(StandardCharsets.UTF_8).length >= MIN_UTF8_BYTES) {
                words.add(w);
            }
            word.setLength(0);
        }
    }
}
