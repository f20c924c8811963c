package org.swarmsim.gnutella.qrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordsTest {
    @Test
    void splitsOnEveryNonAlphanumericCharacterAndLowerCases() {
        assertEquals(List.of("madonna", "like", "prayer", "1989", "mp3"),
                Keywords.of("Madonna - Like_A.Prayer (1989).mp3"));
        assertEquals(List.of("foo", "bar", "baz"), Keywords.of("foo+bar/baz\\"));
    }

    @Test
    void dropsKeywordsShorterThanThreeUtf8Bytes() {
        assertEquals(List.of("the", "abc"), Keywords.of("a ab the abc"));
        assertEquals(List.of("東京"), Keywords.of("東京 é"), "two CJK characters are six bytes; é is two");
        assertEquals(List.of(), Keywords.of("  -- a.b "));
    }

    @Test
    void keepsEachKeywordOnceInOrderOfFirstAppearance() {
        assertEquals(List.of("beta", "alpha"), Keywords.of("Beta alpha BETA beta.alpha"));
    }

    @Test
    void keepsNonAsciiLettersInsideKeywords() {
        assertEquals(List.of("café", "déjà"), Keywords.of("Café Déjà-vu"));
    }

    @Test
    void aKeywordIsWhatOfMakes() {
        assertTrue(Keywords.isKeyword("mp3"));
        assertFalse(Keywords.isKeyword("MP3"));
        assertFalse(Keywords.isKeyword("ab"));
        assertFalse(Keywords.isKeyword("foo bar"));
        assertEquals(List.of("one", "two", "three"), Keywords.ofAll(List.of("one two", "Two three")));
    }
}
