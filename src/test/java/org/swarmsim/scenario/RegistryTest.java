package org.swarmsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTest {
    @Test
    void buildsByNameAndListsNamesInRegistrationOrder() {
        Registry<Integer, String> r = new Registry<Integer, String>("picker", "protocol.picker")
                .register("rarest_first", "rarest", n -> "rarest" + n)
                .register("random", "random", n -> "random" + n);
        assertEquals("random3", r.create("random", 3));
        assertEquals(List.of("rarest_first", "random"), r.names());
        assertEquals(List.of("protocol.picker=random"), r.entries().get(1).example());
        assertEquals("random", r.entries().get(1).description());
    }

    @Test
    void registeringANameTwiceFails() {
        Registry<Object, Object> r = new Registry<>("choker", "x").register("tit_for_tat", "t", p -> p);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> r.register("tit_for_tat", "t", p -> p));
        assertTrue(e.getMessage().contains("already registered"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.register("Not-Snake", "t", p -> p));
    }

    @Test
    void aRegistryWithoutAnExamplePathNeedsExplicitExamples() {
        Registry<Object, Object> r = new Registry<>("behaviour");
        assertThrows(IllegalStateException.class, () -> r.register("compliant", "c", p -> p));
        r.register("compliant", "c", List.of("population.leechers.behaviours={compliant: 100%}"), p -> p);
        assertEquals(List.of("compliant"), r.names());
    }

    @Test
    void anUnknownNameListsTheAllowedOnesWithASuggestion() {
        Registry<Object, Object> r = new Registry<>("picker", "p").register("rarest_first", "r", p -> p)
                .register("random", "r", p -> p);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.create("rarest", null));
        assertTrue(e.getMessage().contains("allowed: rarest_first, random"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'rarest_first'"), e.getMessage());
    }

    @Test
    void suggestionsFindCloseNamesOnly() {
        assertEquals("duration", Suggestions.closest("duraton", List.of("name", "duration", "seed")));
        assertEquals("count", Suggestions.closest("cont", List.of("count", "at")));
        assertEquals(null, Suggestions.closest("xyz", List.of("count", "at")));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }
}
