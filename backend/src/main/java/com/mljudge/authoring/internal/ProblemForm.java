package com.mljudge.authoring.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Every field of every kind as the editor shows it; {@link FormFiles} turns it into the folder's files and
 * back. Lists and free text stay as typed (JSON for test arguments), so a form with mistakes can be shown
 * again with its errors instead of being lost.
 */
public class ProblemForm {

	private String kind = "coding";

	private String title = "";

	private String difficulty = "easy";

	private String topics = "";

	private String source = "";

	private String hints = "";

	private String statement = "";

	private String explanation = "";

	// coding

	private String entryClass = "Solution";

	private String signature = "";

	private String checkerType = "exact";

	private String checkerAtol = "";

	private String checkerRtol = "";

	private String checkerMetric = "";

	private String checkerDelta = "";

	private String checkerTol = "";

	private String checkerClass = "";

	private String checkerSource = "";

	private String cpuMillis = "";

	private String wallMillis = "";

	private String memoryMb = "";

	private String starter = "";

	private String reference = "";

	private List<TestRow> tests = new ArrayList<>();

	private List<WrongRow> wrong = new ArrayList<>();

	// conceptual, case-study, system-design

	private String answer = "";

	private String keyPoints = "";

	private String related = "";

	private List<QuizRow> quiz = new ArrayList<>();

	public boolean isCoding() {
		return "coding".equals(this.kind);
	}

	/** One test: literal arguments (JSON) or a seeded generator. */
	public static class TestRow {

		private String name = "";

		private boolean sample;

		private String weight = "1";

		private String args = "";

		private String generator = "";

		private String seed = "";

		private String params = "";

		private String truth = "";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public boolean isSample() {
			return this.sample;
		}

		public void setSample(boolean sample) {
			this.sample = sample;
		}

		public String getWeight() {
			return this.weight;
		}

		public void setWeight(String weight) {
			this.weight = weight;
		}

		public String getArgs() {
			return this.args;
		}

		public void setArgs(String args) {
			this.args = args;
		}

		public String getGenerator() {
			return this.generator;
		}

		public void setGenerator(String generator) {
			this.generator = generator;
		}

		public String getSeed() {
			return this.seed;
		}

		public void setSeed(String seed) {
			this.seed = seed;
		}

		public String getParams() {
			return this.params;
		}

		public void setParams(String params) {
			this.params = params;
		}

		public String getTruth() {
			return this.truth;
		}

		public void setTruth(String truth) {
			this.truth = truth;
		}

		boolean isBlank() {
			return this.name.isBlank() && this.args.isBlank() && this.generator.isBlank();
		}

	}

	/** A known-wrong solution: class file name under wrong/, the verdict it must get, why, its source. */
	public static class WrongRow {

		private String name = "";

		private String expected = "WRONG_ANSWER";

		private String why = "";

		private String source = "";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getExpected() {
			return this.expected;
		}

		public void setExpected(String expected) {
			this.expected = expected;
		}

		public String getWhy() {
			return this.why;
		}

		public void setWhy(String why) {
			this.why = why;
		}

		public String getSource() {
			return this.source;
		}

		public void setSource(String source) {
			this.source = source;
		}

		boolean isBlank() {
			return this.name.isBlank() && this.source.isBlank();
		}

	}

	/** A quiz item: multiple choice (options one per line, answer a zero-based index) or a number. */
	public static class QuizRow {

		private String type = "choice";

		private String question = "";

		private String options = "";

		private String answer = "";

		private String tolerance = "";

		private String explanation = "";

		public String getType() {
			return this.type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public String getQuestion() {
			return this.question;
		}

		public void setQuestion(String question) {
			this.question = question;
		}

		public String getOptions() {
			return this.options;
		}

		public void setOptions(String options) {
			this.options = options;
		}

		public String getAnswer() {
			return this.answer;
		}

		public void setAnswer(String answer) {
			this.answer = answer;
		}

		public String getTolerance() {
			return this.tolerance;
		}

		public void setTolerance(String tolerance) {
			this.tolerance = tolerance;
		}

		public String getExplanation() {
			return this.explanation;
		}

		public void setExplanation(String explanation) {
			this.explanation = explanation;
		}

		boolean isBlank() {
			return this.question.isBlank() && this.options.isBlank() && this.answer.isBlank();
		}

	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = (kind != null) ? kind : "";
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = (title != null) ? title : "";
	}

	public String getDifficulty() {
		return this.difficulty;
	}

	public void setDifficulty(String difficulty) {
		this.difficulty = (difficulty != null) ? difficulty : "";
	}

	public String getTopics() {
		return this.topics;
	}

	public void setTopics(String topics) {
		this.topics = (topics != null) ? topics : "";
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = (source != null) ? source : "";
	}

	public String getHints() {
		return this.hints;
	}

	public void setHints(String hints) {
		this.hints = (hints != null) ? hints : "";
	}

	public String getStatement() {
		return this.statement;
	}

	public void setStatement(String statement) {
		this.statement = (statement != null) ? statement : "";
	}

	public String getExplanation() {
		return this.explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = (explanation != null) ? explanation : "";
	}

	public String getEntryClass() {
		return this.entryClass;
	}

	public void setEntryClass(String entryClass) {
		this.entryClass = (entryClass != null) ? entryClass : "";
	}

	public String getSignature() {
		return this.signature;
	}

	public void setSignature(String signature) {
		this.signature = (signature != null) ? signature : "";
	}

	public String getCheckerType() {
		return this.checkerType;
	}

	public void setCheckerType(String checkerType) {
		this.checkerType = (checkerType != null) ? checkerType : "";
	}

	public String getCheckerAtol() {
		return this.checkerAtol;
	}

	public void setCheckerAtol(String checkerAtol) {
		this.checkerAtol = (checkerAtol != null) ? checkerAtol : "";
	}

	public String getCheckerRtol() {
		return this.checkerRtol;
	}

	public void setCheckerRtol(String checkerRtol) {
		this.checkerRtol = (checkerRtol != null) ? checkerRtol : "";
	}

	public String getCheckerMetric() {
		return this.checkerMetric;
	}

	public void setCheckerMetric(String checkerMetric) {
		this.checkerMetric = (checkerMetric != null) ? checkerMetric : "";
	}

	public String getCheckerDelta() {
		return this.checkerDelta;
	}

	public void setCheckerDelta(String checkerDelta) {
		this.checkerDelta = (checkerDelta != null) ? checkerDelta : "";
	}

	public String getCheckerTol() {
		return this.checkerTol;
	}

	public void setCheckerTol(String checkerTol) {
		this.checkerTol = (checkerTol != null) ? checkerTol : "";
	}

	public String getCheckerClass() {
		return this.checkerClass;
	}

	public void setCheckerClass(String checkerClass) {
		this.checkerClass = (checkerClass != null) ? checkerClass : "";
	}

	public String getCheckerSource() {
		return this.checkerSource;
	}

	public void setCheckerSource(String checkerSource) {
		this.checkerSource = (checkerSource != null) ? checkerSource : "";
	}

	public String getCpuMillis() {
		return this.cpuMillis;
	}

	public void setCpuMillis(String cpuMillis) {
		this.cpuMillis = (cpuMillis != null) ? cpuMillis : "";
	}

	public String getWallMillis() {
		return this.wallMillis;
	}

	public void setWallMillis(String wallMillis) {
		this.wallMillis = (wallMillis != null) ? wallMillis : "";
	}

	public String getMemoryMb() {
		return this.memoryMb;
	}

	public void setMemoryMb(String memoryMb) {
		this.memoryMb = (memoryMb != null) ? memoryMb : "";
	}

	public String getStarter() {
		return this.starter;
	}

	public void setStarter(String starter) {
		this.starter = (starter != null) ? starter : "";
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = (reference != null) ? reference : "";
	}

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = (answer != null) ? answer : "";
	}

	public String getKeyPoints() {
		return this.keyPoints;
	}

	public void setKeyPoints(String keyPoints) {
		this.keyPoints = (keyPoints != null) ? keyPoints : "";
	}

	public String getRelated() {
		return this.related;
	}

	public void setRelated(String related) {
		this.related = (related != null) ? related : "";
	}

	public List<TestRow> getTests() {
		return this.tests;
	}

	public void setTests(List<TestRow> tests) {
		this.tests = (tests != null) ? tests : new ArrayList<>();
	}

	public List<WrongRow> getWrong() {
		return this.wrong;
	}

	public void setWrong(List<WrongRow> wrong) {
		this.wrong = (wrong != null) ? wrong : new ArrayList<>();
	}

	public List<QuizRow> getQuiz() {
		return this.quiz;
	}

	public void setQuiz(List<QuizRow> quiz) {
		this.quiz = (quiz != null) ? quiz : new ArrayList<>();
	}

}
