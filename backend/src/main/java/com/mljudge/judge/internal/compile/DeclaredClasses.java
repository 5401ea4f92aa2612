package com.mljudge.judge.internal.compile;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaFileObject;

import com.sun.source.util.JavacTask;
import org.slf4j.LoggerFactory;

/**
 * Forgets, in a javac context about to be reused, every class that the finished compile
 * declared. {@code JavacTaskPool} removes only the classes it finds in the compilation
 * unit's tree once the compile is over, and by then desugaring has moved nested, local
 * and anonymous classes out of that tree: their symbols stayed in the symbol table, and
 * the next source that declared a class of the same name inherited the old one (a nested
 * {@code record Point(double[] coords)} left its component behind, so a later
 * {@code record Point(int x, int y)} crashed javac's {@code Lower}). Here the symbol
 * table itself is swept: every class whose source is a user's in-memory file goes, from
 * the table and from its package's members, so the next compile sees only the JDK.
 * <p>
 * Needs {@code jdk.compiler/com.sun.tools.javac.code} exported to us (reflection on
 * javac's symbol classes); {@link #open()} answers null otherwise.
 */
final class DeclaredClasses {

	private static final String CODE_PACKAGE = "com.sun.tools.javac.code";

	/**
	 * The URI scheme of the judge's in-memory sources; a JDK class's source file (its
	 * {@code SourceFile} attribute) has none.
	 */
	static final String SOURCE_SCHEME = "string";

	private final Method getContext;

	private final Method symtabInstance;

	private final Method getAllClasses;

	private final Method removeClass;

	private final Method flatName;

	private final Method packge;

	private final Method members;

	private final Method scopeRemove;

	private final Field sourcefile;

	private final Field owner;

	private final Field modle;

	private final Class<?> packageSymbol;

	private DeclaredClasses(ClassLoader javac) throws ReflectiveOperationException {
		Class<?> basicTask = Class.forName("com.sun.tools.javac.api.BasicJavacTask", true, javac);
		Class<?> context = Class.forName("com.sun.tools.javac.util.Context", true, javac);
		Class<?> symtab = Class.forName(CODE_PACKAGE + ".Symtab", true, javac);
		Class<?> symbol = Class.forName(CODE_PACKAGE + ".Symbol", true, javac);
		Class<?> moduleSymbol = Class.forName(CODE_PACKAGE + ".Symbol$ModuleSymbol", true, javac);
		Class<?> name = Class.forName("com.sun.tools.javac.util.Name", true, javac);
		Class<?> scope = Class.forName(CODE_PACKAGE + ".Scope$WriteableScope", true, javac);
		this.packageSymbol = Class.forName(CODE_PACKAGE + ".Symbol$PackageSymbol", true, javac);
		this.getContext = basicTask.getMethod("getContext");
		this.symtabInstance = symtab.getMethod("instance", context);
		this.getAllClasses = symtab.getMethod("getAllClasses");
		this.removeClass = symtab.getMethod("removeClass", moduleSymbol, name);
		this.flatName = symbol.getMethod("flatName");
		this.packge = symbol.getMethod("packge");
		this.members = symbol.getMethod("members");
		this.scopeRemove = scope.getMethod("remove", symbol);
		this.sourcefile = Class.forName(CODE_PACKAGE + ".Symbol$ClassSymbol", true, javac).getField("sourcefile");
		this.owner = symbol.getField("owner");
		this.modle = this.packageSymbol.getField("modle");
	}

	/** The sweeper, or null when javac's symbol classes are out of reach. */
	static DeclaredClasses open() {
		Module compiler = ModuleLayer.boot().findModule("jdk.compiler").orElse(null);
		if (compiler == null || !compiler.isExported(CODE_PACKAGE, DeclaredClasses.class.getModule())) {
			return null;
		}
		try {
			return new DeclaredClasses(compiler.getClassLoader());
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			LoggerFactory.getLogger(DeclaredClasses.class).warn("javac's symbols are out of reach: {}", ex.toString());
			return null;
		}
	}

	/**
	 * The task's context; taken before the task runs, since a finished task lets go of
	 * it.
	 */
	Object contextOf(JavacTask task) throws ReflectiveOperationException {
		return this.getContext.invoke(task);
	}

	/**
	 * Removes the classes that came from source from a context whose compile is over.
	 * @return how many were removed
	 * @throws ReflectiveOperationException when javac's internals are not as expected
	 * (the context must then not be reused)
	 */
	int forget(Object context) throws ReflectiveOperationException {
		Object symtab = this.symtabInstance.invoke(null, context);
		List<Object> declared = new ArrayList<>();
		for (Object type : (Iterable<?>) this.getAllClasses.invoke(symtab)) {
			if (this.sourcefile.get(type) instanceof JavaFileObject file
					&& SOURCE_SCHEME.equals(file.toUri().getScheme())) {
				declared.add(type);
			}
		}
		for (Object type : declared) {
			Object pkg = this.packge.invoke(type);
			this.removeClass.invoke(symtab, this.modle.get(pkg), this.flatName.invoke(type));
			Object enclosing = this.owner.get(type);
			if (this.packageSymbol.isInstance(enclosing)) {
				// Top-level classes are also members of their package (the unnamed one).
				this.scopeRemove.invoke(this.members.invoke(enclosing), type);
			}
		}
		return declared.size();
	}

}
