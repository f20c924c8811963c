package org.swarmsim.metrics;

/**
 * The {@code type} a message gets in {@code trace.jsonl}: its class's simple name in snake case,
 * without a {@code Message} suffix ({@code NotInterested} → {@code not_interested},
 * {@code LeafSetReply} → {@code leaf_set_reply}).
 */
public final class TraceNames {
    private TraceNames() {
    }

    /** The trace name of {@code message}'s type. */
    public static String of(Object message) {
        return ofClass(message.getClass());
    }

    /** The trace name of messages of class {@code type}. */
    public static String ofClass(Class<?> type) {
        String simple = type.getSimpleName();
        StringBuilder sb = new StringBuilder(simple.length() + 4);
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        String s = sb.toString();
        return s.endsWith("_message") ? s.substring(0, s.length() - "_message".length()) : s;
    }
}
