package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Ordered attribution rules over one immutable record per quotation, run in passes. A rule takes only the
 * quotations its {@link Target} leaves open (what an earlier rule decided stays decided) and stamps its name on
 * what it decides. A rule that looks at other quotations sees their latest decisions: the earlier passes', and
 * its own pass's for the quotations before.
 */
final class Sieve {
    private Sieve() {}

    /** What has been decided about one quotation so far; {@code speaker} null means no rule decided yet. */
    record QuoteState(
            QuoteSpan span,
            int block,
            boolean heading,
            SpeakerResolver.Speaker speaker,
            String speakerRule,
            String source,
            String sourceRule) {
        boolean named() {
            return speaker != null && speaker.name() != null;
        }

        QuoteState withSpeaker(SpeakerResolver.Speaker decided, String rule) {
            return new QuoteState(span, block, heading, decided, rule, source, sourceRule);
        }

        QuoteState withSource(String decided, String rule) {
            return new QuoteState(span, block, heading, speaker, speakerRule, decided, rule);
        }
    }

    /**
     * One rule: its name (served as the quote's {@code rule}), an invented example of the text it reads, what it
     * decides, and how. {@code decide} is given the article ({@code C}) once, when the rule's turn comes, so it may
     * look at every quotation first; the function it returns answers for quotation {@code i}, null when it does
     * not decide.
     */
    record Rule<C, T>(String name, String example, Target<T> target, Function<C, IntFunction<T>> decide) {}

    /** Which part of a quotation a rule decides, and which quotations are still open for it. */
    interface Target<T> {
        boolean open(QuoteState state);

        QuoteState decide(QuoteState state, T value, String rule);
    }

    /** The speaker, for a quotation no rule has decided. */
    static final Target<SpeakerResolver.Speaker> UNDECIDED_SPEAKER = new Target<>() {
        @Override
        public boolean open(QuoteState state) {
            return state.speaker() == null;
        }

        @Override
        public QuoteState decide(QuoteState state, SpeakerResolver.Speaker value, String rule) {
            return state.withSpeaker(value, rule);
        }
    };

    /**
     * The speaker, also for a quotation whose rule found only someone unnamed ("a resident said"): a rule that
     * finds a name from elsewhere in the article may replace that.
     */
    static final Target<SpeakerResolver.Speaker> UNNAMED_SPEAKER = new Target<>() {
        @Override
        public boolean open(QuoteState state) {
            return !state.named();
        }

        @Override
        public QuoteState decide(QuoteState state, SpeakerResolver.Speaker value, String rule) {
            return state.withSpeaker(value, rule);
        }
    };

    /** The outlet that reported the quotation, while none is known. */
    static final Target<String> SOURCE = new Target<>() {
        @Override
        public boolean open(QuoteState state) {
            return state.source() == null;
        }

        @Override
        public QuoteState decide(QuoteState state, String value, String rule) {
            return state.withSource(value, rule);
        }
    };

    /** The quotations of one article while the rules run. */
    static final class Run {
        final Document doc;
        private final List<QuoteState> states;
        private int lastNamed = -1;

        Run(Document doc, List<QuoteState> initial) {
            this.doc = doc;
            this.states = new ArrayList<>(initial);
        }

        int size() {
            return states.size();
        }

        QuoteState get(int i) {
            return states.get(i);
        }

        QuoteSpan span(int i) {
            return states.get(i).span();
        }

        /** The last quotation before the one being decided that has a named speaker, or -1. */
        int lastNamedBefore() {
            return lastNamed;
        }

        /**
         * Runs one pass: every rule's function is started (in order), then each quotation in text order is offered
         * to the rules in order until one decides. Rules that need each other's decisions on earlier quotations
         * ("the speaker of the paragraph before", whichever rule found it) share a pass.
         */
        <C> void apply(List<? extends Rule<C, ?>> pass, C article) {
            List<Started<?>> started = new ArrayList<>(pass.size());
            for (Rule<C, ?> rule : pass) {
                started.add(start(rule, article));
            }
            lastNamed = -1;
            for (int i = 0; i < states.size(); i++) {
                for (Started<?> rule : started) {
                    doc.budget().check();
                    QuoteState before = states.get(i);
                    QuoteState after = rule.offer(before, i);
                    if (after != before) {
                        states.set(i, after);
                        break;
                    }
                }
                if (states.get(i).named()) {
                    lastNamed = i;
                }
            }
        }

        private static <C, T> Started<T> start(Rule<C, T> rule, C article) {
            return new Started<>(rule, rule.decide().apply(article));
        }

        private record Started<T>(Rule<?, T> rule, IntFunction<T> decide) {
            QuoteState offer(QuoteState state, int i) {
                if (!rule.target().open(state)) {
                    return state;
                }
                T value = decide.apply(i);
                return value == null ? state : rule.target().decide(state, value, rule.name());
            }
        }

        List<QuoteState> states() {
            return List.copyOf(states);
        }
    }
}
