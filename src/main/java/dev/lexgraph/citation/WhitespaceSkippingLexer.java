package dev.lexgraph.citation;

import dev.lexgraph.citation.parser.CitationLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;

/**
 * The citation lexer, stepping over blanks before each token itself, and over the end of its input. The grammar's WS rule says the
 * same thing ("skip"), but going through the ATN and running the skip action for every gap between
 * words is a large share of lexing time; the tokens produced are identical.
 */
final class WhitespaceSkippingLexer extends CitationLexer {

    WhitespaceSkippingLexer() {
        super(null);
    }

    @Override
    public Token nextToken() {
        CharStream in = getInputStream();
        if (in != null) {
            int c = in.LA(1);
            while (c == ' ' || c == '\n' || c == '\t') {
                in.consume();
                c = in.LA(1);
            }
            if (c == CharStream.EOF) {
                // End of input: answer EOF at once. Asking the ATN what EOF does from its start state
                // is never cached and costs more than lexing a whole region.
                _hitEOF = true;
            }
        }
        return super.nextToken();
    }
}
