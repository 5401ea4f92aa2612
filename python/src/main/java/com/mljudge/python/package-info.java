/**
 * Python solutions judged in-process by GraalPy (JDK 21+): one shared engine, a fresh
 * sandboxed context per submission, the judge's own tests, reference outputs and
 * checkers. See PYTHON.md.
 */
package com.mljudge.python;
