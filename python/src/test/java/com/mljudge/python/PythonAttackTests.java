package com.mljudge.python;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.mljudge.judge.Checkers;
import com.mljudge.judge.EntryPoint;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.Limits;
import com.mljudge.judge.PythonRunner;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.judge.TestCase;
import com.mljudge.judge.Verdict;

import static com.mljudge.python.PythonJudgeTests.RUNNER;
import static com.mljudge.python.PythonJudgeTests.onlyTest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Python programs that try to get out of the sandbox or past its limits: each gets its
 * verdict, and the runner judges the next submission as if nothing happened.
 */
class PythonAttackTests {

	@AfterEach
	void runnerStillJudges() {
		PythonJudgeTests.assertStillJudges();
	}

	private static JudgeResult judgeSum(String source) {
		return RUNNER.judge(source, Problems.sum(), Problems.SUM_REFERENCE);
	}

	/**
	 * {@code String probe()}: what the solution found, shown because the test is a
	 * sample.
	 */
	private static String probe(String source) {
		JudgeTask task = new JudgeTask(new EntryPoint("Solution", "probe", List.of(), String.class),
				List.of(new TestCase("probe", true, 1, new Object[0], null)), Checkers.fromSpec("exact", Map.of()),
				Limits.defaults());
		JudgeResult result = RUNNER.judge(source, task, new ReferenceOutputs(List.of("")));
		assertThat(result.tests()).as(result.toString()).hasSize(1);
		return (result.tests().get(0).actual() != null) ? (String) result.tests().get(0).actual()
				: result.tests().get(0).verdict() + " " + result.tests().get(0).message();
	}

	@Test
	void infiniteLoopIsTimeLimitExceeded() {
		JudgeResult result = judgeSum("def total(xs):\n    while True:\n        pass\n");

		assertThat(result.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
		assertThat(onlyTest(result).message())
			.isEqualTo("CPU time limit of " + Problems.SUM_CPU_MILLIS * PythonRunner.TIME_FACTOR + " ms exceeded");
	}

	@Test
	void loopThatCatchesEverythingIsStillStopped() {
		JudgeResult result = judgeSum("""
				def total(xs):
				    while True:
				        try:
				            while True:
				                pass
				        except BaseException:
				            pass
				""");

		assertThat(result.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
	}

	@Test
	void infiniteLoopAtTheTopLevelIsTimeLimitExceeded() {
		JudgeResult result = judgeSum("while True:\n    pass\n");

		assertThat(result.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
		assertThat(result.diagnostics().get(0).message()).contains("CPU time limit");
	}

	@Test
	void importOfOsIsRejectedAtItsLine() {
		JudgeResult result = judgeSum("import math\nimport os\n\ndef total(xs):\n    return sum(xs)\n");

		assertThat(result.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(result.diagnostics()).singleElement().satisfies((d) -> {
			assertThat(d.line()).isEqualTo(2);
			assertThat(d.message()).startsWith("ImportError: import of 'os' is not allowed in the judge");
		});
	}

	@Test
	void importsOfSocketSubprocessAndCtypesAreRejected() {
		for (String module : List.of("import socket", "import subprocess", "from ctypes import CDLL", "import os.path",
				"import java", "import polyglot", "import importlib")) {
			JudgeResult result = judgeSum(module + "\ndef total(xs):\n    return sum(xs)\n");

			assertThat(result.verdict()).as(module).isEqualTo(Verdict.REJECTED);
			assertThat(result.diagnostics().get(0).message()).as(module).contains("is not allowed in the judge");
		}
	}

	@Test
	void importInsideTheFunctionIsARuntimeErrorAtItsLine() {
		JudgeResult result = judgeSum("def total(xs):\n    import subprocess\n    return sum(xs)\n");

		assertThat(result.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
		assertThat(onlyTest(result).message()).startsWith("ImportError: import of 'subprocess' is not allowed")
			.endsWith("at total (line 2)");
	}

	@Test
	void openingAFileIsRefused() {
		JudgeResult result = judgeSum("def total(xs):\n    return len(open('/etc/passwd').read())\n");

		assertThat(result.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
		assertThat(onlyTest(result).message()).startsWith("PermissionError");
	}

	@Test
	void osReachedPastTheImportCheckStillCannotListFilesRunProcessesOrReadTheEnvironment() {
		String os = "    os = __import__('os', {'__name__': 'elsewhere'})\n";

		assertThat(probe("def probe():\n" + os + "    return ','.join(os.listdir('/'))\n"))
			.startsWith("RUNTIME_ERROR PermissionError");
		assertThat(probe("def probe():\n" + os + "    return str(os.system('touch /tmp/pwned'))\n"))
			.startsWith("RUNTIME_ERROR refused by the sandbox: Process creation is not allowed");
		assertThat(probe("def probe():\n" + os + "    return ','.join(os.environ)\n")).doesNotContain("PATH")
			.doesNotContain("HOME")
			.doesNotContain("JAVA");
	}

	@Test
	void socketReachedPastTheImportCheckCannotConnect() {
		String result = probe("""
				def probe():
				    socket = __import__('socket', {'__name__': 'elsewhere'})
				    s = socket.socket()
				    s.connect(('127.0.0.1', 5432))
				    return 'connected'
				""");

		assertThat(result).startsWith("RUNTIME_ERROR").doesNotContain("connected");
	}

	@Test
	void hostClassesAreOutOfReach() {
		String result = probe("""
				def probe():
				    java = __import__('java', {'__name__': 'elsewhere'})
				    return str(java.type('java.lang.Runtime').getRuntime().availableProcessors())
				""");

		assertThat(result).startsWith("RUNTIME_ERROR");
	}

	@Test
	void deepRecursionIsARuntimeErrorNamingRecursion() {
		JudgeResult result = judgeSum("def total(xs):\n    return total(xs) + 1\n");

		assertThat(result.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
		assertThat(onlyTest(result).message()).startsWith("RecursionError: maximum recursion depth exceeded")
			.contains("at total (line 2)");
	}

	@Test
	void recursionPastARaisedLimitIsStoppedByTheStack() {
		JudgeResult result = judgeSum("""
				import sys
				sys.setrecursionlimit(10 ** 9)

				def total(xs):
				    return total(xs) + 1
				""");

		assertThat(result.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
		assertThat(onlyTest(result).message()).startsWith("RecursionError");
	}

	@Test
	void hugeListInOneAllocationIsMemoryLimitExceeded() {
		for (String size : List.of("10 ** 9", "10 ** 8")) {
			JudgeResult result = judgeSum("def total(xs):\n    big = [0.5] * (" + size + ")\n    return sum(xs)\n");

			assertThat(result.verdict()).as(size + ": " + result).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
		}
	}

	@Test
	void listsHeldPastTheLimitAreMemoryLimitExceeded() {
		// A long CPU limit: the memory limit, not the time limit, must stop it.
		JudgeResult result = RUNNER.judge("""
				def total(xs):
				    held = []
				    while True:
				        held.append([len(held) + 0.5] * 100000)
				""", Problems.sum(60_000), Problems.SUM_REFERENCE);

		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
		assertThat(onlyTest(result).message()).isEqualTo("memory limit of 256 MiB exceeded");
	}

	@Test
	void garbageIsNotHeld() {
		JudgeResult result = RUNNER.judge("""
				def total(xs):
				    for i in range(40):
				        block = [i + 0.5] * 1000000
				    return sum(xs)
				""", Problems.sum(20_000), Problems.SUM_REFERENCE);

		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void aRunIsNotBlamedForWhatAnotherRunHolds() throws Exception {
		// Python runs are in the Java judge's memory account (MEMORY.md): a run making
		// garbage beside one that holds 244 MiB of its 256 is blamed only for what the
		// other cannot hold. Measured on the heap alone (the runner's first design), the
		// other's memory took it over its limit.
		ExecutorService judging = Executors.newSingleThreadExecutor();
		try {
			Future<JudgeResult> holder = judging.submit(() -> RUNNER.judge("""
					def total(xs):
					    held = [0.5] * 32000000
					    while True:
					        pass
					""", Problems.sum(150_000 / PythonRunner.TIME_FACTOR), Problems.SUM_REFERENCE));
			awaitSandboxThreadAllocated(240L << 20);

			JudgeResult garbage = RUNNER.judge("""
					def total(xs):
					    for i in range(40):
					        block = [i + 0.5] * 4000000
					    return sum(xs)
					""", Problems.sum(20_000), Problems.SUM_REFERENCE);

			assertThat(garbage.verdict()).as(garbage.toString()).isEqualTo(Verdict.ACCEPTED);
			JudgeResult held = holder.get(5, TimeUnit.MINUTES);
			assertThat(held.verdict()).as(held.toString()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
		}
		finally {
			judging.shutdownNow();
		}
	}

	/** Waits until a Python sandbox thread has allocated {@code bytes}. */
	private static void awaitSandboxThreadAllocated(long bytes) throws InterruptedException {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().equals("python-sandbox"))
			.noneMatch((thread) -> threads.getThreadAllocatedBytes(thread.threadId()) >= bytes)) {
			assertThat(System.nanoTime() - deadline).as("no sandbox thread allocated %d bytes", bytes).isNegative();
			Thread.sleep(20);
		}
	}

	@Test
	void outputFloodIsOutputLimitExceededAndItsStartIsKept() {
		JudgeResult result = RUNNER.judge(
				"def total(xs):\n    line = 'x' * 4096\n    while True:\n        print(line)\n", Problems.sum(60_000),
				Problems.SUM_REFERENCE);

		assertThat(result.verdict()).isEqualTo(Verdict.OUTPUT_LIMIT_EXCEEDED);
		assertThat(result.stdout()).startsWith("xxxx").contains("output truncated after 64 KiB");
		assertThat(result.stdout().length()).isLessThan(70 << 10);
	}

}
