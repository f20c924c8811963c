package org.swarmsim.run.swarm;

import org.swarmsim.net.Message;

/** Trace names of messages: the record name in snake case ({@code NotInterested} → {@code not_interested}). */
final class MessageNames {
    private MessageNames() {
    }

    static String of(Message m) {
        String simple = m.getClass().getSimpleName();
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
