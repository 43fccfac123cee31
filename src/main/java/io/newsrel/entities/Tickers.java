package io.newsrel.entities;

import io.newsrel.model.CharSpan;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Wire-service stock tickers: Reuters writes one in angle brackets after every listed company
 * ("National Semiconductor Corp &lt;NSM&gt;", "General Dynamics Corp &lt;GD.N&gt;", "Avions Marcel
 * Dassault-Breguet Aviation &lt;AVMD.PA&gt;"). A ticker is a company code, never a system, a country
 * or a name of its own: "&lt;NSM&gt;" is not the Naval Strike Missile (reuters-5690). A bracketed
 * name with spaces or lower-case letters ("&lt;Airod Sdn Bhd&gt;", an unlisted company) is a name.
 */
final class Tickers {

    /** An upper-case code, with an exchange suffix after a dot ("GD.N", "AVMD.PA", "NIPN.T"). */
    private static final Pattern TICKER = Pattern.compile("<[A-Z0-9&]{1,8}(\\.[A-Z]{1,3})?>");
    /** How far a ticker reaches around a mention: the longest the pattern matches. */
    private static final int REACH = 14;

    private Tickers() {
    }

    /** The candidates that lie outside every bracketed ticker of the text. */
    static List<MentionCandidate> without(List<MentionCandidate> candidates, String text) {
        return candidates.stream().filter(c -> !inTicker(c.span(), text)).toList();
    }

    /** Whether the span lies inside a bracketed ticker ("NSM" of "&lt;NSM&gt;", "GD" of "&lt;GD.N&gt;"). */
    static boolean inTicker(CharSpan span, String text) {
        int open = text.lastIndexOf('<', span.start());
        if (open < 0 || span.start() - open > REACH) {
            return false;
        }
        int close = text.indexOf('>', Math.max(open, span.end() - 1));
        if (close < 0 || close - open > REACH + 1 || close < span.end() - 1) {
            return false;
        }
        return TICKER.matcher(text.substring(open, close + 1)).matches();
    }
}
