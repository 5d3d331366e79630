package dev.lexgraph.citation;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Bails out of a parse at the first error, like {@link BailErrorStrategy}, but with one shared
 * exception without a stack trace: the extractor tries entries that may not hold a reference, and a
 * failed try should cost next to nothing.
 */
final class QuietBail extends BailErrorStrategy {

    static final ParseCancellationException STOP = new ParseCancellationException("not a reference here") {
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    };

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw STOP;
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw STOP;
    }

    @Override
    public void sync(Parser recognizer) {
        // no recovery, no look-ahead checks: errors surface where prediction finds them
    }
}
