package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command lines merge compares shards by and runs again: options dropped with their values, in both forms. */
class MergeCommandTest {
    private static final List<String> SHARD = List.of("sweep", "a.yaml", "--shard", "1/4", "--threads=2", "-q",
            "--engine", "spark", "--master=local[2]", "--vary", "x=1,2", "--out", "res");

    @Test
    void shardsAreComparedWithoutWhereAndHowFastTheyRan() {
        assertEquals(List.of("sweep", "a.yaml", "--vary", "x=1,2", "--out", "res"), MergeCommand.comparable(SHARD));
    }

    @Test
    void theMergedRunDropsTheShardAndTakesMergesOut() {
        assertEquals(List.of("sweep", "a.yaml", "--threads=2", "-q", "--engine", "spark", "--master=local[2]",
                "--vary", "x=1,2", "--out", "res"), MergeCommand.withoutShard(SHARD, null));
        assertEquals(List.of("sweep", "a.yaml", "--threads=2", "-q", "--engine", "spark", "--master=local[2]",
                "--vary", "x=1,2", "--out", "joined"), MergeCommand.withoutShard(List.of("sweep", "a.yaml",
                "--shard=1/4", "--threads=2", "-q", "--engine", "spark", "--master=local[2]", "--vary", "x=1,2",
                "--out=res"), Path.of("joined")));
    }
}
