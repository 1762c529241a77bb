package io.factwire.page;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's character encoding: the Content-Type header's {@code charset}, then a byte order mark, then
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the first bytes, then UTF-8 (or
 * windows-1252 when the bytes are not UTF-8 at all). Labels are read as browsers read them (the WHATWG
 * Encoding Standard): ISO-8859-1 and ASCII mean windows-1252, GB2312 means GBK, Shift_JIS means windows-31j.
 */
public final class PageCharset {
    /** Browsers look for the meta tag in the first 1024 bytes; pages in the wild put it a little later too. */
    private static final int PRESCAN_BYTES = 4096;

    private static final Map<String, String> WHATWG_LABELS = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("l1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"),
            Map.entry("iso-8859-9", "windows-1254"),
            Map.entry("latin5", "windows-1254"),
            Map.entry("iso-8859-11", "x-windows-874"),
            Map.entry("tis-620", "x-windows-874"),
            Map.entry("gb2312", "GBK"),
            Map.entry("gb_2312-80", "GBK"),
            Map.entry("x-gbk", "GBK"),
            Map.entry("chinese", "GBK"),
            Map.entry("csgb2312", "GBK"),
            Map.entry("shift_jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"),
            Map.entry("ms_kanji", "windows-31j"),
            Map.entry("csshiftjis", "windows-31j"),
            Map.entry("euc-kr", "x-windows-949"),
            Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("utf8", "UTF-8"),
            Map.entry("unicode", "UTF-16LE"),
            Map.entry("utf-16", "UTF-16LE"));

    private PageCharset() {}

    /** The page's encoding; {@code contentType} is the HTTP header, or null. */
    public static Charset detect(byte[] bytes, String contentType) {
        Charset declared = fromContentType(contentType);
        if (declared != null) {
            return declared;
        }
        Charset bom = fromBom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset meta = fromMeta(bytes);
        if (meta != null) {
            return meta;
        }
        return validUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    /** The text of the page, without a byte order mark. */
    public static String decode(byte[] bytes, String contentType) {
        Charset charset = detect(bytes, contentType);
        int skip = bomLength(bytes, charset);
        return new String(bytes, skip, bytes.length - skip, charset);
    }

    static Charset fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                return byLabel(param.substring(eq + 1));
            }
        }
        return null;
    }

    /** A label as browsers read it; null for an unknown one. */
    static Charset byLabel(String label) {
        String l = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (l.isEmpty()) {
            return null;
        }
        String name = WHATWG_LABELS.getOrDefault(l, l);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(byte[] b, Charset charset) {
        Charset bom = fromBom(b);
        if (bom == null || !bom.equals(charset)) {
            return 0;
        }
        return bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    /** The meta tags of the page's first bytes, read by jsoup from an ASCII-compatible view of them. */
    private static Charset fromMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Document doc = Jsoup.parse(head);
        for (Element meta : doc.getElementsByTag("meta")) {
            Charset charset = null;
            if (meta.hasAttr("charset")) {
                charset = byLabel(meta.attr("charset"));
            } else if (meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
                charset = fromContentType(meta.attr("content"));
            }
            if (charset != null) {
                // a page cannot declare itself UTF-16 in bytes that are readable as ASCII
                return charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
            }
        }
        return null;
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
