package com.mljudge.judge.internal.compile;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * A file manager whose class files go to memory: to the map of the compile in progress.
 */
final class MemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {

	private Map<String, ByteArrayOutputStream> target;

	MemoryOutput(StandardJavaFileManager standard) {
		super(standard);
	}

	/** Where the next compile's classes go, by class name; null between compiles. */
	void target(Map<String, ByteArrayOutputStream> outputs) {
		this.target = outputs;
	}

	@Override
	public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
			FileObject sibling) {
		Map<String, ByteArrayOutputStream> outputs = this.target;
		return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
			@Override
			public OutputStream openOutputStream() {
				return outputs.computeIfAbsent(className, (name) -> new ByteArrayOutputStream());
			}
		};
	}

}
