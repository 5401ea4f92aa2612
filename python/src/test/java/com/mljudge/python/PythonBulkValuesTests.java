package com.mljudge.python;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

import com.mljudge.judge.Checkers;
import com.mljudge.judge.EntryPoint;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.Limits;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.judge.TestCase;
import com.mljudge.judge.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results in one text ({@link BulkValues}) against the element-by-element path they
 * replace: on random values with every edge a float, an int or a string has, the bulk
 * path gives exactly the same Java value, or leaves the value to the slow path; and
 * arguments in chunks arrive exactly and hold little while they are converted.
 */
class PythonBulkValuesTests {

	private static final Map<String, Class<?>> TYPES = Map.of("double[]", double[].class, "double[][]",
			double[][].class, "int[]", int[].class, "int[][]", int[][].class, "long[]", long[].class, "long[][]",
			long[][].class, "boolean[]", boolean[].class, "boolean[][]", boolean[][].class, "String[]", String[].class);

	/** Random results of each type: mostly well formed, some with one misfit element. */
	private static final String CORPUS = """
			import random

			EDGE_FLOATS = [0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 1 / 3,
			               float('inf'), float('-inf'), float('nan'), 2.0 ** 53, -2.0 ** 60, 1e22, 123456789.125]
			EDGE_INTS = [0, 1, -1, 2 ** 31 - 1, -2 ** 31, 2 ** 53, -2 ** 53, 2 ** 63 - 1, -2 ** 63]
			MISFIT_INTS = {'f': [2 ** 53 + 1, 10 ** 400], 'i': [2 ** 31, -2 ** 31 - 1], 'l': [2 ** 63, -2 ** 63 - 1]}
			CHARS = 'ab \\n\\t-1é€😀'

			class MyFloat(float):
			    pass

			def element(r, code):
			    if code == 'f':
			        if r.random() < 0.2:
			            return r.choice(EDGE_FLOATS)
			        if r.random() < 0.1:
			            return r.randint(-2 ** 53, 2 ** 53)
			        return r.uniform(-1, 1) * 10.0 ** r.randint(-300, 300)
			    if code == 'i':
			        return r.choice(EDGE_INTS[:5]) if r.random() < 0.2 else r.randint(-2 ** 31, 2 ** 31 - 1)
			    if code == 'l':
			        return r.choice(EDGE_INTS) if r.random() < 0.2 else r.randint(-2 ** 63, 2 ** 63 - 1)
			    if code == 'b':
			        return r.random() < 0.5
			    return ''.join(r.choice(CHARS) for _ in range(r.randint(0, 6)))

			def misfit(r, code):
			    choices = [True, 'x', None, [1.0], MyFloat(1.5)] + MISFIT_INTS.get(code, [])
			    if code == 'f':
			        choices += [1]
			    return r.choice([c for c in choices if not (code == 'b' and c is True) and not (code == 's' and c == 'x')])

			def row(r, code, bad):
			    items = [element(r, code) for _ in range(r.randint(0, 8))]
			    if bad and items:
			        items[r.randrange(len(items))] = misfit(r, code)
			    return tuple(items) if r.random() < 0.2 else items

			def corpus(seed):
			    r = random.Random(seed)
			    cases = []
			    for name, code, depth in [('double', 'f', 1), ('double', 'f', 2), ('int', 'i', 1), ('int', 'i', 2),
			                              ('long', 'l', 1), ('long', 'l', 2), ('boolean', 'b', 1),
			                              ('boolean', 'b', 2), ('String', 's', 1)]:
			        for _ in range(40):
			            bad = r.random() < 0.3
			            if depth == 1:
			                value = row(r, code, bad)
			            else:
			                value = [None if r.random() < 0.1 else row(r, code, bad and r.random() < 0.5)
			                         for _ in range(r.randint(0, 5))]
			            cases.append([name + '[]' * depth, value, bad])
			    return cases
			""";

	@Test
	void resultsInOneTextEqualTheElementByElementConversion() throws Exception {
		try (Context context = Context.newBuilder("python")
			.engine(PythonJudgeTests.RUNNER.engine())
			.sandbox(SandboxPolicy.CONSTRAINED)
			.out(java.io.OutputStream.nullOutputStream())
			.err(java.io.OutputStream.nullOutputStream())
			.build()) {
			context.eval("python", PythonSubmission.PRELUDE);
			context.eval("python", CORPUS);
			Value bindings = context.getBindings("python");
			Value encode = bindings.getMember("_judge_encode");
			int encoded = 0;
			int wellFormed = 0;
			for (int seed = 1; seed <= 5; seed++) {
				Value cases = bindings.getMember("corpus").execute(seed);
				for (int i = 0; i < cases.getArraySize(); i++) {
					Value item = cases.getArrayElement(i);
					Class<?> type = TYPES.get(item.getArrayElement(0).asString());
					Value value = item.getArrayElement(1);
					boolean bad = item.getArrayElement(2).asBoolean();
					Object slow;
					try {
						slow = PythonValues.result(value, type);
					}
					catch (PythonValues.Mismatch ex) {
						slow = ex;
					}
					String code = BulkValues.code(type);
					Value text = encode.execute(value, code, type.getComponentType().isArray() ? 2 : 1);
					if (!bad) {
						wellFormed++;
					}
					if (!text.isString()) {
						continue;
					}
					encoded++;
					Object fast = BulkValues.decode(text.asString(), type);
					String what = type.getSimpleName() + " " + value;
					assertThat(slow).as("the slow path refused what the encoder took: " + what)
						.isNotInstanceOf(PythonValues.Mismatch.class);
					assertThat(Objects.deepEquals(new Object[] { fast }, new Object[] { slow })).as(what).isTrue();
				}
			}
			assertThat(encoded).as("every well-formed result goes in one text").isGreaterThanOrEqualTo(wellFormed);
		}
	}

	@Test
	void stringsCrossInChunksExactly() {
		String[] strings = new String[10_000];
		for (int i = 0; i < strings.length; i++) {
			strings[i] = (i % 97 == 0) ? null : (i % 13 == 0) ? "" : "v" + i + ((i % 7 == 0) ? " \n é€" : "");
		}
		strings[5] = "x".repeat(BulkValues.CHUNK_CHARS + 5);
		EntryPoint entry = new EntryPoint("Solution", "echo", List.of(String[].class), String[].class);
		JudgeTask task = new JudgeTask(entry, List.of(new TestCase("all", true, 1, new Object[] { strings }, null)),
				Checkers.fromSpec("exact", Map.of()), Limits.defaults());

		JudgeResult result = PythonJudgeTests.RUNNER.judge("def echo(values):\n    return values\n", task,
				new ReferenceOutputs(List.<Object>of((Object) strings)));

		assertThat(result.verdict()).as(String.valueOf(result.tests().get(0))).isEqualTo(Verdict.ACCEPTED);
		assertThat((String[]) result.tests().get(0).actual()).containsExactly(strings);
	}

	@Test
	void aLargeMatrixIsConvertedWithinTheMemoryLimit() {
		// 50,000 x 64 doubles (a retrieval problem's large test): 26 MB as Java arrays
		// and
		// about as much as lists of floats. Split from one text at once, its conversion
		// held
		// about 500 MB, twice the memory limit, and the run is watched while it converts.
		double[][] matrix = new double[50_000][64];
		java.util.Random random = new java.util.Random(7);
		for (double[] row : matrix) {
			for (int j = 0; j < row.length; j++) {
				row[j] = random.nextGaussian();
			}
		}
		matrix[3] = null;
		EntryPoint entry = new EntryPoint("Solution", "shape", List.of(double[][].class), int[].class);
		JudgeTask task = new JudgeTask(entry, List.of(new TestCase("large", true, 1, new Object[] { matrix }, null)),
				Checkers.fromSpec("exact", Map.of()), Limits.defaults());

		JudgeResult result = PythonJudgeTests.RUNNER.judge("""
				def shape(rows):
				    return [len(rows), len(rows[0]), int(rows[3] is None), int(rows[49999][63] * 1e6)]
				""", task, new ReferenceOutputs(
				List.<Object>of((Object) new int[] { 50_000, 64, 1, (int) (matrix[49_999][63] * 1e6) })));

		assertThat(result.verdict()).as(String.valueOf(result.tests().get(0))).isEqualTo(Verdict.ACCEPTED);
	}

}
