package io.factwire.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * For link members, {@code @JsonSerialize(using = AbsoluteLink.class)}: writes the path after the base URL the
 * writer carries ({@link Links#writer}); without one, the path as it is.
 */
public final class AbsoluteLink extends StdSerializer<String> {
    private static final long serialVersionUID = 1L;

    public AbsoluteLink() {
        super(String.class);
    }

    @Override
    public void serialize(String path, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Object base = provider.getAttribute(Links.BASE_URL);
        gen.writeString(base == null ? path : base + path);
    }
}
