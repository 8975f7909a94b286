package io.tickmark.server;

import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import io.tickmark.search.IndexSettings;
import io.tickmark.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A server stopping while a workspace's index is rebuilt stops the rebuild instead of waiting for every filing. */
class WorkspaceShutdownTest {
    @TempDir
    Path tmp;

    @Test
    void closing_stops_a_running_rebuild_and_leaves_the_old_index_in_place() throws Exception {
        Path data = tmp.resolve("data");
        try (LiveServer live = new LiveServer(data, 1_000_000, 3)) {
            String key = live.key("alpha", "Ann");
            for (long seed = 1; seed <= 3; seed++) {
                Path pdf = tmp.resolve("r" + seed + ".pdf");
                SampleReport.writeTo(SampleCompany.fromSeed(seed), pdf);
                var item = live.json(live.upload(key, new Multipart().file("r" + seed + ".pdf", Files.readAllBytes(pdf)))).path("files").path(0);
                assertThat(live.awaitJob(key, item.path("job").path("id").asText()).path("state").asText()).isEqualTo("DONE");
            }
        }
        Path index = data.resolve("workspaces").resolve("alpha").resolve("index");
        IndexSettings before = SearchIndex.recorded(index);

        // the same workspace with vectors on: its keyword index must be rebuilt
        Workspaces workspaces = new Workspaces(ServerConfig.defaults(data).withSearchVectors("all-minilm-l6-v2-q"));
        Workspace ws = workspaces.get("alpha");
        assertThat(ws.indexNeedsRebuild()).isTrue();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Throwable> rebuild = new AtomicReference<>();
        Thread rebuilder = new Thread(() -> {
            try {
                ws.index((fraction, step) -> {
                    first.countDown();
                    try {
                        go.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Throwable t) {
                rebuild.set(t);
            }
        });
        rebuilder.start();
        assertThat(first.await(60, TimeUnit.SECONDS)).as("the rebuild read its first filing").isTrue();
        Thread closer = new Thread(workspaces::close);
        closer.start();
        long end = System.nanoTime() + 10_000_000_000L;
        while (closer.getState() != Thread.State.BLOCKED && closer.isAlive() && System.nanoTime() < end) Thread.sleep(10);
        go.countDown();

        closer.join(30_000);
        rebuilder.join(30_000);
        assertThat(closer.isAlive()).as("close returned").isFalse();
        assertThat(rebuild.get()).isInstanceOf(IOException.class).hasMessageContaining("stopping").hasMessageContaining("1 filing");
        assertThat(SearchIndex.recorded(index)).as("the old index is left as it was, to be rebuilt at the next start").isEqualTo(before);
    }
}
