package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;

/** Groups blocks into sections: a lead (heading null) and one section per heading. */
final class SectionBuilder {
    List<Section> build(Layout layout) {
        List<Section> sections = new ArrayList<>();
        String heading = null;
        int start = 0;
        int end = 0;
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean open = false;
        for (Block block : layout.blocks()) {
            if (block.heading()) {
                if (open) {
                    sections.add(new Section(sections.size(), heading, start, end, paragraphs));
                }
                heading = block.coveredText(layout.body());
                start = block.start();
                end = block.end();
                paragraphs = new ArrayList<>();
                open = true;
            } else {
                if (!open) {
                    start = block.start();
                    open = true;
                }
                paragraphs.add(new Paragraph(block.start(), block.end()));
                end = block.end();
            }
        }
        if (open || sections.isEmpty()) {
            sections.add(new Section(sections.size(), heading, start, end, paragraphs));
        }
        return sections;
    }
}
