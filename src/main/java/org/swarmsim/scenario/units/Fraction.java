package org.swarmsim.scenario.units;

import java.math.BigDecimal;

/**
 * Shares and probabilities: a plain number in [0, 1] ({@code 0.9}) or a percentage
 * ({@code "90%"}). Range checks are left to the caller, which knows the field.
 */
public final class Fraction {
    static final String ALLOWED = "a number such as 0.25 or a percentage such as 25%";

    private Fraction() {
    }

    /** Parses {@code "90%"} as 0.9 and {@code "0.9"} as 0.9. */
    public static double parse(String text) {
        Quantity.Parts p = Quantity.split(text, "fraction", ALLOWED);
        if (p.unit().isEmpty()) {
            return p.number().doubleValue();
        }
        if (p.unit().equals("%")) {
            return p.number().divide(BigDecimal.valueOf(100)).doubleValue();
        }
        throw new IllegalArgumentException("'" + text.strip() + "' is not a fraction (given " + text.strip()
                + "; allowed: " + ALLOWED + ")");
    }
}
