package com.mljudge.problembank;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates one problem folder: the fields every kind shares, then the kind's
 * own part.
 */
final class ProblemReader {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	/**
	 * A bare .nan / .inf / -.inf between flow-list delimiters ([ or , before; , or ]
	 * after).
	 */
	private static final Pattern BARE_NON_FINITE = Pattern
		.compile("(?<=[\\[,]\\s{0,40})([-+]?\\.(?:nan|NaN|NAN|inf|Inf|INF))(?=\\s*[,\\]])");

	static final int MIN_ANSWER_WORDS = 150;

	private static final Set<String> COMMON = Set.of("slug", "kind", "title", "difficulty", "topics", "source");

	private static final Set<String> CODING = Set.of("limits", "entry", "checker", "hints", "tests", "wrong",
			"accepted", "python");

	private static final Set<String> CONCEPTUAL = Set.of("related", "keyPoints", "quiz", "hints");

	/** The YAML fields a part adds to the common ones. */
	private static Set<String> fields(Kind.Part part) {
		return switch (part) {
			case CODE -> CODING;
			case ANSWER -> CONCEPTUAL;
		};
	}

	private final String slug;

	private final Map<String, String> files;

	private final Errors errors;

	/**
	 * Files of the folder that validation looked at; the rest are reported as unexpected.
	 */
	private final Set<String> used = new HashSet<>();

	/** Every folder name of the bank, to check cross references such as related. */
	private final Set<String> slugs;

	ProblemReader(String slug, Map<String, String> files, Errors errors, Set<String> slugs) {
		this.slugs = slugs;
		this.slug = slug;
		this.files = files;
		this.errors = errors;
	}

	/**
	 * The problem, or null when the folder has errors (all of them added to the error
	 * list).
	 */
	Problem read() {
		int before = this.errors.size();
		String yamlFile = this.slug + "/problem.yaml";
		if (!SLUG.matcher(this.slug).matches()) {
			this.errors.add(this.slug + "/", "folder name is not a valid slug (lower-case words joined by '-')");
		}
		String yaml = file("problem.yaml", true);
		if (yaml == null) {
			return null;
		}
		JsonNode root;
		try {
			root = readYaml(yaml);
		}
		catch (JacksonException ex) {
			this.errors.add(yamlFile, "not valid YAML: " + ex.getOriginalMessage() + location(ex));
			return null;
		}
		if (root == null || !root.isObject()) {
			this.errors.add(yamlFile, "expected a mapping at the top level");
			return null;
		}
		Kind kind = kind(root.get("kind"), yamlFile);
		Set<String> allowed = new TreeSet<>(COMMON);
		for (Kind.Part part : (kind != null) ? EnumSet.of(kind.part()) : EnumSet.allOf(Kind.Part.class)) {
			allowed.addAll(fields(part));
		}
		Fields fields = new Fields(root, yamlFile, "", this.errors, allowed);
		String declaredSlug = fields.text("slug", true);
		if (declaredSlug != null && !declaredSlug.equals(this.slug)) {
			fields.error("slug", "'" + declaredSlug + "' must equal the folder name '" + this.slug + "'");
		}
		String title = fields.text("title", true);
		String difficultyText = fields.text("difficulty", true);
		Difficulty difficulty = (difficultyText == null) ? null : Difficulty.fromYaml(difficultyText).orElse(null);
		if (difficultyText != null && difficulty == null) {
			fields.error("difficulty", "expected easy | medium | hard, got '" + difficultyText + "'");
		}
		List<String> topics = fields.texts("topics", true, 1, Integer.MAX_VALUE);
		Set<String> seenTopics = new HashSet<>();
		for (int i = 0; topics != null && i < topics.size(); i++) {
			if (!SLUG.matcher(topics.get(i)).matches()) {
				fields.error("topics[" + i + "]",
						"a tag is lower-case words joined by '-', got '" + topics.get(i) + "'");
			}
			else if (!seenTopics.add(topics.get(i))) {
				fields.error("topics[" + i + "]", "'" + topics.get(i) + "' is listed twice");
			}
		}
		String source = fields.text("source", false);
		String statement = markdown("statement.md", true);
		if (kind == null) {
			return null;
		}
		String explanation = markdown("explanation.md", kind.part() == Kind.Part.CODE);
		CodingPart coding = null;
		ConceptualPart conceptual = null;
		List<String> hints;
		switch (kind.part()) {
			case CODE -> {
				hints = fields.texts("hints", true, 2, Integer.MAX_VALUE);
				coding = new CodingReader(this.slug, this::file, this.files.keySet(), fields, this.errors).read();
			}
			case ANSWER -> {
				hints = fields.texts("hints", false, 0, Integer.MAX_VALUE);
				String answer = markdown("answer.md", true);
				checkAnswerLength(kind, answer);
				conceptual = new ConceptualReader(fields, answer, this.slugs).read();
			}
			default -> throw new IllegalStateException(kind.part().name());
		}
		reportUnexpectedFiles();
		if (this.errors.size() > before) {
			return null;
		}
		return new Problem(this.slug, kind, title, difficulty, topics, source, statement, explanation, hints, coding,
				conceptual);
	}

	/**
	 * YAML 1.2 spells NaN and the infinities {@code .nan}, {@code .inf}, {@code -.inf},
	 * but Jackson's YAML reader fails on them as "malformed numbers". When it does, such
	 * bare values inside flow lists are quoted (which keeps line numbers) and the file is
	 * read again; the argument converter reads the quoted spellings as the doubles they
	 * name.
	 */
	static JsonNode readYaml(String yaml) {
		try {
			return YAML.readTree(yaml);
		}
		catch (JacksonException ex) {
			String quoted = BARE_NON_FINITE.matcher(yaml).replaceAll("\"$1\"");
			if (quoted.equals(yaml)) {
				throw ex;
			}
			try {
				return YAML.readTree(quoted);
			}
			catch (JacksonException again) {
				throw ex;
			}
		}
	}

	/**
	 * A model answer of 150 words to its kind's most ({@link Kind#maxAnswerWords()}).
	 * Outside that it is a stub or an essay.
	 */
	private void checkAnswerLength(Kind kind, String answer) {
		if (answer == null) {
			return;
		}
		int max = kind.maxAnswerWords();
		int words = answer.strip().split("\\s+").length;
		if (words < MIN_ANSWER_WORDS || words > max) {
			this.errors.add(this.slug + "/answer.md", "expected " + MIN_ANSWER_WORDS + " to " + max + " words for a "
					+ kind.yamlName() + " answer, got " + words);
		}
	}

	private Kind kind(JsonNode node, String yamlFile) {
		if (node == null || !node.isString()) {
			this.errors.add(yamlFile, "kind", "is required: " + String.join(" | ", Kind.yamlNames()));
			return null;
		}
		Kind kind = Kind.fromYaml(node.stringValue()).orElse(null);
		if (kind == null) {
			this.errors.add(yamlFile, "kind",
					"expected " + String.join(" | ", Kind.yamlNames()) + ", got '" + node.stringValue() + "'");
		}
		return kind;
	}

	/**
	 * A file of the folder by its path inside it, reporting it when required and missing
	 * or blank.
	 */
	String file(String path, boolean required) {
		this.used.add(path);
		String text = this.files.get(path);
		if (text == null) {
			if (required) {
				this.errors.add(this.slug + "/" + path, "missing file");
			}
			return null;
		}
		if (text.isBlank()) {
			this.errors.add(this.slug + "/" + path, "file is empty");
			return null;
		}
		return text;
	}

	private String markdown(String path, boolean required) {
		String text = file(path, required);
		if (text != null && countOf(text, "$$") % 2 != 0) {
			this.errors.add(this.slug + "/" + path, "unbalanced $$ (display math must open and close)");
		}
		return text;
	}

	private void reportUnexpectedFiles() {
		for (String path : this.files.keySet()) {
			String name = path.substring(path.lastIndexOf('/') + 1);
			if (!this.used.contains(path) && !name.startsWith(".")) {
				this.errors.add(this.slug + "/" + path,
						"unexpected file (not part of the format, or a solution not listed under wrong: or accepted:)");
			}
		}
	}

	private static int countOf(String text, String token) {
		int count = 0;
		for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length())) {
			count++;
		}
		return count;
	}

	private static String location(JacksonException ex) {
		return (ex.getLocation() == null) ? "" : " (line " + ex.getLocation().getLineNr() + ")";
	}

}
