package com.mljudge.judge;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.mljudge.judge.internal.compile.CompileFailure;
import com.mljudge.judge.internal.compile.CompiledClasses;
import com.mljudge.judge.internal.compile.SourceCompiler;

/**
 * Compiling the 60-line k-means reference the way the judge does (worker thread included): the
 * Janino path and the JDK-compiler path.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class CompileBenchmarks {

	private final SourceCompiler compiler = new SourceCompiler(CompileLimits.defaults());

	@Benchmark
	public CompiledClasses janino() throws CompileFailure {
		return this.compiler.compile("Solution", KMeansProblem.REFERENCE);
	}

	@Benchmark
	public CompiledClasses javac() throws CompileFailure {
		return this.compiler.compileWithJavac("Solution", KMeansProblem.REFERENCE);
	}

}
