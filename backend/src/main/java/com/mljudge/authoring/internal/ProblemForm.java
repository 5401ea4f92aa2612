package com.mljudge.authoring.internal;

import java.util.ArrayList;
import java.util.List;

import com.mljudge.problembank.Kind;

/**
 * Every field of every kind as the editor shows it; {@link FormFiles} turns it into the
 * folder's files and back. Lists and free text stay as typed (JSON for test arguments),
 * so a form with mistakes can be shown again with its errors instead of being lost.
 */
public class ProblemForm {

	private String kind = Kind.CODING.yamlName();

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

	private List<AcceptedRow> accepted = new ArrayList<>();

	// conceptual, case-study, system-design

	private String answer = "";

	private String keyPoints = "";

	private String related = "";

	private List<QuizRow> quiz = new ArrayList<>();

	/**
	 * Whether the form has the kind's code part (starter, tests, checker) rather than a
	 * model answer ({@link Kind#part()}).
	 */
	public boolean isCoding() {
		return Kind.fromYaml(this.kind).map((k) -> k.part() == Kind.Part.CODE).orElse(false);
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

	/**
	 * The form's value for the checker parameter {@code name} (see
	 * {@code CheckerType.parameters()}), blank when the form has none.
	 */
	String checkerParameter(String name) {
		String value = switch (name) {
			case "atol" -> this.checkerAtol;
			case "rtol" -> this.checkerRtol;
			case "tol" -> this.checkerTol;
			case "delta" -> this.checkerDelta;
			case "metric" -> this.checkerMetric;
			case "class" -> this.checkerClass;
			default -> "";
		};
		return (value != null) ? value : "";
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

	public List<AcceptedRow> getAccepted() {
		return this.accepted;
	}

	public void setAccepted(List<AcceptedRow> accepted) {
		this.accepted = (accepted != null) ? accepted : new ArrayList<>();
	}

	public List<QuizRow> getQuiz() {
		return this.quiz;
	}

	public void setQuiz(List<QuizRow> quiz) {
		this.quiz = (quiz != null) ? quiz : new ArrayList<>();
	}

}
