package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a new user's slips get (issue 14): the closest command or option, every command, what compare needs. */
class CliFrictionTest extends CapturedCli {
    @ParameterizedTest(name = "fifsim {0}")
    @CsvSource(delimiter = '|', value = {
        "rnu x.yaml                        | error: unknown command 'rnu', did you mean 'run'?",
        "valdate x.yaml                    | error: unknown command 'valdate', did you mean 'validate'?",
        "run x.yaml --replicatons 5        | error: unknown option '--replicatons', did you mean '--replications'?",
        "compare x.yaml --thread=2         | error: unknown option '--thread', did you mean '--threads'?",
        "''                                | error: a command is required: run, compare, account, validate, bench, sweep, "
                + "sensitivity",
        "compare x.yaml                    | error: compare needs the baseline scenario and at least one other",
        "bench --threads 0                 | error: --threads must be between 1 and 1024, got 0",
        "bench --threads 1,100000          | error: --threads must be between 1 and 1024, got 100000",
        "bench --warmup-runs -1            | error: --warmup-runs must be between 0 and 100, got -1",
        "bench --warmup-runs 1000000000    | error: --warmup-runs must be between 0 and 100, got 1000000000",
    })
    void slipsGetAUsefulFirstLine(String args, String first) {
        String[] argv = args.isEmpty() ? new String[0] : args.split(" ");
        assertEquals(Main.BAD_INPUT, execute(argv));
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith(first), lines.toString());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
