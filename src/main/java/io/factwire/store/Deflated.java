package io.factwire.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A text stored compressed against another text it mostly repeats: the article's raw text against its body.
 * The body is Deflate's preset dictionary, so the raw text costs little more than what it adds to the body (its
 * title line, its layout); the zlib header's checksum of the dictionary makes reading it with another body fail
 * instead of giving a wrong text. Deflate only looks 32 KB back, so a longer body helps only with its last 32 KB.
 */
public final class Deflated {
    private static final int WINDOW = 32 * 1024;

    private Deflated() {}

    public static byte[] deflate(String text, String dictionary) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            byte[] dict = dictionary(dictionary);
            if (dict.length > 0) {
                deflater.setDictionary(dict);
            }
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    public static String inflate(byte[] stored, String dictionary) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stored);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0) {
                    if (inflater.needsDictionary()) {
                        inflater.setDictionary(dictionary(dictionary));
                    } else if (inflater.needsInput()) {
                        throw new IllegalStateException("stored text is truncated");
                    }
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new IllegalStateException("stored text does not inflate with its dictionary", e);
        } finally {
            inflater.end();
        }
    }

    /** The dictionary's last 32 KB, all that Deflate can refer back to. */
    private static byte[] dictionary(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= WINDOW) {
            return bytes;
        }
        byte[] tail = new byte[WINDOW];
        System.arraycopy(bytes, bytes.length - WINDOW, tail, 0, WINDOW);
        return tail;
    }
}
