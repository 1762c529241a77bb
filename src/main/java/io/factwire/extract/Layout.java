package io.factwire.extract;

import java.util.List;

/** The article laid out: its title, the body text, and the body's blocks in order. */
record Layout(String title, String body, List<Block> blocks) {
    Layout {
        blocks = List.copyOf(blocks);
    }
}
