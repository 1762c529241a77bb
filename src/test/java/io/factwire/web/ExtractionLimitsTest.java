package io.factwire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The extraction slots of {@code POST /v1/extract}: a request that finds none free waits briefly, then gets 503. */
class ExtractionLimitsTest {
    @Test
    void whenEverySlotStaysTakenTheNextExtractionIsRefusedBusyWithRetryAfter() throws Exception {
        ExtractionLimits limits = new ExtractionLimits(Duration.ofSeconds(2), 1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> limits.inSlot(() -> {
            holding.countDown();
            await(release);
            return 1;
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> limits.inSlot(() -> 2)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.BUSY);
            assertThat(e.type().status()).isEqualTo(503);
            assertThat(e.headers()).containsEntry("Retry-After", "1");
        });
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(limits.inSlot(() -> 3)).as("a slot given back is free again").isEqualTo(3);
    }

    @Test
    void aSlotIsGivenBackWhenTheWorkFails() {
        ExtractionLimits limits = new ExtractionLimits(Duration.ofSeconds(2), 1);
        assertThatThrownBy(() -> limits.inSlot(() -> {
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(limits.inSlot(() -> 4)).isEqualTo(4);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
