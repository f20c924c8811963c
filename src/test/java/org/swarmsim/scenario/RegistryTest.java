package org.swarmsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTest {
    @Test
    void buildsByNameAndListsNamesInRegistrationOrder() {
        Registry<Integer, String> r = new Registry<Integer, String>("picker")
                .register("rarest_first", n -> "rarest" + n)
                .register("random", n -> "random" + n);
        assertEquals("random3", r.create("random", 3));
        assertEquals(List.of("rarest_first", "random"), r.names());
    }

    @Test
    void registeringANameTwiceFails() {
        Registry<Object, Object> r = new Registry<>("choker").register("tit_for_tat", p -> p);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> r.register("tit_for_tat", p -> p));
        assertTrue(e.getMessage().contains("already registered"), e.getMessage());
    }

    @Test
    void anUnknownNameListsTheAllowedOnesWithASuggestion() {
        Registry<Object, Object> r = new Registry<>("picker").register("rarest_first", p -> p).register("random", p -> p);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.create("rarest", null));
        assertTrue(e.getMessage().contains("allowed: rarest_first, random"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'rarest_first'"), e.getMessage());
    }

    @Test
    void registeredNamesBecomeTheNamesValidationAccepts() {
        Registry<Object, Object> pickers = new Registry<>("picker").register("bit_tyrant", p -> p);
        Registry<Object, Object> chokers = new Registry<>("choker").register("tit_for_tat", p -> p);
        Registry<Object, Object> behaviours = new Registry<>("behaviour").register("compliant", p -> p);
        PolicyNames names = PolicyNames.of(pickers, chokers, behaviours);
        assertEquals(List.of("bit_tyrant"), names.pickers());
    }

    @Test
    void suggestionsFindCloseNamesOnly() {
        assertEquals("duration", Suggestions.closest("duraton", List.of("name", "duration", "seed")));
        assertEquals("count", Suggestions.closest("cont", List.of("count", "at")));
        assertEquals(null, Suggestions.closest("xyz", List.of("count", "at")));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }
}
