package com.mljudge.judge.internal.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.judge.CompileLimits;
import com.mljudge.judge.EntryPoint;
import com.mljudge.judge.Limits;
import com.mljudge.judge.internal.compile.SourceCompiler;
import com.mljudge.judge.internal.instrument.Instrumenter;
import com.mljudge.judge.internal.sandbox.KillReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox thread of one submission serves its calls one after another: each call is
 * held to the limits on its own, a killed thread never runs another call, and closing the
 * submission ends the thread. The class here is not run through the bytecode verifier
 * (the judge does that before loading), so it may look at its own thread, which user code
 * cannot.
 */
class LoadedSubmissionTests {

	private static final Limits LIMITS = new Limits(400, 30_000, 64L << 20, 8 << 20, 4096);

	private static final String SOURCE = """
			import java.lang.management.ManagementFactory;
			import java.lang.management.ThreadMXBean;

			public class Probe {
			    /** Burns about {@code cpuMillis} of CPU and allocates {@code mebibytes}, then names its thread. */
			    public static String run(int cpuMillis, int mebibytes, boolean forever) {
			        long[][] kept = new long[mebibytes][];
			        for (int i = 0; i < mebibytes; i++) {
			            kept[i] = new long[128 * 1024];
			        }
			        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			        long end = threads.getCurrentThreadCpuTime() + cpuMillis * 1_000_000L;
			        long spins = 0;
			        while (forever || (spins & 0xFFFF) != 0 || threads.getCurrentThreadCpuTime() < end) {
			            spins++;
			        }
			        return Thread.currentThread().getName() + " " + kept.length + " " + (spins >= 0);
			    }
			}
			""";

	private static final EntryPoint ENTRY = new EntryPoint("Probe", "run", List.of(int.class, int.class, boolean.class),
			String.class);

	@Test
	void callsOfOneSubmissionShareOneThreadThatEndsWhenItCloses() throws Exception {
		Thread thread;
		try (LoadedSubmission submission = load()) {
			String first = returned(submission.call(new Object[] { 0, 0, false }, 10_000));
			String second = returned(submission.call(new Object[] { 0, 0, false }, 10_000));
			assertThat(first).startsWith("judge-sandbox-").isEqualTo(second);
			thread = sandboxThread(first.split(" ")[0]);
		}
		thread.join(10_000);
		assertThat(thread.isAlive()).as("the sandbox thread after close").isFalse();
	}

	@Test
	void eachCallIsHeldToTheLimitsOnItsOwn() throws Exception {
		try (LoadedSubmission submission = load()) {
			// Four calls of 250 ms CPU and 24 MiB each: over the 400 ms and 64 MiB limits
			// together, within them one by one (with room for the server's own heap to
			// move: this is about calls, not the memory limit's precision).
			for (int i = 0; i < 4; i++) {
				assertThat(returned(submission.call(new Object[] { 250, 24, false }, 10_000))).endsWith(" 24 true");
			}
		}
	}

	@Test
	void aKilledThreadRunsNoOtherCall() throws Exception {
		try (LoadedSubmission submission = load()) {
			String before = returned(submission.call(new Object[] { 0, 0, false }, 10_000));
			Thread dead = sandboxThread(before.split(" ")[0]);
			CallOutcome killed = submission.call(new Object[] { 0, 0, true }, 10_000);
			assertThat(killed).isEqualTo(new CallOutcome.Killed(KillReason.CPU_TIME, false));
			dead.join(10_000);
			assertThat(dead.isAlive()).as("the killed sandbox thread").isFalse();

			String after = returned(submission.call(new Object[] { 0, 0, false }, 10_000));
			assertThat(after.split(" ")[0]).startsWith("judge-sandbox-").isNotEqualTo(before.split(" ")[0]);
		}
	}

	private static LoadedSubmission load() throws Exception {
		Map<String, byte[]> classes = new HashMap<>();
		new SourceCompiler(CompileLimits.defaults()).compileWithJavac("Probe", SOURCE)
			.classes()
			.forEach((name, bytes) -> classes.put(name, new Instrumenter(true).instrument(Instrumenter.read(bytes))));
		LoadedSubmission submission = new LoadedSubmission(classes, LIMITS, new SandboxHealth(), 2_000);
		assertThat(submission.resolve(ENTRY)).isNull();
		return submission;
	}

	private static String returned(CallOutcome outcome) {
		assertThat(outcome).isInstanceOf(CallOutcome.Returned.class);
		return (String) ((CallOutcome.Returned) outcome).value();
	}

	private static Thread sandboxThread(String name) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((t) -> t.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no thread named " + name));
	}

}
