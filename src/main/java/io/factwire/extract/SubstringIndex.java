package io.factwire.extract;

import java.util.Arrays;

/**
 * Which of several texts, the first in order, holds a given string: a suffix automaton over the texts joined by
 * a separator, each state keeping where its first occurrence ends. Built in time linear in the texts, asked in
 * time linear in the string, so comparing every quotation with every other costs no more than reading them.
 */
final class SubstringIndex {
    /** Never inside a text: folded words hold letters, digits and spaces only. */
    private static final char SEPARATOR = '\u0000';

    private int[] length;
    private int[] link;
    private int[] firstEnd;
    private char[][] keys;
    private int[][] targets;
    private int[] degree;
    /** Transitions of states with many (the start state of a text in many scripts), by hash. */
    private java.util.HashMap<Character, Integer>[] wide;

    private static final int NARROW = 8;
    private int size;
    private int last;
    /** Where each text starts in the joined string, in order. */
    private final int[] starts;

    SubstringIndex(java.util.List<String> texts, ExtractionBudget budget) {
        int total = texts.size();
        for (String t : texts) {
            total += t.length();
        }
        int capacity = 2 * total + 2;
        length = new int[capacity];
        link = new int[capacity];
        firstEnd = new int[capacity];
        keys = new char[capacity][];
        targets = new int[capacity][];
        degree = new int[capacity];
        @SuppressWarnings({"unchecked", "rawtypes"})
        java.util.HashMap<Character, Integer>[] maps = new java.util.HashMap[capacity];
        wide = maps;
        link[0] = -1;
        size = 1;
        starts = new int[texts.size()];
        int position = 0;
        for (int k = 0; k < texts.size(); k++) {
            starts[k] = position;
            String text = texts.get(k);
            for (int i = 0; i < text.length(); i++) {
                budget.check();
                extend(text.charAt(i), position++);
            }
            extend(SEPARATOR, position++);
        }
    }

    /** Index of the first text that contains {@code needle}, or -1. */
    int firstContaining(String needle) {
        int state = 0;
        for (int i = 0; i < needle.length(); i++) {
            state = next(state, needle.charAt(i));
            if (state < 0) {
                return -1;
            }
        }
        if (needle.isEmpty()) {
            return starts.length == 0 ? -1 : 0;
        }
        int start = firstEnd[state] - needle.length() + 1;
        int k = Arrays.binarySearch(starts, start);
        return k >= 0 ? k : -k - 2;
    }

    private void extend(char c, int position) {
        int current = size++;
        length[current] = length[last] + 1;
        firstEnd[current] = position;
        int p = last;
        while (p >= 0 && next(p, c) < 0) {
            put(p, c, current);
            p = link[p];
        }
        if (p < 0) {
            link[current] = 0;
        } else {
            int q = next(p, c);
            if (length[p] + 1 == length[q]) {
                link[current] = q;
            } else {
                int clone = size++;
                length[clone] = length[p] + 1;
                keys[clone] = keys[q] == null ? null : Arrays.copyOf(keys[q], keys[q].length);
                targets[clone] = targets[q] == null ? null : Arrays.copyOf(targets[q], targets[q].length);
                degree[clone] = degree[q];
                if (degree[q] > NARROW) {
                    wide[clone] = new java.util.HashMap<>(wide[q]);
                }
                link[clone] = link[q];
                firstEnd[clone] = firstEnd[q];
                while (p >= 0 && next(p, c) == q) {
                    put(p, c, clone);
                    p = link[p];
                }
                link[q] = clone;
                link[current] = clone;
            }
        }
        last = current;
    }

    private int next(int state, char c) {
        if (degree[state] > NARROW) {
            Integer target = wide[state].get(c);
            return target == null ? -1 : target;
        }
        char[] k = keys[state];
        for (int i = 0; i < degree[state]; i++) {
            if (k[i] == c) {
                return targets[state][i];
            }
        }
        return -1;
    }

    private void put(int state, char c, int target) {
        if (degree[state] > NARROW) {
            if (wide[state].put(c, target) == null) {
                degree[state]++;
            }
            return;
        }
        char[] k = keys[state];
        for (int i = 0; i < degree[state]; i++) {
            if (k[i] == c) {
                targets[state][i] = target;
                return;
            }
        }
        if (k == null) {
            keys[state] = new char[2];
            targets[state] = new int[2];
        } else if (degree[state] == k.length) {
            keys[state] = Arrays.copyOf(k, k.length * 2);
            targets[state] = Arrays.copyOf(targets[state], k.length * 2);
        }
        keys[state][degree[state]] = c;
        targets[state][degree[state]] = target;
        degree[state]++;
        if (degree[state] > NARROW) {
            wide[state] = new java.util.HashMap<>();
            for (int i = 0; i < degree[state]; i++) {
                wide[state].put(keys[state][i], targets[state][i]);
            }
        }
    }
}
