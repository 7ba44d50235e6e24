package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.fifsim.store.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shard files that lie (issue 28): results.bin is no longer Java serialisation, so a hostile or damaged file is one
 * line and exit 2, never an OutOfMemoryError or a trace, and an edited, foreign or cut file is refused, not merged.
 */
class ShardTamperCliTest extends CapturedCli {
    @TempDir
    Path tmp;
    private Path shard0;
    private Path shard1;

    @BeforeEach
    void shards() throws Exception {
        Path tiny = Files.writeString(tmp.resolve("tiny.yaml"), OutputSafetyCliTest.TINY);
        for (int i = 0; i < 2; i++) {
            assertEquals(Main.OK, execute("run", tiny.toString(), "--out", tmp.resolve("z").toString(), "--shard",
                    i + "/2", "--quiet"), err.toString(StandardCharsets.UTF_8));
        }
        shard0 = tmp.resolve("z.shard-0-of-2");
        shard1 = tmp.resolve("z.shard-1-of-2");
    }

    /** Merge is refused: exit 2, one line naming the shard and saying {@code says}, no merged results. */
    private void refused(String says) {
        assertEquals(Main.BAD_INPUT, execute("merge", shard0.toString(), shard1.toString()),
                err.toString(StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("error: " + shard1) && e.contains(says), e);
        assertFalse(Files.exists(tmp.resolve("z")));
    }

    private ObjectNode meta() throws Exception {
        return (ObjectNode) Json.MAPPER.readTree(shard1.resolve("shard.json").toFile());
    }

    private void meta(ObjectNode m) throws Exception {
        Json.write(shard1.resolve("shard.json"), m);
    }

    /** Replaces results.bin with {@code bin} and makes shard.json vouch for it (size and checksum). */
    private void forged(byte[] bin) throws Exception {
        Files.write(shard1.resolve("results.bin"), bin);
        ObjectNode m = meta();
        m.put("results_bytes", bin.length);
        m.put("results_sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bin)));
        meta(m);
    }

    @Test
    void anEditedSpecIsOneLine() throws Exception {
        Path spec = shard1.resolve("spec.json.gz");
        byte[] bytes = Files.readAllBytes(spec);
        bytes[bytes.length / 2] ^= 1;
        Files.write(spec, bytes);
        // the shards given in the other order: merge reads the spec of the first one
        assertEquals(Main.BAD_INPUT, execute("merge", shard1.toString(), shard0.toString()),
                err.toString(StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("error: " + shard1) && e.contains("spec.json.gz does not match the checksum"), e);
        assertFalse(Files.exists(tmp.resolve("z")));
    }

    @Test
    void untouchedShardsMerge() {
        assertEquals(Main.OK, execute("merge", shard0.toString(), shard1.toString()),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTinyFileDeclaringAHugeArrayIsOneLineNotOutOfMemory() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.write("fifsim-results/2\n".getBytes(StandardCharsets.US_ASCII));
        out.writeInt(1); // one chunk
        out.writeInt(1); // index 1
        out.writeInt(1); // one result
        out.writeByte(1); // present
        out.writeInt(0); // replication
        out.writeByte(1); // kpis present
        out.writeInt(0x7FFFFFF0); // entries
        out.flush();
        forged(b.toByteArray());
        refused("declares 2147483632 values where 0 bytes are left");
        byte[] empty = java.util.Arrays.copyOf(b.toByteArray(), b.size() - 9);
        empty[empty.length - 1] = 0; // the result is marked absent
        forged(empty);
        refused("holds an empty result in chunk 1");
        forged(java.util.Arrays.copyOf(b.toByteArray(), b.size() - 3));
        refused("ends in the middle of a record");
    }

    @Test
    void anEditedDoubleIsCaughtByTheChecksum() throws Exception {
        byte[] bin = Files.readAllBytes(shard1.resolve("results.bin"));
        bin[bin.length - 3] ^= 0x10;
        Files.write(shard1.resolve("results.bin"), bin);
        refused("does not match the checksum in shard.json");
    }

    @Test
    void aFileCutShortIsRefused() throws Exception {
        byte[] bin = Files.readAllBytes(shard1.resolve("results.bin"));
        Files.write(shard1.resolve("results.bin"), java.util.Arrays.copyOf(bin, bin.length / 2));
        refused("bytes where shard.json says");
    }

    @Test
    void aMissingResultsFileIsNamedAsSuch() throws Exception {
        Files.delete(shard1.resolve("results.bin"));
        refused("not a finished shard (results.bin is missing)");
    }

    @Test
    void aShardOfAnotherFifsimOrFormatIsRefused() throws Exception {
        ObjectNode m = meta();
        m.put("fifsim_version", "9.9.9");
        meta(m);
        refused("a shard written by fifsim 9.9.9");
        m.put("fifsim_version", org.fifsim.Version.VERSION);
        m.put("format", "fifsim-shard/1");
        meta(m);
        refused("a shard in the format fifsim-shard/1");
        // version 2 saved the command line for merge to parse again; this fifsim merges the saved experiment
        m.put("format", "fifsim-shard/2");
        meta(m);
        refused("a shard in the format fifsim-shard/2, and this fifsim reads only fifsim-shard/3: run the shard again");
    }

    @Test
    void junkInShardJsonIsOneLine() throws Exception {
        Files.writeString(shard1.resolve("shard.json"), "{\"format\": ");
        refused("shard.json is not JSON");
        ObjectNode m = (ObjectNode) Json.MAPPER.readTree(shard0.resolve("shard.json").toFile());
        m.put("results_bytes", "lots");
        meta(m);
        refused("results_bytes must be a whole number");
    }
}
