package com.mljudge.authoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.problembank.ProblemFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem of the bank, shown in the editor's form and saved back, reads as the same
 * problem.
 */
class FormFilesTests {

	private static final ProblemBank BANK = ProblemBank.loadFromClasspath();

	@Test
	void everyBankProblemSurvivesTheEditorForm() {
		Set<String> slugs = BANK.problems().stream().map(Problem::slug).collect(Collectors.toSet());
		for (Problem problem : BANK.problems()) {
			List<String> problems = new ArrayList<>();
			ProblemForm form = ProblemFormReader.read(BANK.files(problem.slug()), problems);
			assertThat(problems).as(problem.slug()).isEmpty();
			FormFiles.Conversion files = FormFiles.toFiles(problem.slug(), form);
			assertThat(files.errors()).as(problem.slug()).isEmpty();
			ProblemFiles.Reading reading = ProblemFiles.read(problem.slug(), files.files(), slugs);
			assertThat(reading.errors()).as(problem.slug() + "\n" + files.files().get("problem.yaml")).isEmpty();
			Problem again = reading.problem();
			assertThat(again.title()).isEqualTo(problem.title());
			assertThat(again.topics()).isEqualTo(problem.topics());
			assertThat(again.hints()).as(problem.slug()).isEqualTo(problem.hints());
			assertThat(again.statement()).isEqualTo(problem.statement());
			if (problem.isCoding()) {
				assertThat(again.coding().tests()).hasSameSizeAs(problem.coding().tests());
				for (int i = 0; i < problem.coding().tests().size(); i++) {
					assertThat(again.coding().tests().get(i).args()).as(problem.slug() + " test " + i)
						.isEqualTo(problem.coding().tests().get(i).args());
					assertThat(again.coding().tests().get(i).weight())
						.isEqualTo(problem.coding().tests().get(i).weight());
				}
				assertThat(again.coding().checker()).isEqualTo(problem.coding().checker());
				assertThat(again.coding().limits()).isEqualTo(problem.coding().limits());
				assertThat(again.coding().wrongSolutions()).isEqualTo(problem.coding().wrongSolutions());
				assertThat(again.coding().acceptedSolutions()).isEqualTo(problem.coding().acceptedSolutions());
			}
			else {
				assertThat(again.conceptual()).isEqualTo(problem.conceptual());
			}
		}
	}

	@Test
	void badJsonInATestIsAnErrorNotAFile() {
		ProblemForm form = new ProblemForm();
		TestRow row = new TestRow();
		row.setName("t1");
		row.setArgs("[1, 2");
		form.getTests().add(row);
		FormFiles.Conversion conversion = FormFiles.toFiles("x", form);
		assertThat(conversion.files()).isEmpty();
		assertThat(conversion.errors()).singleElement().asString().contains("Test 1 (t1) arguments: not valid JSON");
	}

	@Test
	void aNewCodingFormWritesTheFolderLayout() {
		ProblemForm form = new ProblemForm();
		form.setStarter("class Solution {}");
		form.setReference("class Solution {}");
		Map<String, String> files = FormFiles.toFiles("x", form).files();
		assertThat(files).containsKeys("problem.yaml", "starter/Solution.java", "reference/Solution.java");
	}

}
