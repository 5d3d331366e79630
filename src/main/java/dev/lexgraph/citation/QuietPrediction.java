package dev.lexgraph.citation;

import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;

/**
 * The parser's prediction, with a "no viable alternative" that records no stack trace. The extractor
 * tries entries that may not hold a citation; ANTLR reports each miss with an exception, and filling in
 * its stack trace was the most expensive part of a miss. Prediction itself, and its shared DFA cache,
 * are unchanged.
 */
final class QuietPrediction extends ParserATNSimulator {

    QuietPrediction(Parser parser) {
        super(parser, parser.getATN(), parser.getInterpreter().decisionToDFA,
                parser.getInterpreter().getSharedContextCache());
    }

    @Override
    protected NoViableAltException noViableAlt(TokenStream input, ParserRuleContext outerContext,
                                               ATNConfigSet configs, int startIndex) {
        return new NoViableAltException(parser, input, input.get(startIndex), input.LT(1), configs, outerContext) {
            @Override
            public synchronized Throwable fillInStackTrace() {
                return this;
            }
        };
    }
}
