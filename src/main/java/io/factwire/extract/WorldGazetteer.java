package io.factwire.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.zip.GZIPInputStream;

/**
 * The world's countries, demonyms, first- and second-level divisions and towns of at least 1,000 people
 * ({@code lexicon/gazetteer.tsv.gz}, built from GeoNames-derived data by {@code scripts/gazetteer}). Names are
 * keyed without case or diacritics ("Jundiai" finds "Jundiaí"). Read once, on first use, into
 * an open-addressing table: about 155,000 names, one probe or two per lookup.
 */
final class WorldGazetteer {
    static final int COUNTRY = 1;
    static final int DEMONYM = 2;
    static final int REGION = 4;
    static final int DISTRICT = 8;
    static final int TOWN = 16;

    private static final String RESOURCE = "lexicon/gazetteer.tsv.gz";
    private final String[] keys;
    private final byte[] kinds;
    private final int[] populations;
    private final int size;

    /** What a name is: a bit set of kinds, and the largest population of the places so called (0 if unknown). */
    record Entry(int kinds, int population) {
        boolean is(int kind) {
            return (kinds & kind) != 0;
        }
    }

    private static final class Holder {
        static final WorldGazetteer INSTANCE = load();
    }

    /** The gazetteer, read on first use; the class loader makes the one read thread-safe. */
    static WorldGazetteer get() {
        return Holder.INSTANCE;
    }

    private WorldGazetteer(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        kinds = new byte[capacity];
        populations = new int[capacity];
        size = 0;
    }

    private WorldGazetteer(String[] keys, byte[] kinds, int[] populations, int size) {
        this.keys = keys;
        this.kinds = kinds;
        this.populations = populations;
        this.size = size;
    }

    static WorldGazetteer load() {
        try (InputStream raw = WorldGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
            WorldGazetteer table = new WorldGazetteer(160_000);
            int size = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab1 = line.indexOf('\t');
                int tab2 = line.indexOf('\t', tab1 + 1);
                if (tab1 <= 0 || tab2 < 0) {
                    continue;
                }
                int kindBits = 0;
                for (int i = tab1 + 1; i < tab2; i++) {
                    kindBits |= switch (line.charAt(i)) {
                        case 'C' -> COUNTRY;
                        case 'D' -> DEMONYM;
                        case 'A' -> REGION;
                        case 'B' -> DISTRICT;
                        case 'P' -> TOWN;
                        default -> 0;
                    };
                }
                int population = Integer.parseInt(line, tab2 + 1, line.length(), 10);
                if (table.put(key(line.substring(0, tab1)), kindBits, population)) {
                    size++;
                }
            }
            return new WorldGazetteer(table.keys, table.kinds, table.populations, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or merges a name; true when the key is new. */
    private boolean put(String key, int kindBits, int population) {
        int mask = keys.length - 1;
        for (int i = key.hashCode() & mask; ; i = (i + 1) & mask) {
            if (keys[i] == null) {
                keys[i] = key;
                kinds[i] = (byte) kindBits;
                populations[i] = population;
                return true;
            }
            if (keys[i].equals(key)) {
                kinds[i] |= (byte) kindBits;
                populations[i] = Math.max(populations[i], population);
                return false;
            }
        }
    }

    /** The entry for a name as written in text, or null. */
    Entry find(String name) {
        String key = key(name);
        int mask = keys.length - 1;
        for (int i = key.hashCode() & mask; keys[i] != null; i = (i + 1) & mask) {
            if (keys[i].equals(key)) {
                return new Entry(kinds[i], populations[i]);
            }
        }
        return null;
    }

    /** Number of distinct keys. */
    int size() {
        return size;
    }

    /**
     * Lower case, without diacritics, with one kind of apostrophe and of dash: the form names are compared in (the
     * sources write "Vila Nova De X" and "Vila Nova de X" alike).
     */
    static String key(String name) {
        boolean plain = true;
        for (int i = 0; i < name.length() && plain; i++) {
            plain = name.charAt(i) < 128;
        }
        if (plain) {
            return name.toLowerCase(java.util.Locale.ROOT);
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case '’', '‘', 'ʼ', 'ʻ' -> sb.append('\'');
                case '–', '—', '‐', '‑' -> sb.append('-');
                case 'ł', 'Ł' -> sb.append('l');
                case 'ø', 'Ø' -> sb.append('o');
                case 'đ', 'Đ' -> sb.append('d');
                case 'ı' -> sb.append('i');
                case 'ß' -> sb.append("ss");
                case '\u00a0' -> sb.append(' ');
                default -> sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
