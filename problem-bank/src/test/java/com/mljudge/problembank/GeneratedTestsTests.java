package com.mljudge.problembank;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.mljudge.problembank.data.GeneratedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated tests are held strongly within a budget (never softly: see the class
 * comment), the least recently used dropped first and made again when next used.
 */
class GeneratedTestsTests {

	/** A test of 500 doubles: 4,016 bytes. */
	private static GeneratedTest fourKilobytes(double value) {
		double[] values = new double[500];
		java.util.Arrays.fill(values, value);
		return GeneratedTest.of((Object) values);
	}

	private static TestSpec spec(String name) {
		return TestSpec.generated(name, false, 1, List.of(), null, () -> fourKilobytes(0));
	}

	@Test
	void keepsTheMostRecentlyUsedWithinItsBudgetAndMakesADroppedOneAgain() {
		GeneratedTests kept = new GeneratedTests(10_000);
		TestSpec a = spec("a");
		TestSpec b = spec("b");
		TestSpec c = spec("c");
		AtomicInteger made = new AtomicInteger();
		kept.keep(a, fourKilobytes(1));
		kept.keep(b, fourKilobytes(2));
		kept.get(a, () -> {
			made.incrementAndGet();
			return fourKilobytes(1);
		});
		kept.keep(c, fourKilobytes(3));
		// a was used after b, so b is the one dropped when c comes in.
		assertThat(((double[]) kept.get(a, () -> fourKilobytes(-1)).args()[0])[0]).isEqualTo(1);
		assertThat(((double[]) kept.get(c, () -> fourKilobytes(-1)).args()[0])[0]).isEqualTo(3);
		assertThat(made).hasValue(0);
		GeneratedTest again = kept.get(b, () -> {
			made.incrementAndGet();
			return fourKilobytes(2);
		});
		assertThat(made).hasValue(1);
		assertThat(((double[]) again.args()[0])[0]).isEqualTo(2);
	}

	@Test
	void aTestBiggerThanTheWholeBudgetIsStillKeptUntilTheNextComes() {
		GeneratedTests kept = new GeneratedTests(1_000);
		TestSpec a = spec("a");
		kept.keep(a, fourKilobytes(1));
		assertThat(((double[]) kept.get(a, () -> fourKilobytes(-1)).args()[0])[0]).isEqualTo(1);
	}

	@Test
	void listenersHearOfEveryChangeOnce() {
		AtomicInteger heard = new AtomicInteger();
		Runnable listener = heard::incrementAndGet;
		GeneratedTests.onChange(listener);
		GeneratedTests.onChange(listener);
		int before = heard.get();
		new GeneratedTests(10_000).keep(spec("a"), fourKilobytes(1));
		assertThat(heard.get() - before).isEqualTo(1);
	}

	@Test
	void sizesArraysByTheirElements() {
		assertThat(GeneratedTests.bytesOf(new double[][] { new double[3], new double[3] }))
			.isEqualTo(16 + 2 * 4 + 2 * (16 + 3 * 8));
		assertThat(GeneratedTests.bytesOf(new int[10])).isEqualTo(16 + 40);
		assertThat(GeneratedTests.bytesOf("abc")).isEqualTo(46);
		assertThat(GeneratedTests.bytesOf(null)).isZero();
	}

}
